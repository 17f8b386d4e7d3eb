'use client';
import { useContext } from 'react';
import { createPortal } from 'react-dom';
import { DefaultTooltipContent, usePlotArea, type TooltipPayloadEntry } from 'recharts';
import { xOfDay } from '@/lib/charts/axis';
import { valueOnDay } from '@/lib/charts/metric-series';
import { messages } from '@/app/_i18n/messages';
import { PointedContext, ReadoutContext, SeriesContext, type NamedSeries, type Readout } from './contexts';
import { useDaySpan } from './use-day-span';

/** A series' value as Recharts' tooltip lists it, its name and value always there. */
type SeriesValue = TooltipPayloadEntry & { name: string; value: number };

/** Each series' value on `day`, as the tooltip lists them; series without a value that day are left out. */
const valuesOn = (series: readonly NamedSeries[], day: number) =>
  series.flatMap(({ key, name, points }): SeriesValue[] => {
    const value = valueOnDay(points, day);
    return value === null ? [] : [{ name, value, dataKey: key, color: 'currentColor', graphicalItemId: `series-${key}` }];
  });

/** The read-out of `day` as one line of text, for the slider that reads the chart by day. */
export const readoutText = (series: readonly NamedSeries[], day: number, { label, value }: Pick<Readout, 'label' | 'value'>) =>
  messages.charts.readout(
    label(day),
    valuesOn(series, day).map((entry) => ({ name: entry.name, value: value(entry.value) })),
  );

// Tighter than Recharts' default box, which on a phone's chart covered most of the plot.
const READOUT_BOX = { padding: '4px 8px' };
const READOUT_ITEM = { padding: '1px 0' };

/** The read-out: each series' value on the day pointed at, in Recharts' own tooltip box. */
export function DayReadout() {
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
      <DefaultTooltipContent payload={payload} label={day} labelFormatter={readout.label} formatter={readout.value} separator={messages.charts.readoutSeparator} contentStyle={READOUT_BOX} itemStyle={READOUT_ITEM} />
    </div>,
    host,
  );
}
