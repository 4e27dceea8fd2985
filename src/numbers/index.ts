/**
 * Layer 2: Arabic numbers — a token grammar over search-normalized text that reads cardinals in words and digits,
 * ordinals, percents, fractions, number nouns without a figure and count quantifiers, with exact spans in the
 * caller's string.
 * @module numbers
 */
import { prepare, withoutTokens, type Doc } from '../document.js';
import { assertText, describe } from '../normalize/options.js';
import { scanDoc } from './scan.js';
import type { Quantity } from '../quantity.js';
import type { DocNumber, NumberMention } from './types.js';

export type { DocNumber, NumberKind, NumberMention } from './types.js';
export { nounCount } from './noun-count.js';

/**
 * Every number expression in a prepared document, with the indices of the tokens it covers.
 *
 * @param doc - the result of `prepare(text)`
 * @returns the mentions in text order
 * @example
 * ```ts
 * const doc = prepare('قتل 52 مدنيا');
 * numbersInDoc(doc)[0]; // → { text: '52', value: 52, kind: 'cardinal', firstToken: 1, lastToken: 1, … }
 * ```
 * @internal
 */
export function numbersInDoc(doc: Doc): DocNumber[] {
  if (!Array.isArray((doc as Doc | null)?.tokens) || typeof doc.original !== 'string') {
    throw new TypeError(`numbersInDoc: argument 'doc' must be a prepared document, got ${describe(doc)}`);
  }
  return scanDoc(doc);
}

/**
 * Every number expression in running Arabic text, in order: figures in digits or words, ordinals, percents,
 * fractions, number nouns (عشرات، مئات آلاف) and quantifiers (عدة، عدد من). Spans exclude attached و ف ب ل ك and
 * qualifiers; a qualifier («نحو»، «أكثر من») is reported in `qualifier` and folded into the quantity.
 *
 * @param text - Arabic text
 * @returns the number mentions; `text.slice(m.start, m.end) === m.text` for each
 * @throws TypeError when `text` is not a string
 * @example
 * ```ts
 * extractNumbers('قتل خمسة وعشرين شخصا وأصيب أكثر من 13 ألف').map((m) => [m.text, m.value ?? m.min]);
 * // → [['خمسة وعشرين', 25], ['13 ألف', 13000]]
 * ```
 */
export function extractNumbers(text: string): NumberMention[] {
  assertText(text, 'extractNumbers');
  return scanDoc(prepare(text)).map(withoutTokens);
}

/**
 * What a string that is exactly one number expression says, else null. An exact figure gives its value: «خمسة
 * وعشرين» → 25, «مائة الف» → 100000, «١٢٣» → 123, «1.5 مليون» → 1500000, «الثامن» → 8, «95%» → 95. Anything else
 * a number mention can say gives its {@link Quantity}, the shape `extractNumbers` and the casualty counts use: a
 * number noun («مئات الآلاف» → `{ vague: 'hundreds-of-thousands', min: 100000 }`), a qualified figure («نحو 48» →
 * `{ value: 48, approximate: true }`, «أكثر من 50» → `{ min: 50 }`) or a range («بين 10 و15» → `{ min: 10, max: 15 }`).
 * Several numbers, or other words around one, give null. Since the whole string is taken as a number, spoken forms
 * that are also ordinary words read here alone («مية» → 100), though `extractNumbers` needs them in context.
 *
 * @param text - one number expression
 * @returns its value, its quantity, or null
 * @throws TypeError when `text` is not a string
 * @example
 * ```ts
 * parseNumber('ألفين وخمسمائة'); // → 2500
 * parseNumber('ثلاثة عشر');      // → 13
 * parseNumber('مئات الآلاف');    // → { vague: 'hundreds-of-thousands', min: 100000 }
 * parseNumber('الخميس');         // → null
 * ```
 */
export function parseNumber(text: string): number | Quantity | null {
  assertText(text, 'parseNumber');
  const found = scanDoc(prepare(text), true);
  if (found.length !== 1) return null;
  const m = found[0]!;
  // Around the number and its qualifier (for a range, the word that opens it: «بين») only punctuation, and after it no
  // percent sign (read as part of a percent, it would have been taken).
  const qual = m.qualifier;
  const from = Math.min(m.start, qual?.start ?? m.start);
  const to = Math.max(m.end, qual?.end ?? m.end);
  if (/[\p{L}\p{N}]/u.test(text.slice(0, from)) || /[\p{L}\p{N}%٪]/u.test(text.slice(to))) return null;
  if (m.value !== undefined && !m.approximate && !qual) return m.value;
  const q: Quantity = {};
  for (const k of QUANTITY_FIELDS) if (m[k] !== undefined) (q as Record<string, unknown>)[k] = m[k];
  return q;
}

const QUANTITY_FIELDS = ['value', 'min', 'max', 'approximate', 'vague'] as const;
