'use client';
import { useMemo } from 'react';
import { citationText, type Scenario } from '@/machines/scenario';
import type { StepRecord } from '@/lib/sim/engine';
import { metricPoints, metricRows, type SeriesPoint } from '@/lib/charts/metric-series';
import type { BesideHistory } from '@/lib/charts/beside';
import { MetricCard } from './metric-card';
import { messages } from '@/app/_i18n/messages';

interface Props {
  scenario: Scenario;
  shown: readonly StepRecord[];
  /** Null while it is being worked out: the legend names it already, the line follows. */
  reference: readonly StepRecord[] | null;
  compare: { name: string; records: readonly StepRecord[]; isReference: boolean } | null;
  /** Another scenario's record set beside the paths, on the charts of the metrics it shares. */
  beside: BesideHistory | null;
}

const pointsByMetric = (scenario: Scenario, records: readonly StepRecord[] | null | undefined) =>
  new Map(scenario.data.metrics.map((m) => [m.id, records ? metricPoints(m.id, records) : null]));

/**
 * Small multiples: one chart per metric, sharing one legend. The charts follow each move in the same
 * update as the readouts: a move redraws each chart's current line, and its day axis when the move
 * extends it, without Recharts (see metric-line-chart/index.tsx), which costs far less than
 * deferring the update by a frame would.
 */
export function MetricCharts({ scenario, shown, reference, compare, beside }: Props) {
  // When the record itself is pinned for comparison it is drawn once, as the compared path.
  const comparingReference = compare?.isReference ?? false;
  const besideName = beside ? messages.beside.seriesName(beside.title) : null;
  const names = useMemo(
    () => ({ current: messages.charts.thisPath, compare: compare?.name ?? null, reference: comparingReference ? null : messages.charts.reference, beside: null }),
    [compare?.name, comparingReference],
  );
  // A chart of a metric the other scenario shares names its record too; the others stay as they are.
  const besideNames = useMemo(() => (besideName ? { ...names, beside: besideName } : names), [names, besideName]);
  const besideOf = useMemo(() => new Map((beside?.metrics ?? []).map((m) => [m.metricId, m])), [beside]);
  const rows = useMemo(
    () =>
      new Map(
        scenario.data.metrics.map((m) => [
          m.id,
          metricRows(m.id, { current: shown, compare: compare?.records, reference: comparingReference ? null : reference, beside: besideOf.get(m.id)?.points }),
        ]),
      ),
    [scenario, shown, compare, comparingReference, reference, besideOf],
  );
  // Each series is shaped on its own, so the reference and compared series keep their identity across moves.
  const compareRecords = compare?.records;
  const currentPoints = useMemo(() => pointsByMetric(scenario, shown), [scenario, shown]);
  const comparePoints = useMemo(() => pointsByMetric(scenario, compareRecords), [scenario, compareRecords]);
  const referencePoints = useMemo(() => pointsByMetric(scenario, comparingReference ? null : reference), [scenario, comparingReference, reference]);
  const now = shown.at(-1)!;
  return (
    <div className="charts" data-charted-step={shown.at(-1)!.step} data-beside={beside?.scenarioId}>
      <ul className="legend" aria-label={messages.charts.heading}>
        <li className="legend-current">{names.current}</li>
        {names.compare && <li className="legend-compare">{names.compare}</li>}
        {names.reference && <li className="legend-reference">{names.reference}</li>}
        {besideName && <li className="legend-beside">{besideName}</li>}
      </ul>
      {beside && (
        <p className="beside-caveat" data-beside-caveat="">
          {messages.beside.caveat}
        </p>
      )}
      <div className="chart-grid-layout">
        {scenario.data.metrics.map((metric) => {
          const besideMetric = besideOf.get(metric.id);
          return (
            <MetricCard
              key={metric.id}
              metric={metric}
              value={now.metrics[metric.id]}
              rows={rows.get(metric.id)!}
              current={currentPoints.get(metric.id) as SeriesPoint[]}
              compare={comparePoints.get(metric.id) ?? null}
              reference={referencePoints.get(metric.id) ?? null}
              beside={besideMetric?.points ?? null}
              startDate={scenario.data.startDate}
              source={citationText(scenario.data, metric)}
              besideSource={beside && besideMetric ? messages.beside.source(beside.title, besideMetric.source) : null}
              names={besideMetric ? besideNames : names}
            />
          );
        })}
      </div>
    </div>
  );
}
