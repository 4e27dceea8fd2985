/**
 * Qualifiers: the words before (or after) a figure that make it approximate or a bound. They are not part of the
 * number's span; a mention reports them as `qualifier` and folds them into its quantity.
 * @module numbers/qualifiers
 */
import { normalize } from '../normalize/normalize.js';

/** How a qualifier changes a figure. */
export type QualifierEffect = 'approximate' | 'min' | 'max';

/** A qualifier phrase: its words (as written) and its effect. */
export interface QualifierPhrase {
  readonly words: readonly string[];
  readonly effect: QualifierEffect;
}

/** Phrases written before the figure. Longest match wins («ما لا يزيد عن» is a max, «ما يزيد عن» a min). */
export const BEFORE: readonly QualifierPhrase[] = [
  ...['نحو', 'حوالي', 'حوالى', 'قرابة', 'زهاء', 'تقريبا', 'تقريباً'].map((w) => ({ words: [w], effect: 'approximate' as const })),
  ...[['ما', 'يقارب'], ['ما', 'يقارب', 'من'], ['ما', 'يناهز'], ['يناهز'], ['يقارب'], ['ما', 'يقرب', 'من'], ['نحوا', 'من'], ['نحواً', 'من']]
    .map((words) => ({ words, effect: 'approximate' as const })),
  ...[
    ['أكثر', 'من'], ['ما', 'لا', 'يقل', 'عن'], ['لا', 'يقل', 'عن'], ['ما', 'يزيد', 'عن'], ['ما', 'يزيد', 'على'],
    ['يزيد', 'عن'], ['يزيد', 'على'], ['أزيد', 'من'], ['على', 'الأقل'], ['فوق'], ['ما', 'يربو', 'على'],
    ['يربو', 'على'], ['ما', 'يفوق'], ['يفوق'], ['ما', 'فوق'],
  ].map((words) => ({ words, effect: 'min' as const })),
  ...[
    ['أقل', 'من'], ['ما', 'دون'], ['دون'], ['ما', 'لا', 'يزيد', 'عن'], ['ما', 'لا', 'يزيد', 'على'], ['لا', 'يزيد', 'عن'],
    ['لا', 'يزيد', 'على'], ['لا', 'يتجاوز'], ['ما', 'لا', 'يتجاوز'],
  ].map((words) => ({ words, effect: 'max' as const })),
];

/** Phrases written after the figure (or after the figure and its counted noun: «20 مدنيا على الأقل»). */
export const AFTER: readonly QualifierPhrase[] = [
  { words: ['على', 'الأقل'], effect: 'min' },
  { words: ['أو', 'أكثر'], effect: 'min' },
  { words: ['تقريبا'], effect: 'approximate' },
  { words: ['تقريباً'], effect: 'approximate' },
];

/** A phrase with its words search-normalized. */
export interface CompiledPhrase {
  readonly words: readonly string[];
  readonly effect: QualifierEffect;
}

/** Normalizes phrases once, longest first. */
export function compilePhrases(list: readonly QualifierPhrase[]): readonly CompiledPhrase[] {
  return list
    .map((p) => ({ words: p.words.map((w) => normalize(w)), effect: p.effect }))
    .sort((a, b) => b.words.length - a.words.length);
}

/** Letters a qualifier's first word may carry as clitics (وبأكثر من → أكثر من). */
export function stripLeadingClitics(word: string, stem: string): number {
  if (word === stem) return 0;
  const extra = word.length - stem.length;
  if (extra < 1 || extra > 2 || !word.endsWith(stem)) return -1;
  for (let i = 0; i < extra; i++) if (!'وفبلك'.includes(word[i]!)) return -1;
  return extra;
}
