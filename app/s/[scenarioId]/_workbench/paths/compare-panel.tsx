import { memo } from 'react';
import type { Scenario } from '@/machines/scenario';
import type { StepRecord } from '@/lib/sim/engine';
import { valueForPeople } from '@/lib/charts/metric-value';
import type { BranchTree } from '@/lib/workbench/branch-tree';
import type { CompareTarget } from '@/lib/workbench/session';
import { markActive, type ChartRegion } from '@/lib/workbench/state-map';
import { messages } from '@/app/_i18n/messages';

interface SelectProps {
  scenario: Scenario;
  tree: BranchTree;
  target: CompareTarget | null;
  onChange: (target: CompareTarget | null) => void;
  /** The other scenarios whose records can be set beside this one's paths. */
  beside: readonly { scenarioId: string; title: string }[];
  /** The one set beside, if any. */
  besideId: string | null;
  onBeside: (scenarioId: string | null) => void;
}

type Choice = CompareTarget | { kind: 'beside'; id: string };

const encode = (target: Choice | null) => (target ? `${target.kind}:${target.id}` : '');
function decode(value: string): Choice | null {
  const at = value.indexOf(':');
  const [kind, id] = at === -1 ? [value, ''] : [value.slice(0, at), value.slice(at + 1)];
  if (!id) return null;
  return kind === 'branch' ? { kind, id } : kind === 'preset' ? { kind, id } : kind === 'beside' ? { kind, id } : null;
}

/**
 * Pins a second path — another branch or a preset — to overlay on the charts, or sets another
 * scenario's record beside them: one at a time, so that a chart never carries more than it can say.
 */
export const CompareSelect = memo(function CompareSelect({ scenario, tree, target, onChange, beside, besideId, onBeside }: SelectProps) {
  const chosen: Choice | null = target ?? (besideId ? { kind: 'beside', id: besideId } : null);
  const choose = (value: string) => {
    const choice = decode(value);
    if (choice?.kind === 'beside') {
      onChange(null);
      onBeside(choice.id);
    } else {
      onBeside(null);
      onChange(choice);
    }
  };
  return (
    <div className="compare-select">
      <label htmlFor="compare-with">{messages.compare.label}</label>
      <select id="compare-with" value={encode(chosen)} onChange={(e) => choose(e.target.value)}>
        <option value="">{messages.compare.none}</option>
        {scenario.data.presets.map((p) => (
          <option key={p.id} value={encode({ kind: 'preset', id: p.id })}>
            {messages.compare.presetOption(p.label)}
          </option>
        ))}
        {tree.branches
          .filter((b) => b.id !== tree.currentId)
          .map((b) => (
            <option key={b.id} value={encode({ kind: 'branch', id: b.id })}>
              {b.name}
            </option>
          ))}
        {beside.length > 0 && (
          <optgroup label={messages.beside.menuGroup}>
            {beside.map((b) => (
              <option key={b.scenarioId} value={encode({ kind: 'beside', id: b.scenarioId })}>
                {messages.beside.option(b.title)}
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </div>
  );
});

interface TableProps {
  scenario: Scenario;
  /** The statechart's regions (see arrival.ts). */
  chart: readonly ChartRegion[];
  /** This path up to the step shown, and whether that step is its end. */
  current: { name: string; records: readonly StepRecord[]; atEnd: boolean };
  compare: { name: string; records: readonly StepRecord[] };
}

/** The step shown on this path and the compared path's end, states and metrics side by side. */
export function CompareTable({ scenario, chart, current, compare }: TableProps) {
  const ends = [current, compare].map(({ records }) => records.at(-1)!);
  const maps = ends.map((end) => markActive(chart, end.value));
  // The stage (the chart's root) is the outcome row already.
  const regionRows = maps[0]!
    .filter((region) => region.id !== '')
    .map((region) => ({
      label: region.label,
      values: maps.map((map) => map.find((r) => r.id === region.id)?.states.find((s) => s.active)?.label ?? messages.charts.empty),
    }));

  return (
    <div className="table-scroll">
      <table className="compare-table">
        <caption>{messages.compare.tableCaption(current.name, current.atEnd ? null : ends[0]!.step, compare.name)}</caption>
        <thead>
          <tr>
            <th scope="col">{messages.compare.measure}</th>
            <th scope="col">{current.name}</th>
            <th scope="col">{compare.name}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{messages.compare.endDate}</th>
            {ends.map((end, i) => (
              <td key={i}>{messages.format.longDate(end.date)}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">{messages.compare.steps}</th>
            {ends.map((end, i) => (
              <td key={i} className="num">
                {end.step}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">{messages.compare.status}</th>
            {ends.map((end, i) => (
              <td key={i}>{end.outcome ? scenario.data.outcomes[end.outcome].label : messages.ongoing}</td>
            ))}
          </tr>
          {regionRows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {row.values.map((v, i) => (
                <td key={i}>{v}</td>
              ))}
            </tr>
          ))}
          {scenario.data.metrics.map((metric) => (
            <tr key={metric.id}>
              <th scope="row">
                {messages.compare.measureWithUnit(metric.label, metric.unit)}
              </th>
              {ends.map((end, i) => (
                <td key={i} className="num">
                  {end.metrics[metric.id] === undefined ? messages.charts.empty : messages.format.number(valueForPeople(metric, end.metrics[metric.id]!), metric.decimals)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
