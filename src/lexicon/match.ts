/**
 * The matcher: walks the compiled trie over a document's tokens, reading each first word through its clitic
 * splits and each word through the surface tables, and keeps, per entry group, the leftmost-longest matches.
 * @module lexicon/match
 */
import { prepare, spanOfNormalized, type Doc } from '../document.js';
import { assertText } from '../normalize/options.js';
import { splitClitics, type Token } from '../tokenize/index.js';
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

const NONE: readonly State[] = [];
/** Quotation marks, stepped over inside a multi-word form: «تنظيم "داعش"» is the form «تنظيم داعش». @internal */
export const QUOTES: ReadonlySet<string> = new Set(['"', "'", '«', '»', '“', '”', '‘', '’', '„']);

/** A reading of one word: its trie key, the clitics and article before it, and its ending. */
interface Reading {
  readonly key: string;
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

/** A form that ends at token `last`, read from token `first` by the walk `state`. */
interface Candidate {
  readonly state: State;
  readonly terminal: Terminal;
  readonly first: number;
  readonly last: number;
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
  return matchLexicon(compiled, prepare(text, compiled.memo.words), types);
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
  const wanted = new Set<MatchType>(types ?? ENTRY_TYPES);
  let wantedMask = 0;
  for (const t of wanted) wantedMask |= typeBit(t);
  const tokens = doc.tokens;
  const blockedUntil = new Map<MatchType, number>();
  const out: LexMatch[] = [];
  // Readings depend only on a word's text, and news repeats its words: each distinct word is read once and
  // remembered by the compiled lexicon.
  const firstMemo = compiled.memo.first as Map<string, readonly State[]>;
  const innerMemo = compiled.memo.inner as Map<string, readonly Reading[]>;
  const inner = (tok: Token): readonly Reading[] => remember(innerMemo, tok.text, () => readings(compiled, tok, false));
  const starts = (tok: Token): readonly State[] =>
    remember(firstMemo, tok.text, () => {
      const found: State[] = [];
      for (const x of readings(compiled, tok, true)) {
        const node = compiled.root.next.get(x.key);
        if (node) found.push({ node, firstWord: x, suffix: x.suffix, cost: x.prefix.length + x.suffix.length });
      }
      return found.length > 0 ? found : NONE;
    });

  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    if (first.kind === 'punct') continue;
    let states = starts(first);
    if (!anyWanted(states, wantedMask)) continue;
    let best: Map<MatchType, Candidate> | undefined;
    let alternatives: Map<MatchType, LexiconEntry[]> | undefined;
    let j = i;
    for (;;) {
      for (const s of states) {
        const terminals = s.node.terminals;
        if (terminals === undefined) continue;
        for (const t of terminals) {
          if (!wanted.has(t.type)) continue;
          const c: Candidate = { state: s, terminal: t, first: i, last: j };
          best ??= new Map();
          const prev = best.get(t.type);
          if (prev && prev.last === c.last && prev.terminal.entry !== t.entry) {
            alternatives ??= new Map();
            const alts = alternatives.get(t.type) ?? [];
            alternatives.set(t.type, alts);
            if (better(c, prev)) alts.push(prev.terminal.entry);
            else if (!alts.includes(t.entry)) alts.push(t.entry);
          } else if (prev && prev.last !== c.last) {
            alternatives?.delete(t.type);
          }
          if (!prev || better(c, prev)) best.set(t.type, c);
        }
      }
      // Next word, stepping over quotes.
      let k = j + 1;
      while (k < tokens.length && tokens[k]!.kind === 'punct' && QUOTES.has(tokens[k]!.text)) k++;
      if (k >= tokens.length || tokens[k]!.kind === 'punct') break;
      const next: State[] = [];
      for (const s of states) {
        if (s.node.next.size === 0 || (s.node.mask & wantedMask) === 0) continue;
        for (const r of inner(tokens[k]!)) {
          const node = s.node.next.get(r.key);
          if (node && (node.mask & wantedMask) !== 0) next.push({ node, firstWord: s.firstWord, suffix: r.suffix, cost: s.cost + r.suffix.length });
        }
      }
      if (next.length === 0) break;
      states = next;
      j = k;
    }
    if (!best) continue;
    for (const [type, c] of best) {
      if ((blockedUntil.get(type) ?? -1) >= i) continue;
      const last = closeQuote(tokens, c.first, c.last);
      blockedUntil.set(type, last);
      const found = alternatives?.get(type);
      const alts = found ? found.filter((e) => e !== c.terminal.entry) : [];
      out.push(toMatch(doc, c, last, alts));
    }
  }
  return out.sort((a, b) => a.start - b.start || a.firstToken - b.firstToken);
}

