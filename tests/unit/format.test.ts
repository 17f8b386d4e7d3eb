import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatLongDate, formatNumber, formatShortDate } from '../../lib/charts/format';

// The formatters are written out for speed in the browser; what people read must stay what
// Intl gives for British English.
const intlNumber = (value: number, decimals: number) =>
  new Intl.NumberFormat('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
const intlDate = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });

describe('formatting for people', () => {
  it('groups digits and rounds like Intl, and never prints minus zero', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 3 }), (value, decimals) => {
        expect(formatNumber(value, decimals)).toBe(intlNumber(value, decimals).replace(/^-(0(\.0+)?)$/, '$1'));
      }),
      { numRuns: 5000 },
    );
    expect(formatNumber(1234.567, 1)).toBe('1,234.6');
    expect(formatNumber(-0.0001, 0)).toBe('0');
    expect(formatNumber(-1234567.25, 0)).toBe('-1,234,567');
  });

  it('writes every day of a decade as Intl does', () => {
    const long = intlDate({ day: 'numeric', month: 'long', year: 'numeric' });
    const short = intlDate({ day: 'numeric', month: 'short' });
    for (let ms = Date.UTC(2024, 0, 1); ms < Date.UTC(2034, 0, 1); ms += 86_400_000) {
      const iso = new Date(ms).toISOString().slice(0, 10);
      expect(formatLongDate(iso)).toBe(long.format(ms));
      expect(formatShortDate(iso)).toBe(short.format(ms));
    }
    expect(formatLongDate('2026-01-21')).toBe('21 January 2026');
  });
});
