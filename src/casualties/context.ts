/**
 * What the casualty patterns read: a prepared document with its numbers and lexicon matches indexed by token,
 * sentences and clauses, and small helpers to test words through their clitics.
 * @module casualties/context
 */
import { spanOfNormalized, type Doc, type Span } from '../document.js';
import type { LexMatch } from '../lexicon/match.js';
import type { DocNumber } from '../numbers/types.js';
import type { CliticSplit } from '../tokenize/index.js';
import { goesOnPastLineBreak } from '../tokenize/line-breaks.js';
import { stemIn, tokenArrays, wordFact, wordInfo } from '../tokenize/words.js';
import {
  ACCORDING_OPENERS, KNOWN_BY, BODIES, CLASH_WORDS, NONE_THERE, CLAUSE_OPENERS, DEATH_IDIOMS, DENIAL, HABIT_ENDS, HABITUAL, HYPOTHETICAL, HYPOTHETICAL_PHRASES, THREATS, NEGATION, ONE_IN, YEARLY, DURING_WORDS, FALL_WORDS, FATE_WORDS, FATE_PRONOUNS, KILLED_PHRASES, NEEDS_DEATH_OBJECT, LOSING, LOSING_OR_MISSING, LOSS_NOUNS, MODIFIER_OPENERS, NOT_OF_PEOPLE, INCLUDES_MOST, INCLUDES_SOME, ORDINALS, OTHERS,
  ALIVE, TOLL_REACHING, UP_TO_BEFORE, SHORT_AFTER_AND, AMONG_WORDS, NO_WEAPON_DEATHS, WHOLE_WARS, ARRIVING, AS_MANY, PARENT_FATHERS, PARENT_MOTHERS, REACHING_LINKS, SEIZING_ON, MASSACRES, NAME_COMMANDERS, NAME_OFFICES, NAME_RANKS, PENALTY_CARRIERS, QUOTE_MARKS, RELATIVES, SINCE_WORDS, CUMULATIVE_WORDS, SKIPPABLE, TIME_SPAN_HEADS, TIME_SPANS, DAY_WORDS, PAST_PERIOD_HEADS, PAST_WORDS, SOURCE_MARKERS, STATE_PHRASES, STILL_WORDS, SUBJECTED, SUFFERING, TOLL_NOUNS, TOLL_RISE, WARS, WEAPONS_OR_FIGHTERS, FIGHTING_GROUPS, CEASING, MARCHES, MARCH_AFTER, MARCH_BEFORE, JOINED_ONLY, MEMBERED_GROUPS, type Phrase,
  WAS_FORMS,
} from './grammar.js';
import { FACILITY_NOUNS } from '../actors/cues.js';
import { PLACE_NOUNS } from '../places/grammar.js';
import { Summaries, SUMMARY_FACTS } from './summaries.js';
import { CUE, CUE_ALIVE, CUE_CELL, CUE_NO_WEAPON, CUE_PARENT, CUE_REACH, CUE_SEIZE, F, TokenIndex } from './tokens.js';

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
  readonly numberAt: TokenIndex<DocNumber>;
  /** Lexicon matches by type, keyed by first token. */
  readonly casualtyAt: TokenIndex<LexMatch<'casualtyWords'>>;
  readonly victimAt: TokenIndex<LexMatch<'victims'>>;
  readonly actorNounAt: TokenIndex<LexMatch<'actorNouns'>>;
  readonly actors: readonly ActorRef[];
  /** Numbers in text order, each with the token its reading starts at (its qualifier's, if any). */
  readonly numbers: readonly { num: DocNumber; at: number }[];
  /** Matches and numbers by their last token, for readings that look back. */
  readonly numberEndingAt: TokenIndex<{ num: DocNumber; at: number }>;
  readonly victimEndingAt: TokenIndex<LexMatch<'victims'>>;
  readonly casualtyEndingAt: TokenIndex<LexMatch<'casualtyWords'>>;
  readonly causeAt: TokenIndex<LexMatch<'causes'>>;
  readonly placeAt: TokenIndex<LexMatch<'places'>>;
  /** Actors by first token, and by sentence (in text order). */
  readonly actorsAt: TokenIndex<readonly ActorRef[]>;
  readonly actorsBySentence: readonly (readonly ActorRef[])[];
  readonly causesBySentence: readonly (readonly LexMatch<'causes'>[])[];
  /** Stage-1 feature bits of each token ({@link F}), computed once. */
  readonly bits: Uint16Array;
  /** Words the patterns' whole-text scans start at and the attachers' scans stop at ({@link CUE}), computed once. */
  readonly cues: Uint32Array;
  /** Sentence index and clause index of each token. */
  readonly sentenceOf: Int32Array;
  readonly clauseOf: Int32Array;
  /** First token of each sentence and of each clause (plus a final sentinel `n`). */
  readonly sentenceStarts: readonly number[];
  readonly clauseStarts: readonly number[];
  /** Facts the attachers ask per mention that depend on a token or a sentence alone, kept once read (`summaries.ts`). */
  readonly summaries: Summaries;
}

