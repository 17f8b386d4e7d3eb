/** Calendar arithmetic on ISO dates. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '@/lib/sim/date';

const DAY_MS = 86_400_000;

/** An ISO date between 1700 and 2300, built by the platform calendar (the oracle). */
const isoDate = fc.integer({ min: -99_000, max: 120_000 }).map((d) => new Date(d * DAY_MS).toISOString().slice(0, 10));

describe('addDays', () => {
  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2000-02-28', 1, '2000-02-29'],
    ['1900-02-28', 1, '1900-03-01'],
    ['2100-02-28', 1, '2100-03-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-04-30', 1, '2026-05-01'],
    ['2026-01-14', 0, '2026-01-14'],
    ['2026-01-14', 21, '2026-02-04'],
    ['2024-01-01', 366, '2025-01-01'],
    ['2026-01-01', 365, '2027-01-01'],
  ] as const)('%s plus %i days is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('adding a then b days is adding a + b days', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -5000, max: 5000 }), fc.integer({ min: -5000, max: 5000 }), (d, a, b) => {
        expect(addDays(addDays(d, a), b)).toBe(addDays(d, a + b));
      }),
    );
  });

  it('agrees with the platform calendar, and adding then subtracting gives the date back', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -20_000, max: 20_000 }), (d, n) => {
        const expected = new Date(Date.parse(`${d}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
        expect(addDays(d, n)).toBe(expected);
        expect(addDays(addDays(d, n), -n)).toBe(d);
      }),
    );
  });
});
