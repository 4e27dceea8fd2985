/**
 * Words run together. Pages lose the space between a headline and its lead, or between two words, more often than one
 * might think («إلىمقتل»، «عبوةناسفة»). Where the lost space follows ة or ى, the spelling still shows it: both letters
 * end a word and never stand inside one. The search fold writes them ه and ي, so the original is asked. A headline run
 * into its lead also hides a verb of martyrdom at the end of a word («مأرباستشهد»، «الحراستشهد»): its stem starts no
 * word but after clitics («واستشهد»، «بالاستشهاد»), so any other letters before it are a word of their own.
 * @module tokenize/glued
 */
import type { NormalizedText } from '../normalize/normalize.js';
import type { Token } from './index.js';

// ة or ى (or a presentation form of either), marks, then a letter: one scan of the original text before any token
// work, so a text with no run-together word pays only that. One character class per step: linear.
const RUN_TOGETHER = /[ةىﺓﺔﻯﻰ][\u064b-\u0652\u0640]*[\u0621-\u064a\ufb50-\ufdff\ufe70-\ufefc]/u;
const WORD_END = /[ةىﺓﺔﻯﻰ]/u;
// Stems (search fold) that begin a word of their own wherever no clitic chain stands before them.
const RUN_ON_STEMS: readonly string[] = ['استشهد'];
// و/ف, then ب/ل/ك, then the article («وبالاستشهاد»، «للاستشهاد»): letters that may lead such a stem in one word.
const CLITICS = /^[وف]?(?:[بك]?ال|لل|[بلك])?$/u;

/**
 * The tokens with every word that runs on past a word-final ة or ى split there into two words (the second `joined`).
 * Offsets stay those of the normalized text. @internal
 */
export function splitRunTogether(norm: NormalizedText, tokens: readonly Token[]): readonly Token[] {
  const stems = RUN_ON_STEMS.filter((s) => norm.text.includes(s));
  if (stems.length) tokens = splitBeforeStems(tokens, stems, norm);
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

/** Each word with one of `stems` after letters that are no clitic chain, split before the stem. */
function splitBeforeStems(tokens: readonly Token[], stems: readonly string[], norm: NormalizedText): readonly Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    let at = -1;
    for (const s of stems) {
      const p = t.kind === 'word' ? t.text.indexOf(s, 1) : -1;
      if (p > 0 && !CLITICS.test(t.text.slice(0, p))) at = p;
    }
    if (at < 0) out.push(t);
    else out.push(piece(norm, t, t.start, t.start + at), piece(norm, t, t.start + at, t.end));
  }
  return out;
}

const piece = (norm: NormalizedText, t: Token, start: number, end: number): Token =>
  ({ kind: t.kind, start, end, text: norm.text.slice(start, end), joined: start === t.start ? t.joined : true });
