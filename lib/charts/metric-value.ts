/** A metric's value as people are shown it: to the precision its sources carry (the core keeps full precision). */
import type { MetricSpec } from '@/machines/scenario';

export function valueForPeople(metric: Pick<MetricSpec, 'roundTo'>, value: number): number {
  return metric.roundTo ? Math.round(value / metric.roundTo) * metric.roundTo : value;
}