/**
 * The items of the sentences `list` names, concatenated in its order (a sentence named twice is read once; one out
 * of range has none): what `flatMap` over the sentences gave, without its generic flattening on every mention.
 * @internal
 */
export function inSentences<T>(bySentence: readonly (readonly T[])[], list: readonly number[]): T[] {
  const out: T[] = [];
  for (let k = 0; k < list.length; k++) {
    const s = list[k]!;
    if (s < 0 || s >= bySentence.length || list.indexOf(s) < k) continue;
    const items = bySentence[s]!;
    for (let j = 0; j < items.length; j++) out.push(items[j]!);
  }
  return out;
}

/** Marks that end a sentence. @internal */
export const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '?', '؟', '…']);

/**
 * The longest run of tokens read as one sentence. Real sentences are far shorter; text without punctuation is cut
 * here so that every look-around inside a sentence stays bounded and the whole layer linear.
 */
export const MAX_SENTENCE_TOKENS = 200;

/** The token indexes of a context (they share one buffer with its sentence and clause numbers). */
const INDEXES = 10;

/** Items by group: a list per group that has items, the shared empty list for the others (most sentences). */
function groupBy<T>(items: readonly T[], count: number, key: (item: T) => number): (readonly T[])[] {
  const out = new Array<readonly T[]>(count).fill(NO_ITEMS as readonly T[]);
  for (const item of items) {
    const k = key(item);
    if (k < 0 || k >= count) continue;
    const list = out[k]!;
    if (list === NO_ITEMS) out[k] = [item];
    else (list as T[]).push(item);
  }
  return out;
}
const NO_ITEMS: readonly never[] = Object.freeze([]);

