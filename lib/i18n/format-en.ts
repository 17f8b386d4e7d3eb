/**
 * Numbers and dates as people read them in English (British): the English catalogue's `format`
 * (app/_i18n/en.ts). The core keeps full precision.
 * Written out rather than with `Intl`: a page's first `Intl` formatter loads the browser's locale
 * data, which blocked the workbench's start for 30–70 ms. `tests/unit/format.test.ts` holds these
 * to what `Intl` gives for en-GB.
 */

/** A metric value with its display decimals and digit grouping, e.g. `1,234.5`. */
export function formatNumber(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return Number.isNaN(value) ? 'NaN' : value < 0 ? '-∞' : '∞';
  // Intl rounds the shortest decimal form of a number half away from zero (1.45 → 1.5), where
  // toFixed would round its binary value (1.4499… → 1.4): so the decimal form is scaled instead.
  const [mantissa, exponent = '0'] = String(Math.abs(value)).split('e');
  const scaled = Math.round(Number(`${mantissa}e${Number(exponent) + decimals}`));
  const digits = BigInt(scaled).toString().padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals).replace(/\B(?=(\d{3})+$)/g, ',');
  const text = decimals > 0 ? `${whole}.${digits.slice(-decimals)}` : whole;
  // A tiny negative that rounds to zero reads as zero, not "-0".
  return value < 0 && scaled !== 0 ? `-${text}` : text;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

const dateParts = (isoDate: string) => ({
  year: Number(isoDate.slice(0, 4)),
  monthIndex: Number(isoDate.slice(5, 7)) - 1,
  day: Number(isoDate.slice(8, 10)),
});

/** `2026-01-21` → `21 January 2026`; a date known only to the month or the year as far as it is known (`1953-06` → `June 1953`, `1996`). */
export function formatLongDate(isoDate: string): string {
  const { year, monthIndex, day } = dateParts(isoDate);
  if (isoDate.length === 4) return String(year);
  if (isoDate.length === 7) return `${MONTHS[monthIndex]} ${year}`;
  return `${day} ${MONTHS[monthIndex]} ${year}`;
}

/** `1951-07-10` → `Jul 1951`: a day axis that spans years. */
export function formatMonthYear(isoDate: string): string {
  const { year, monthIndex } = dateParts(isoDate);
  return `${SHORT_MONTHS[monthIndex]} ${year}`;
}

/** `2026-01-21` → `21 Jan`. */
export function formatShortDate(isoDate: string): string {
  const { monthIndex, day } = dateParts(isoDate);
  return `${day} ${SHORT_MONTHS[monthIndex]}`;
}

/**
 * The chances of an event's outcomes (0–1 each, summing to 1) as whole percentages that add up to
 * 100, as readers check they do: each is its exact value rounded down or up, the ups going to the
 * largest remainders. A chance that is there but rounds to nothing reads `<1%`, not `0%`, and one
 * that rounds to everything while another is there reads `>99%`, not `100%`.
 */
export function formatOutcomePercents(chances: readonly number[]): string[] {
  const exact = chances.map((p) => p * 100);
  const whole = exact.map(Math.floor);
  const ups = Math.round(exact.reduce((sum, x) => sum + x, 0)) - whole.reduce((sum, x) => sum + x, 0);
  const byRemainder = exact.map((x, i) => i).sort((a, b) => exact[b]! - whole[b]! - (exact[a]! - whole[a]!) || a - b);
  for (const i of byRemainder.slice(0, Math.max(0, ups))) whole[i]! += 1;
  return whole.map((n, i) => (n === 0 && chances[i]! > 0 ? '<1%' : n === 100 && chances[i]! < 1 ? '>99%' : `${n}%`));
}
