/**
 * Wording that scenario data builds from its own numbers, so a sentence on the model page or a
 * "why not" can never say another number than the one the model uses. Scenario data is English
 * (its translations come with the data), so these are English.
 */

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** `4` → `four`: whole numbers up to twelve in words, as prose writes them; others in digits. */
export const numberInWords = (n: number): string => NUMBER_WORDS[n] ?? String(n);

/** A span of days as prose: whole weeks in weeks (`28` → `four weeks`), others in days (`30 days`). */
export function spanOfDays(days: number): string {
  const [count, unit] = days % 7 === 0 ? [days / 7, 'week'] : [days, 'day'];
  return `${numberInWords(count)} ${unit}${count === 1 ? '' : 's'}`;
}