/** @internal */
export function buildContext(
  doc: Doc,
  numbers: readonly DocNumber[],
  matches: readonly LexMatch[],
  actors: readonly ActorRef[],
): Context {
  const { tokens } = doc;
  const n = tokens.length;
  const words = tokenArrays(doc).words;
  // The context's per-token arrays share one buffer: one allocation per document instead of fifteen (32-bit arrays
  // first, for their alignment): the token indexes, sentence and clause numbers, the attachers' summaries, the cues,
  // the bits.
  const buffer = new ArrayBuffer(n * (4 * (INDEXES + 2 + SUMMARY_FACTS + 1) + 2));
  const slots = new Int32Array(buffer, 0, n * (INDEXES + 2));
  const summaries = new Summaries(new Int32Array(buffer, 4 * n * (INDEXES + 2), n * SUMMARY_FACTS));
  const cues = new Uint32Array(buffer, 4 * n * (INDEXES + 2 + SUMMARY_FACTS), n);
  const bits = new Uint16Array(buffer, 4 * n * (INDEXES + 2 + SUMMARY_FACTS + 1), n);
  let used = 0;
  const index = <T>(): TokenIndex<T> => new TokenIndex<T>(slots.subarray(n * used, n * ++used));
  const numberAt = index<DocNumber>();
  const readings: { num: DocNumber; at: number }[] = [];
  const numberEndingAt = index<{ num: DocNumber; at: number }>();
  for (const given of numbers) {
    let num = numberOfOneShape(given);
    // «أول أمس»: the day before yesterday, a time, no ordinal.
    if (num.kind === 'ordinal' && num.firstToken === num.lastToken && words[num.lastToken + 1] === 'امس') continue;
    const qualifier = num.qualifier;
    const q = qualifier ? tokenAtOffset(doc, qualifier.start) : -1;
    // «عشرون ونيف شخصا»: a one-word qualifier between the figure and its noun is read as the figure's end.
    if (q >= 0 && q === num.lastToken + 1 && tokenAtOffset(doc, qualifier!.end - 1) === q) num = { ...num, lastToken: q };
    numberAt.set(num.firstToken, num);
    let at = num.firstToken;
    if (q >= 0) {
      // «ارتفع عدد الضحايا ليصل إلى 19»: «يصل إلى» is «up to» only after «ما», «ربما», «قد» or «لا» (`UP_TO_BEFORE`).
      if (num.max !== undefined && REACHING_TO.has(words[q]!) && !UP_TO.has(words[q - 1] ?? '')) num = { ...num, value: num.max, max: undefined };
      numberAt.set(q, num);
      at = q;
    }
    const reading = { num, at };
    readings.push(reading);
    numberEndingAt.set(num.lastToken, reading);
  }
  const casualtyAt = index<LexMatch<'casualtyWords'>>();
  const victimAt = index<LexMatch<'victims'>>();
  const actorNounAt = index<LexMatch<'actorNouns'>>();
  const causes: LexMatch<'causes'>[] = [];
  const places: LexMatch<'places'>[] = [];
  let casualtyEnd = -2;
  for (const m of matches) {
    if (m.type === 'casualtyWords') {
      // «قتلى ومخطوفون»: a word that is a casualty only joined by «و» to the casualty word before it (alone, «النساء
      // المخطوفات», it describes people told before).
      const unjoined = JOINED.has((m as LexMatch<'casualtyWords'>).entry.id) && !(m.prefix.startsWith('و') && casualtyEnd === m.firstToken - 1);
      if (!NOT_PEOPLE.has(words[m.lastToken + 1] ?? '') && !unjoined) {
        casualtyAt.set(m.firstToken, m as LexMatch<'casualtyWords'>);
        casualtyEnd = m.lastToken;
      }
    } else if (m.type === 'victims') {
      // «تنظيم الدولة، المعروف إعلامياً بداعش»: an accusative nisba after «known» is an adverb, no person.
      if (!(KNOWN_AS.has(words[m.firstToken - 1] ?? '') && m.suffix === 'ا')) victimAt.set(m.firstToken, m as LexMatch<'victims'>);
    }
    else if (m.type === 'actorNouns') actorNounAt.set(m.firstToken, m as LexMatch<'actorNouns'>);
    else if (m.type === 'causes') causes.push(m as LexMatch<'causes'>);
    else if (m.type === 'places') places.push(m as LexMatch<'places'>);
  }
  const victimEndingAt = index<LexMatch<'victims'>>();
  for (const v of victimAt.values()) victimEndingAt.set(v.lastToken, v);
  const casualtyEndingAt = index<LexMatch<'casualtyWords'>>();
  for (const c of casualtyAt.values()) casualtyEndingAt.set(c.lastToken, c);
  const causeAt = index<LexMatch<'causes'>>();
  // «خمس مقاتلات»، «الفصائل المقاتلة»: the people, not the jet (see WEAPONS_OR_FIGHTERS).
  // «وقف إطلاق النار»: a ceasefire, no shooting.
  // One pass (a splice per dropped word would be quadratic on a text of many).
  const weapons = causes.filter((c) => !fightersNotJets(doc, c, numberEndingAt) && !(c.firstToken > 0 && stemIn(doc, c.firstToken - 1, CEASE)) && !aMarch(doc, c) && !aLandmark(doc, c));
  for (const c of weapons) causeAt.set(c.firstToken, c);
  const actorsAt = index<ActorRef[]>();
  for (const a of actors) {
    const list = actorsAt.get(a.firstToken);
    if (list) list.push(a);
    else actorsAt.set(a.firstToken, [a]);
  }
  const placeAt = index<LexMatch<'places'>>();
  for (const p of places) placeAt.set(p.firstToken, p);

  const sentenceOf = slots.subarray(n * INDEXES, n * (INDEXES + 1));
  const clauseOf = slots.subarray(n * (INDEXES + 1), n * (INDEXES + 2));
  const sentenceStarts: number[] = [];
  const clauseStarts: number[] = [];
  const text = doc.norm.text;
  featureBits(doc, words, bits, cues);
  for (let i = 0; i < n; i++) {
    const prev = i > 0 ? tokens[i - 1]! : undefined;
    // A run of end marks («...»، «؟!») ends one sentence, after its last mark; an ellipsis before the conjunction goes
    // on with a new clause: «غارات إسرائيلية قرب دمشق... و«المرصد» يتحدث عن 8 قتلى». The conjunction is a bare «و» or
    // «و» on a definite word («والمرصد»), not a word that begins with و («وكالة»، «وزارة»).
    const ellipsisThenAnd = prev !== undefined && (bits[i - 1]! & F.END) !== 0 && isEllipsisEnd(tokens, i - 1) && (words[i] === 'و' || words[i]!.startsWith('وال'));
    const newSentence =
      !prev ||
      ((bits[i - 1]! & F.END) !== 0 && (bits[i]! & F.END) === 0 && !ellipsisThenAnd) ||
      (hasNewline(text, prev.end, tokens[i]!.start) && !goesOnPastLineBreak(words[i - 1]!)) ||
      i - sentenceStarts[sentenceStarts.length - 1]! >= MAX_SENTENCE_TOKENS;
    if (newSentence) {
      sentenceStarts.push(i);
      clauseStarts.push(i);
    } else if (ellipsisThenAnd || opensClause(doc, i)) clauseStarts.push(i);
    sentenceOf[i] = sentenceStarts.length - 1;
    clauseOf[i] = clauseStarts.length - 1;
  }
  sentenceStarts.push(n);
  clauseStarts.push(n);
  const sentences = sentenceStarts.length - 1;
  return {
    doc, n, words, numberAt, casualtyAt, victimAt, actorNounAt, actors,
    numbers: readings, numberEndingAt, victimEndingAt, casualtyEndingAt, causeAt, actorsAt,
    placeAt,
    bits,
    cues,
    actorsBySentence: groupBy(actors, sentences, (a) => (a.firstToken >= 0 ? sentenceOf[a.firstToken]! : -1)),
    causesBySentence: groupBy(weapons, sentences, (c) => sentenceOf[c.firstToken]!),
    sentenceOf, clauseOf, sentenceStarts, clauseStarts,
    summaries,
  };
}

