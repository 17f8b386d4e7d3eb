/**
 * Numbers and dates as people read them (British English); the core keeps full precision.
 * Written out rather than with `Intl`: a page's first `Intl` formatter loads the browser's locale
 * data, which blocked the workbench's start for 30–70 ms. `tests/unit/format.test.ts` holds these
 * to what `Intl` gives for en-GB.
 */

/** A metric value with its display decimals and digit grouping, e.g. `1,234.5`. */
export function formatNumber(value: number, decimals: number): string {
  // toFixed rounds the exact value half away from zero, as Intl.NumberFormat does.
  const fixed = Math.abs(value).toFixed(decimals);
  const point = fixed.indexOf('.');
  const whole = point < 0 ? fixed : fixed.slice(0, point);
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',') + (point < 0 ? '' : fixed.slice(point));
  // A tiny negative that rounds to zero reads as zero, not "-0".
  return value < 0 && /[1-9]/.test(fixed) ? `-${grouped}` : grouped;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

const dateParts = (isoDate: string) => ({
  year: Number(isoDate.slice(0, 4)),
  monthIndex: Number(isoDate.slice(5, 7)) - 1,
  day: Number(isoDate.slice(8, 10)),
});

/** `2026-01-21` → `21 January 2026`. */
export function formatLongDate(isoDate: string): string {
  const { year, monthIndex, day } = dateParts(isoDate);
  return `${day} ${MONTHS[monthIndex]} ${year}`;
}

/** `2026-01-21` → `21 Jan`. */
export function formatShortDate(isoDate: string): string {
  const { monthIndex, day } = dateParts(isoDate);
  return `${day} ${SHORT_MONTHS[monthIndex]}`;
}
