/**
 * Words run together. Pages lose the space between a headline and its lead, or between two words, more often than one
 * might think («إلىمقتل»، «عبوةناسفة»). Where the lost space follows ة or ى, the spelling still shows it: both letters
 * end a word and never stand inside one. The search fold writes them ه and ي, so the original is asked.
 * @module tokenize/glued
 */
import type { NormalizedText } from '../normalize/normalize.js';
import type { Token } from './index.js';

// ة or ى (or a presentation form of either), marks, then a letter: one scan of the original text before any token
// work, so a text with no run-together word pays only that. One character class per step: linear.
const RUN_TOGETHER = /[ةىﺓﺔﻯﻰ][\u064b-\u0652\u0640]*[\u0621-\u064a\ufb50-\ufdff\ufe70-\ufefc]/u;
const WORD_END = /[ةىﺓﺔﻯﻰ]/u;

/**
 * The tokens with every word that runs on past a word-final ة or ى split there into two words (the second `joined`).
 * Offsets stay those of the normalized text. @internal
 */
export function splitRunTogether(norm: NormalizedText, tokens: readonly Token[]): readonly Token[] {
  if (!RUN_TOGETHER.test(norm.original)) return tokens;
  const out: Token[] = [];
  for (const t of tokens) {
    let from = t.start;
    for (let p = from; t.kind === 'word' && p < t.end - 1; p++) {
      if (!WORD_END.test(norm.original[norm.starts[p]!]!)) continue;
      out.push(piece(norm, t, from, p + 1));
      from = p + 1;
    }
    out.push(from === t.start ? t : piece(norm, t, from, t.end));
  }
  return out;
}

const piece = (norm: NormalizedText, t: Token, start: number, end: number): Token =>
  ({ kind: t.kind, start, end, text: norm.text.slice(start, end), joined: start === t.start ? t.joined : true });