const REACHING_TO = /* @__PURE__ */ new Set(TOLL_REACHING);
const KNOWN_AS = /* @__PURE__ */ new Set(KNOWN_BY);
const UP_TO = /* @__PURE__ */ new Set(UP_TO_BEFORE);

/**
 * A number with every field, in one order. The scanner's numbers come in a dozen shapes (each optional field set or
 * not), and the patterns read the numbers at every turn: numbers of one shape keep those reads monomorphic.
 */
function numberOfOneShape(n: DocNumber): DocNumber {
  return {
    start: n.start, end: n.end, text: n.text, kind: n.kind, rule: n.rule, firstToken: n.firstToken, lastToken: n.lastToken, value: n.value, min: n.min,
    max: n.max, approximate: n.approximate, vague: n.vague, qualifier: n.qualifier, name: n.name,
  };
}

/**
 * A jet word describing an armed group's noun before it, or counted with no nisba after it («خمس مقاتلات في "قسد"»,
 * not «4 مقاتلات روسية»), names fighters, no weapon.
 */
function fightersNotJets(doc: Doc, m: LexMatch<'causes'>, numberEndingAt: TokenIndex<unknown>): boolean {
  if (m.firstToken === 0 || m.lastToken !== m.firstToken || !stemIn(doc, m.firstToken, JET_OR_FIGHTER)) return false;
  const k = m.firstToken;
  const nisba = /يه$/u.test(doc.tokens[k + 1]?.text ?? '');
  return stemIn(doc, k - 1, FIGHTING_GROUP) || (numberEndingAt.has(k - 1) && !nisba);
}
// «مسيرة العودة»، «قمع مسيرة سلمية»: a march, not a drone (see MARCHES).
function aMarch(doc: Doc, m: LexMatch<'causes'>): boolean {
  const k = m.firstToken;
  if (m.lastToken !== k || !stemIn(doc, k, MARCH)) return false;
  return (k + 1 < doc.tokens.length && stemIn(doc, k + 1, MARCH_NEXT)) || (k > 0 && stemIn(doc, k - 1, MARCH_PREV));
}
// «في ساحة الطيران»: a place's name, not the weapon — the weapon with its article, in construct after a facility
// or place noun (the nouns the actor layer reads names after).
function aLandmark(doc: Doc, m: LexMatch<'causes'>): boolean {
  const k = m.firstToken;
  return k > 0 && m.article && m.prefix === '' && stemIn(doc, k - 1, LANDMARK) && !DEFINITE.test(doc.tokens[k - 1]!.text);
}
const LANDMARK = /* @__PURE__ */ new Set([...FACILITY_NOUNS, ...PLACE_NOUNS]);
const DEFINITE = /^[وفبلك]{0,2}ال/u;
const MARCH = /* @__PURE__ */ new Set(MARCHES);
const MARCH_NEXT = /* @__PURE__ */ new Set(MARCH_AFTER);
const MARCH_PREV = /* @__PURE__ */ new Set(MARCH_BEFORE);
const JET_OR_FIGHTER = /* @__PURE__ */ new Set(WEAPONS_OR_FIGHTERS);
const CEASE = /* @__PURE__ */ new Set(CEASING);
const FIGHTING_GROUP = /* @__PURE__ */ new Set(FIGHTING_GROUPS);

