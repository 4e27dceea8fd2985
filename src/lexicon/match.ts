/**
 * The matcher: walks the compiled trie over a document's tokens, reading each first word through its clitic
 * splits and each word through the surface tables, and keeps, per entry group, the leftmost-longest matches.
 * @module lexicon/match
 */
import { prepareMended, type Doc } from '../document.js';
import { assertText } from '../normalize/options.js';
import { cliticSplits, type CliticSplit, type Token } from '../tokenize/index.js';
import { wordInfo } from '../tokenize/words.js';
import { remember, typeBit, wordKey, type CompiledLexicon, type MatchType, type Terminal, type TrieNode } from './compile.js';
import { ENTRY_TYPES, type EntryOf, type EntryType, type LexiconEntry } from './types.js';

/**
 * A lexicon entry found in a text. `start`/`end`/`text` are the caller's original string, without a separable
 * clitic (the و of «والنظام» is outside the span; the fused لل of «للنظام» is inside it).
 * @example
 * ```ts
 * const [m] = matchText(compileLexicons([defaultLexicon]), 'والنظام', ['actors']);
 * [m.id, m.text, m.prefix, m.article]; // → ['syrian-government', 'النظام', 'و', true]
 * ```
 */
export interface LexMatch<T extends MatchType = MatchType> {
  /** The entry group (`actorAdjectives` for an actor's adjective). */
  readonly type: T;
  /** The entry id. */
  readonly id: string;
  /** The entry (for adjectives, the actor they name). */
  readonly entry: T extends EntryType ? EntryOf[T] : EntryOf['actors'];
  /** Index of the first token in the document's tokens. */
  readonly firstToken: number;
  /** Index of the last token (inclusive). */
  readonly lastToken: number;
  /** UTF-16 offset of the span's start in the caller's string. */
  readonly start: number;
  /** UTF-16 offset after the span. */
  readonly end: number;
  /** `original.slice(start, end)`. */
  readonly text: string;
  /** Clitic letters before the first word, normalized ('' when none): «و»، «ب»، «لل»، «وب»… */
  readonly prefix: string;
  /** True when the first word carries the definite article (own, or fused in لل). */
  readonly article: boolean;
  /** The ending the last word has beyond its lexicon form ('' when none): «ين» in «المدنيين». */
  readonly suffix: string;
  /** The form (as written in the lexicon) that matched. */
  readonly form: string;
  /** Other entries of the same group that read the same words («قتل» as a verb and as a verbal noun). */
  readonly alternatives: readonly LexiconEntry[];
}

/**
 * The walks a word starts as a form's first word, with the union of the groups they can reach (`mask`), of the
 * groups of forms that end at this word (`ends`) and of those that go on past it (`onward`): most words are a whole
 * form or none, and their walks need neither the terminal loop nor the next word when no wanted group is there.
 */
interface Starts {
  readonly states: readonly State[];
  readonly mask: number;
  readonly ends: number;
  readonly onward: number;
  /**
   * The winner of each group among the forms that end at this word, in the order the walk finds them: the whole
   * result at a word whose walks go on to no wanted group. A group's winner does not depend on the other groups, so
   * the wanted ones are read off this list.
   */
  readonly single: readonly Winner[];
}

/** The best form of one group at a word, and the other entries of the group that read the same words. */
interface Winner {
  readonly type: number;
  readonly state: State;
  readonly terminal: Terminal;
  readonly alternatives: readonly LexiconEntry[] | undefined;
}

const NO_STARTS: Starts = { states: [], mask: 0, ends: 0, onward: 0, single: [] };
const NO_ENTRIES: readonly LexiconEntry[] = Object.freeze([]);
/** Quotation marks, stepped over inside a multi-word form: «تنظيم "داعش"» is the form «تنظيم داعش». @internal */
export const QUOTES: ReadonlySet<string> = new Set(['"', "'", '«', '»', '“', '”', '‘', '’', '„']);

