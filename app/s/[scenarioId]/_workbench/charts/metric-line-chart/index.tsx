'use client';
/**
 * One small multiple: a metric over time, with the compared path and the record overlaid.
 *
 * Recharts lays the chart out and draws its frame: the surface, the value axis and the grid. The
 * frame's props stay the same from move to move, so React skips it whole, and a move that extends
 * the day axis (a week passing) costs Recharts nothing: the day axis, the series, the cursor and the
 * read-out are small components inside the frame that place days on the plot area Recharts gives
 * them (`usePlotArea`) and values with its value scale (`useYAxisScale`). Through Recharts' own day
 * axis and tooltip, such a move cost about 6 ms of Recharts' store updates per chart. The value axis
 * still changes through Recharts, which happens only when a path leaves its round-numbered range.
 */
import { createContext, memo, useContext, useEffect, useMemo, useRef, useState, type PointerEvent, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { CartesianGrid, DefaultTooltipContent, LineChart, YAxis, usePlotArea, useYAxisScale, type TooltipPayloadEntry } from 'recharts';
import type { MetricSpec } from '@/machines/scenario';
import { formatLongDate, formatNumber, formatShortDate } from '@/lib/charts/format';
import { dayAfterKey, dayAtX, dayScale, valueScale, xOfDay, type DaySpan } from '@/lib/charts/axis';
import { valueOnDay, type SeriesPoint } from '@/lib/charts/metric-series';
import { addDays } from '@/lib/sim/date';
import { messages } from '@/app/_i18n/messages';
import { useWidth } from '@/app/_components/use-in-view';

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
/** The day axis's height below the plot, as Recharts gives an axis by default. */
const DAY_AXIS_HEIGHT = 30;
const TICK_SIZE = 6;
const TICK_MARGIN = 2;
// Room on the right for the last date label, which is centred on the axis end.
const margin = { top: 6, right: 22, bottom: DAY_AXIS_HEIGHT, left: 0 };
const DAYS_PER_AXIS_STEP = 7;

interface TickProps {
  x?: number | string;
  y?: number | string;
  fill?: string;
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit';
  payload: { value: unknown };
}

/**
 * A value tick label as plain SVG text. Recharts' own label measures itself in the page to wrap
 * long text, which a number never needs and which made every axis change cost more.
 */
const valueTick = (format: (value: number) => string) =>
  function ValueTick({ x, y, fill, textAnchor, payload }: TickProps) {
    return (
      <text x={x} y={y} dy="0.355em" fill={fill} fontSize={12} textAnchor={textAnchor}>
        {format(Number(payload.value))}
      </text>
    );
  };

interface NamedSeries {
  key: 'current' | 'compare' | 'reference';
  name: string;
  points: readonly SeriesPoint[];
}
/** Every series of the chart, the current path first: for the lines and the read-out. */
const SeriesContext = createContext<readonly NamedSeries[]>([]);

interface Axes {
  days: { first: number; last: number; ticks: readonly number[] };
  yDomain: number[];
  yTicks: number[];
}
const AxesContext = createContext<Axes>({ days: { first: 0, last: 1, ticks: [0] }, yDomain: [0, 1], yTicks: [0, 1] });

/** The day pointed at (or chosen with the keys), if any. */
const PointedContext = createContext<number | null>(null);
/** Points at a day, or at none; kept apart from the day so the pointer's target does not re-render. */
const PointContext = createContext<(day: number | null) => void>(() => {});

/** The day axis laid across the plot area; null until Recharts has laid the chart out. */
function useDaySpan(): DaySpan | null {
  const plot = usePlotArea();
  const { first, last } = useContext(AxesContext).days;
  return plot ? { first, last, left: plot.x, width: plot.width } : null;
}

/** The day axis under the plot, with a tick and a date at each of its ticks. */
function DayAxis({ label }: { label: (day: number) => string }) {
  const plot = usePlotArea();
  const span = useDaySpan();
  const { ticks } = useContext(AxesContext).days;
  if (!plot || !span) return null;
  const y = plot.y + plot.height;
  return (
    <g className="chart-axis chart-day-axis">
      <line x1={plot.x} y1={y} x2={plot.x + plot.width} y2={y} stroke="currentColor" />
      {ticks.map((day) => {
        const x = xOfDay(span, day);
        return (
          <g key={day}>
            <line x1={x} y1={y} x2={x} y2={y + TICK_SIZE} stroke="currentColor" />
            <text x={x} y={y + TICK_SIZE + TICK_MARGIN} dy="0.71em" fontSize={12} textAnchor="middle">
              {label(day)}
            </text>
          </g>
        );
      })}
    </g>
  );
}

function ValueAxis({ tick }: { tick: ReturnType<typeof valueTick> }) {
  const { yDomain, yTicks } = useContext(AxesContext);
  // The series are not Recharts lines, so the axis has no data of its own: `allowDataOverflow` makes
  // Recharts take the range given (which covers every value) instead of waiting for data.
  return <YAxis width={48} domain={yDomain} ticks={yTicks} niceTicks="none" interval={0} className="chart-axis" stroke="currentColor" tick={tick} allowDataOverflow />;
}

/**
 * How each series is drawn. The compared path is drawn dashed over the current one, so where the two
 * run together (a path compared with the record it follows) both still show.
 */
const SERIES_STROKE = {
  current: { strokeWidth: 2.25 },
  compare: { strokeWidth: 2, strokeDasharray: '6 3' },
  reference: { strokeWidth: 1.5 },
} as const;

/**
 * One series as one path, placed on the day axis and Recharts' value scale: level from each day it
 * has a value to its next, then up or down to that one, as a path's state holds until its next step
 * (the read-out and the table read it so too).
 */
function SeriesLine({ seriesKey }: { seriesKey: NamedSeries['key'] }) {
  const points = useContext(SeriesContext).find((s) => s.key === seriesKey)?.points ?? [];
  const span = useDaySpan();
  const y = useYAxisScale();
  if (!span || !y || points.length === 0) return null;
  const [first, ...rest] = points;
  const d = `M${xOfDay(span, first!.day)},${y(first!.value) ?? 0}${rest.map((p) => `H${xOfDay(span, p.day)}V${y(p.value) ?? 0}`).join('')}`;
  // A path of one day has no line to draw: its one point is.
  const single = seriesKey === 'current' && points.length === 1 ? points[0]! : null;
  return (
    <g className={`series-${seriesKey}`}>
      {points.length > 1 && <path d={d} fill="none" stroke="currentColor" strokeLinejoin="round" {...SERIES_STROKE[seriesKey]} />}
      {single && <circle cx={xOfDay(span, single.day)} cy={y(single.value)} r={3.5} fill="currentColor" />}
    </g>
  );
}

/** The cursor on the day pointed at, with a dot where the current path is that day. */
function PointedDay() {
  const day = useContext(PointedContext);
  const current = useContext(SeriesContext)[0]?.points ?? [];
  const plot = usePlotArea();
  const span = useDaySpan();
  const y = useYAxisScale();
  if (day === null || !plot || !span || !y) return null;
  const x = xOfDay(span, day);
  const value = valueOnDay(current, day);
  return (
    <g className="chart-pointed">
      <line className="chart-cursor" x1={x} y1={plot.y} x2={x} y2={plot.y + plot.height} />
      {value !== null && <circle className="series-current" cx={x} cy={y(value)} r={3.5} fill="currentColor" />}
    </g>
  );
}

/**
 * The plot area, taking the pointer: the day nearest it is the one read out. A finger reads the
 * chart by sliding along it (the page still scrolls up and down), and the read-out stays when it
 * lifts, until the chart loses focus.
 */
function PointerArea() {
  const plot = usePlotArea();
  const span = useDaySpan();
  const point = useContext(PointContext);
  if (!plot || !span) return null;
  const onPointer = (event: PointerEvent<SVGRectElement>) => {
    const toChart = event.currentTarget.ownerSVGElement?.getScreenCTM()?.inverse();
    if (toChart) point(dayAtX(span, new DOMPoint(event.clientX, event.clientY).matrixTransform(toChart).x));
  };
  return (
    <rect
      className="chart-pointer"
      x={plot.x}
      y={plot.y}
      width={plot.width}
      height={plot.height}
      fill="transparent"
      onPointerMove={onPointer}
      onPointerDown={onPointer}
      onPointerLeave={(event) => event.pointerType === 'mouse' && point(null)}
    />
  );
}

interface Readout {
  /** The chart's box, which the read-out is drawn over. */
  host: RefObject<HTMLDivElement | null>;
  label: (day: unknown) => string;
  value: (value: unknown) => string;
}
const ReadoutContext = createContext<Readout | null>(null);

/** Each series' value on `day`, as the tooltip lists them; series without a value that day are left out. */
const valuesOn = (series: readonly NamedSeries[], day: number) =>
  series.flatMap(({ key, name, points }): TooltipPayloadEntry[] => {
    const value = valueOnDay(points, day);
    return value === null ? [] : [{ name, value, dataKey: key, color: 'currentColor', graphicalItemId: `series-${key}` }];
  });

// Tighter than Recharts' default box, which on a phone's chart covered most of the plot.
const READOUT_BOX = { padding: '4px 8px' };
const READOUT_ITEM = { padding: '1px 0' };

/** The read-out: each series' value on the day pointed at, in Recharts' own tooltip box. */
function DayReadout() {
  const series = useContext(SeriesContext);
  const readout = useContext(ReadoutContext);
  const day = useContext(PointedContext);
  const plot = usePlotArea();
  const span = useDaySpan();
  const host = readout?.host.current;
  if (!readout || !host || day === null || !plot || !span) return null;
  const payload = valuesOn(series, day);
  if (payload.length === 0) return null;
  // In the half of the chart away from the cursor, so it neither hides the day pointed at nor
  // overflows the card.
  const side = xOfDay(span, day) > plot.x + plot.width / 2 ? { left: plot.x } : { right: 0 };
  return createPortal(
    <div className="chart-tooltip chart-readout" style={{ ...side, top: plot.y }}>
      <DefaultTooltipContent payload={payload} label={day} labelFormatter={readout.label} formatter={readout.value} contentStyle={READOUT_BOX} itemStyle={READOUT_ITEM} />
    </div>,
    host,
  );
}

/**
 * Keeps Recharts' layers out of the Tab order. They are React portals, and React listens for focus
 * events on a portal's container; Chromium makes an SVG element with focus listeners focusable, so
 * each layer was a nameless Tab stop inside the chart.
 */
function useLayersUnfocusable(host: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const box = host.current;
    if (!box) return;
    const quiet = () => box.querySelectorAll('g[class^="recharts-zIndex-layer"]:not([tabindex])').forEach((layer) => layer.setAttribute('tabindex', '-1'));
    quiet();
    const added = new MutationObserver(quiet);
    added.observe(box, { childList: true, subtree: true });
    return () => added.disconnect();
  }, [host]);
}

