'use client';
/**
 * One small multiple: a metric over time, with the compared path and the record overlaid.
 *
 * A move changes only the current path, so the chart is split in two. The frame (axes, grid,
 * tooltip, the compared and reference lines) is a Recharts chart whose props stay identical
 * between moves, so React skips it whole; the current path is a small series inside it that reads
 * its points from context and places them with the frame's own scales (Recharts' `useXAxisScale`
 * and `useYAxisScale`). The frame is laid out again only when its axes or overlaid series change:
 * the day axis is extended a week at a time, the value axis at round numbers.
 */
import { createContext, memo, useContext, useMemo, useRef } from 'react';
import {
  CartesianGrid,
  DefaultTooltipContent,
  Line,
  LineChart,
  Tooltip,
  XAxis,
  YAxis,
  useActiveTooltipLabel,
  useXAxisScale,
  useYAxisScale,
  type TooltipContentProps,
  type TooltipPayloadEntry,
} from 'recharts';
import type { MetricSpec } from '../../machines/scenario';
import { formatLongDate, formatNumber, formatShortDate } from '../../lib/charts/format';
import { dayScale, valueScale } from '../../lib/charts/axis';
import { frameRows, type SeriesPoint } from '../../lib/charts/metric-series';
import { addDays } from '../../lib/sim/date';
import { useWidth } from './use-in-view';

export interface SeriesNames {
  current: string;
  compare: string | null;
  reference: string | null;
}

interface Props {
  metric: MetricSpec;
  current: readonly SeriesPoint[];
  compare: readonly SeriesPoint[] | null;
  reference: readonly SeriesPoint[] | null;
  startDate: string;
  names: SeriesNames;
}

const HEIGHT = 130;
// Room on the right for the last date label, which is centred on the axis end.
const margin = { top: 6, right: 22, bottom: 0, left: 0 };
const tick = { fontSize: 12 };
const DAYS_PER_AXIS_STEP = 7;

interface CurrentSeries {
  name: string;
  points: readonly SeriesPoint[];
}
const CurrentSeriesContext = createContext<CurrentSeries>({ name: '', points: [] });

/** The current path, drawn with the frame's scales; only this re-renders on a move that keeps the axes. */
function CurrentLine() {
  const { points } = useContext(CurrentSeriesContext);
  const x = useXAxisScale();
  const y = useYAxisScale();
  const activeDay = useActiveTooltipLabel();
  if (!x || !y || points.length === 0) return null;
  const at = (p: SeriesPoint) => `${x(p.day) ?? 0},${y(p.value) ?? 0}`;
  const active = points.find((p) => p.day === activeDay);
  return (
    <g className="series-current">
      {points.length > 1 && <path d={`M${points.map(at).join('L')}`} fill="none" stroke="currentColor" strokeWidth={2.25} strokeLinejoin="round" />}
      {(points.length === 1 || active) && <circle cx={x((active ?? points[0]!).day)} cy={y((active ?? points[0]!).value)} r={3.5} fill="currentColor" />}
    </g>
  );
}

/** Recharts' own tooltip, with the current path's value of the day added to the frame's series. */
function SeriesTooltip(props: TooltipContentProps) {
  const { name, points } = useContext(CurrentSeriesContext);
  if (!props.active) return null;
  const point = points.find((p) => p.day === props.label);
  const entry: TooltipPayloadEntry | null = point ? { name, value: point.value, dataKey: 'current', color: 'currentColor', graphicalItemId: 'current-path' } : null;
  const payload = entry ? [...props.payload, entry] : props.payload;
  if (payload.length === 0) return null;
  return <DefaultTooltipContent {...props} payload={payload} />;
}
const renderTooltip = (props: TooltipContentProps) => <SeriesTooltip {...props} />;

/** Numbers joined into a string, so an axis whose ticks are unchanged keeps the very same props. */
const join = (values: readonly number[]) => values.join(',');
const split = (joined: string) => joined.split(',').map(Number);

/** Memoised: a move changes the readout beside it at once, the chart only when its deferred data arrives. */
export const MetricLineChart = memo(function MetricLineChart({ metric, current, compare, reference, startDate, names }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box);
  const format = useMemo(
    () => ({
      day: (day: number) => formatShortDate(addDays(startDate, day)),
      value: (v: number) => formatNumber(v, metric.decimals),
      tooltipLabel: (day: unknown) => (typeof day === 'number' ? formatLongDate(addDays(startDate, day)) : ''),
      tooltipValue: (v: unknown) => (typeof v === 'number' ? `${formatNumber(v, metric.decimals)} ${metric.unit}` : ''),
    }),
    [metric, startDate],
  );
  const series = [current, compare ?? [], reference ?? []];
  const x = dayScale(
    series.flatMap((s) => s.map((p) => p.day)),
    1,
    DAYS_PER_AXIS_STEP,
  );
  const y = valueScale(series.flatMap((s) => s.map((p) => p.value)));
  const [xTicksKey, yTicksKey] = [join(x.ticks), join(y.ticks)];
  const [first, last] = x.domain;
  const xTicks = useMemo(() => split(xTicksKey), [xTicksKey]);
  const yTicks = useMemo(() => split(yTicksKey), [yTicksKey]);
  const xDomain = useMemo(() => [first, last], [first, last]);
  const yDomain = useMemo(() => [yTicks[0]!, yTicks.at(-1)!], [yTicks]);
  const rows = useMemo(() => frameRows(first, last, { compare, reference }), [first, last, compare, reference]);
  const { current: currentName, compare: compareName, reference: referenceName } = names;
  const currentSeries = useMemo(() => ({ name: currentName, points: current }), [currentName, current]);

  const frame = useMemo(
    () =>
      width > 0 && (
        <LineChart className="metric-chart" data={rows} width={width} height={HEIGHT} margin={margin} title={`${metric.label} (${metric.unit})`}>
          <CartesianGrid vertical={false} className="chart-grid" />
          <XAxis dataKey="day" type="number" domain={xDomain} ticks={xTicks} interval={0} tickFormatter={format.day} className="chart-axis" tick={tick} />
          <YAxis width={48} domain={yDomain} ticks={yTicks} interval={0} tickFormatter={format.value} className="chart-axis" tick={tick} />
          <Tooltip labelFormatter={format.tooltipLabel} formatter={format.tooltipValue} content={renderTooltip} isAnimationActive={false} wrapperClassName="chart-tooltip" />
          {referenceName && (
            <Line dataKey="reference" name={referenceName} className="series-reference" stroke="currentColor" strokeWidth={1.5} dot={false} connectNulls isAnimationActive={false} />
          )}
          {compareName && (
            <Line
              dataKey="compare"
              name={compareName}
              className="series-compare"
              stroke="currentColor"
              strokeWidth={2}
              strokeDasharray="6 3"
              dot={false}
              connectNulls
              isAnimationActive={false}
            />
          )}
          <CurrentLine />
        </LineChart>
      ),
    [width, rows, metric, format, xDomain, xTicks, yDomain, yTicks, referenceName, compareName],
  );
  return (
    <div ref={box} className="metric-chart-box">
      <CurrentSeriesContext value={currentSeries}>{frame}</CurrentSeriesContext>
    </div>
  );
});
