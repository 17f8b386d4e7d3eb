'use client';
import { useContext } from 'react';
import { usePlotArea, useYAxisScale } from 'recharts';
import { xOfDay } from '@/lib/charts/axis';
import { valueOnDay } from '@/lib/charts/metric-series';
import { PointedContext, SeriesContext } from './contexts';
import { useDaySpan } from './use-day-span';

/** The cursor on the day pointed at, with a dot where the current path is that day. */
export function PointedDay() {
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
