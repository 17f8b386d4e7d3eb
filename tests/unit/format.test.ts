import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatLongDate, formatMonthYear, formatNumber, formatOutcomePercents, formatShortDate } from '@/lib/i18n/format-en';

// The formatters are written out for speed in the browser; what people read must stay what
// Intl gives for British English.
const intlNumber = (value: number, decimals: number) =>
  new Intl.NumberFormat('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
const intlDate = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });

describe('formatting for people', () => {
  it('groups digits and rounds like Intl, and never prints minus zero', () => {
    const sameAsIntl = (value: number, decimals: number) => {
      expect(formatNumber(value, decimals)).toBe(intlNumber(value, decimals).replace(/^-(0(\.0+)?)$/, '$1'));
    };
    fc.assert(fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 3 }), sameAsIntl), { numRuns: 3000 });
    // Values one digit finer than shown, so that ties (…5) come up often.
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 3 }), (n, decimals) => {
        sameAsIntl(n / 10 ** (decimals + 1), decimals);
      }),
      { numRuns: 3000 },
    );
    for (const [value, decimals] of [[1.45, 1], [0.35, 1], [2.675, 2], [1.5e21, 1], [5e-7, 6], [Infinity, 0], [-Infinity, 1]] as const) sameAsIntl(value, decimals);
    expect(formatNumber(1234.567, 1)).toBe('1,234.6');
    expect(formatNumber(-0.0001, 0)).toBe('0');
    expect(formatNumber(-1234567.25, 0)).toBe('-1,234,567');
  });

  it('writes every day of a decade as Intl does', () => {
    const long = intlDate({ day: 'numeric', month: 'long', year: 'numeric' });
    const short = intlDate({ day: 'numeric', month: 'short' });
    const monthYear = intlDate({ month: 'short', year: 'numeric' });
    for (let ms = Date.UTC(2024, 0, 1); ms < Date.UTC(2034, 0, 1); ms += 86_400_000) {
      const iso = new Date(ms).toISOString().slice(0, 10);
      expect(formatLongDate(iso)).toBe(long.format(ms));
      expect(formatShortDate(iso)).toBe(short.format(ms));
      expect(formatMonthYear(iso)).toBe(monthYear.format(ms));
    }
    expect(formatLongDate('2026-01-21')).toBe('21 January 2026');
  });

  it('says a publication’s date only as far as it is known: a month and year, or a year', () => {
    expect(formatLongDate('2012-06')).toBe('June 2012');
    expect(formatLongDate('1966')).toBe('1966');
  });

  it('shows the chances of a move’s outcomes as whole percentages that add up to 100, never a present chance as 0% or an uncertain one as 100%', () => {
    const chancesSummingToOne = fc
      .array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1_000_000 })), { minLength: 1, maxLength: 8 })
      .filter((weights) => weights.some((w) => w > 0))
      .map((weights) => weights.map((w) => w / weights.reduce((sum, x) => sum + x, 0)));
    const asNumber = (text: string) => ({ '<1%': 0, '>99%': 100 })[text] ?? Number(text.slice(0, -1));
    fc.assert(
      fc.property(chancesSummingToOne, (chances) => {
        const shown = formatOutcomePercents(chances);
        expect(shown.map(asNumber).reduce((sum, n) => sum + n, 0)).toBe(100);
        chances.forEach((p, i) => {
          expect(shown[i]).toMatch(/^(<1|>99|\d{1,3})%$/);
          expect(Math.abs(asNumber(shown[i]!) - p * 100)).toBeLessThan(1);
          if (p === 0) expect(shown[i]).toBe('0%');
          if (p > 0) expect(shown[i]).not.toBe('0%');
          if (p < 1) expect(shown[i]).not.toBe('100%');
        });
      }),
      { numRuns: 3000 },
    );
    expect(formatOutcomePercents([1 / 3, 1 / 3, 1 / 3])).toEqual(['34%', '33%', '33%']);
    expect(formatOutcomePercents([0.004, 0.996])).toEqual(['<1%', '>99%']);
    expect(formatOutcomePercents([0, 1])).toEqual(['0%', '100%']);
  });
});
