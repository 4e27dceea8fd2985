/**
 * Facts about a word that depend on the word alone (its clitic splits, its stems), read once per analyzer and
 * shared by every document it reads: news repeats its words, so most tokens are a memo lookup.
 * @module tokenize/words
 */
import type { Doc } from '../document.js';
import { splitClitics, type CliticSplit } from './index.js';

/** What a word is, wherever it stands. Shared between documents: never mutated. @internal */
export interface WordInfo {
  /** `cliticSplits(word)`: longest prefix first, the bare word last. */
  readonly splits: readonly CliticSplit[];
  /** The word, then the stem of each split when it starts with a clitic letter (و ف ب ل ك, or ا of the article). */
  readonly stems: readonly string[];
  /** Facts other layers keep about the word ({@link keepFact}): their keys and values, in step. */
  readonly keys: object[];
  readonly values: unknown[];
}

/** A memo of {@link WordInfo} by word: an analyzer's (bounded, see {@link wordInfo}), or one document's own. @internal */
export type WordInfoMemo = Map<string, WordInfo>;

/** The most words a memo holds before it is emptied (news vocabulary refills it quickly). */
const LIMIT = 200_000;
const CLITIC_FIRST = /* @__PURE__ */ new Set([0x648, 0x641, 0x628, 0x644, 0x643, 0x627]);

/** The facts of token `i` of a document (of its text: numbers and punctuation have splits too). @internal */
export function wordInfo(doc: Doc, i: number): WordInfo {
  let info = doc.info[i];
  if (info !== undefined) return info;
  const word = doc.tokens[i]!.text;
  info = doc.memo.get(word);
  if (info === undefined) {
    const splits = splitClitics(word);
    const stems = [word];
    if (CLITIC_FIRST.has(word.charCodeAt(0))) for (const s of splits) stems.push(s.stem);
    info = { splits, stems, keys: [], values: [] };
    if (doc.memo.size >= LIMIT) doc.memo.clear();
    doc.memo.set(word, info);
  }
  doc.info[i] = info;
  return info;
}

/** The most facts a word keeps (the layers ask a fixed few). */
const FACTS_LIMIT = 48;

/**
 * The fact a layer kept about a word under `key` (a constant of that layer: a word set, a table), or `undefined`.
 * The layers ask the same words the same questions document after document, so the answers stay with the word.
 * @internal
 */
export function factOf(info: WordInfo, key: object): unknown {
  const keys = info.keys;
  for (let k = 0; k < keys.length; k++) if (keys[k] === key) return info.values[k];
  return undefined;
}

/** Keeps `value` (not `undefined`) as the fact of the word under `key`, and returns it. @internal */
export function keepFact<T>(info: WordInfo, key: object, value: T): T {
  if (info.keys.length < FACTS_LIMIT) {
    info.keys.push(key);
    info.values.push(value);
  }
  return value;
}

/** Whether the word or one of its stems is in `set` (a constant set), kept with the word. @internal */
export function stemIn(info: WordInfo, set: ReadonlySet<string>): boolean {
  const known = factOf(info, set);
  if (known !== undefined) return known as boolean;
  const stems = info.stems;
  let found = false;
  for (let k = 0; k < stems.length && !found; k++) found = set.has(stems[k]!);
  return keepFact(info, set, found);
}