const COMMAS = ['،', ',', '؛', ';', ':', '-', '–', '—'];
const QUOTE_OR_BRACKET = /* @__PURE__ */ [...QUOTE_MARKS, '(', ')', '[', ']'];

/** Bits a word has by itself ({@link F}), and bits a word also lends to its form after a conjunction و. */
const OWN_BITS = /* @__PURE__ */ wordBits([
  [COMMAS, F.COMMA], [QUOTE_OR_BRACKET, F.QUOTE], [[...SENTENCE_ENDS], F.END], [SKIPPABLE, F.TIME], [RELATIVES, F.RELATIVE],
  [[...OTHERS, 'اخر'], F.OTHERS], [[...INCLUDES_SOME, ...INCLUDES_MOST], F.INCLUDES], [ORDINALS, F.ORDINAL],
  [CLAUSE_OPENERS, F.OPENER], [['من', 'بين'], F.OF],
]);
const AFTER_AND_BITS = /* @__PURE__ */ wordBits([
  [[...OTHERS, 'اخر'], F.OTHERS], [[...INCLUDES_SOME, ...INCLUDES_MOST], F.INCLUDES], [ORDINALS, F.ORDINAL], [CLAUSE_OPENERS, F.OPENER],
]);

function wordBits(lists: readonly (readonly [readonly string[], number])[]): ReadonlyMap<string, number> {
  const table = new Map<string, number>();
  for (const [words, bit] of lists) for (const w of words) table.set(w, (table.get(w) ?? 0) | bit);
  return table;
}

/**
 * Bits kept with a word beyond the {@link F} bits of `Context.bits`: it opens a clause; it opens one after a comma (a
 * reporting verb, «وكان» of an earlier event).
 */
const OPENS = 1 << 16;
const OPENS_AFTER_COMMA = 1 << 17;
/** A word of `TIME_SPAN_HEADS`, `TIME_SPANS`, `DAY_WORDS` (`featureBits`' time adjuncts). */
const SPAN_HEAD_WORD = 1 << 18;
const SPAN_WORD = 1 << 19;
const DAY_WORD = 1 << 20;
/** A word of `PAST_PERIOD_HEADS` and of `PAST_WORDS` («الأسبوع الماضي»). */
const PERIOD_HEAD_WORD = 1 << 21;
const PAST_WORD = 1 << 22;
/** A time word after «و» («وفجر اليوم»، «واليوم»): time too when a time word stands before it. */
const AND_TIME_WORD = 1 << 23;
/**
 * «في», «صفوف», «حين» and a comma «،/,»: the words the per-token passes below compare with their neighbours, as bits
 * (a string compare per token cost more than the test).
 */
