'use client';
import { useContext } from 'react';
import { useYAxisScale } from 'recharts';
import { xOfDay } from '@/lib/charts/axis';
import type { SeriesKey } from '@/lib/charts/metric-series';
import { SeriesContext } from './contexts';
import { useDaySpan } from './use-day-span';

/**
 * How each series is drawn. The compared path is drawn dashed over the current one, so where the two
 * run together (a path compared with the record it follows) both still show.
 */
const SERIES_STROKE = {
  current: { strokeWidth: 2.25 },
  compare: { strokeWidth: 2, strokeDasharray: '6 3' },
  reference: { strokeWidth: 1.5 },
  // Another scenario's record: dotted, in a colour of its own, under this scenario's lines.
  beside: { strokeWidth: 2, strokeDasharray: '1 3', strokeLinecap: 'round' },
} as const;

/**
 * One series as one path, placed on the day axis and Recharts' value scale: level from each day it
 * has a value to its next, then up or down to that one, as a path's state holds until its next step
 * (the read-out and the table read it so too).
 */
export function SeriesLine({ seriesKey }: { seriesKey: SeriesKey }) {
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
