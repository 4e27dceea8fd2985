/**
 * Counts carried by the noun itself: a dual is two («قتيلان»، «جريحين»), a singular is one («قتيل»).
 * @module numbers/noun-count
 */
import { assertText } from '../normalize/options.js';
import { findSplit } from './lexicon.js';

/**
 * How many the noun `word` counts by its own form, given its singular: 2 for a dual, 1 for the singular, else null.
 * Both arguments are search-normalized (ة→ه, ى→ي, أ→ا, no diacritics: use `normalize`). The word may carry clitics
 * (و ف ب ل ك, ال: «وقتيلان»، «بجريحين»، «القتيل») and the accusative tanween alif («قتيلا» → 1). A feminine singular
 * in ه forms its dual in تان/تين («إصابة» → «إصابتين»). A plural, or any other word, gives null.
 *
 * Caution: for a nisba singular («مدني»), the oblique dual and the sound plural are spelled alike («مدنيين»); this
 * returns 2 for it and leaves the reading to the caller's context (a number before it makes it a plural).
 *
 * @param word - the noun as it appears, normalized
 * @param singular - its singular, normalized, without clitics
 * @returns 2, 1 or null
 * @throws TypeError when an argument is not a string
 * @example
 * ```ts
 * nounCount('قتيلان', 'قتيل');   // → 2
 * nounCount('وجريحين', 'جريح');  // → 2
 * nounCount('قتيل', 'قتيل');     // → 1
 * nounCount('اصابتين', 'اصابه'); // → 2
 * nounCount('قتلي', 'قتيل');     // → null (plural)
 * ```
 */
export function nounCount(word: string, singular: string): 1 | 2 | null {
  assertText(word, 'nounCount', 'word');
  assertText(singular, 'nounCount', 'singular');
  if (singular.length < 2) return null;
  const base = singular.endsWith('ه') ? singular.slice(0, -1) + 'ت' : singular;
  const last = singular[singular.length - 1]!;
  // The word without clitics, in every way it can be read (stems of at least two letters).
  return findSplit(word, (_clitic, _article, stemAt) => {
    const s = word.slice(stemAt);
    if (s.length < 2) return null;
    if (s === singular || (s === singular + 'ا' && last !== 'ه' && last !== 'ا')) return 1;
    return s === base + 'ان' || s === base + 'ين' ? 2 : null;
  });
}
