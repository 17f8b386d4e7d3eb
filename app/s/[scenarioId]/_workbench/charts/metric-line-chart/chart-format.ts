import type { MetricSpec } from '@/machines/scenario';
import { addDays } from '@/lib/sim/date';
import { valueForPeople } from '@/lib/charts/metric-value';
import { messages } from '@/app/_i18n/messages';
import { valueTick } from './value-axis';

/** An axis longer than this many days spans parts of more than one year: its ticks name month and year. */
const DAYS_WITHOUT_YEAR = 180;

/**
 * How a metric's chart writes its days and values: on its axes (which span `spanDays`), and in its
 * read-out. `byDays`: the days as days since the talks opened (another scenario's record is set
 * beside), else as dates.
 */
export const chartFormat = (metric: MetricSpec, startDate: string, spanDays: number, byDays = false) => ({
  dayLabel: (day: number) =>
    byDays
      ? messages.beside.dayTick(messages.format.number(day, 0))
      : (spanDays > DAYS_WITHOUT_YEAR ? messages.format.monthYear : messages.format.shortDate)(addDays(startDate, day)),
  valueTick: valueTick((v) => messages.format.number(v, metric.decimals)),
  tooltipLabel: (day: unknown) =>
    typeof day === 'number' ? (byDays ? messages.beside.dayLabel(messages.format.number(day, 0)) : messages.format.longDate(addDays(startDate, day))) : '',
  tooltipValue: (v: unknown) => (typeof v === 'number' ? messages.charts.valueWithUnit(messages.format.number(valueForPeople(metric, v), metric.decimals), metric.unit) : ''),
});