/** A reading of one word: its trie key (its number), the clitics and article before it, and its ending. */
interface Reading {
  readonly key: number;
  /** Clitics before the article (or the word): «و»، «ب»; for a fused لل, the ل. */
  readonly prefix: string;
  /** The prefix's ل is fused with the article (لل). */
  readonly fused: boolean;
  readonly article: boolean;
  readonly suffix: string;
}

/** A walk through the trie: the node reached, how the first word was read, and the last word's ending. */
interface State {
  readonly node: TrieNode;
  readonly firstWord: Reading;
  readonly suffix: string;
  /** Total derived letters so far: fewer is closer to the written form. */
  readonly cost: number;
}

/**
 * Finds lexicon entries in a text: clitic-aware, longest match first, one pass over its tokens.
 *
 * @param compiled - from `compileLexicons`
 * @param text - any text
 * @param types - the groups to report (default: every entry group)
 * @returns the matches, sorted by start
 * @example
 * ```ts
 * matchText(compileLexicons([defaultLexicon]), 'قتل 52 مدنيا في إدلب', ['victims', 'places']).map((m) => m.id);
 * // → ['civilians', 'idlib']
 * ```
 */
export function matchText(compiled: CompiledLexicon, text: string, types?: readonly MatchType[]): LexMatch[] {
  assertText(text, 'matchText');
  return matchLexicon(compiled, prepareMended(text, compiled.memo.words), types);
}

/**
 * Finds lexicon entries in a prepared document. For each group the matches do not overlap (leftmost, then
 * longest, wins); matches of different groups may overlap. Sorted by start, then group order.
 *
 * @param compiled - from `compileLexicons`
 * @param doc - from `prepare(text)`
 * @param types - the groups to report (default: every entry group; `actorAdjectives` only when asked)
 * @returns the matches
 * @internal
 * @example
 * ```ts
 * const doc = prepare('قصفت طائرات روسيا والنظام مدينة دوما');
 * matchLexicon(compileLexicons([defaultLexicon]), doc, ['actors']).map((m) => [m.id, m.text]);
 * // → [['russia', 'روسيا'], ['syrian-government', 'النظام']]
 * ```
 */