/** Whether a walk in `states` can still reach a wanted group (a plain loop: this runs for every token). */
function anyWanted(states: readonly State[], wantedMask: number): boolean {
  for (let k = 0; k < states.length; k++) if ((states[k]!.node.mask & wantedMask) !== 0) return true;
  return false;
}

function better(a: Candidate, b: Candidate): boolean {
  if (a.last !== b.last) return a.last > b.last;
  if (a.terminal.rank !== b.terminal.rank) return a.terminal.rank > b.terminal.rank;
  if (a.state.cost !== b.state.cost) return a.state.cost < b.state.cost;
  return a.terminal.order < b.terminal.order;
}

/** Includes a closing quote when the match opened one inside («تنظيم "داعش"»). */
function closeQuote(tokens: readonly Token[], first: number, last: number): number {
  let open = 0;
  for (let k = first + 1; k < last; k++) if (QUOTES.has(tokens[k]!.text)) open++;
  const after = tokens[last + 1];
  return open % 2 === 1 && after && QUOTES.has(after.text) && after.start === tokens[last]!.end ? last + 1 : last;
}

function toMatch(doc: Doc, c: Candidate, last: number, alternatives: readonly LexiconEntry[]): LexMatch {
  const tokens = doc.tokens;
  const firstTok = tokens[c.first]!;
  // A separable clitic stays outside the span; a ل fused with the article (للنظام) cannot be cut off.
  const { firstWord, suffix } = c.state;
  const from = firstTok.start + firstWord.prefix.length - (firstWord.fused ? 1 : 0);
  const span = spanOfNormalized(doc, from, tokens[last]!.end);
  return {
    type: c.terminal.type,
    id: c.terminal.entry.id,
    entry: c.terminal.entry as LexMatch['entry'],
    firstToken: c.first,
    lastToken: last,
    start: span.start,
    end: span.end,
    text: span.text,
    prefix: firstWord.prefix,
    article: firstWord.article,
    suffix,
    form: c.terminal.form,
    alternatives,
  };
}

/**
 * Readings of a word of a form, shorter clitic prefixes first. A form's first word takes every clitic prefix, and
 * a nominal form written without the article also matches with it; a later word takes no clitics, no verb
 * reading, and the article only as the form writes it.
 */
function readings(compiled: CompiledLexicon, token: Token, first: boolean): Reading[] {
  if (token.kind === 'number') return [{ key: wordKey('none', token.text), prefix: '', fused: false, article: false, suffix: '' }];
  const out: Reading[] = [];
  // The splits come longest prefix first: read backwards, the bare word and shorter prefixes come first.
  const splits = splitClitics(token.text);
  for (let s = splits.length - 1; s >= 0; s--) {
    const { prefix, stem, article } = splits[s]!;
    if (!first && prefix !== (article ? 'ال' : '')) continue;
    const list = compiled.surfaces.get(stem);
    if (!list) continue;
    // The clitics before the article; the ل of a fused لل stays with them, for it cannot be cut off a span.
    const fused = article && prefix.endsWith('لل');
    const clitics = article ? prefix.slice(0, fused ? -1 : -2) : prefix;
    // Verbs take neither the article nor a preposition (ب ل ك).
    const verbless = !first || article || /[بلك]$/u.test(clitics);
    for (const r of list) {
      if (r.mode === 'verb' && verbless) continue;
      out.push({ key: article ? r.articleKey : r.key, prefix: clitics, fused, article, suffix: r.suffix });
      // A nominal first word written without the article also matches with it (نظام → النظام); a name does not
      // (سورية the country is not السورية the adjective).
      if (first && article && r.mode === 'nominal') out.push({ key: r.key, prefix: clitics, fused, article, suffix: r.suffix });
    }
  }
  return out;
}
