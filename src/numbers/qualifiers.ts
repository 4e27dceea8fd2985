/**
 * Qualifiers: the words before (or after) a figure that make it approximate or a bound. They are not part of the
 * number's span; a mention reports them as `qualifier` and folds them into its quantity.
 * @module numbers/qualifiers
 */
import { searchNormalize } from '../normalize/normalize.js';

/** How a qualifier changes a figure. */
export type QualifierEffect = 'approximate' | 'min' | 'max' | 'range';

/** Qualifier phrases by effect, as written, separated by «،» (one spelling per search-normalized form). */
export type QualifierTable = Readonly<Partial<Record<QualifierEffect, string>>>;

/**
 * Phrases written before the figure. Longest match wins («ما لا يزيد عن» is a max, «ما يزيد عن» a min). Pages often
 * run «ما» into its verb («مايزيد على»، «مالا يقل عن»): those spellings are listed too.
 */
export const BEFORE: QualifierTable = {
  approximate: 'نحو،حوالي،قرابة،زهاء،تقريبا،ما يقارب،ما يقارب من،ما يناهز،يناهز،يقارب،ما يقرب من،نحوا من،مايقارب،مايقارب من،مايناهز،مايقرب من',
  min:
    'أكثر من،ما لا يقل عن،لا يقل عن،ما لايقل عن،ما يزيد عن،ما يزيد على،ما يزيد من،يزيد عن،يزيد على،أزيد من،على الأقل،فوق،' +
    'ما يربو على،يربو على،ما يفوق،يفوق،مالا يقل عن،مالايقل عن،مايزيد عن،مايزيد على،مايربو على،مايفوق',
  max: 'أقل من،ما دون،دون،ما لا يزيد عن،ما لا يزيد على،لا يزيد عن،لا يزيد على،لا يتجاوز،ما لا يتجاوز،ما يصل إلى،يصل إلى،مالا يزيد عن،مالا يزيد على،مالا يتجاوز،مايصل إلى',
  // The words that open a range («بين 10 و15»، «من 30 إلى 40»): a qualifier only of a range.
  range: 'بين،ما بين،من',
};

/** Phrases written after the figure (or after the figure and its counted noun: «20 مدنيا على الأقل»). */
export const AFTER: QualifierTable = { approximate: 'تقريبا', min: 'على الأقل،في الأقل،أو أكثر،نيف' }; // مئة ونيف

/** A phrase with its words search-normalized. */
export interface CompiledPhrase {
  readonly words: readonly string[];
  readonly effect: QualifierEffect;
}

/**
 * Normalizes phrases once, longest first. @internal
 * @example
 * ```ts
 * compilePhrases({ approximate: '', min: 'أكثر من', max: '' }); // → [{ words: ['اكثر', 'من'], effect: 'min' }]
 * ```
 */
export function compilePhrases(table: QualifierTable): readonly CompiledPhrase[] {
  const out: CompiledPhrase[] = [];
  // In the table's order (the sort keeps it among phrases of one length).
  for (const effect in table) {
    for (const phrase of table[effect as QualifierEffect]!.split('،')) out.push({ words: searchNormalize(phrase).split(' '), effect: effect as QualifierEffect });
  }
  return out.sort((a, b) => b.words.length - a.words.length);
}
