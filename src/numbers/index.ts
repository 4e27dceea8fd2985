/**
 * Layer 2: Arabic numbers — a token grammar over search-normalized text that reads cardinals in words and digits,
 * ordinals, percents, fractions, number nouns without a figure and count quantifiers, with exact spans in the
 * caller's string.
 * @module numbers
 */
import { prepare, withoutTokens, type Doc } from '../document.js';
import { assertText, describe } from '../normalize/options.js';
import { scanDoc } from './scan.js';
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
  if (doc === null || typeof doc !== 'object' || !Array.isArray(doc.tokens) || typeof doc.original !== 'string') {
    throw new TypeError(`numbersInDoc: argument 'doc' must be a prepared document (prepare(text)), got ${describe(doc)}`);
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
 * The value of a string that is exactly one number expression, else null: «خمسة وعشرين» → 25, «مائة الف» → 100000,
 * «١٢٣» → 123, «1.5 مليون» → 1500000, «الثامن» → 8, «95%» → 95. Qualified, vague or several numbers give null.
 *
 * @param text - one number expression
 * @returns its value, or null
 * @throws TypeError when `text` is not a string
 * @example
 * ```ts
 * parseNumber('ألفين وخمسمائة'); // → 2500
 * parseNumber('ثلاثة عشر');      // → 13
 * parseNumber('الخميس');         // → null
 * ```
 */
export function parseNumber(text: string): number | null {
  assertText(text, 'parseNumber');
  const doc = prepare(text);
  const found = scanDoc(doc, true);
  if (found.length !== 1) return null;
  const m = found[0]!;
  if (m.value === undefined || m.qualifier) return null;
  const tokens = doc.tokens;
  if (m.firstToken !== 0 || m.lastToken !== tokens.length - 1) {
    // Allow only trailing punctuation such as a full stop.
    for (let k = m.lastToken + 1; k < tokens.length; k++) if (tokens[k]!.kind !== 'punct' || tokens[k]!.text === '%') return null;
    if (m.firstToken !== 0) return null;
  }
  return m.value;
}
