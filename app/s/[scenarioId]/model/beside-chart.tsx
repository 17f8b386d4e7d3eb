/**
 * Two records of one metric on one axis of days since the talks opened, as plain SVG drawn on the
 * server: no chart library and no script, the table beneath it giving the numbers.
 */
import type { MetricSpec } from '@/machines/scenario';
import { dayScale, valueScale } from '@/lib/charts/axis';
import type { SeriesPoint } from '@/lib/charts/metric-series';
import { messages } from '@/app/_i18n/messages';

interface Named {
  name: string;
  points: readonly SeriesPoint[];
}

const WIDTH = 640;
const HEIGHT = 180;
const PLOT = { left: 44, right: 16, top: 8, bottom: 28 };

export function BesideChart({ metric, mine, theirs }: { metric: MetricSpec; mine: Named; theirs: Named }) {
  const all = [...mine.points, ...theirs.points];
  if (all.length === 0) return null;
  const x = dayScale(all.map((p) => p.day), 3);
  const y = valueScale(all.map((p) => p.value), 4);
  const [d0, d1] = x.domain;
  const [v0, v1] = y.domain;
  const plotWidth = WIDTH - PLOT.left - PLOT.right;
  const plotHeight = HEIGHT - PLOT.top - PLOT.bottom;
  const xOf = (day: number) => PLOT.left + ((day - d0) * plotWidth) / (d1 - d0);
  const yOf = (value: number) => PLOT.top + plotHeight - ((value - v0) * plotHeight) / (v1 - v0);
  // Level from each point to the next, then up or down: a record's state holds until its next step.
  const steps = ({ points }: Named) =>
    points.length === 0 ? '' : `M${xOf(points[0]!.day)},${yOf(points[0]!.value)}${points.slice(1).map((p) => `H${xOf(p.day)}V${yOf(p.value)}`).join('')}`;
  const bottom = PLOT.top + plotHeight;
  return (
    <figure className="beside-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={messages.beside.chartLabel(metric.label)}>
        <g className="chart-axis">
          {y.ticks.map((tick) => (
            <g key={tick}>
              <line x1={PLOT.left} x2={WIDTH - PLOT.right} y1={yOf(tick)} y2={yOf(tick)} className="beside-grid" />
              <text x={PLOT.left - 6} y={yOf(tick)} dy="0.355em" textAnchor="end" fontSize={12}>
                {messages.format.number(tick, metric.decimals)}
              </text>
            </g>
          ))}
          <line x1={PLOT.left} x2={WIDTH - PLOT.right} y1={bottom} y2={bottom} stroke="currentColor" />
          {x.ticks.map((tick) => (
            <g key={tick}>
              <line x1={xOf(tick)} x2={xOf(tick)} y1={bottom} y2={bottom + 5} stroke="currentColor" />
              <text x={xOf(tick)} y={bottom + 8} dy="0.71em" textAnchor="middle" fontSize={12}>
                {messages.beside.dayTick(messages.format.number(tick, 0))}
              </text>
            </g>
          ))}
        </g>
        <path className="series-beside" d={steps(theirs)} fill="none" stroke="currentColor" strokeWidth={2.5} strokeDasharray="1 4" strokeLinecap="round" />
        <path className="series-current" d={steps(mine)} fill="none" stroke="currentColor" strokeWidth={2.25} />
      </svg>
      <figcaption>
        <ul className="legend">
          <li className="legend-current">{mine.name}</li>
          <li className="legend-beside">{theirs.name}</li>
        </ul>
      </figcaption>
    </figure>
  );
}
