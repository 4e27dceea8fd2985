/**
 * What the casualty patterns read: a prepared document with its numbers and lexicon matches indexed by token,
 * sentences and clauses, and small helpers to test words through their clitics.
 * @module casualties/context
 */
import type { Doc, Span } from '../document.js';
import type { LexMatch } from '../lexicon/match.js';
import type { DocNumber } from '../numbers/types.js';
import { cliticSplits } from '../tokenize/index.js';
import { CLAUSE_OPENERS, SOURCE_MARKERS, type Phrase } from './grammar.js';

/** An actor mention as the casualty layer uses it: resolved to an actor, with the tokens it covers. @internal */
export interface ActorRef extends Span {
  actor: string;
  role?: string;
  /** The actor's dataset category (`government`, `isis`, …). */
  category?: string | null;
  anaphoric?: boolean;
  firstToken: number;
  lastToken: number;
}

/** @internal */
export interface Context {
  readonly doc: Doc;
  readonly n: number;
  /** Normalized text of each token. */
  readonly words: readonly string[];
  /** The number that starts at a token, keyed by its first token and by the first token of its qualifier. */
  readonly numberAt: ReadonlyMap<number, DocNumber>;
  /** Lexicon matches by type, keyed by first token. */
  readonly casualtyAt: ReadonlyMap<number, LexMatch<'casualtyWords'>>;
  readonly victimAt: ReadonlyMap<number, LexMatch<'victims'>>;
  readonly actorNounAt: ReadonlyMap<number, LexMatch<'actorNouns'>>;
  readonly causes: readonly LexMatch<'causes'>[];
  readonly places: readonly LexMatch<'places'>[];
  readonly sources: readonly LexMatch<'sources'>[];
  readonly actors: readonly (ActorRef & { first: number; last: number })[];
  /** Sentence index and clause index of each token. */
  readonly sentenceOf: Int32Array;
  readonly clauseOf: Int32Array;
  /** First token of each sentence and of each clause (plus a final sentinel `n`). */
  readonly sentenceStarts: readonly number[];
  readonly clauseStarts: readonly number[];
}

const PUNCT_END = new Set(['.', '!', '?', '؟', '…']);

/** @internal */
export function buildContext(
  doc: Doc,
  numbers: readonly DocNumber[],
  matches: readonly LexMatch[],
  actors: readonly ActorRef[],
): Context {
  const { tokens } = doc;
  const n = tokens.length;
  const words = tokens.map((t) => t.text);
  const numberAt = new Map<number, DocNumber>();
  for (const num of numbers) {
    numberAt.set(num.firstToken, num);
    if (num.qualifier) {
      const q = tokenAtOffset(doc, num.qualifier.start);
      if (q >= 0) numberAt.set(q, num);
    }
  }
  const casualtyAt = new Map<number, LexMatch<'casualtyWords'>>();
  const victimAt = new Map<number, LexMatch<'victims'>>();
  const actorNounAt = new Map<number, LexMatch<'actorNouns'>>();
  const causes: LexMatch<'causes'>[] = [];
  const places: LexMatch<'places'>[] = [];
  const sources: LexMatch<'sources'>[] = [];
  for (const m of matches) {
    if (m.type === 'casualtyWords') casualtyAt.set(m.firstToken, m as LexMatch<'casualtyWords'>);
    else if (m.type === 'victims') victimAt.set(m.firstToken, m as LexMatch<'victims'>);
    else if (m.type === 'actorNouns') actorNounAt.set(m.firstToken, m as LexMatch<'actorNouns'>);
    else if (m.type === 'causes') causes.push(m as LexMatch<'causes'>);
    else if (m.type === 'places') places.push(m as LexMatch<'places'>);
    else if (m.type === 'sources') sources.push(m as LexMatch<'sources'>);
  }
  const actorRefs = actors.map((a) => ({ ...a, first: a.firstToken, last: a.lastToken }));

  const sentenceOf = new Int32Array(n);
  const clauseOf = new Int32Array(n);
  const sentenceStarts: number[] = [];
  const clauseStarts: number[] = [];
  const text = doc.norm.text;
  for (let i = 0; i < n; i++) {
    const prev = i > 0 ? tokens[i - 1]! : undefined;
    const newSentence =
      !prev || PUNCT_END.has(prev.text) || text.slice(prev.end, tokens[i]!.start).includes('\n');
    if (newSentence) {
      sentenceStarts.push(i);
      clauseStarts.push(i);
    } else if (opensClause(words, i)) clauseStarts.push(i);
    sentenceOf[i] = sentenceStarts.length - 1;
    clauseOf[i] = clauseStarts.length - 1;
  }
  sentenceStarts.push(n);
  clauseStarts.push(n);
  return {
    doc, n, words, numberAt, casualtyAt, victimAt, actorNounAt, causes, places, sources, actors: actorRefs,
    sentenceOf, clauseOf, sentenceStarts, clauseStarts,
  };
}

