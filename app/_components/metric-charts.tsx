'use client';
import { useDeferredValue, useMemo } from 'react';
import type { Scenario } from '../../machines/scenario';
import type { StepRecord } from '../../lib/sim/engine';
import { metricRows } from '../../lib/charts/metric-series';
import { MetricCard } from './metric-card';
import { messages } from './messages';

interface Props {
  scenario: Scenario;
  shown: readonly StepRecord[];
  reference: readonly StepRecord[];
  compare: { name: string; records: readonly StepRecord[] } | null;
}

/**
 * Small multiples: one chart per metric, sharing one legend. The readouts follow each move at once;
 * the charts are redrawn as a deferred update, because seven charts take the chart library several
 * times longer than the rest of the workbench, and a move should not wait for them.
 */
export function MetricCharts({ scenario, shown, reference, compare }: Props) {
  const chartedShown = useDeferredValue(shown);
  const chartedCompare = useDeferredValue(compare);
  // When the record itself is pinned for comparison it is drawn once, as the compared path.
  const comparingReference = chartedCompare !== null && chartedCompare.records === reference;
  const names = useMemo(
    () => ({ current: messages.charts.thisPath, compare: chartedCompare?.name ?? null, reference: comparingReference ? null : messages.charts.reference }),
    [chartedCompare?.name, comparingReference],
  );
  const rows = useMemo(
    () =>
      new Map(
        scenario.data.metrics.map((m) => [
          m.id,
          metricRows(m.id, { current: chartedShown, compare: chartedCompare?.records, reference: comparingReference ? null : reference }),
        ]),
      ),
    [scenario, chartedShown, chartedCompare, comparingReference, reference],
  );
  const now = shown.at(-1)!;
  return (
    <div className="charts" data-charted-step={chartedShown.at(-1)!.step}>
      <ul className="legend" aria-label={messages.charts.heading}>
        <li className="legend-current">{names.current}</li>
        {names.compare && <li className="legend-compare">{names.compare}</li>}
        {names.reference && <li className="legend-reference">{names.reference}</li>}
      </ul>
      <div className="chart-grid-layout">
        {scenario.data.metrics.map((metric) => (
          <MetricCard
            key={metric.id}
            metric={metric}
            value={now.metrics[metric.id]}
            rows={rows.get(metric.id)!}
            startDate={scenario.data.startDate}
            names={names}
          />
        ))}
      </div>
    </div>
  );
}