export function matchLexicon(compiled: CompiledLexicon, doc: Doc, types?: readonly MatchType[]): LexMatch[] {
  let wantedMask = 0;
  for (const t of types ?? ENTRY_TYPES) wantedMask |= typeBit(t);
  const tokens = doc.tokens;
  const out: LexMatch[] = [];
  // Readings depend only on a word's text, and news repeats its words: each distinct word is read once and
  // remembered with its facts, by its id, when the document was prepared with this lexicon's word table (`analyze`,
  // `findActors`: no lookup by string per token), else in the lexicon's own tables keyed by the word.
  const table = compiled.memo.words;
  const ids = doc.memo === table && doc.era === table.era ? doc.ids : undefined;
  const infos = table.infos;
  const firstMemo = compiled.memo.first as Map<string, Starts>;
  const innerMemo = compiled.memo.inner as Map<string, readonly Reading[]>;
  // A new word's readings, made by functions that take the token as an argument: a closure over it inside `inner`
  // and `starts` would make every lookup allocate a scope for it, seen word or not.
  const readInner = (word: string, tok: Token): readonly Reading[] => readings(compiled, tok, false, cliticSplits(word));
  const readStarts = (word: string, tok: Token): Starts => firstStates(compiled, tok, cliticSplits(word));
  const inner = (k: number): readonly Reading[] => {
    const tok = tokens[k]!;
    if (ids === undefined) return remember(innerMemo, tok.text, readInner, tok);
    const id = ids[k]!;
    const facts = (id >= 0 ? infos[id] : undefined) ?? wordInfo(doc, k);
    return (facts.inner as readonly Reading[] | undefined) ?? (facts.inner = readings(compiled, tok, false, facts.splits));
  };
  const starts = (k: number): Starts => {
    const tok = tokens[k]!;
    if (ids === undefined) return remember(firstMemo, tok.text, readStarts, tok);
    const id = ids[k]!;
    const facts = (id >= 0 ? infos[id] : undefined) ?? wordInfo(doc, k);
    return (facts.starts as Starts | undefined) ?? (facts.starts = firstStates(compiled, tok, facts.splits));
  };
  // The best candidate of each group for the walk from the current token, by group index (no object per
  // candidate): the walk that reached it, its terminal and last token; `order` lists the groups in the order they
  // were first found, which is the order their matches are reported in.
  const best = new Best();
  // Plain arrays: a typed array of more than 64 bytes is a separate allocation outside the heap (about a
  // microsecond each here, several per call of the matcher).
  const blockedUntil: number[] = new Array<number>(32).fill(-1);
  // The walks being extended and the walks they reach, `count` of each array in use (no resizing per step).
  const stepA: State[] = [];
  const stepB: State[] = [];

  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.kind === 'punct') continue;
    const from = starts(i);
    if ((from.mask & wantedMask) === 0) continue;
    if ((from.onward & wantedMask) === 0) {
      for (let o = 0; o < from.single.length; o++) {
        const { type, state, terminal, alternatives } = from.single[o]!;
        if ((terminal.bit & wantedMask) === 0 || blockedUntil[type]! >= i) continue;
        const last = closeQuote(tokens, i, i);
        blockedUntil[type] = last;
        insertByStart(out, toMatch(doc, state, terminal, i, last, alternatives === undefined ? NO_ENTRIES : alternatives.slice()));
      }
      continue;
    }
    best.reset();
    let states = from.states;
    let count = states.length;
    let j = i;
    for (let step = 0; ; step++) {
      if (step > 0 || (from.ends & wantedMask) !== 0) for (let si = 0; si < count; si++) {
        const s = states[si]!;
        const terminals = s.node.terminals;
        if (terminals === undefined) continue;
        for (let ti = 0; ti < terminals.length; ti++) {
          const t = terminals[ti]!;
          const bit = t.bit;
          if ((bit & wantedMask) === 0) continue;
          best.offer(31 - Math.clz32(bit), s, t, j);
        }
      }
      // Next word, stepping over quotes.
      let k = j + 1;
      while (k < tokens.length && tokens[k]!.kind === 'punct' && QUOTES.has(tokens[k]!.text)) k++;
      if (k >= tokens.length || tokens[k]!.kind === 'punct') break;
      // The walks go on in one of two arrays reused from step to step (the other holds the walks being extended).
      // A word that is no later word of any form ends every walk.
      const innerReadings = inner(k);
      if (innerReadings.length === 0) break;
      const next = states === stepA ? stepB : stepA;
      let reached = 0;
      for (let si = 0; si < count; si++) {
        const s = states[si]!;
        if (s.node.next.size === 0 || (s.node.mask & wantedMask) === 0) continue;
        for (let ri = 0; ri < innerReadings.length; ri++) {
          const r = innerReadings[ri]!;
          const node = s.node.next.get(r.key);
          if (node && (node.mask & wantedMask) !== 0) next[reached++] = { node, firstWord: s.firstWord, suffix: r.suffix, cost: s.cost + r.suffix.length };
        }
      }
      if (reached === 0) break;
      states = next;
      count = reached;
      j = k;
    }
    for (let o = 0; o < best.found; o++) {
      const type = best.order[o]!;
      if (blockedUntil[type]! >= i) continue;
      const terminal = best.terminal[type]!;
      const last = closeQuote(tokens, i, best.last[type]!);
      blockedUntil[type] = last;
      const found = best.alternatives[type];
      const alts = found ? found.filter((e) => e !== terminal.entry) : NO_ENTRIES;
      insertByStart(out, toMatch(doc, best.state[type]!, terminal, i, last, alts));
    }
  }
  return out;
}

