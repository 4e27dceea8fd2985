/**
 * Sentence index of every token: a sentence ends at . ! ? ؟ … or a line break (headings and captions are their
 * own sentences); the Arabic semicolon ؛ and commas do not end one.
 * @module actors/sentences
 */
import type { Doc } from '../document.js';

const SENTENCE_END = new Set(['.', '!', '?', '؟', '…']);
const LINE_BREAK = /[\n\r\u2028\u2029]/u;

/** The sentence number of each token of `doc`. @internal */
export function sentenceIndex(doc: Doc): Int32Array {
  const { tokens } = doc;
  const text = doc.norm.text;
  const out = new Int32Array(tokens.length);
  let s = 0;
  for (let i = 1; i < tokens.length; i++) {
    const prev = tokens[i - 1]!;
    if (SENTENCE_END.has(prev.text) || LINE_BREAK.test(text.slice(prev.end, tokens[i]!.start))) s++;
    out[i] = s;
  }
  return out;
}
