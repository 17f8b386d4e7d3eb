'use client';
import { useContext } from 'react';
import { YAxis } from 'recharts';
import { AxesContext } from './contexts';

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
export const valueTick = (format: (value: number) => string) =>
  function ValueTick({ x, y, fill, textAnchor, payload }: TickProps) {
    return (
      <text x={x} y={y} dy="0.355em" fill={fill} fontSize={12} textAnchor={textAnchor}>
        {format(Number(payload.value))}
      </text>
    );
  };

export function ValueAxis({ tick }: { tick: ReturnType<typeof valueTick> }) {
  const { yDomain, yTicks } = useContext(AxesContext);
  // The series are not Recharts lines, so the axis has no data of its own: `allowDataOverflow` makes
  // Recharts take the range given (which covers every value) instead of waiting for data.
  return <YAxis width={48} domain={yDomain} ticks={yTicks} niceTicks="none" interval={0} className="chart-axis" stroke="currentColor" tick={tick} allowDataOverflow />;
}
