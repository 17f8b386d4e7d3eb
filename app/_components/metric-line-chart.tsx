'use client';
/**
 * One small multiple: a metric over time, with the compared path and the record overlaid.
 *
 * A move changes only the current path, so the chart is split up. The frame (grid, axes, tooltip)
 * is a Recharts chart whose props stay identical between moves, so React skips it whole. The series
 * are small components inside it that read their points from context and place them with the
 * frame's own scales (Recharts' `useXAxisScale` and `useYAxisScale`); the axes read their range
 * from context too. A move re-draws one path per series, and the axes only when it extends them. The
 * day axis is extended a week at a time, the value axis at round numbers.
 */
import { createContext, memo, useContext, useMemo, useRef, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import {
  CartesianGrid,
  DefaultTooltipContent,
  LineChart,
  Tooltip,
  XAxis,
  YAxis,
  useActiveTooltipCoordinate,
  useActiveTooltipLabel,
  useIsTooltipActive,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
  type TooltipPayloadEntry,
} from 'recharts';
import type { MetricSpec } from '../../machines/scenario';
import { formatLongDate, formatNumber, formatShortDate } from '../../lib/charts/format';
import { dayScale, valueScale } from '../../lib/charts/axis';
import { frameRows, valueOnDay, type SeriesPoint } from '../../lib/charts/metric-series';
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

interface TickProps {
  x?: number | string;
  y?: number | string;
  fill?: string;
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit';
  payload: { value: unknown };
}

/**
 * A tick label as plain SVG text. Recharts' own label measures itself in the page to wrap long
 * text, which a date or a number never needs and which made every axis change cost more.
 */
const axisTick = (format: (value: number) => string, dy: string) =>
  function AxisTick({ x, y, fill, textAnchor, payload }: TickProps) {
    return (
      <text x={x} y={y} dy={dy} fill={fill} fontSize={12} textAnchor={textAnchor}>
        {format(Number(payload.value))}
      </text>
    );
  };
type AxisTickRenderer = ReturnType<typeof axisTick>;
const DAYS_PER_AXIS_STEP = 7;

interface NamedSeries {
  key: 'current' | 'compare' | 'reference';
  name: string;
  points: readonly SeriesPoint[];
}
/** Every series of the chart, the current path first: for the lines and the tooltip. */
const SeriesContext = createContext<readonly NamedSeries[]>([]);

interface AxesRange {
  xDomain: number[];
  xTicks: number[];
  yDomain: number[];
  yTicks: number[];
}
const AxesRangeContext = createContext<AxesRange>({ xDomain: [0, 1], xTicks: [0, 1], yDomain: [0, 1], yTicks: [0, 1] });

// Ticks come from lib/charts/axis.ts (`niceTicks="none"` spares Recharts its own search for them).
function DayAxis({ tick }: { tick: AxisTickRenderer }) {
  const { xDomain, xTicks } = useContext(AxesRangeContext);
  // The frame's rows run on past the axis end (see `rowsEnd`): the axis keeps to its own range.
  return <XAxis dataKey="day" type="number" domain={xDomain} ticks={xTicks} niceTicks="none" interval={0} className="chart-axis" tick={tick} allowDataOverflow />;
}

function ValueAxis({ tick }: { tick: AxisTickRenderer }) {
  const { yDomain, yTicks } = useContext(AxesRangeContext);
  // The series are not Recharts lines, so the axis has no data of its own: `allowDataOverflow` makes
  // Recharts take the range given (which covers every value) instead of waiting for data.
  return <YAxis width={48} domain={yDomain} ticks={yTicks} niceTicks="none" interval={0} className="chart-axis" tick={tick} allowDataOverflow />;
}

/** Days per block of the frame's rows: a move extending the day axis by a week rarely needs new rows. */
const ROW_BLOCK_DAYS = 28;
const rowsEnd = (first: number, last: number) => first + Math.ceil((last - first + 1) / ROW_BLOCK_DAYS) * ROW_BLOCK_DAYS;

/** How each series is drawn; the current path on top, with a dot at the day shown or pointed at. */
const SERIES_STROKE = {
  current: { strokeWidth: 2.25 },
  compare: { strokeWidth: 2, strokeDasharray: '6 3' },
  reference: { strokeWidth: 1.5 },
} as const;

/**
 * One series, placed with the frame's own scales (Recharts' `useXAxisScale` and `useYAxisScale`).
 * Drawn here rather than as Recharts lines: a move that extends an axis then re-draws one path per
 * series instead of Recharts deriving each line's points anew.
 */
function SeriesLine({ seriesKey }: { seriesKey: NamedSeries['key'] }) {
  const points = useContext(SeriesContext).find((s) => s.key === seriesKey)?.points ?? [];
  const x = useXAxisScale();
  const y = useYAxisScale();
  const activeDay = useActiveTooltipLabel();
  if (!x || !y || points.length === 0) return null;
  const at = (p: SeriesPoint) => `${x(p.day) ?? 0},${y(p.value) ?? 0}`;
  let dot: SeriesPoint | null = null;
  if (seriesKey === 'current') {
    const activeValue = typeof activeDay === 'number' ? valueOnDay(points, activeDay) : null;
    dot = activeValue !== null ? { day: activeDay as number, value: activeValue } : points.length === 1 ? points[0]! : null;
  }
  return (
    <g className={`series-${seriesKey}`}>
      {points.length > 1 && <path d={`M${points.map(at).join('L')}`} fill="none" stroke="currentColor" strokeLinejoin="round" {...SERIES_STROKE[seriesKey]} />}
      {dot && <circle cx={x(dot.day)} cy={y(dot.value)} r={3.5} fill="currentColor" />}
    </g>
  );
}

interface Readout {
  /** The chart's box, which the readout is drawn over. */
  host: RefObject<HTMLDivElement | null>;
  label: (day: unknown) => string;
  value: (value: unknown) => string;
}
const ReadoutContext = createContext<Readout | null>(null);

/**
 * The tooltip: each series' value on the day pointed at, in Recharts' own tooltip box. Recharts
 * shows its tooltip only for the series its frame draws, on the days they have a value; the current
 * path is not in the frame, and the paths step on different days. So the frame's tooltip keeps the
 * pointer and the cursor line, and this draws the box over the chart.
 */
function DayReadout() {
  const series = useContext(SeriesContext);
  const readout = useContext(ReadoutContext);
  const active = useIsTooltipActive();
  const day = useActiveTooltipLabel();
  const coordinate = useActiveTooltipCoordinate();
  const plot = usePlotArea();
  const host = readout?.host.current;
  if (!readout || !host || !active || typeof day !== 'number' || !coordinate || !plot) return null;
  const payload = series.flatMap(({ key, name, points }): TooltipPayloadEntry[] => {
    const value = valueOnDay(points, day);
    return value === null ? [] : [{ name, value, dataKey: key, color: 'currentColor', graphicalItemId: `series-${key}` }];
  });
  if (payload.length === 0) return null;
  // In the half of the chart away from the cursor, so it neither hides the day pointed at nor
  // overflows the card.
  const side = coordinate.x > plot.x + plot.width / 2 ? { left: plot.x } : { right: 0 };
  return createPortal(
    <div className="chart-tooltip chart-readout" style={{ ...side, top: plot.y }}>
      <DefaultTooltipContent payload={payload} label={day} labelFormatter={readout.label} formatter={readout.value} />
    </div>,
    host,
  );
}
const noTooltipContent = () => null;

/** Numbers joined into a string, so an axis whose ticks are unchanged keeps the very same props. */
const join = (values: readonly number[]) => values.join(',');
const split = (joined: string) => joined.split(',').map(Number);

/** Memoised: a card re-renders on every move, its chart only when one of its series changes. */
export const MetricLineChart = memo(function MetricLineChart({ metric, current, compare, reference, startDate, names }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box);
  const format = useMemo(
    () => ({
      dayTick: axisTick((day) => formatShortDate(addDays(startDate, day)), '0.71em'),
      valueTick: axisTick((v) => formatNumber(v, metric.decimals), '0.355em'),
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
  const rowsLast = rowsEnd(first, last);
  const rows = useMemo(() => frameRows(first, rowsLast), [first, rowsLast]);
  const { current: currentName, compare: compareName, reference: referenceName } = names;
  const namedSeries = useMemo((): NamedSeries[] => {
    const named: NamedSeries[] = [{ key: 'current', name: currentName, points: current }];
    if (compareName && compare) named.push({ key: 'compare', name: compareName, points: compare });
    if (referenceName && reference) named.push({ key: 'reference', name: referenceName, points: reference });
    return named;
  }, [currentName, current, compareName, compare, referenceName, reference]);

  const frame = useMemo(
    () =>
      width > 0 && (
        <LineChart className="metric-chart" data={rows} width={width} height={HEIGHT} margin={margin} title={`${metric.label} (${metric.unit})`}>
          <CartesianGrid vertical={false} className="chart-grid" />
          <DayAxis tick={format.dayTick} />
          <ValueAxis tick={format.valueTick} />
          <Tooltip content={noTooltipContent} isAnimationActive={false} />
          <SeriesLine seriesKey="reference" />
          <SeriesLine seriesKey="compare" />
          <SeriesLine seriesKey="current" />
          <DayReadout />
        </LineChart>
      ),
    [width, rows, metric, format],
  );
  const axes = useMemo(() => ({ xDomain, xTicks, yDomain, yTicks }), [xDomain, xTicks, yDomain, yTicks]);
  const readout = useMemo(() => ({ host: box, label: format.tooltipLabel, value: format.tooltipValue }), [format]);
  return (
    <div ref={box} className="metric-chart-box">
      <AxesRangeContext value={axes}>
        <SeriesContext value={namedSeries}>
          <ReadoutContext value={readout}>{frame}</ReadoutContext>
        </SeriesContext>
      </AxesRangeContext>
    </div>
  );
});
