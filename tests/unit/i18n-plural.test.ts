import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plural, pluralCategory } from '@/lib/i18n/plural';

describe('plural wording', () => {
  it('in English, picks the form Intl.PluralRules picks, without building one', () => {
    const rules = new Intl.PluralRules('en');
    fc.assert(
      fc.property(fc.oneof(fc.nat({ max: 100_000 }), fc.double({ min: 0, max: 1000, noNaN: true })), (n) => {
        expect(pluralCategory('en', n), String(n)).toBe(rules.select(n));
      }),
    );
  });

  it('in English, picks the form Intl.PluralRules picks for the count as written with given decimals', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1000, noNaN: true }), fc.integer({ min: 0, max: 3 }), (n, decimals) => {
        const rules = new Intl.PluralRules('en', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
        expect(pluralCategory('en', n, decimals), `${n} to ${decimals} places`).toBe(rules.select(n));
      }),
    );
    const forms = { one: '{count} round', other: '{count} rounds' };
    expect(plural('en', 1, forms, { text: '1.0', decimals: 1 })).toBe('1.0 rounds');
    expect(plural('en', 0.96, forms, { text: '1', decimals: 0 })).toBe('1 round');
  });

  it('in Ukrainian and Russian, has room for their one, few and many forms', () => {
    const forms = { one: '{count} крок', few: '{count} кроки', many: '{count} кроків', other: '{count} кроку' };
    // CLDR: 1, 21 and 31 take `one`; 2–4 and 22–24 `few`; 5–20, 25–30 and 11–14 `many`.
    expect([1, 2, 5, 11, 21, 22, 25].map((n) => plural('uk', n, forms))).toEqual(['1 крок', '2 кроки', '5 кроків', '11 кроків', '21 крок', '22 кроки', '25 кроків']);
    expect([1, 3, 12, 101].map((n) => pluralCategory('ru', n))).toEqual(['one', 'few', 'many', 'one']);
  });

  it('falls back to the `other` form where a language’s category has none given', () => {
    expect(plural('uk', 2, { one: '{count} round', other: '{count} rounds' })).toBe('2 rounds');
  });
});