const IN_WORD = 1 << 24;
const RANKS_WORD = 1 << 25;
const WHILE_WORD = 1 << 26;
const COMMA_WORD = 1 << 27;
const STILL_OR_FATE = /* @__PURE__ */ new Set([...STILL_WORDS, ...FATE_WORDS, ...FATE_PRONOUNS.map((f) => f.word)]);
const RISE = /* @__PURE__ */ new Set(TOLL_RISE);
const BODY = /* @__PURE__ */ new Set(BODIES);
const NOT_PEOPLE = /* @__PURE__ */ new Set(NOT_OF_PEOPLE);
const JOINED = /* @__PURE__ */ new Set(JOINED_ONLY);
/** The {@link CUE} bits read through a word's clitics (as `wordIn` reads it), each with its words. */
const STEM_CUES: readonly (readonly [ReadonlySet<string>, number])[] = /* @__PURE__ */ [
  [new Set(KILLED_PHRASES.map((p) => p[0]!)), CUE.KILLING],
  [new Set(TOLL_NOUNS), CUE.TOLL],
  [new Set(STATE_PHRASES.map((s) => s.phrase[0]!)), CUE.STATE],
  [new Set([...SUBJECTED, ...SUFFERING]), CUE.SUBJECTED],
  [new Set([...LOSS_NOUNS, ...LOSING, ...LOSING_OR_MISSING]), CUE.LOSS],
  [new Set([...MODIFIER_OPENERS, ...INCLUDES_SOME, ...INCLUDES_MOST, ...WARS, ...DURING_WORDS, ...SINCE_WORDS, ...CUMULATIVE_WORDS]), CUE.ALONE],
  [new Set([...ACCORDING_OPENERS, ...SOURCE_MARKERS]), CUE.SOURCE],
  [new Set([...DEATH_IDIOMS.flatMap((d) => d.verbs), ...NEEDS_DEATH_OBJECT, ...FALL_WORDS]), CUE.IDIOM],
  [new Set(CLASH_WORDS), CUE.CLASH],
  // A hypothetical phrase is cued at its last word («في حال»: «حال»), where nonFactFlags asks for it.
  [new Set([...DENIAL, ...HYPOTHETICAL, ...THREATS, ...HYPOTHETICAL_PHRASES.map((p) => p[p.length - 1]!), ...NEGATION, ...NONE_THERE.map((p) => p[0]!), 'قد']), CUE.NON_FACT],
  [new Set([...[...YEARLY, ...HABITUAL, ...ONE_IN].map((p) => p[0]!), ...HABIT_ENDS]), CUE.HABIT],
  [new Set(MASSACRES), CUE.MASSACRE],
  [new Set([...NAME_RANKS, ...NAME_OFFICES, ...NAME_COMMANDERS]), CUE.TITLE],
  [new Set(SEIZING_ON), CUE_SEIZE],
  [new Set(ALIVE.map((p) => p[0]!)), CUE_ALIVE],
  [new Set([...NO_WEAPON_DEATHS, ...WHOLE_WARS]), CUE_NO_WEAPON],
  [new Set(MEMBERED_GROUPS), CUE_CELL],
];
const PARENT_WORDS = /* @__PURE__ */ new Set([...PARENT_MOTHERS, ...PARENT_FATHERS]);
const REACHING = /* @__PURE__ */ new Set(REACHING_LINKS);
const PENALTY_CARRIER = /* @__PURE__ */ new Set(PENALTY_CARRIERS);
const AS_MANY_WORDS = /* @__PURE__ */ new Set(AS_MANY);
const AMONG = /* @__PURE__ */ new Set(AMONG_WORDS);
const ARRIVED = /* @__PURE__ */ new Set(ARRIVING);

/**
 * Stage 1: the feature bits and cues of every token, read once (a conjunction و is looked through). What a word has
 * by itself is kept with the word's facts by the analyzer; «في صفوف» is read here.
 */
function featureBits(doc: Doc, words: readonly string[], bits: Uint16Array, cues: Uint32Array): void {
  // One pass from the end: the time adjuncts of two words («قبل عامين»، «يوم أمس») read the next token's final bits,
  // and the word sets they ask are bits kept with each word, not three Set lookups per token.
  let next = 0;
  let afterNext = 0;
  for (let i = words.length - 1; i >= 0; i--) {
    const info = wordInfo(doc, i);
    let b = info.bits;
    if (b < 0) {
      b = info.bits = wordFeatures(words[i]!, doc.tokens[i]!.kind === 'word');
      info.cues = wordCues(words[i]!, info.stems);
    }
    cues[i] = info.cues;
    let own = b & 0xffff;
    if (b & IN_WORD && next & RANKS_WORD) own |= F.OF;
    if (b & SPAN_HEAD_WORD && next & SPAN_WORD) {
      own |= F.TIME;
      bits[i + 1] = bits[i + 1]! | F.TIME;
    } else if (b & DAY_WORD && i + 1 < words.length && bits[i + 1]! & F.TIME) own |= F.TIME;
    // «الليلة الماضية»، «الأسبوع الماضي»: a time word or a period, and «past» after it.
    let end = i;
    if (next & PAST_WORD && (own & F.TIME || b & PERIOD_HEAD_WORD)) {
      own |= F.TIME;
      end = i + 1;
      bits[end] = bits[end]! | F.TIME;
    }
    // «الليلة الماضية وفجر اليوم»، «أمس واليوم»: time words joined by «و» are one time.
    if (own & F.TIME && (end === i ? next : afterNext) & AND_TIME_WORD) bits[end + 1] = bits[end + 1]! | F.TIME;
    bits[i] = own;
    afterNext = next;
    next = b;
  }
}
const SHORT_AND = /* @__PURE__ */ new Set(SHORT_AFTER_AND);
const SPAN_HEAD = /* @__PURE__ */ new Set(TIME_SPAN_HEADS);
const SPAN = /* @__PURE__ */ new Set(TIME_SPANS);
const DAY = /* @__PURE__ */ new Set(DAY_WORDS);
const PERIOD_HEAD = /* @__PURE__ */ new Set(PAST_PERIOD_HEADS);
const PAST = /* @__PURE__ */ new Set(PAST_WORDS);