/**
 * Appends a match keeping `out` sorted by start, then first token, equal ones in the order found (a stable sort's
 * order). Matches of later tokens start no earlier, so only those of the same token are stepped over: at most one
 * per group.
 */
function insertByStart(out: LexMatch[], m: LexMatch): void {
  let k = out.length;
  while (k > 0 && byStart(out[k - 1]!, m) > 0) {
    out[k] = out[k - 1]!;
    k--;
  }
  out[k] = m;
}

const byStart = (a: LexMatch, b: LexMatch): number => a.start - b.start || a.firstToken - b.firstToken;

/**
 * The leftmost-longest bookkeeping of one walk: per group index, the best candidate so far and the other entries
 * that read the same words. Reused from token to token (reset clears only the groups found).
 */
class Best {
  readonly state: (State | undefined)[] = [];
  readonly terminal: (Terminal | undefined)[] = [];
  readonly last: number[] = new Array<number>(32).fill(0);
  readonly alternatives: (LexiconEntry[] | undefined)[] = [];
  /** Group indices in the order they were first found, `found` of them. */
  readonly order: number[] = new Array<number>(32).fill(0);
  found = 0;

  reset(): void {
    for (let o = 0; o < this.found; o++) {
      const type = this.order[o]!;
      this.terminal[type] = undefined;
      this.state[type] = undefined;
      this.alternatives[type] = undefined;
    }
    this.found = 0;
  }

  /** A form of group `type` ending at token `last`, read by the walk `s`. */
  offer(type: number, s: State, t: Terminal, last: number): void {
    const prevTerminal = this.terminal[type];
    if (prevTerminal === undefined) {
      this.order[this.found++] = type;
    } else {
      const prevLast = this.last[type]!;
      const wins = better(s, t, last, this.state[type]!, prevTerminal, prevLast);
      if (prevLast === last && prevTerminal.entry !== t.entry) {
        const alts = (this.alternatives[type] ??= []);
        if (wins) alts.push(prevTerminal.entry);
        else if (!alts.includes(t.entry)) alts.push(t.entry);
      } else if (prevLast !== last) {
        this.alternatives[type] = undefined;
      }
      if (!wins) return;
    }
    this.state[type] = s;
    this.terminal[type] = t;
    this.last[type] = last;
  }
}

/** Whether the candidate (walk `s`, terminal `t`, ending at `last`) beats the one of `bs`, `bt`, `bLast`. */
function better(s: State, t: Terminal, last: number, bs: State, bt: Terminal, bLast: number): boolean {
  if (last !== bLast) return last > bLast;
  if (t.rank !== bt.rank) return t.rank > bt.rank;
  if (s.cost !== bs.cost) return s.cost < bs.cost;
  return t.order < bt.order;
}

/** Includes a closing quote when the match opened one inside («تنظيم "داعش"»). */
function closeQuote(tokens: readonly Token[], first: number, last: number): number {
  let open = 0;
  for (let k = first + 1; k < last; k++) if (QUOTES.has(tokens[k]!.text)) open++;
  const after = tokens[last + 1];
  return open % 2 === 1 && after && QUOTES.has(after.text) && after.start === tokens[last]!.end ? last + 1 : last;
}

function toMatch(doc: Doc, state: State, terminal: Terminal, first: number, last: number, alternatives: readonly LexiconEntry[]): LexMatch {
  const tokens = doc.tokens;
  const firstTok = tokens[first]!;
  // A separable clitic stays outside the span; a ل fused with the article (للنظام) cannot be cut off.
  const { firstWord, suffix } = state;
  const from = firstTok.start + firstWord.prefix.length - (firstWord.fused ? 1 : 0);
  // The offset map read in place (a form has letters, so the span is not empty): no span objects per match.
  const start = doc.norm.starts[from]!;
  const end = doc.norm.ends[tokens[last]!.end - 1]!;
  return {
    type: terminal.type,
    id: terminal.entry.id,
    entry: terminal.entry as LexMatch['entry'],
    firstToken: first,
    lastToken: last,
    start,
    end,
    text: doc.original.slice(start, end),
    prefix: firstWord.prefix,
    article: firstWord.article,
    suffix,
    form: terminal.form,
    alternatives,
  };
}

