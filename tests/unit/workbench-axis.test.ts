import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayAfterKey, dayAtX, dayScale, valueScale, xOfDay } from '@/lib/charts/axis';

describe('chart axes', () => {
  // Metric values carry at most three decimals (MetricSpec.decimals), hence thousandths.
  it('the value axis covers every value, with ticks rising evenly from one end of the axis to the other', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000), { minLength: 1, maxLength: 60 }), (values) => {
        const { domain, ticks } = valueScale(values);
        expect(domain[0]).toBeLessThanOrEqual(Math.min(...values));
        expect(domain[1]).toBeGreaterThanOrEqual(Math.max(...values));
        expect(ticks[0]).toBe(domain[0]);
        expect(ticks.at(-1)).toBe(domain[1]);
        expect(ticks.length).toBeGreaterThanOrEqual(2);
        expect(ticks.length).toBeLessThanOrEqual(8);
        for (let i = 1; i < ticks.length; i += 1) expect(ticks[i]!).toBeGreaterThan(ticks[i - 1]!);
      }),
    );
  });

  it('picks round ticks people can read', () => {
    expect(valueScale([62.9, 73]).ticks).toEqual([60, 65, 70, 75]);
    expect(valueScale([0, 1449]).ticks).toEqual([0, 500, 1000, 1500]);
    expect(valueScale([50, 50]).domain[0]).toBeLessThan(50);
  });

  it('the day axis runs from the first day to the last with a tick at each end', () => {
    expect(dayScale([0, 7, 8, 36])).toEqual({ domain: [0, 36], ticks: [0, 18, 36] });
    expect(dayScale([0]).ticks).toEqual([0]);
  });

  it('a day axis counted in weeks ends on the first whole week at or after the last day, so it moves once a week', () => {
    expect(dayScale([0, 36], 1, 7).domain).toEqual([0, 42]);
    expect(dayScale([0, 35], 1, 7).domain).toEqual([0, 35]);
    for (let last = 36; last <= 42; last += 1) expect(dayScale([0, 3, last], 1, 7)).toEqual(dayScale([0, 42], 1, 7));
  });

  it('pointing at the place a day is drawn reads that day, and points beyond the plot read its end days', () => {
    const span = fc.record({ first: fc.integer({ min: 0, max: 400 }), days: fc.integer({ min: 1, max: 800 }), left: fc.integer({ min: 0, max: 80 }), width: fc.integer({ min: 40, max: 1200 }) });
    fc.assert(
      fc.property(span, fc.double({ min: 0, max: 1, noNaN: true }), ({ first, days, left, width }, at) => {
        const s = { first, last: first + days, left, width };
        const day = first + Math.round(at * days);
        // Only days at least a pixel apart can each be pointed at.
        if (width >= days) expect(dayAtX(s, xOfDay(s, day))).toBe(day);
        expect(Math.abs(xOfDay(s, dayAtX(s, left + at * width)) - (left + at * width))).toBeLessThanOrEqual(width / days / 2 + 1e-9);
        expect(dayAtX(s, left - 50)).toBe(first);
        expect(dayAtX(s, left + width + 50)).toBe(first + days);
      }),
    );
  });

  it('the keys that move a chart read-out go by a day or a week and stop at the axis ends', () => {
    expect(dayAfterKey('ArrowRight', 10, 0, 42)).toBe(11);
    expect(dayAfterKey('ArrowLeft', 0, 0, 42)).toBe(0);
    expect(dayAfterKey('PageUp', 40, 0, 42)).toBe(42);
    expect(dayAfterKey('PageDown', 10, 0, 42)).toBe(3);
    expect(dayAfterKey('Home', 10, 0, 42)).toBe(0);
    expect(dayAfterKey('End', 10, 0, 42)).toBe(42);
    expect(dayAfterKey('a', 10, 0, 42)).toBeNull();
  });
});
