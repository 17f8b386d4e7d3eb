/**
 * Wording that depends on a count, by the language's plural categories (`Intl.PluralRules`):
 * English has two forms, Ukrainian and Russian four. English is worked out by hand, as numbers and
 * dates are (format-en.ts): a page's first `Intl` object loads the browser's locale data,
 * which cost the workbench 30–70 ms at start. tests/unit/i18n-plural.test.ts holds it to `Intl`.
 */
export type PluralCategory = Intl.LDMLPluralRule;

/** A count's wordings by plural category; `other` is required, as every language has it. `{count}` is the number. */
export type PluralForms = Partial<Record<PluralCategory, string>> & { other: string };

const rules = new Map<string, Intl.PluralRules>();

/** The plural category of `count` in `locale` (a BCP 47 tag such as `en`, `uk`, `ru`). */
export function pluralCategory(locale: string, count: number): PluralCategory {
  if (locale === 'en' || locale.startsWith('en-')) return count === 1 ? 'one' : 'other';
  let rule = rules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(locale);
    rules.set(locale, rule);
  }
  return rule.select(count);
}

/** The wording for `count`, with the number written in (`3 rounds held`). */
export function plural(locale: string, count: number, forms: PluralForms): string {
  return (forms[pluralCategory(locale, count)] ?? forms.other).replaceAll('{count}', String(count));
}
