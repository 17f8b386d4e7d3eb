'use client';
/** One small multiple: a metric over time, with the compared path and the record overlaid. */
import { memo } from 'react';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { MetricSpec } from '../../machines/scenario';
import { formatLongDate, formatNumber, formatShortDate } from '../../lib/charts/format';
import { dayScale, valueScale } from '../../lib/charts/axis';
import type { MetricRow } from '../../lib/charts/metric-series';
import { addDays } from '../../lib/sim/date';

export interface SeriesNames {
  current: string;
  compare: string | null;
  reference: string | null;
}

interface Props {
  metric: MetricSpec;
  rows: readonly MetricRow[];
  startDate: string;
  names: SeriesNames;
}

// Room on the right for the last date label, which is centred on the axis end.
const margin = { top: 6, right: 22, bottom: 0, left: 0 };

/** Memoised: a move changes the readout beside it at once, the chart only when its deferred data arrives. */
export const MetricLineChart = memo(function MetricLineChart({ metric, rows, startDate, names }: Props) {
  const dateOf = (day: number) => addDays(startDate, day);
  const x = dayScale(rows.map((r) => r.day));
  const y = valueScale(rows.flatMap((r) => [r.current, r.compare, r.reference].filter((v): v is number => v !== undefined)));
  const value = (v: unknown) => (typeof v === 'number' ? `${formatNumber(v, metric.decimals)} ${metric.unit}` : '');
  return (
    <LineChart className="metric-chart" data={rows as MetricRow[]} responsive style={{ width: '100%', height: 130 }} margin={margin} title={`${metric.label} (${metric.unit})`}>
      <CartesianGrid vertical={false} className="chart-grid" />
      <XAxis
        dataKey="day"
        type="number"
        domain={x.domain}
        ticks={x.ticks}
        interval={0}
        tickFormatter={(day: number) => formatShortDate(dateOf(day))}
        className="chart-axis"
        tick={{ fontSize: 12 }}
      />
      <YAxis width={48} domain={y.domain} ticks={y.ticks} interval={0} tickFormatter={(v: number) => formatNumber(v, metric.decimals)} className="chart-axis" tick={{ fontSize: 12 }} />
      <Tooltip
        labelFormatter={(day) => (typeof day === 'number' ? formatLongDate(dateOf(day)) : '')}
        formatter={(v) => value(v)}
        isAnimationActive={false}
        wrapperClassName="chart-tooltip"
      />
      {names.reference && (
        <Line dataKey="reference" name={names.reference} className="series-reference" stroke="currentColor" strokeWidth={1.5} dot={false} connectNulls isAnimationActive={false} />
      )}
      {names.compare && (
        <Line
          dataKey="compare"
          name={names.compare}
          className="series-compare"
          stroke="currentColor"
          strokeWidth={2}
          strokeDasharray="6 3"
          dot={false}
          connectNulls
          isAnimationActive={false}
        />
      )}
      <Line dataKey="current" name={names.current} className="series-current" stroke="currentColor" strokeWidth={2.25} dot={false} connectNulls isAnimationActive={false} />
    </LineChart>
  );
});