/** The walks a word starts as the first word of a form, with the union of their groups (one test per token). */
function firstStates(compiled: CompiledLexicon, token: Token, splits: readonly CliticSplit[]): Starts {
  const found: State[] = [];
  let mask = 0;
  let ends = 0;
  let onward = 0;
  for (const x of readings(compiled, token, true, splits)) {
    const node = compiled.root.next.get(x.key);
    if (node) {
      found.push({ node, firstWord: x, suffix: x.suffix, cost: x.prefix.length + x.suffix.length });
      mask |= node.mask;
      for (const t of node.terminals ?? []) ends |= t.bit;
      if (node.next.size > 0) onward |= node.mask;
    }
  }
  if (found.length === 0) return NO_STARTS;
  // The walk's first step over every group, as the matcher's loop makes it.
  const best = new Best();
  for (const s of found) for (const t of s.node.terminals ?? []) best.offer(31 - Math.clz32(t.bit), s, t, 0);
  const single: Winner[] = [];
  for (let o = 0; o < best.found; o++) {
    const type = best.order[o]!;
    const terminal = best.terminal[type]!;
    const alts = best.alternatives[type];
    single.push({ type, state: best.state[type]!, terminal, alternatives: alts && alts.filter((e) => e !== terminal.entry) });
  }
  return { states: found, mask, ends, onward, single };
}

/**
 * Readings of a word of a form, shorter clitic prefixes first. A form's first word takes every clitic prefix, and
 * a nominal form written without the article also matches with it; a later word takes no clitics, no verb
 * reading, and the article only as the form writes it.
 */
function readings(compiled: CompiledLexicon, token: Token, first: boolean, splits: readonly CliticSplit[]): Reading[] {
  if (token.kind === 'number') {
    // A figure no form writes has no key number, and no node is reached by -1.
    return [{ key: compiled.keyIds.get(wordKey('none', token.text)) ?? -1, prefix: '', fused: false, article: false, suffix: '' }];
  }
  const out: Reading[] = [];
  // The splits come longest prefix first: read backwards, the bare word and shorter prefixes come first.
  for (let s = splits.length - 1; s >= 0; s--) {
    const { prefix, stem, article } = splits[s]!;
    if (!first && prefix !== (article ? 'ال' : '')) continue;
    const fused = article && prefix.endsWith('لل');
    readStem(stem, prefix, article, fused);
    // «للواء» is ل + اللواء: before a noun that starts with ل, the fused article drops its own ل too.
    if (fused) readStem('ل' + stem, prefix, article, fused);
  }
  return out;

  function readStem(stem: string, prefix: string, article: boolean, fused: boolean): void {
    const list = compiled.surfaces.get(stem);
    if (!list) return;
    // The clitics before the article; the ل of a fused لل stays with them, for it cannot be cut off a span.
    const clitics = article ? prefix.slice(0, fused ? -1 : -2) : prefix;
    // Verbs take neither the article nor a preposition (ب ك), nor ل but the ل of purpose or result before a present
    // verb («انفجرت عبوة لتقتل 3 جنود»).
    const verbless = !first || article || /[بك]$/u.test(clitics) || (clitics.endsWith('ل') && !/^[يت]/u.test(stem));
    for (const r of list) {
      if (r.mode === 'verb' && verbless) continue;
      out.push({ key: article ? r.articleKey : r.key, prefix: clitics, fused, article, suffix: r.suffix });
      // A nominal first word written without the article also matches with it (نظام → النظام); a name does not
      // (سورية the country is not السورية the adjective).
      if (first && article && r.mode === 'nominal') out.push({ key: r.key, prefix: clitics, fused, article, suffix: r.suffix });
    }
  }
}