/** Numbers joined into a string, so an axis whose ticks are unchanged keeps the very same props. */
const join = (values: readonly number[]) => values.join(',');
const split = (joined: string) => joined.split(',').map(Number);

/**
 * Memoised: a card re-renders on every move, its chart only when one of its series changes. The
 * chart's box is a slider over the days for the keyboard: the arrow keys move the read-out a day,
 * Page Up and Page Down a week, Home and End to the first and last day with a value; Escape hides it.
 */
export const MetricLineChart = memo(function MetricLineChart({ metric, current, compare, reference, startDate, names }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box);
  useLayersUnfocusable(box);
  const format = useMemo(
    () => ({
      dayLabel: (day: number) => formatShortDate(addDays(startDate, day)),
      valueTick: valueTick((v) => formatNumber(v, metric.decimals)),
      tooltipLabel: (day: unknown) => (typeof day === 'number' ? formatLongDate(addDays(startDate, day)) : ''),
      tooltipValue: (v: unknown) => (typeof v === 'number' ? messages.charts.valueWithUnit(formatNumber(v, metric.decimals), metric.unit) : ''),
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
  const days = useMemo(() => ({ first, last, ticks: split(xTicksKey) }), [first, last, xTicksKey]);
  const yTicks = useMemo(() => split(yTicksKey), [yTicksKey]);
  const yDomain = useMemo(() => [yTicks[0]!, yTicks.at(-1)!], [yTicks]);
  const { current: currentName, compare: compareName, reference: referenceName } = names;
  const namedSeries = useMemo((): NamedSeries[] => {
    const named: NamedSeries[] = [{ key: 'current', name: currentName, points: current }];
    if (compareName && compare) named.push({ key: 'compare', name: compareName, points: compare });
    if (referenceName && reference) named.push({ key: 'reference', name: referenceName, points: reference });
    return named;
  }, [currentName, current, compareName, compare, referenceName, reference]);

  // The days that can be read: those some series has a value on. The axis starts on the first of
  // them and runs on past the last to a whole week.
  const readFirst = first;
  const readLast = Math.max(...namedSeries.map((s) => s.points.at(-1)?.day ?? first));
  // A day pointed at stays pointed at as the paths change, within the days that can be read.
  const [pointedDay, setPointedDay] = useState<number | null>(null);
  const day = pointedDay === null ? null : Math.min(readLast, Math.max(readFirst, pointedDay));
  const keyDay = day ?? current.at(-1)?.day ?? readLast;
  const keyText = messages.charts.readout(
    format.tooltipLabel(keyDay),
    valuesOn(namedSeries, keyDay).map((entry) => ({ name: String(entry.name), value: format.tooltipValue(entry.value) })),
  );

  const frame = useMemo(
    () =>
      width > 0 && (
        <LineChart className="metric-chart" width={width} height={HEIGHT} margin={margin} accessibilityLayer={false}>
          <CartesianGrid vertical={false} className="chart-grid" />
          <DayAxis label={format.dayLabel} />
          <ValueAxis tick={format.valueTick} />
          <SeriesLine seriesKey="reference" />
          <SeriesLine seriesKey="current" />
          <SeriesLine seriesKey="compare" />
          <PointedDay />
          <PointerArea />
          <DayReadout />
        </LineChart>
      ),
    [width, format],
  );
  const axes = useMemo(() => ({ days, yDomain, yTicks }), [days, yDomain, yTicks]);
  const readout = useMemo(() => ({ host: box, label: format.tooltipLabel, value: format.tooltipValue }), [format]);
  return (
    <div
      ref={box}
      className="metric-chart-box"
      role="slider"
      tabIndex={0}
      aria-label={messages.charts.readByDay(metric.label)}
      aria-valuemin={readFirst}
      aria-valuemax={readLast}
      aria-valuenow={keyDay}
      aria-valuetext={keyText}
      onFocus={(event) => {
        if (event.currentTarget.matches(':focus-visible')) setPointedDay(keyDay);
      }}
      onBlur={() => setPointedDay(null)}
      onKeyDown={(event) => {
        // Keys with a modifier are the browser's (Alt + ← goes back).
        if (event.altKey || event.ctrlKey || event.metaKey) return;
        const to = event.key === 'Escape' ? null : dayAfterKey(event.key, keyDay, readFirst, readLast);
        if (to === null && event.key !== 'Escape') return;
        event.preventDefault();
        setPointedDay(to);
      }}
    >
      <AxesContext value={axes}>
        <SeriesContext value={namedSeries}>
          <PointContext value={setPointedDay}>
            <PointedContext value={day}>
              <ReadoutContext value={readout}>{frame}</ReadoutContext>
            </PointedContext>
          </PointContext>
        </SeriesContext>
      </AxesContext>
    </div>
  );
});
