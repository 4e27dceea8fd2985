/**
 * Facts about a word that depend on the word alone (its clitic splits, its stems, the yes/no questions the layers
 * ask of it), read once per analyzer and shared by every document it reads: news repeats its words, so most tokens
 * are a memo lookup.
 * @module tokenize/words
 */
import type { Doc } from '../document.js';
import { cliticSplits, type CliticSplit, type Token } from './index.js';

/** What a word is, wherever it stands. Shared between documents. @internal */
export interface WordInfo {
  /** `cliticSplits(word)`: longest prefix first, the bare word last. Never mutated. */
  readonly splits: readonly CliticSplit[];
  /** The word, then the stem of each split when it starts with a clitic letter (و ف ب ل ك, or ا of the article). */
  readonly stems: readonly string[];
  /**
   * The questions answered so far, one bit per question (its {@link WordTable} slot: 0–31 in `asked0`, 32–63 in
   * `asked1`, 64–95 in `asked2`, 96–127 in `asked3`), and the yes answers in `yes0` … `yes3`. Plain fields, not
   * an array: a memo holds up to 100,000 words.
   */
  asked0: number;
  yes0: number;
  asked1: number;
  yes1: number;
  asked2: number;
  yes2: number;
  asked3: number;
  yes3: number;
  /**
   * Readings other layers keep with the word, each computed on first use by the layer that owns it (undefined until
   * then): the lexicon matcher's walks from the word as a form's first word and its readings inside a form (of the
   * compiled lexicon that owns this table), and the casualty layer's feature bits and cues (-1 until read).
   */
  starts: unknown;
  inner: unknown;
  bits: number;
  cues: number;
  /** The actor layer's role-window class of the word (`actors/roles`), -1 until read. */
  window: number;
}

/**
 * An analyzer's memo of word facts: a bounded vocabulary that gives every word form it meets a number (its id), the
 * {@link WordInfo} of each id, and the slot of each question asked of words (a constant of a layer: a word set, a
 * table). A document prepared with the table holds its tokens' ids (`Doc.ids`), so every layer reads a word's facts
 * by index, after one hash of each token when it is prepared; a document prepared without one keeps its tokens' facts
 * for itself and answers questions afresh.
 * @internal
 */
export class WordTable {
  /** The word form of each id. */
  readonly forms: string[] = [];
  /** The facts of each id, made on first use (undefined until then). */
  readonly infos: (WordInfo | undefined)[] = [];
  /**
   * The vocabulary's number: it changes when the vocabulary is emptied, and a document's ids are read only while it
   * holds the number they were given under (`Doc.era`).
   */
  era = 0;
  /** Open addressing: id + 1 at each slot (0: empty), and the hash of the word there. */
  private index = new Int32Array(1 << 12);
  private hashes = new Int32Array(1 << 12);
  /** The slot of each question, by its number ({@link questionOf}); -1 when every slot was taken before it came. */
  readonly slots: number[] = [];
  /** How many slots are given out. */
  used = 0;

