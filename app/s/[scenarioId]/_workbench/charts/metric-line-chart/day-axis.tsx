'use client';
import { useContext } from 'react';
import { usePlotArea } from 'recharts';
import { xOfDay } from '@/lib/charts/axis';
import { AxesContext } from './contexts';
import { useDaySpan } from './use-day-span';

const TICK_SIZE = 6;
const TICK_MARGIN = 2;

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