/** The bits of a word by itself: {@link F}, and whether it opens a clause or reports. */
function wordFeatures(w: string, word: boolean): number {
  let b = OWN_BITS.get(w) ?? 0;
  if (word) b |= F.WORD;
  const afterAnd = w.length > 1 && w.charCodeAt(0) === 0x648 ? w.slice(1) : undefined;
  if (w === 'و') b |= F.AND;
  else if (afterAnd !== undefined && (w.length > 3 || SHORT_AND.has(afterAnd))) b |= F.AND | (AFTER_AND_BITS.get(afterAnd) ?? 0) | ((OWN_BITS.get(afterAnd) ?? 0) & F.TIME ? AND_TIME_WORD : 0);
  if (OPENERS.has(w) || (afterAnd !== undefined && OPENERS.has(afterAnd))) b |= OPENS;
  if (REPORTING.has(w) || (afterAnd !== undefined && (REPORTING.has(afterAnd) || WAS.has(afterAnd)))) b |= OPENS_AFTER_COMMA;
  if (SPAN_HEAD.has(w)) b |= SPAN_HEAD_WORD;
  if (SPAN.has(w)) b |= SPAN_WORD;
  if (DAY.has(w)) b |= DAY_WORD;
  if (PERIOD_HEAD.has(w)) b |= PERIOD_HEAD_WORD;
  if (PAST.has(w)) b |= PAST_WORD;
  if (w === 'في') b |= IN_WORD;
  else if (w === 'صفوف') b |= RANKS_WORD;
  else if (w === 'حين') b |= WHILE_WORD;
  else if (w === '،' || w === ',') b |= COMMA_WORD;
  return b;
}

/** The {@link CUE} bits of a word by itself, given its stems (`WordInfo.stems`). */
function wordCues(w: string, stems: readonly string[]): number {
  let cues = 0;
  if (STILL_OR_FATE.has(w)) cues |= CUE.STILL_OR_FATE;
  const afterAnd = w.length > 3 && w.charCodeAt(0) === 0x648 ? w.slice(1) : w;
  // «وارتفع إلى 9 عدد الضحايا»: read through «و».
  if (RISE.has(afterAnd)) cues |= CUE.RISE;
  if (BODY.has(afterAnd)) cues |= CUE.BODY;
  if (PENALTY_CARRIER.has(afterAnd)) cues |= CUE.PENALTY;
  if (AS_MANY_WORDS.has(w)) cues |= CUE.AS_MANY;
  if (PARENT_WORDS.has(w)) cues |= CUE_PARENT;
  if (REACHING.has(afterAnd)) cues |= CUE_REACH;
  // `withoutAnd`: a word of four letters or more without its «و», a bare «و» as nothing.
  const bare = w === 'و' ? '' : afterAnd;
  if (AMONG.has(bare) || bare === 'من' || w === 'ومن') cues |= CUE.AMONG;
  if (ARRIVED.has(w) || ARRIVED.has(bare)) cues |= CUE.ARRIVAL;
  for (const [set, bit] of STEM_CUES) for (let k = 0; k < stems.length && (cues & bit) === 0; k++) if (set.has(stems[k]!)) cues |= bit;
  return cues;
}

/** Whether `text[from..to)` holds a line feed (read in place: this runs between every two tokens). */
function hasNewline(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 0x0a) return true;
  return false;
}

/** True when token `k` ends an ellipsis: «…» or three full stops. */
function isEllipsisEnd(tokens: Doc['tokens'], k: number): boolean {
  return tokens[k]?.text === '…' || (tokens[k]?.text === '.' && tokens[k - 1]?.text === '.' && tokens[k - 2]?.text === '.');
}

const OPENERS = /* @__PURE__ */ new Set(CLAUSE_OPENERS);
const REPORTING = /* @__PURE__ */ new Set(SOURCE_MARKERS);
const WAS = /* @__PURE__ */ new Set(WAS_FORMS);

