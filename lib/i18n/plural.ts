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

/**
 * The plural category of `count` in `locale` (a BCP 47 tag such as `en`, `uk`, `ru`). Given
 * `decimals`, it is the category of the number written with that many places, as CLDR has it:
 * `1.0` is not `one` in English, and `0.96` written as `1` is.
 */
export function pluralCategory(locale: string, count: number, decimals?: number): PluralCategory {
  if (locale === 'en' || locale.startsWith('en-')) {
    return (decimals === undefined ? count === 1 : decimals === 0 && Math.round(count) === 1) ? 'one' : 'other';
  }
  const key = `${locale}/${decimals ?? ''}`;
  let rule = rules.get(key);
  if (!rule) {
    rule = new Intl.PluralRules(locale, decimals === undefined ? {} : { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    rules.set(key, rule);
  }
  return rule.select(count);
}

/** A count as it is written: its text, and the decimal places it is written with. */
export interface WrittenCount {
  text: string;
  decimals: number;
}

/** The wording for `count`, with the number written in (`3 rounds held`): as `written` gives it, else in plain digits. */
export function plural(locale: string, count: number, forms: PluralForms, written?: WrittenCount): string {
  return (forms[pluralCategory(locale, count, written?.decimals)] ?? forms.other).replaceAll('{count}', written?.text ?? String(count));
}