  /**
   * The id of each token (-1: none), new words numbered as they come. The vocabulary is emptied before a document when
   * it is full: it holds at most {@link LIMIT} words and the words of one document.
   */
  idsOf(tokens: readonly Token[]): Int32Array {
    if (this.forms.length >= LIMIT) {
      this.forms.length = 0;
      this.infos.length = 0;
      this.index.fill(0);
      this.era++;
    }
    const ids = new Int32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) ids[i] = this.idOf(tokens[i]!.text);
    return ids;
  }

  /**
   * The id of `word`, -1 when it is none: a word whose probe runs past {@link PROBES} full slots gets no id (its facts
   * are read afresh in each document), so that words made to collide cannot make a text cost more than linear time.
   */
  private idOf(word: string): number {
    // FNV-1a over the code units: a JS loop over a short word costs less than the engine's hash of a fresh string.
    let h = 0x811c9dc5 | 0;
    for (let k = 0; k < word.length; k++) h = Math.imul(h ^ word.charCodeAt(k), 0x01000193);
    const mask = this.index.length - 1;
    for (let slot = (h ^ (h >>> 16)) & mask, probe = 0; ; slot = (slot + 1) & mask) {
      const at = this.index[slot]!;
      if (at === 0) break;
      if (this.hashes[slot] === h && this.forms[at - 1] === word) return at - 1;
      if (++probe === PROBES) return -1;
    }
    const id = this.forms.length;
    this.forms.push(word);
    this.infos.push(undefined);
    if (2 * this.forms.length > this.index.length) this.grow();
    this.place(id, h);
    return id;
  }

  private place(id: number, h: number): void {
    const mask = this.index.length - 1;
    let slot = (h ^ (h >>> 16)) & mask;
    while (this.index[slot] !== 0) slot = (slot + 1) & mask;
    this.index[slot] = id + 1;
    this.hashes[slot] = h;
  }

  /** Doubles the index (at most half full, so probes stay short) and places every word again. */
  private grow(): void {
    const { index, hashes } = this;
    this.index = new Int32Array(index.length * 2);
    this.hashes = new Int32Array(index.length * 2);
    for (let slot = 0; slot < index.length; slot++) if (index[slot] !== 0) this.place(index[slot]! - 1, hashes[slot]!);
  }
}

/**
 * Each question's number, kept on its key (a layer's constant set or table) as a hidden property: read like any
 * field, where a Map keyed by the key cost a hash lookup per question asked (several per token in `analyze`).
 * Numbers are process-wide and say nothing of any answer; the answers stay in each analyzer's table.
 */
const QUESTION = Symbol('hasila.question');
let questions = 0;

/** The number of question `key`; -1 for a key that takes no property (a frozen object: its answers are not kept). */
function questionOf(key: object): number {
  const id = (key as { [QUESTION]?: number })[QUESTION];
  if (id !== undefined) return id;
  if (!Object.isExtensible(key)) return -1;
  Object.defineProperty(key, QUESTION, { value: questions });
  return questions++;
}


/** Token kinds in {@link Doc.kinds}. @internal */
export const WORD = 0;
/** @internal */
export const NUMBER = 1;
/** @internal */
export const PUNCT = 2;

/**
 * The document with its per-token arrays (`words`, `kinds`) filled: one pass over its tokens the first time a layer
 * asks (not in `prepare`, which `hasila/numbers` bundles without needing them). @internal
 */
export function tokenArrays(doc: Doc): Doc & { readonly words: readonly string[]; readonly kinds: readonly number[] } {
  if (doc.words === undefined || doc.kinds === undefined) {
    const { tokens } = doc;
    // Plain arrays (small integers in `kinds`): a typed array of a document's length is an allocation outside the
    // heap, dearer than the pass. `map` sizes each array once, where `push` grew it step by step.
    doc.words = tokens.map((t) => t.text);
    doc.kinds = tokens.map((t) => (t.kind === 'word' ? WORD : t.kind === 'number' ? NUMBER : PUNCT));
  }
  return doc as Doc & { readonly words: readonly string[]; readonly kinds: readonly number[] };
}

/** The most full slots a word's probe passes before it is given no id (a table at most half full rarely needs 5). */
const PROBES = 32;
/** The most words a table holds before it is emptied (news vocabulary refills it quickly). */
const LIMIT = 100_000;
/**
 * The most questions whose answers are kept (one bit each); later ones are answered afresh each time. `analyze`
 * asks about 115 (the casualty grammar's word sets most of them): 96 left a sixth of them unkept.
 */
const SLOTS = 128;
const CLITIC_FIRST = /* @__PURE__ */ new Set([0x648, 0x641, 0x628, 0x644, 0x643, 0x627]);

