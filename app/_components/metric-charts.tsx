'use client';
import { useMemo } from 'react';
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

/** Small multiples: one chart per metric, sharing one legend. */
export function MetricCharts({ scenario, shown, reference, compare }: Props) {
  // When the record itself is pinned for comparison it is drawn once, as the compared path.
  const comparingReference = compare !== null && compare.records === reference;
  const names = useMemo(
    () => ({ current: messages.charts.thisPath, compare: compare?.name ?? null, reference: comparingReference ? null : messages.charts.reference }),
    [compare?.name, comparingReference],
  );
  const now = shown.at(-1)!;
  return (
    <div className="charts">
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
            rows={metricRows(metric.id, { current: shown, compare: compare?.records, reference: comparingReference ? null : reference })}
            startDate={scenario.data.startDate}
            names={names}
          />
        ))}
      </div>
    </div>
  );
}
