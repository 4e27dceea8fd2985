/**
 * Facts about a word that depend on the word alone (its clitic splits, its stems, the yes/no questions the layers
 * ask of it), read once per analyzer and shared by every document it reads: news repeats its words, so most tokens
 * are a memo lookup.
 * @module tokenize/words
 */
import type { Doc } from '../document.js';
import { splitClitics, type CliticSplit } from './index.js';

/** What a word is, wherever it stands. Shared between documents. @internal */
export interface WordInfo {
  /** `cliticSplits(word)`: longest prefix first, the bare word last. Never mutated. */
  readonly splits: readonly CliticSplit[];
  /** The word, then the stem of each split when it starts with a clitic letter (و ف ب ل ك, or ا of the article). */
  readonly stems: readonly string[];
  /** The questions answered so far, one bit per question (its {@link WordTable} slot), and the yes answers. */
  asked: number;
  yes: number;
}

/**
 * An analyzer's memo of word facts (a document prepared without one gets its own): {@link WordInfo} by word,
 * bounded, and the slot of each question asked of words (a constant of a layer: a word set, a table).
 * @internal
 */
export class WordTable {
  readonly words = new Map<string, WordInfo>();
  readonly slots = new Map<object, number>();
  /** The question asked last and its bit: a layer asks one question of token after token. */
  lastKey: object | undefined = undefined;
  lastBit = 0;
}

/** The most words a table holds before it is emptied (news vocabulary refills it quickly). */
const LIMIT = 100_000;
/** The most questions whose answers are kept (one bit each); later ones are answered afresh each time. */
const SLOTS = 30;
const CLITIC_FIRST = /* @__PURE__ */ new Set([0x648, 0x641, 0x628, 0x644, 0x643, 0x627]);

/** The facts of token `i` of a document (of its text: numbers and punctuation have splits too). @internal */
export function wordInfo(doc: Doc, i: number): WordInfo {
  let info = doc.info[i];
  if (info !== undefined) return info;
  const word = doc.tokens[i]!.text;
  const words = doc.memo.words;
  info = words.get(word);
  if (info === undefined) {
    const splits = splitClitics(word);
    const stems = [word];
    if (CLITIC_FIRST.has(word.charCodeAt(0))) for (const s of splits) stems.push(s.stem);
    info = { splits, stems, asked: 0, yes: 0 };
    if (words.size >= LIMIT) words.clear();
    words.set(word, info);
  }
  doc.info[i] = info;
  return info;
}

/** The bit of question `key` in {@link WordInfo.asked}, 0 when every slot is taken. */
function slotBit(table: WordTable, key: object): number {
  if (key === table.lastKey) return table.lastBit;
  let slot = table.slots.get(key);
  if (slot === undefined) {
    slot = table.slots.size < SLOTS ? 1 << table.slots.size : 0;
    table.slots.set(key, slot);
  }
  table.lastKey = key;
  table.lastBit = slot;
  return slot;
}

/**
 * The answer to a yes/no question about the word of token `i` of `c.doc` (`key` names the question: a constant
 * of a layer), computed by `answer(c, i)` the first time the analyzer meets the word, then kept with the word.
 * @internal
 */
export function wordFact<C extends { readonly doc: Doc }>(c: C, i: number, key: object, answer: (c: C, i: number) => boolean): boolean {
  const info = wordInfo(c.doc, i);
  const bit = slotBit(c.doc.memo, key);
  if ((info.asked & bit) !== 0) return (info.yes & bit) !== 0;
  const yes = answer(c, i);
  info.asked |= bit;
  if (yes) info.yes |= bit;
  return yes;
}

/** Whether the word of token `i` or one of its stems is in `set` (a constant set), kept with the word. @internal */
export function stemIn(doc: Doc, i: number, set: ReadonlySet<string>): boolean {
  const info = wordInfo(doc, i);
  const bit = slotBit(doc.memo, set);
  if ((info.asked & bit) !== 0) return (info.yes & bit) !== 0;
  const stems = info.stems;
  let yes = false;
  for (let k = 0; k < stems.length && !yes; k++) yes = set.has(stems[k]!);
  info.asked |= bit;
  if (yes) info.yes |= bit;
  return yes;
}