const OPENERS = new Set(CLAUSE_OPENERS);
const REPORTING = new Set(SOURCE_MARKERS);

// A clause opens at «كما، بينما، فيما…» and at a reporting verb after a comma («، وقال إن…»): each has its own
// attribution. Coordination with a bare و does not open a clause: «قتل 52 مدنيا وأصيب عشرات… جراء غارات».
function opensClause(words: readonly string[], i: number): boolean {
  const w = words[i]!;
  if (OPENERS.has(w) || (w.startsWith('و') && OPENERS.has(w.slice(1)))) return true;
  if (w === 'في' && words[i + 1] === 'حين') return true;
  const afterComma = i > 0 && (words[i - 1] === '،' || words[i - 1] === ',');
  return afterComma && (REPORTING.has(w) || (w.startsWith('و') && REPORTING.has(w.slice(1))));
}

/** Index of the token that contains original offset `at` (or the next one), -1 past the end. @internal */
export function tokenAtOffset(doc: Doc, at: number): number {
  const { tokens, norm } = doc;
  let lo = 0;
  let hi = tokens.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (norm.ends[tokens[mid]!.end - 1]! > at) {
      found = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  return found;
}

/** True when token `i`, read bare or through any of its clitic prefixes, is one of `set`. @internal */
export function wordIn(ctx: Context, i: number, set: ReadonlySet<string>): boolean {
  const w = ctx.words[i];
  if (w === undefined) return false;
  if (set.has(w)) return true;
  for (const s of cliticSplits(w)) if (set.has(s.stem)) return true;
  return false;
}

/** Phrases indexed by their first word, for {@link phraseAt}. @internal */
export type PhraseTable = ReadonlyMap<string, readonly Phrase[]>;

/** Indexes phrases by first word. @internal */
export function phraseTable(phrases: readonly Phrase[]): PhraseTable {
  const table = new Map<string, Phrase[]>();
  for (const p of phrases) {
    const list = table.get(p[0]!) ?? [];
    list.push(p);
    table.set(p[0]!, list);
  }
  for (const list of table.values()) list.sort((a, b) => b.length - a.length);
  return table;
}

/** Length in tokens of the longest phrase of `table` at token `i` (first word clitic-aware), 0 if none. @internal */
export function phraseAt(ctx: Context, i: number, table: PhraseTable): number {
  const w = ctx.words[i];
  if (w === undefined) return 0;
  const candidates = [w, ...cliticSplits(w).map((s) => s.stem)];
  for (const first of candidates) {
    for (const p of table.get(first) ?? []) {
      let k = 1;
      while (k < p.length && ctx.words[i + k] === p[k]) k++;
      if (k === p.length) return p.length;
    }
  }
  return 0;
}

/** True when tokens `a` and `b` are in the same sentence. @internal */
export const sameSentence = (ctx: Context, a: number, b: number): boolean => ctx.sentenceOf[a] === ctx.sentenceOf[b];
