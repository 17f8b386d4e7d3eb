/** Numbers and dates as people read them; the core keeps full precision. */

const numberFormats = new Map<number, Intl.NumberFormat>();

/** A metric value with its display decimals and digit grouping, e.g. `1,234.5`. */
export function formatNumber(value: number, decimals: number): string {
  let format = numberFormats.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    numberFormats.set(decimals, format);
  }
  // -0 would print as "-0" after rounding a tiny negative.
  return format.format(value).replace(/^-(0(\.0+)?)$/, '$1');
}

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

const utcDate = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/** `2026-01-21` → `21 January 2026`. */
export const formatLongDate = (isoDate: string): string => longDate.format(utcDate(isoDate));

/** `2026-01-21` → `21 Jan`. */
export const formatShortDate = (isoDate: string): string => shortDate.format(utcDate(isoDate));
