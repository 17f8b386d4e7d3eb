/**
 * Two records of one metric on one axis of days since the talks opened, as plain SVG drawn on the
 * server: no chart library and no script, the table beneath it giving the numbers.
 */
import type { MetricSpec } from '@/machines/scenario';
import { valueScale } from '@/lib/charts/axis';
import type { SeriesPoint } from '@/lib/charts/metric-series';
import { messages } from '@/app/_i18n/messages';

interface Named {
  name: string;
  points: readonly SeriesPoint[];
}

const HEIGHT = 180;
const PLOT = { left: 44, right: 36, top: 8, bottom: 28 };
/** Days between ticks: whole months of 30 days, as the table's rows go, the fewest that leave at most `most` intervals. */
const TICK_STEPS = [30, 60, 90, 180, 360, 720];

function dayTicks(last: number, most: number): number[] {
  const step = TICK_STEPS.find((s) => last / s <= most) ?? TICK_STEPS.at(-1)!;
  return Array.from({ length: Math.floor(last / step) + 1 }, (_, i) => i * step);
}

interface Props {
  metric: MetricSpec;
  mine: Named;
  theirs: Named;
}

/**
 * Drawn twice, for a wide screen and a phone (CSS shows one): a drawing scaled to the width it is
 * given keeps its type legible only near the width it was drawn for, and a page with no script
 * cannot measure it.
 */
export function BesideChart(props: Props) {
  return (
    <figure className="beside-chart">
      <BesideSvg {...props} width={640} ticks={5} className="beside-chart-wide" />
      <BesideSvg {...props} width={360} ticks={3} className="beside-chart-narrow" />
      <figcaption>
        <ul className="legend">
          <li className="legend-current">{props.mine.name}</li>
          <li className="legend-beside">{props.theirs.name}</li>
        </ul>
      </figcaption>
    </figure>
  );
}

function BesideSvg({ metric, mine, theirs, width, ticks, className }: Props & { width: number; ticks: number; className: string }) {
  const all = [...mine.points, ...theirs.points];
  if (all.length === 0) return null;
  // Both records start on their day 0; the axis runs to the longer one's last day.
  const d0 = 0;
  const d1 = Math.max(1, ...all.map((p) => p.day));
  const y = valueScale(all.map((p) => p.value), 4);
  const [v0, v1] = y.domain;
  const plotWidth = width - PLOT.left - PLOT.right;
  const plotHeight = HEIGHT - PLOT.top - PLOT.bottom;
  const xOf = (day: number) => PLOT.left + ((day - d0) * plotWidth) / (d1 - d0);
  const yOf = (value: number) => PLOT.top + plotHeight - ((value - v0) * plotHeight) / (v1 - v0);
  // Level from each point to the next, then up or down: a record's state holds until its next step.
  const steps = ({ points }: Named) =>
    points.length === 0 ? '' : `M${xOf(points[0]!.day)},${yOf(points[0]!.value)}${points.slice(1).map((p) => `H${xOf(p.day)}V${yOf(p.value)}`).join('')}`;
  const bottom = PLOT.top + plotHeight;
  return (
    <svg className={className} viewBox={`0 0 ${width} ${HEIGHT}`} role="img" aria-label={messages.beside.chartLabel(metric.label)}>
      <g className="chart-axis">
        {y.ticks.map((tick) => (
          <g key={tick}>
            <line x1={PLOT.left} x2={width - PLOT.right} y1={yOf(tick)} y2={yOf(tick)} className="beside-grid" />
            <text x={PLOT.left - 6} y={yOf(tick)} dy="0.355em" textAnchor="end" fontSize={12}>
              {messages.format.number(tick, metric.decimals)}
            </text>
          </g>
        ))}
        <line x1={PLOT.left} x2={width - PLOT.right} y1={bottom} y2={bottom} stroke="currentColor" />
        {dayTicks(d1, ticks).map((tick) => (
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
  );
}
