'use client';
/**
 * One small multiple: a metric over time, with the compared path and the record overlaid, and
 * another scenario's record when one is set beside (by days since each one's talks opened).
 *
 * Recharts lays the chart out and draws its frame: the surface, the value axis and the grid. The
 * frame's props stay the same from move to move, so React skips it whole, and a move that extends
 * the day axis (a week passing) costs Recharts nothing: the day axis, the series, the cursor and the
 * read-out are small components inside the frame that place days on the plot area Recharts gives
 * them (`usePlotArea`) and values with its value scale (`useYAxisScale`). Through Recharts' own day
 * axis and tooltip, such a move cost about 6 ms of Recharts' store updates per chart. The value axis
 * still changes through Recharts, which happens only when a path leaves its round-numbered range.
 */
import { memo, useEffect, useMemo, useRef } from 'react';
import { CartesianGrid, LineChart } from 'recharts';
import type { MetricSpec } from '@/machines/scenario';
import type { SeriesPoint } from '@/lib/charts/metric-series';
import { messages } from '@/app/_i18n/messages';
import { useWidth } from '@/app/_components/use-in-view';
import { chartFormat } from './chart-format';
import { AxesContext, PointContext, PointedContext, ReadoutContext, SeriesContext, type NamedSeries } from './contexts';
import { DayAxis } from './day-axis';
import { PointedDay } from './pointed-day';
import { PointerArea } from './pointer-area';
import { DayReadout, readoutText } from './readout';
import { SeriesLine } from './series-line';
import { useAxes } from './use-axes';
import { useDaySlider } from './use-day-slider';
import { useLayersUnfocusable } from './use-layers-unfocusable';
import { ValueAxis } from './value-axis';

export interface SeriesNames {
  current: string;
  compare: string | null;
  reference: string | null;
  /** Another scenario's record set beside the paths, by days since its own talks opened. */
  beside: string | null;
}

interface Props {
  metric: MetricSpec;
  current: readonly SeriesPoint[];
  compare: readonly SeriesPoint[] | null;
  reference: readonly SeriesPoint[] | null;
  beside: readonly SeriesPoint[] | null;
  startDate: string;
  names: SeriesNames;
  /** Told of the chart's box once drawn (the card hands it the focus its stand-in had). */
  onDrawn?: (box: HTMLDivElement) => void;
}

const HEIGHT = 130;
/** The day axis's height below the plot, as Recharts gives an axis by default. */
const DAY_AXIS_HEIGHT = 30;
// Room on the right for the last date label, which is centred on the axis end.
const margin = { top: 6, right: 22, bottom: DAY_AXIS_HEIGHT, left: 0 };

/** Memoised: a card re-renders on every move, its chart only when one of its series changes. */
export const MetricLineChart = memo(function MetricLineChart({ metric, current, compare, reference, beside, startDate, names, onDrawn }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box);
  useLayersUnfocusable(box);
  const drawnOnce = useRef(onDrawn);
  useEffect(() => {
    drawnOnce.current?.(box.current!);
  }, []);
  const { current: currentName, compare: compareName, reference: referenceName, beside: besideName } = names;
  const besideShown = besideName !== null && beside !== null;
  // The axis covers the whole of the record beside, however much longer it runs than this path: cut
  // short, it would hide how that record went on and ended, and its last point drawn would read as
  // its end. This path then takes the left part of the chart; the read-out and the table give every
  // day's values exactly.
  const axes = useAxes([current, compare ?? [], reference ?? [], besideShown ? beside : []]);
  const spanDays = axes.days.last - axes.days.first;
  // Beside another scenario the axis counts days since the talks opened: a date of this scenario
  // would say nothing of the other's, and past this record's end would be a date that never came.
  const format = useMemo(() => chartFormat(metric, startDate, spanDays, besideShown), [metric, startDate, spanDays, besideShown]);
  const namedSeries = useMemo((): NamedSeries[] => {
    const named: NamedSeries[] = [{ key: 'current', name: currentName, points: current }];
    if (compareName && compare) named.push({ key: 'compare', name: compareName, points: compare });
    if (referenceName && reference) named.push({ key: 'reference', name: referenceName, points: reference });
    if (besideName && beside) named.push({ key: 'beside', name: besideName, points: beside });
    return named;
  }, [currentName, current, compareName, compare, referenceName, reference, besideName, beside]);

  // The days that can be read: those some series has a value on. The axis starts on the first of
  // them and runs on past the last to a whole week.
  const readFirst = axes.days.first;
  const readLast = Math.max(...namedSeries.map((s) => s.points.at(-1)?.day ?? readFirst));
  const slider = useDaySlider(readFirst, readLast, current.at(-1)?.day ?? readLast);

  const frame = useMemo(
    () =>
      width > 0 && (
        <LineChart className="metric-chart" width={width} height={HEIGHT} margin={margin} accessibilityLayer={false}>
          <CartesianGrid vertical={false} className="chart-grid" />
          <DayAxis label={format.dayLabel} />
          <ValueAxis tick={format.valueTick} />
          <SeriesLine seriesKey="beside" />
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
      aria-valuenow={slider.day}
      aria-valuetext={readoutText(namedSeries, slider.day, readout)}
      data-beside-points={besideShown ? beside.length : undefined}
      {...slider.keys}
    >
      <AxesContext value={axes}>
        <SeriesContext value={namedSeries}>
          <PointContext value={slider.point}>
            <PointedContext value={slider.pointedDay}>
              <ReadoutContext value={readout}>{frame}</ReadoutContext>
            </PointedContext>
          </PointContext>
        </SeriesContext>
      </AxesContext>
    </div>
  );
});
