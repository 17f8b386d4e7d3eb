'use client';
import { useContext, type PointerEvent } from 'react';
import { usePlotArea } from 'recharts';
import { dayAtX } from '@/lib/charts/axis';
import { PointContext } from './contexts';
import { useDaySpan } from './use-day-span';

/**
 * The plot area, taking the pointer: the day nearest it is the one read out. A finger reads the
 * chart by sliding along it (the page still scrolls up and down), and the read-out stays when it
 * lifts, until the chart loses focus.
 */
export function PointerArea() {
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
