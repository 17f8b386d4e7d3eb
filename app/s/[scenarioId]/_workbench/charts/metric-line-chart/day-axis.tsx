'use client';
import { useContext } from 'react';
import { usePlotArea } from 'recharts';
import { xOfDay } from '@/lib/charts/axis';
import { AxesContext } from './contexts';
import { useDaySpan } from './use-day-span';

const TICK_SIZE = 6;
const TICK_MARGIN = 2;
/** A date longer than this, at the axis's right end, is set back inside the chart (the margin holds half of a short one). */
const CENTRED_AT_END_CHARS = 6;

/** The day axis under the plot, with a tick and a date at each of its ticks. */
export function DayAxis({ label }: { label: (day: number) => string }) {
  const plot = usePlotArea();
  const span = useDaySpan();
  const { ticks } = useContext(AxesContext).days;
  if (!plot || !span) return null;
  const y = plot.y + plot.height;
  return (
    <g className="chart-axis chart-day-axis">
      <line x1={plot.x} y1={y} x2={plot.x + plot.width} y2={y} stroke="currentColor" />
      {ticks.map((day, i) => {
        const x = xOfDay(span, day);
        const text = label(day);
        const anchor = i === ticks.length - 1 && text.length > CENTRED_AT_END_CHARS ? 'end' : 'middle';
        return (
          <g key={day}>
            <line x1={x} y1={y} x2={x} y2={y + TICK_SIZE} stroke="currentColor" />
            <text x={x} y={y + TICK_SIZE + TICK_MARGIN} dy="0.71em" fontSize={12} textAnchor={anchor}>
              {text}
            </text>
          </g>
        );
      })}
    </g>
  );
}