// A clause opens at «كما، بينما، فيما…» and, after a comma, at a reporting verb («، وقال إن…») or at the «وكان» of an
// earlier event («…، وكانت غارات روسية قد قتلت…»): each has its own attribution. Coordination with a bare و does not
// open a clause: «قتل 52 مدنيا وأصيب عشرات… جراء غارات».
function opensClause(doc: Doc, i: number): boolean {
  const b = wordInfo(doc, i).bits;
  if (b & OPENS) return true;
  if (b & IN_WORD && i + 1 < doc.tokens.length && wordInfo(doc, i + 1).bits & WHILE_WORD) return true;
  return (b & OPENS_AFTER_COMMA) !== 0 && i > 0 && (wordInfo(doc, i - 1).bits & COMMA_WORD) !== 0;
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

/**
 * Original offset where token `i` starts, after the clitic prefix of the first split `isHead` accepts (its whole
 * start if none does): «بمدينة» starts at «مدينة», «لسقوط» at «سقوط». @internal
 */
export function startAfterPrefix(ctx: Context, i: number, isHead: (split: CliticSplit) => boolean): number {
  const token = ctx.doc.tokens[i]!;
  const split = wordInfo(ctx.doc, i).splits.find(isHead);
  return spanOfNormalized(ctx.doc, token.start + (split?.prefix.length ?? 0), token.end).start;
}

/**
 * Past a run of tokens that each carry one of the `mask` bits — time words, commas — from `from`, at most `max` of
 * them: the first token after the run. The one stepper for every adjunct of time a phrase may hold. @internal
 */
export function pastRun(ctx: Context, from: number, max: number, mask: number): number {
  let k = from;
  while (k < ctx.n && k < from + max && ctx.bits[k]! & mask) k++;
  return k;
}

/**
 * The first token of an actor mention that ends at token `k`, looked for at most `reach` tokens back (constant work per
 * question); -1 if none ends there. @internal
 */
export function actorEndingAt(ctx: Context, k: number, reach: number): number {
  for (let j = k; j >= 0 && j > k - reach; j--) if (ctx.actorsAt.get(j)?.some((a) => a.lastToken === k)) return j;
  return -1;
}

/** True when token `i`, read bare or through any of its clitic prefixes, is one of `set`. @internal */
export function wordIn(ctx: Context, i: number, set: ReadonlySet<string>): boolean {
  return i >= 0 && i < ctx.n && stemIn(ctx.doc, i, set);
}

/** A word of fighting at token `k` («اشتباكات»، «معارك»، «هجوم»): its cue bit, then the word itself. @internal */
export function clashAt(ctx: Context, k: number): boolean {
  return (ctx.cues[k]! & CUE.CLASH) !== 0 && wordIn(ctx, k, CLASH);
}
const CLASH = /* @__PURE__ */ new Set(CLASH_WORDS);

/**
 * True when a word of `set` ({@link wordIn}) stands in the clause of token `k`, at most `reach` words before it:
 * «كان» before «قد»، «استطاعت» before «أن»، «نفذ» before a sentence. @internal
 */
export function wordInClauseBefore(ctx: Context, k: number, set: ReadonlySet<string>, reach: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - reach && ctx.clauseOf[j] === ctx.clauseOf[k]; j--) if (wordIn(ctx, j, set)) return true;
  return false;
}

/**
 * The word at token `i` and its stems without clitic prefixes, remembered by the analyzer: every pattern asks.
 * @internal
 */
export function readingsOf(ctx: Context, i: number): readonly string[] {
  return i >= 0 && i < ctx.n ? wordInfo(ctx.doc, i).stems : NONE;
}
const NONE: readonly string[] = [];

/** Quotation marks as a set. @internal */
export const QUOTES: ReadonlySet<string> = /* @__PURE__ */ new Set(QUOTE_MARKS);

/** Phrases indexed by their first word, for {@link phraseAt}. @internal */
export type PhraseTable = ReadonlyMap<string, readonly Phrase[]>;

/** Whether the word at token `i`, or one of its stems, is the first word of a phrase of `table`. */
function opensPhrase(ctx: Context, i: number, table: PhraseTable): boolean {
  for (const first of readingsOf(ctx, i)) if (table.has(first)) return true;
  return false;
}

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

/** Whether the words after token `i` are the rest of phrase `p` (its first word read at `i`). @internal */
export function restOfPhraseAt(ctx: Context, i: number, p: Phrase): boolean {
  let k = 1;
  while (k < p.length && ctx.words[i + k] === p[k]) k++;
  return k === p.length;
}

/** Length in tokens of the longest phrase of `table` at token `i` (first word clitic-aware), 0 if none. @internal */
export function phraseAt(ctx: Context, i: number, table: PhraseTable): number {
  // Most words start no phrase of a table: that depends on the word alone, and is kept with it.
  if (i < 0 || i >= ctx.n || !wordFact(ctx, i, table, opensPhrase)) return 0;
  for (const first of readingsOf(ctx, i)) {
    const phrases = table.get(first);
    if (phrases === undefined) continue;
    for (const p of phrases) if (restOfPhraseAt(ctx, i, p)) return p.length;
  }
  return 0;
}
