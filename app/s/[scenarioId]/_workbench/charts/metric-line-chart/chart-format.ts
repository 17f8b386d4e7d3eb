import type { MetricSpec } from '@/machines/scenario';
import { formatLongDate, formatNumber, formatShortDate } from '@/lib/charts/format';
import { addDays } from '@/lib/sim/date';
import { messages } from '@/app/_i18n/messages';
import { valueTick } from './value-axis';

/** How a metric's chart writes its days and values: on its axes, and in its read-out. */
export const chartFormat = (metric: MetricSpec, startDate: string) => ({
  dayLabel: (day: number) => formatShortDate(addDays(startDate, day)),
  valueTick: valueTick((v) => formatNumber(v, metric.decimals)),
  tooltipLabel: (day: unknown) => (typeof day === 'number' ? formatLongDate(addDays(startDate, day)) : ''),
  tooltipValue: (v: unknown) => (typeof v === 'number' ? messages.charts.valueWithUnit(formatNumber(v, metric.decimals), metric.unit) : ''),
});