/** The facts of token `i` of a document (of its text: numbers and punctuation have splits too). @internal */
export function wordInfo(doc: Doc, i: number): WordInfo {
  let info = doc.info[i];
  if (info !== undefined) return info;
  const table = doc.memo;
  const id = doc.ids?.[i] ?? -1;
  if (table !== undefined && id >= 0 && doc.era === table.era) info = table.infos[id] ?? (table.infos[id] = newInfo(table.forms[id]!));
  else info = newInfo(doc.tokens[i]!.text);
  doc.info[i] = info;
  return info;
}

function newInfo(word: string): WordInfo {
  const splits = cliticSplits(word);
  const stems = [word];
  if (CLITIC_FIRST.has(word.charCodeAt(0))) for (const s of splits) stems.push(s.stem);
  return { splits, stems, asked0: 0, yes0: 0, asked1: 0, yes1: 0, asked2: 0, yes2: 0, asked3: 0, yes3: 0, starts: undefined, inner: undefined, bits: -1, cues: -1, window: -1 };
}

/**
 * Reads the facts of every token of a document at once (the casualty layer asks of every token anyway), so that
 * the lexicon matcher before it finds them too and keeps its readings of each word there. @internal
 */
export function readAllWords(doc: Doc): void {
  for (let i = 0; i < doc.tokens.length; i++) wordInfo(doc, i);
}

/** The slot of question `key`, -1 when every slot is taken (or there is no table). */
function slotOf(table: WordTable | undefined, key: object): number {
  if (table === undefined) return -1;
  const id = questionOf(key);
  if (id < 0) return -1;
  let slot = table.slots[id];
  if (slot === undefined) {
    slot = table.used < SLOTS ? table.used++ : -1;
    table.slots[id] = slot;
  }
  return slot;
}

/** The kept answer of the word to the question of `slot`: 1 yes, 0 no, -1 not asked yet (or no slot). */
function kept(info: WordInfo, slot: number): number {
  if (slot < 0) return -1;
  const bit = 1 << (slot & 31);
  const word = slot >> 5;
  const asked = word === 0 ? info.asked0 : word === 1 ? info.asked1 : word === 2 ? info.asked2 : info.asked3;
  if ((asked & bit) === 0) return -1;
  const yes = word === 0 ? info.yes0 : word === 1 ? info.yes1 : word === 2 ? info.yes2 : info.yes3;
  return (yes & bit) === 0 ? 0 : 1;
}

function keep(info: WordInfo, slot: number, yes: boolean): boolean {
  if (slot < 0) return yes;
  const bit = 1 << (slot & 31);
  const set = yes ? bit : 0;
  const word = slot >> 5;
  if (word === 0) {
    info.asked0 |= bit;
    info.yes0 |= set;
  } else if (word === 1) {
    info.asked1 |= bit;
    info.yes1 |= set;
  } else if (word === 2) {
    info.asked2 |= bit;
    info.yes2 |= set;
  } else {
    info.asked3 |= bit;
    info.yes3 |= set;
  }
  return yes;
}

/**
 * The answer to a yes/no question about the word of token `i` of `c.doc` (`key` names the question: a constant
 * of a layer), computed by `answer(c, i, key)` the first time the analyzer meets the word, then kept with the word.
 * @internal
 */
export function wordFact<C extends { readonly doc: Doc }, K extends object>(
  c: C,
  i: number,
  key: K,
  answer: (c: C, i: number, key: K) => boolean,
): boolean {
  const info = wordInfo(c.doc, i);
  const slot = slotOf(c.doc.memo, key);
  const known = kept(info, slot);
  return known >= 0 ? known === 1 : keep(info, slot, answer(c, i, key));
}

/** Whether the word of token `i` or one of its stems is in `set` (a constant set), kept with the word. @internal */
export function stemIn(doc: Doc, i: number, set: ReadonlySet<string>): boolean {
  const info = wordInfo(doc, i);
  const slot = slotOf(doc.memo, set);
  const known = kept(info, slot);
  if (known >= 0) return known === 1;
  const stems = info.stems;
  let yes = false;
  for (let k = 0; k < stems.length && !yes; k++) yes = set.has(stems[k]!);
  return keep(info, slot, yes);
}
