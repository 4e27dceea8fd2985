/**
 * Sentence index of every token: a sentence ends at . ! ? ؟ … or a line break (headings and captions are their
 * own sentences) — not one after a word that cannot end a phrase (`tokenize/line-breaks`); the Arabic semicolon ؛ and
 * commas do not end one.
 * @module actors/sentences
 */
import type { Doc } from '../document.js';
import { goesOnPastLineBreak } from '../tokenize/line-breaks.js';

/** The sentence ends, as code units: a one-unit token is tested in place, without its string. */
const SENTENCE_END = new Set(['.', '!', '?', '؟', '…'].map((c) => c.charCodeAt(0)));

/** The sentence number of each token of `doc`. @internal */
export function sentenceIndex(doc: Doc): Int32Array {
  const { tokens } = doc;
  const text = doc.norm.text;
  const out = new Int32Array(tokens.length);
  let s = 0;
  for (let i = 1; i < tokens.length; i++) {
    const prev = tokens[i - 1]!;
    if ((prev.end - prev.start === 1 && SENTENCE_END.has(text.charCodeAt(prev.start))) || (hasLineBreak(text, prev.end, tokens[i]!.start) && !goesOnPastLineBreak(prev.text))) s++;
    out[i] = s;
  }
  return out;
}

/** Whether `text[from..to)` holds a line break (read in place: this runs between every two tokens). */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}
