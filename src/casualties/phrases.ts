/**
 * The casualty patterns: small named readers over tokens, each returning candidate mentions. Refiners
 * (attach.ts) then give each one its includes, actors, cause, place and source.
 * @module casualties/phrases
 */
import { spanOfTokens } from '../document.js';
import type { LexMatch } from '../lexicon/match.js';
import type { CasualtyKind } from '../lexicon/types.js';
import type { DocNumber } from '../numbers/types.js';
import type { Quantity } from '../quantity.js';
import { actorEndingAt, pastRun, phraseAt, phraseTable, QUOTES, readingsOf, restOfPhraseAt, startAfterPrefix, wordIn, wordInClauseBefore, type Context } from './context.js';
import { opensStatement } from './leads.js';
import {
  AGE_OPENERS, AGE_WORDS, LEAVING, TOLD_YOUNG, ALL_OF, EACH_OF, FALL_ADJUNCTS, PART_OF_THEM, LIST_OPENERS, DEMONSTRATIVES, PREPOSITION_WORDS, CLAUSE_LINKS, OF_RANK, RANK_SECOND_WORDS, COMMITTED, COMMITTED_IN, COMMITTING, MASSACRES, MASSACRE_AGAINST, SEIZING_ON, KUNYA_WORDS, AMONG_PEOPLE, BODIES, BODY_FINDING, BODY_OF_ONE, BODY_OF_TWO, BODY_RETRIEVAL, OR_WORDS, SEARCHING, CAMPAIGNS, ONE_CAMPAIGN, DEATH_IDIOMS, FALL_WORDS, LOSING, LOSING_OR_MISSING, PASSIVE_AUX, SOME_OF, CASE_NOUNS, COUNT_FOLLOWERS, DEATH_OBJECTS, INCLUDES_MOST, INCLUDES_SOME, KILLED_PHRASES, NEEDS_DEATH_OBJECT, NOUN_LINKS, OTHERS, RANKS,
  ARREST_AIMED, ESCORT_NOUNS, RECEIVING, DISEASES, FIELD_EXECUTION, RESULT_TRIGGERS, RESULT_VERBS, RESUMPTIVES, ON_RESUMPTIVES, WOUND_ADJUNCTS, SKIPPABLE, STATE_PHRASES, TOLL_EXCEEDS, ALSO_WORDS, WAS_FORMS, CARRYING_OUT, COUNTED_ONLY, COUNTED_NEXT, COUNTED_OR_ONE, LIVES_OF, THEIR_COUNT, HEADLINE_LINKS, TOLL_ADJECTIVES, TOLL_NOUNS, TOLL_REACH_VERBS, TOLL_RISE, TOLL_TO, FALLS_INTO, CLASH_WORDS, DURING_WORDS, SINCE_WORDS, NOT_OF_PEOPLE, LIVES, TAKING_LIVES, FALL_IN_ATTACK, FALLEN_IN_MASSACRES, PART_EVENTS, VICTIMS_OF_BOTH_KINDS, PLACE_PREPOSITIONS, YEAR_WORDS, PENALTY_NOUNS, DEATH_PENALTIES, PENALTY_ON, PENALTY_CARRIERS, DEATH_SENTENCES, REACHING_LINKS, AGE_MONTH_WORDS, TIME_OF_FIGURE, FORCE_BODIES, THERE_BEING, RISE_EXPECTED,
} from './grammar.js';
import { WHO_IN_IT, AGENT_NOUNS, NEGATION, NOT_AFTER_ALI, ONE_WORDS, SEVERITY_WORDS, AGE_DUALS, BELONGING_TO, REFERRING_HEADS, HELD_KINDS, WHILE_WORDS, DECREEING, FINISHING_OFF, HARM_KINDS, HEDGING_VERBS, NON_STATE_CATEGORIES, MEMBERED_GROUPS, MADE_UP_OF, ARRIVAL_NOUNS, ARRIVING, CARE_PLACES, SUBJECTED, WITH_PRONOUN, DUAL_PRONOUN_WORDS, NOT_DUAL_PRONOUNS, COLLECTIVE_NOUNS, COMPLEMENTIZER_WORDS, INTRANSITIVE_VERBS, EARLIER_ADVERBS, MANNER_ADVERBS, MANNER_PHRASES, ONE_OF, FOREMOST, OTHER_ONE, OTHER_TWO_DEFINITE, TWO_OTHERS, VERB_ADJUNCTS, type Phrase } from './grammar.js';
import { formWords, soundPluralStem, takesSoundPlural } from '../lexicon/forms.js';
import type { Victims } from './types.js';
import type { ObjectVerb, ObjectVerbs } from './object-verbs.js';
import { notOfViolence } from './not-violence.js';
import { linkPlaceItems, PLACE_HEADS } from './breakdown.js';
import { KIN_PRONOUN, kinAdjectiveBeforeAnd, kinConstructEnd, kinHasPronoun } from './kin-joins.js';
import { calledNameEnd, nicknameEnd, quotedNameEnd } from './person-names.js';
import { isTitle } from './titles.js';
import { evacuated } from './evacuated.js';
import { priorReadings, statesNoCasualty } from './not-statements.js';
import { linkTollParts } from './toll-parts.js';
import { backoffPairs } from './backoff.js';
import { ARRIVED as ARRIVING_VERBS, NOT_STILL, STILL, agreementOfWord, bareOfAnd, chunkNounGroups, countOfEnding, countOfPronoun, fromGroupAt, linkAmong, linkArrivals, linkAsMany, linkLosses, linkEllipses, linkObjectPronouns, linkPassives, linkRescues, linkAliveRescues, linkStates, linkStillAndFate, linkSubjected, joinedNames, linkVerbs, namesAfterNoun, namesAt, objectPastAdjuncts, pastPlaceAdjunct, relativeClauseEnd, restated, resultRestates, diedOfIt, diedOfWoundsSentences, woundOfTheDead, subjectVerb, type NounGroups } from './link.js';
import { AGREE, CUE, CUE_CELL, CUE_REACH, CUE_SEIZE, F, victimClass } from './tokens.js';

/** A mention before refinement. Token ranges are inclusive. @internal */
export interface Candidate {
  kind: CasualtyKind;
  first: number;
  last: number;
  trigger: readonly [number, number];
  count: Quantity | null;
  countTokens?: readonly [number, number];
  victims: Victims | null;
  victimTokens?: readonly [number, number];
  /** The victims are «آخرين»: they take the class of the mention before. */
  others: boolean;
  /** A place the phrase itself names («حصيلة القتلى في معرة مصرين إلى 31»). */
  placeTokens?: readonly [number, number];
  rule: string;
  /** It only tells the sub-groups of the toll of its kind told before («من بين القتلى نساء وأطفال»): no mention. */
  describes?: true;
}

/** A counted noun phrase (stage 2's noun group): «52 مدنيا»، «نحو 48 قتيلا»، «عدد من العاملين في المشفى»، «آخرين»، «مدنيين». */
export interface NounPhrase {
  first: number;
  last: number;
  count: Quantity | null;
  countTokens?: readonly [number, number];
  victims: Victims | null;
  victimTokens?: readonly [number, number];
  participle?: LexMatch<'casualtyWords'>;
  others: boolean;
  /** A personal name closed by an age in brackets: «سالم أحمد (22 عاماً)». */
  aged?: true;
}

const SKIP = /* @__PURE__ */ new Set([...SKIPPABLE, ...RESUMPTIVES, ...ALSO_WORDS]);
const ON_RESUMPTIVE = /* @__PURE__ */ new Set(ON_RESUMPTIVES);
const OTHER_WORDS = /* @__PURE__ */ new Set(OTHERS);
const CAMPAIGN_WORDS = /* @__PURE__ */ new Set(CAMPAIGNS);
const ONE_OPERATION = /* @__PURE__ */ new Set(ONE_CAMPAIGN);
const AUX_WORDS = /* @__PURE__ */ new Set(PASSIVE_AUX);
const CARRY_WORDS = /* @__PURE__ */ new Set(CARRYING_OUT);
const CAMPAIGN_KINDS = /* @__PURE__ */ new Set(['detained', 'executed']);
const SOME = /* @__PURE__ */ new Set(SOME_OF);
const BODY_WORDS = /* @__PURE__ */ new Set(BODIES);
const INTRANSITIVE = /* @__PURE__ */ new Set(INTRANSITIVE_VERBS);
const TOLL = /* @__PURE__ */ new Set(TOLL_NOUNS);
const DISEASE = /* @__PURE__ */ new Set(DISEASES);
const ARREST_AIM = /* @__PURE__ */ new Set(ARREST_AIMED);
const TO = /* @__PURE__ */ new Set(TOLL_TO);
const RESULTS = /* @__PURE__ */ phraseTable(RESULT_TRIGGERS);
const RESULT_VERB = /* @__PURE__ */ new Set(RESULT_VERBS);
const KILLING = /* @__PURE__ */ phraseTable(KILLED_PHRASES);
const SEARCH = /* @__PURE__ */ phraseTable(SEARCHING);
const KILLING_FIRST_WORDS = /* @__PURE__ */ new Set(KILLED_PHRASES.map((p) => p[0]!));
const RANK = /* @__PURE__ */ phraseTable(RANKS);
const YOUNG = /* @__PURE__ */ phraseTable(TOLD_YOUNG);
const LINKS = /* @__PURE__ */ new Set(NOUN_LINKS);
const REACHING = /* @__PURE__ */ new Set(REACHING_LINKS);
const CASES = /* @__PURE__ */ new Set(CASE_NOUNS);
const INCLUDE_WORDS = /* @__PURE__ */ new Set([...INCLUDES_SOME, ...INCLUDES_MOST]);
const INCLUDE_SOME = /* @__PURE__ */ new Set(INCLUDES_SOME);
const THEIR_NUMBER = /* @__PURE__ */ new Set(THEIR_COUNT);
const COUNTED = /* @__PURE__ */ new Set(COUNTED_ONLY);
const COUNTED_TOUCHING = /* @__PURE__ */ new Set(COUNTED_NEXT);
const NEW_BY_NOUN = /* @__PURE__ */ new Set(COUNTED_OR_ONE);
const EXCEEDS = /* @__PURE__ */ new Set(TOLL_EXCEEDS);
const STATES = /* @__PURE__ */ STATE_PHRASES.map((s) => ({ phrase: s.phrase, kind: s.kind, needs: s.needs, bare: s.bare === true, adjacent: s.adjacent === true }));
const NOT_PEOPLE = /* @__PURE__ */ new Set(NOT_OF_PEOPLE);
const STATE_FIRST_WORDS = /* @__PURE__ */ new Set(STATE_PHRASES.map((s) => s.phrase[0]!));

/** The number at token `i` if it is of a kind that can count people. */
export function countingNumber(ctx: Context, i: number): DocNumber | undefined {
  const num = ctx.numberAt.get(i);
  if (!num || num.name) return undefined;
  return num.kind === 'cardinal' || num.kind === 'vague' || num.kind === 'quantifier' ? num : undefined;
}

/** One mark per token that some reading of `readings` covers. @internal */
export function tokensCovered(ctx: Context, readings: readonly Candidate[]): Uint8Array {
  const covered = new Uint8Array(ctx.n);
  for (const c of readings) covered.fill(1, c.first, c.last + 1);
  return covered;
}

/** A figure with no noun as a group of no class: «مصير العشرات مجهولا»، «وعددهم 40». */
export function bareFigure(num: DocNumber): NounPhrase {
  return { first: num.firstToken, last: num.lastToken, count: quantityOf(num), countTokens: [num.firstToken, num.lastToken], victims: null, others: false };
}

/** The quantity fields of a number mention. */
export function quantityOf(num: DocNumber): Quantity {
  const q: Quantity = {};
  if (num.value !== undefined) q.value = num.value;
  if (num.min !== undefined) q.min = num.min;
  if (num.max !== undefined) q.max = num.max;
  if (num.approximate) q.approximate = true;
  if (num.vague !== undefined) q.vague = num.vague;
  return q;
}

const DUAL = /* @__PURE__ */ new Set(['ان', 'ين', 'تان', 'تين']);
/**
 * «ـَيْن»: a fatha before the final «ي» of «ين», or a sukun, fatha or shadda on it («مدنييَن»، «عامليْن»، «فلسطينييّن»;
 * the plural's «ـِيّين» doubles the «ي» before, and its «ي» follows a kasra), diacritics after the «ن» allowed.
 */
const WRITTEN_DUAL = /(?:\u064E\u064A|(?<!\u0650)\u064A\u0651?[\u064E\u0652]|\u064A\u0651)\u0646[\u064B-\u0652]*$/u;
// «و»: the nominative plural in construct («مسلحو الحركة»).
const PLURAL = /* @__PURE__ */ new Set(['ون', 'ات', 'و']);
const PRONOUN = /* @__PURE__ */ new Set(['ها', 'هم', 'هما', 'هن', 'ه']);

/** Whether a noun carries a possessive pronoun («طاقمها»، «حراسه»، «إصاباته»). */
function possessed(m: LexMatch<'victims' | 'casualtyWords'>): boolean {
  const suffix = m.suffix;
  // A final «ه» after another ending is always «his» («إصاباته»).
  // With the article a bare final «ه» is the feminine «ة» («الأسيرة»): the article and a possessive never meet.
  // «سقوط شهيدة»: on a casualty participle a bare «ه» is the feminine ending too (a possessive there is rare).
  return (PRONOUN.has(suffix) && !((m.article || (m.type === 'casualtyWords' && (m.entry as { pos?: string }).pos === 'participle')) && suffix === 'ه')) || (suffix.length > 2 && PRONOUN.has(suffix.slice(-2))) || (suffix.length > 1 && suffix.endsWith('ه')) || (suffix.length > 3 && suffix.endsWith('هما'));
}

/** Whether the victim noun at `k` carries a possessive pronoun («أفراد عائلته»). */
function possessedAt(ctx: Context, k: number): boolean {
  const v = ctx.victimAt.get(k);
  return v !== undefined && possessed(v);
}

/**
 * The count a noun carries by its form when no figure is given: a singular is one («سقوط قتيل»), a dual two
 * («قتيلان»، «استشهاد مدنيين»: an uncounted sound plural after a casualty word reads as a dual, as a plural
 * would take «عدد من»), a broken or sound plural «some», and a noun with a possessive pronoun an unknown size
 * («طاقمها»).
 */
export function countOfForm(m: LexMatch<'victims' | 'casualtyWords'>, afterCasualtyWord = false): Quantity | null {
  const entryNumber = m.entry.number;
  const suffix = m.suffix;
  const last = suffix.slice(-2);
  // «زوجته»، «شقيقتاها»: a kinship noun with its possessive counts by its form; other nouns with one («طاقمها») do not.
  if (m.type === 'victims' && (m.entry as { role?: string }).role === 'kinship' && suffix !== '' && !DUAL.has(suffix) && !PLURAL.has(suffix)) {
    return /(تا|ا)(ه|ها|هم|هما)$/u.test(m.text) || genitiveDual(m) || entryNumber === 'dual' ? { value: 2 } : isPluralForm(m) ? { vague: 'some' } : { value: 1 };
  }
  const pronoun = possessed(m);
  if (pronoun && m.type === 'victims') return personsWithPronoun(m as LexMatch<'victims'>);
  if (pronoun) return null;
  // «ين» is a dual for nouns with a broken plural («قتيلين»، after «قتلى») and for victim nouns right after a casualty
  // word («مقتل طفلين»، «إعدام شخصين»); on a participle with a sound plural («مفقودين»، «مصابين») and on the nisbas of
  // `pluralNisba` («مقتل مدنيين») it is a plural.
  // «مدنييَن»، «عامليْن»: a fatha or sukun on the «ي» of «ين» writes the dual out. «شخصين قتلوا»: so does «ين»,
  // wherever it stands, on a victim noun whose stem takes no sound plural («شخص»، «رجل»; not nisbas: «جنديين»).
  if (suffix === 'ين' && WRITTEN_DUAL.test(m.text)) return { value: 2 };
  if (suffix === 'ين' && (m.type === 'casualtyWords' ? !m.entry.plurals?.length || pluralNisba(m) : (!afterCasualtyWord && soundPluralStem(formWords(m.form).at(-1)!)) || pluralNisba(m))) return { vague: 'some' };
  if (DUAL.has(suffix)) return { value: 2 };
  if (PLURAL.has(suffix) || PLURAL.has(last) || isPluralForm(m) || soundPluralConstruct(m)) return { vague: 'some' };
  if (entryNumber === 'dual' || headDual(m)) return { value: 2 };
  return { value: 1 };
}

/**
 * «مقتل موظفي الإغاثة»، «صيادي أسماك»، «متطوعي الهلال الأحمر»: a victim noun that takes the sound plural (participles,
 * and «فعّال» as «صيّاد») with a bare «ي» is that plural in construct before its genitive, as «صيادو» is.
 */
function soundPluralConstruct(m: LexMatch<'victims' | 'casualtyWords'>): boolean {
  if (m.type !== 'victims' || m.suffix !== 'ي' || m.article) return false;
  const base = formWords(m.form).at(-1)!;
  // Not a defective participle («محام»): its «محامي» is the singular too.
  if (/^م.ا.$/u.test(base)) return false;
  return soundPluralStem(base);
}

/**
 * «عنصران من الدفاع المدني»: a phrase of several words whose first, its head noun, is written dual (the match's
 * suffix is its last word's).
 */
function headDual(m: LexMatch<'victims' | 'casualtyWords'>): boolean {
  if (!m.form.includes(' ')) return false;
  const head = formWords(m.form)[0]!;
  let written = formWords(m.text)[0]!.slice(m.prefix.length);
  if (m.article) written = written.slice(2);
  const stem = head.endsWith('ه') ? head.slice(0, -1) + 'ت' : head;
  return written === stem + 'ان' || written === stem + 'ين';
}

/**
 * «مفقودَين»، «فلسطينيَّين»، «مواطنيْن»: the dual's «ـَيْن» written with its fatha or its sukun, the marks that tell it
 * from the plural's «ـِين» where a writer adds them (the normalized words have lost them; the original text keeps them).
 */
function vowelledDual(ctx: Context, k: number): boolean {
  return /(?:\u064E\u0651?\u064A|\u064A\u0652)\u0652?\u0646\u0650?$/u.test(spanOfTokens(ctx.doc, k, k).text);
}

/** How many words after an «-ين» noun may come before the dual pronoun that points back at it: «مفقودين ما زال مصيرهما». */
const DUAL_PRONOUN_REACH = 3;
const DUAL_AFTER = /* @__PURE__ */ new Set(DUAL_PRONOUN_WORDS);
const NOT_DUAL_PRONOUN = /* @__PURE__ */ new Set(NOT_DUAL_PRONOUNS);

/**
 * Whether the «-ين» noun ending at `k` is a dual, not a plural: written with the dual's vowels ({@link vowelledDual}), or
 * told by a dual pronoun a few words after it in its sentence, past marks («، -») — a word of {@link DUAL_PRONOUN_WORDS} or
 * any word ending in the pronoun «هما» («مقتل مقاتلين، نعاهما الحزب»، «مفقودين ما زال مصيرهما»). Another victim or
 * casualty noun first ends the search: the pronoun may be of that one.
 */
function readsDual(ctx: Context, k: number): boolean {
  if (vowelledDual(ctx, k)) return true;
  const sentence = ctx.sentenceOf[k];
  for (let j = k + 1, words = 0; j < ctx.n && words < DUAL_PRONOUN_REACH && ctx.sentenceOf[j] === sentence; j++) {
    if (ctx.doc.tokens[j]!.kind === 'punct') {
      if (ctx.bits[j]! & F.END || ctx.words[j] === '.') return false;
      continue;
    }
    const w = ctx.words[j]!;
    if (DUAL_AFTER.has(w) || (w.length > 3 && w.endsWith('هما') && !NOT_DUAL_PRONOUN.has(w))) return true;
    if (ctx.victimAt.has(j) || ctx.casualtyAt.has(j)) return false;
    words++;
  }
  return false;
}

/** «مدني» and its synonym «مواطن» (no nisba, the same plural as the dual), whose «-ين» after a casualty word is the group. */
const CIVILIAN_NISBA: ReadonlySet<string> = /* @__PURE__ */ new Set(['مدني', 'مواطن']);

/**
 * «مقتل مدنيين»، «اعتقال فلسطينيين»: «-ين» on «مدني» or on a nationality writes the sound plural as it writes the dual,
 * and real reporting means the group far more often than two (a dual pronoun after it says two: «مدنيين بينهما طفل»).
 * «مواطن», its synonym, reads so too. Other nisbas are counted persons, their «-ين» two («اغتيال قياديين»); with the
 * article any nisba, and any participle of the sound plural (`takesSoundPlural`), is the group («مقتل المدنيين»، «اعتقال
 * الصحفيين»، «بقتل المواطنين»). A counted contrast after it makes it two again ({@link contrastedDuals}). @internal
 */
export function pluralNisba(m: LexMatch<'victims' | 'casualtyWords'>): boolean {
  // «بقتل المواطنين»، «اعتقال المسعفين»: with the article a participle of the sound plural is the group too.
  const words = formWords(m.form);
  if (m.article && m.form.length > 3 && takesSoundPlural(words[words.length - 1]!)) return true;
  if (CIVILIAN_NISBA.has(m.form)) return true;
  if (!m.form.endsWith('ي') || m.form.length <= 3) return false;
  return m.article || (m.type === 'victims' && (m.entry as { role?: string }).role === 'nationality');
}

/**
 * «استشهاد مدنيين، وجرح ثمانية آخرين»: an uncounted «مدنيين» read as a plural, followed in its sentence by «آخرين» with
 * an exact figure, is the dual — a writer who counts the others would have counted a plural too (the corpus convention).
 * @internal
 */
export function contrastedDuals(ctx: Context, candidates: Candidate[]): void {
  for (let k = 0; k + 1 < candidates.length; k++) {
    const c = candidates[k]!;
    const next = candidates[k + 1]!;
    if (c.countTokens || c.count?.vague !== 'some' || !c.victimTokens || !next.others || next.count?.value === undefined) continue;
    const v = ctx.victimAt.get(c.victimTokens[0]);
    if (v && v.suffix === 'ين' && !v.article && pluralNisba(v) && ctx.sentenceOf[next.first] === ctx.sentenceOf[c.first]) candidates[k] = { ...c, count: { value: 2 } };
  }
}

const COLLECTIVES = /* @__PURE__ */ new Set(['families', 'crew']);
const GROUP_NOUNS = /* @__PURE__ */ new Set(COLLECTIVE_NOUNS);

/**
 * A victim noun with a possessive pronoun: a crew or a family of unknown size («طاقمها»، «عائلته»: null), a plural
 * «some» («أطفالها»), a nominative dual two («وطفلاها»), a singular one («طفلها»). A feminine «رضيعة» is read here too,
 * as its ة and «his» ه are one letter once normalized.
 */
function personsWithPronoun(m: LexMatch<'victims'>): Quantity | null {
  // «طاقمها»، «عائلته» are groups; «سائقه», of the crew class, is one person.
  if (COLLECTIVES.has(victimClass(m)) && GROUP_NOUNS.has(formWords(m.form)[0]!)) return null;
  // «طفليها»: a genitive dual in construct, on a noun whose «ي» + pronoun is no plural.
  if (genitiveDual(m)) return { value: 2 };
  // «موظفيها»، «مقاتلوه»: a sound plural in construct with its pronoun.
  if (isPluralForm(m) || /^[يو](ه|ها|هم|هما|هن)$/u.test(m.suffix)) return { vague: 'some' };
  // «طفلاها»، «سيدتاها»، «طفلتيه»: a dual in construct with its pronoun.
  if (/^(ا|تا|تي)(ه|ها|هم|هما|هن)$/u.test(m.suffix)) return { value: 2 };
  // «طفلته»، «طفلتها»: a singular in ة keeps its «ت» before a pronoun.
  return PRONOUN.has(m.suffix) || /^ت(ه|ها|هم|هما|هن)$/u.test(m.suffix) ? { value: 1 } : null;
}

/**
 * «طفليها»، «طاقميهما»: «ي» + her/their on a noun that takes no sound plural (`takesSoundPlural`; on one that does it is
 * the plural's construct) — the genitive dual (the lexicon forms make no «يه», a nisba in ة).
 */
function genitiveDual(m: LexMatch<'victims' | 'casualtyWords'>): boolean {
  if (!/^ي(ها|هم|هما|هن)$/u.test(m.suffix) || isPluralForm(m)) return false;
  const words = formWords(m.form);
  return !takesSoundPlural(words[words.length - 1]!);
}

/** True when the matched form is plural by the lexicon: a listed broken plural, or an all-plural entry. */
export function isPluralForm(m: LexMatch<'victims' | 'casualtyWords'>): boolean {
  return m.entry.number === 'plural' || (m.entry.plurals?.includes(m.form) ?? false);
}

const FOLLOWERS = /* @__PURE__ */ new Set(COUNT_FOLLOWERS);
const LEAVES = /* @__PURE__ */ new Set(LEAVING);
const TIME_NOUNS = /* @__PURE__ */ new Set(TIME_OF_FIGURE);
// An indefinite feminine adjective after a plural verbal noun: «ميدانية»، «جماعية»، «تعسفية».
const ADJECTIVE_OF_EVENTS = /^(?!ال)[^\s]{3,}ه$/u;
const FIELD = /* @__PURE__ */ new Set(FIELD_EXECUTION);

// A bare count («وأصيب العشرات») must end its phrase: a noun after it is what it counts («قضى 5 سنوات»), unless it
// is a function word, carries a preposition or conjunction («أصيب 5 بجروح»، «قتل 3 وأصيب 7») or is a present verb of
// theirs in the plural («وأصيب 21 يتلقون العلاج»; a victim noun such as «يمنيون» is read before this).
function endsCount(ctx: Context, j: number): boolean {
  const t = ctx.doc.tokens[j];
  if (!t || t.kind !== 'word') return true;
  // A headline's figure ends its line: «… إلى 27» then «تاريخ النشر» (not a figure alone on its line, a page's count).
  const num = ctx.numberEndingAt.get(j - 1)?.num;
  if (num && ctx.sentenceOf[j] !== ctx.sentenceOf[j - 1] && ctx.sentenceOf[num.firstToken - 1] === ctx.sentenceOf[num.firstToken]) return true;
  // A time word («الجمعة»، «فجر») as after a figure with its noun; a «و» written apart before the next casualty word
  // («قتل 5 و جرح 7»).
  if (FOLLOWERS.has(t.text) || ctx.bits[j]! & F.TIME || (t.text === 'و' && ctx.casualtyAt.has(j + 1))) return true;
  return (/^[وفبل]/u.test(t.text) && t.text.length > 3) || (PRESENT_PLURAL.test(t.text) && !ctx.casualtyAt.has(j) && !ctx.numberAt.has(j));
}

/** «إثرها» or the «على» of «على إثرها» at `k`: it points back to the event, between a verb and its victims. @internal */
export function resumptiveAt(ctx: Context, k: number): boolean {
  return ON_RESUMPTIVE.has(ctx.words[k] ?? '') || (ctx.words[k] === 'علي' && ON_RESUMPTIVE.has(ctx.words[k + 1] ?? ''));
}

/** Reads a counted noun phrase starting at token `i`. @internal */
export function readNounPhrase(ctx: Context, i: number, allowBare = true, afterCasualtyWord = allowBare, coordinated = true): NounPhrase | null {
  let j = i;
  let skipped = 0;
  while (skipped < 2 && ctx.words[j] !== undefined && (SKIP.has(ctx.words[j]!) || resumptiveAt(ctx, j))) {
    j++;
    skipped++;
  }
  // «اعتقلت قوات الاحتلال كلا من سامر عودة ونادر خليل»: «each of» and the persons it lists, wherever an object stands.
  const listed = eachOfNames(ctx, j);
  if (listed) return listed;
  // «خلية إرهابية تضم 26 عنصراً»: a body told by its members is they.
  if (ctx.cues[j]! & CUE_CELL) {
    const members = cellMembers(ctx, j);
    if (members) return members;
  }
  // «أصيب /4/ أطفال»، «(9) أطفال»: a figure between slashes or brackets.
  const enclosed = enclosedFigure(ctx, j);
  if (enclosed) j++;
  const start = j;
  let count: Quantity | null = null;
  let countTokens: readonly [number, number] | undefined;
  let othersInCount = false;
  const num = countingNumber(ctx, j);
  let partitive = false;
  let quoted = false;
  if (num) {
    count = quantityOf(num);
    countTokens = [j, num.lastToken];
    for (let k = num.firstToken; k <= num.lastToken; k++) if (OTHER_WORDS.has(ctx.words[k]!) || ctx.words[k] === 'اخر') othersInCount = true;
    // Read from the figure itself («لقي (25) شخصا حتفهم», the group keyed at «25») or from a qualifier before its bracket
    // («نحو (10) أشخاص»), the closing mark is stepped over too.
    j = num.lastToken + 1 + (enclosed || enclosedFigure(ctx, num.firstToken - 1) ? 1 : 0);
    // «قتل 100 تقريباً من عناصر التنظيم»: a bound after the figure stands before its «من».
    if (ctx.words[j] === 'تقريبا' && ctx.words[j + 1] === 'من') j++;
    partitive = ctx.words[j] === 'من';
    if (partitive) j++;
    // «عددا من قوات النظام»: a quantifier that ends in «من» is partitive too, before a side (digits write it apart).
    else if (ctx.words[num.lastToken] === 'من' && (ctx.actorsAt.has(j) || ctx.actorNounAt.has(j))) partitive = true;
    // «اعتقال ثلاثة «متشددين»»، «قتل 5 "إرهابيين"»: a counted noun in quotes, a label the writer keeps at arm's length.
    else if (quotedNoun(ctx, j)) {
      j++;
      quoted = true;
    }
    // «أحد كبار القادة»، «ثلاثة من أبرز قادة الحركة»: a word of rank before the group counted.
    if (FOREMOST_WORDS.has(ctx.words[j] ?? '') && ctx.victimAt.has(j + 1)) j++;
  }
  // «بعض المسؤولين»: «some of» before a definite victim noun — by its article or its possessive («بعض حراسه») — or one
  // in construct with a definite genitive («بعض عناصر الجيش»، «بعض أفراد عائلته»، «بعض نواب برلمان الولاية»).
  const someOf = ctx.victimAt.get(j + 1);
  const definiteAt = (k: number) => ctx.words[k]?.startsWith('ال') === true;
  const some = !num && SOME.has(ctx.words[j] ?? '') && someOf !== undefined && (someOf.article || definiteAt(someOf.lastToken) || possessed(someOf) ||
    (someOf.prefix === '' && (definiteAt(someOf.lastToken + 1) || possessedAt(ctx, someOf.lastToken + 1) || (plainWord(ctx, someOf.lastToken + 1) && definiteAt(someOf.lastToken + 2)))));
  if (some) {
    count = { vague: 'some' };
    countTokens = [j, j];
    j++;
  }
  // Every field from the start, in one order: the rules read noun phrases by the dozen, and phrases of one shape keep
  // those reads monomorphic (fields set later in varying order gave them some twenty shapes).
  const np: NounPhrase = { first: start, last: j - 1, count, countTokens: undefined, victims: null, victimTokens: undefined, participle: undefined, others: othersInCount, aged: undefined };
  let named = -1;
  if (countTokens) np.countTokens = countTokens;
  const participleAt = ctx.casualtyAt.get(j);
  const participle = participleAt?.entry.pos === 'participle' && !(num && !countableByFigure(participleAt, num)) ? participleAt : undefined;
  const victimAt = ctx.victimAt.get(j);
  // A singular nationality («السوري»، «سوريا») is an adjective or the country unless counted or right after a casualty word.
  // After «أن» an accusative one is the subject of what follows: «إن فلسطينياً أصيب».
  const subject = victimAt !== undefined && j === start && victimAt.suffix === 'ا' && !victimAt.article && victimAt.prefix === '' && COMPLEMENTIZERS.has(ctx.words[start - 1] ?? '');
  // «وكورياً واحداً»: «واحد» after it counts it as one person.
  const one = victimAt !== undefined && /^واحد/u.test(ctx.words[victimAt.lastToken + 1] ?? '') && countingNumber(ctx, victimAt.lastToken + 1)?.value === 1;
  const adjective = victimAt?.entry.role === 'nationality' && !num && !afterCasualtyWord && !subject && !one && countOfForm(victimAt)?.value === 1;
  // «الحوثيون» is the side and «قيادي حوثي» an adjective: a member's demonym is victims only counted, indefinite and
  // dual or plural, or right after a casualty word («40 حوثيا»، «ثلاثة من الحوثيين»، «حوثيين»، «اعتقال داعشي»).
  const side = victimAt?.entry.role === 'member' && !num && (victimAt.article || (!afterCasualtyWord && countOfForm(victimAt)?.value === 1));
  const victim = victimAt && !adjective && !side && !(participle && participle.suffix === '' && victimAt.suffix !== '') ? victimAt : undefined;
  if (victim) {
    np.victims = victimClass(victim);
    np.victimTokens = [victim.firstToken, victim.lastToken];
    if (!num && !some) np.count = countOfForm(victim, afterCasualtyWord && j === start);
    if (!num && !some && np.count?.value === 2 && myKin(ctx, victim)) np.count = { value: 1 };
    // «مدنيين أغلبهم أطفال»، «مدنيين -بينهم نساء-»: a plural pronoun after «-ين» makes it a plural, not two.
    if (!num && !some && victim.suffix === 'ين' && np.count?.value === 2 && pluralSubgroupAfter(ctx, victim.lastToken + 1)) np.count = { vague: 'some' };
    // «مدنيين بينهما طفل»، «مدنيين، بينهما طفل»، «فلسطينيَّين»: a dual pronoun after «-ين» read as a plural (past its
    // comma too, as the plural's «بينهم»), or a fatha before its ي, makes it two.
    else if (!num && !some && ctx.words[victim.lastToken]!.endsWith('ين') && np.count?.vague === 'some' && readsDual(ctx, victim.lastToken)) np.count = { value: 2 };
    j = victim.lastToken + 1 + (quoted ? 1 : 0);
    // «صحفيين اثنين»، «أطفال ثلاثة»: a small figure may follow the noun.
    // Only after an indefinite noun and in words: «العسكري ٦ شبان» is an adjective, then another group.
    // A name of several words («فرق الإنقاذ») is definite by its genitive: a figure after it counts the next group.
    const after = num || victim.article || victim.lastToken > victim.firstToken ? undefined : countingNumber(ctx, j);
    // A figure joined by «و» is the next group («رجل واثنان من أشقائه»); «واحد» begins with its own و.
    // «عائلات عشرات المدنيين»: a vague figure after a noun counts the next group, not this one.
    // «خطف مسلحون أربعة عمال»: a figure with a noun after it counts that noun, the object of the subject before.
    if (after && after.vague === undefined && (after.value ?? after.min ?? 11) <= 10 && (!after.qualifier || after.min !== undefined) && !/^[0-9٠-٩]/u.test(ctx.words[j]!) && !(ctx.bits[j]! & F.AND && !after.text.startsWith('و')) && !countedNext(ctx, after.lastToken + 1)) {
      np.count = quantityOf(after);
      np.countTokens = [j, after.lastToken];
      j = after.lastToken + 1;
    }
    // «المصريين السبعة»، «الرجال الثلاثة»: a definite figure after a definite noun is its adjective and counts it. The
    // group stays one already told (no count evidence), so that a restatement of it is still recognised.
    // A noun with a possessive pronoun is definite too: «إخوتها الثلاثة»، «أبناؤه الـ4».
    const definite = !num && (victim.article || KIN_PRONOUN.test(victim.suffix)) ? definiteFigure(ctx, j, np.count) : undefined;
    if (definite) {
      np.count = quantityOf(definite);
      j = definite.lastToken + 1;
    }
    // «8 من أسرة واحدة»: a figure of a family counts its members.
    if (partitive && victimClass(victim) === 'families') np.victims = 'people';
    // «ثلاثة من القيادات والأعضاء»: a figure of groups joined by «و» counts them all, of mixed class.
    // «205 من الأطباء والممرضين والمسعفين»: as many as are joined.
    for (let joined = partitive && victim.article ? ctx.victimAt.get(j) : undefined; joined?.prefix === 'و' && joined.article && !joined.entry.role && victimClass(joined) !== 'families'; joined = ctx.victimAt.get(j)) {
      np.victims = mixedClass(np.victims, victimClass(joined));
      j = joined.lastToken + 1;
    }
    // «أسرة كاملة مكونة من 7 أشخاص»، «عائلة من 4 أشخاص»: a family told by its members counts them.
    const members = !num && victimClass(victim) === 'families' ? membersOf(ctx, j, victim.article) : null;
    if (members) {
      np.count = members.count;
      np.countTokens = members.countTokens!;
      np.victims = members.victims;
      j = members.last + 1;
    }
    // «الناشط المدني»، «موظفين مدنيين»: the civilians' adjective after a person of a role makes a civilian of him.
    const civil = np.victims === 'people' ? ctx.victimAt.get(j) : undefined;
    if (civil?.id === CIVILIAN && civil.prefix === '' && civil.article === victim.article && /^(ال)?مدني/u.test(ctx.words[j]!)) {
      np.victims = 'civilians';
      j = civil.lastToken + 1;
    }
    // «رضيعة فلسطينية تبلغ من العمر 8 أشهر ووالدتها»: an age belongs to the group (after a nationality adjective),
    // and what is joined after it.
    // «امرأة إسرائيلية وابنها»: the adjective belongs to the group, and what is joined after it too.
    const nationality = ctx.victimAt.get(j);
    const adjective = nationality?.entry.role === 'nationality' && nationality.prefix === '' && nationality.article === victim.article ? nationality.lastToken + 1 : j;
    const age = ageAfter(ctx, adjective);
    if (age >= 0 && np.victims === 'people' && childAge(ctx, adjective, age)) np.victims = 'children';
    if (age >= 0) j = age + 1;
    // «3 شقيقات صغار»، «ثلاث شقيقات في سن الطفولة»: persons told young are children.
    const young = age < 0 && np.victims === 'people' ? phraseAt(ctx, j, YOUNG) : 0;
    if (young) {
      np.victims = 'children';
      j += young;
    }
    // «شقيقته مريم سامر (5 سنوات)»: a kinship noun, then the relative's name closed by an age, is one person.
    const kinName = age < 0 && kinHasPronoun(ctx, victim) ? namedPersonEnd(ctx, j) : -1;
    if (kinName >= 0 && ctx.words[kinName] === ')') {
      if (np.victims === 'people' && childAge(ctx, j, kinName)) np.victims = 'children';
      // Aged like a name, it goes on a list of aged persons: «فلان (48 عاماً)، وشقيقه فلان (40 عاماً)، وفلان».
      np.aged = true;
      j = kinName + 1;
    }
    else if (adjective > j && ctx.bits[adjective]! & F.AND) j = adjective;
    // «ضابط برتبة نقيب وجندي»: the rank after «برتبة» is part of the group.
    const rank = rankAfter(ctx, j);
    if (rank >= 0) j = rank + 1;
  } else if (participle) {
    np.participle = participle;
    np.victims = 'unspecified';
    if (!num) np.count = participle.suffix === 'ين' && readsDual(ctx, participle.lastToken) ? { value: 2 } : countOfForm(participle);
    j = participle.lastToken + 1;
    // «المعتقلين الثلاثة»، «الأسرى الخمسة»: as after a definite victim noun.
    const definite = !num && participle.article ? definiteFigure(ctx, j, np.count) : undefined;
    if (definite) {
      np.count = quantityOf(definite);
      j = definite.lastToken + 1;
    }
  } else if (ctx.words[j] !== undefined && (OTHER_WORDS.has(ctx.words[j]!) || (!num && ctx.words[j] === 'اخر') || (!num && afterCasualtyWord && j === start && (THE_OTHER.has(ctx.words[j]!) || THE_OTHER_TWO.has(ctx.words[j]!))))) {
    // «وأصيب الآخر»، «وقتل الآخران»: right after a casualty word, «the other» is one more of the class named before.
    np.others = true;
    // «وأصيب آخران»: the nominative dual is two.
    if (!num) np.count = ctx.words[j] === 'اخر' || THE_OTHER.has(ctx.words[j]!) ? { value: 1 } : OTHER_TWO.has(ctx.words[j]!) || THE_OTHER_TWO.has(ctx.words[j]!) ? { value: 2 } : { vague: 'some' };
    j++;
  } else if (!num && ctx.bits[j]! & F.ORDINAL && ctx.words[j]!.length > 2) {
    // «وأصيب ثالث»: an ordinal is one more of the class named before.
    np.others = true;
    np.count = { value: 1 };
    j++;
  } else if (!num && (ONE.has(ctx.words[j] ?? '') || (ctx.bits[j]! & F.AND && ONE.has(ctx.words[j]!.slice(1))))) {
    // «أحد أحفادها»، «إحداهن»: one of a group, named after it or before.
    const of = ctx.victimAt.get(j + 1);
    np.count = { value: 1 };
    np.countTokens = [j, j];
    if (of) {
      np.victims = victimClass(of);
      np.victimTokens = [of.firstToken, of.lastToken];
      j = of.lastToken + 1;
    } else if (/ه(م|ما|ن)$|اهي$/u.test(ctx.words[j]!)) {
      np.others = true;
      j++;
    } else return null;
  } else if (!num && afterCasualtyWord && j === start && (named = namedPersonEnd(ctx, j)) >= 0) {
    // «استشهد محمد عبد الله (23 عاما)»، «أودى بحياة موسى الفحل وزوجته»: a named person is one, of no class.
    np.count = { value: 1 };
    np.victims = 'people';
    j = named + 1;
    // «(19 عاماً) من سكان قرية خشمة»: where a person aged in brackets is from says no class, and ends the person.
    if (ctx.words[named] === ')') {
      np.aged = true;
      if (childAge(ctx, start, named)) np.victims = 'children';
      const origin = originEnd(ctx, j);
      if (origin >= 0) j = origin + 1;
    }
  } else if (!num || !allowBare || !(partitive || endsCount(ctx, j)) || TIME_NOUNS.has(ctx.words[num.firstToken - 1] ?? '')) return null;
  else if (elidedInList(ctx, i, num, partitive, j)) np.others = true;
  // «اثنان من الشرطة»، «خمسة من الأمن العراقي»: a figure of a state force's body counts its members.
  const body = partitive && np.victims === null && !np.others ? forceBodyEnd(ctx, j) : -1;
  if (body >= 0) {
    np.victims = 'soldiers';
    np.victimTokens = [j, body];
    j = body + 1;
  }
  // «من العاملين في المشفى»، «في صفوف المدنيين»: a victim class after the head refines a generic one.
  const rank = body < 0 ? phraseAt(ctx, j, RANK) : 0;
  if (rank) {
    const refined = ctx.victimAt.get(j + rank) ?? ctx.victimAt.get(j + rank - 1);
    const collective = refined !== undefined && (victimClass(refined) === 'families' || victimClass(refined) === 'crew');
    // «132 عنصراً من الكوادر الطبية»: a noun of membership takes the class of the body it is of.
    const member = MEMBER_HEADS.has(ctx.victimAt.get(np.victimTokens?.[0] ?? -1)?.id ?? '');
    const generic = np.victims === null || np.victims === 'unspecified' || np.victims === 'people' || np.others || member;
    // «3 عناصر من الشرطة»، «5 في صفوف الجيش»; «بين الجيش والمعارضة» names two sides, not one body.
    const forces = generic && !refined && ctx.words[j] !== 'بين' ? forceBodyEnd(ctx, j + rank) : -1;
    if (forces >= 0) {
      np.victims = 'soldiers';
      np.victimTokens = [j + rank, forces];
      np.others = false;
      j = forces + 1;
    } else if (refined && !collective && refined.firstToken >= j && generic) {
      np.victims = victimClass(refined);
      np.victimTokens = [refined.firstToken, refined.lastToken];
      np.others = false;
      j = refined.lastToken + 1;
      // «عشرات الأشخاص من المدنيين والمقاتلين»: groups of mixed class joined there are people, or civilians.
      const more = joinedGroup(ctx, refined);
      if (more) {
        np.victims = mixedClass(np.victims, victimClass(more));
        j = more.lastToken + 1;
      }
    }
  }
  np.last = j - 1;
  // «3 آخرين وجنديين»: others joined to a named group become one group of mixed class.
  if (coordinated && (np.victims !== null || (np.others && np.countTokens)) && !np.participle) coordinate(ctx, np, afterCasualtyWord);
  const bounded = atLeastAfter(ctx, np);
  return coordinated && bounded !== np && np.victims !== null ? joinedPastAtLeast(ctx, bounded, afterCasualtyWord) : bounded;
}

/**
 * «15 سجيناً على الأقل وأربعة حراس» → at least 19: a group bounded by «على الأقل» may still have a group joined to it
 * by «و»; their sum is the bound.
 */
function joinedPastAtLeast(ctx: Context, np: NounPhrase, afterCasualtyWord: boolean): NounPhrase {
  const min = np.count?.min;
  if (min === undefined || !(ctx.bits[np.last + 1]! & F.AND)) return np;
  const joined: NounPhrase = { ...np, count: { value: min } };
  coordinate(ctx, joined, afterCasualtyWord);
  return joined.last > np.last && joined.count?.value !== undefined ? { ...joined, count: { min: joined.count.value } } : np;
}

const FORCE_BODY = /* @__PURE__ */ phraseTable(FORCE_BODIES);

/**
 * Last token of a state force's body at `k` («الشرطة»، «الأمن العراقي»، «قوات الأمن»، «شرطة المرور»), -1 if none.
 * One nationality adjective may follow it; any other definite word names another body («الجيش الحر»، «الجيش الوطني»).
 */
function forceBodyEnd(ctx: Context, k: number): number {
  const length = phraseAt(ctx, k, FORCE_BODY);
  if (!length || ctx.bits[k]! & F.AND) return -1;
  let end = k + length - 1;
  // «شرطة المرور»، «شرطة النجدة»: a body without the article is in construct with the definite word after it.
  if (length === 1 && !ctx.words[k]!.startsWith('ال') && ctx.words[end + 1]?.startsWith('ال')) end++;
  const nationality = ctx.victimAt.get(end + 1);
  if (nationality?.entry.role === 'nationality' && nationality.article && nationality.prefix === '') end = nationality.lastToken;
  return ctx.words[end + 1]?.startsWith('ال') ? -1 : end;
}

/** A victim noun or a casualty noun at `k`, which a figure before it counts. */
function countedNext(ctx: Context, k: number): boolean {
  return ctx.victimAt.get(k)?.prefix === '' || (ctx.casualtyAt.get(k)?.entry.pos === 'participle' && ctx.casualtyAt.get(k)!.prefix === '');
}

/**
 * «إصابة 10 مدنيين ومقتل اثنين»، «قتل 4 عناصر من قوات النظام وأصيب 3»: a bare figure right after a casualty word that
 * «و» joins to the statement before leaves its noun out — it is that statement's noun, and its victims that class (as
 * «آخرين» are). A vague figure («وأصيب العشرات») names no noun it leaves out, and a figure with its own side («و3 من
 * الشرطة»، «و5 في صفوف الجيش») names its class.
 */
function elidedInList(ctx: Context, i: number, num: DocNumber, partitive: boolean, next: number): boolean {
  if (partitive || num.vague !== undefined || ctx.bits[next]! & F.OF) return false;
  const trigger = ctx.casualtyEndingAt.get(i - 1);
  return trigger !== undefined && trigger.prefix === 'و' && trigger.entry.pos !== 'participle';
}

const AGES = /* @__PURE__ */ new Set(AGE_WORDS);
/** The most words of where a named person is from: «من سكان قرية تل الصفا». */
const MAX_ORIGIN_WORDS = 5;

/**
 * «من سكان قرية الصفا»، «من حي الشهداء»: the last token of a «من» phrase of origin at `k` — words with no casualty
 * word or figure but a definite one, up to a comma, a «و» or the end of the sentence — -1 if none.
 */
function originEnd(ctx: Context, k: number): number {
  if (ctx.words[k] !== 'من') return -1;
  const sentence = ctx.sentenceOf[k];
  let e = k + 1;
  for (; e <= k + MAX_ORIGIN_WORDS && e < ctx.n && ctx.sentenceOf[e] === sentence; e++) {
    if (ctx.bits[e]! & (F.COMMA | F.AND | F.END)) break;
    // A definite casualty noun may be part of a place's name: «حي الشهداء».
    if (ctx.doc.tokens[e]!.kind !== 'word' || ctx.casualtyAt.get(e)?.article === false || ctx.numberAt.has(e) || ctx.bits[e]! & (F.RELATIVE | F.OPENER | F.INCLUDES)) return -1;
  }
  return e > k + 1 && (e >= ctx.n || ctx.sentenceOf[e] !== sentence || ctx.bits[e]! & (F.COMMA | F.AND | F.END)) ? e - 1 : -1;
}

/** The most words a personal name may take before its age or a kinship noun: «المنتصر بالله محمود قاسم عبد الله». */
const MAX_NAME_WORDS = 6;

/**
 * Last token of a personal name at `i` that a casualty word takes as its victim, -1 if none: a run of plain words (no
 * lexicon match, number or punctuation), closed by an age in brackets («(23 عاماً)», included) or by a kinship noun
 * with a pronoun joined by «و» («موسى الفحل وزوجته»، «أم واثنان من أبنائها», excluded: coordination reads it). Names share words with
 * function words («عند»): they may stand inside a name closed by an age, never first — save «علي» ({@link aliName}); a
 * class of people ({@link classForm}) opens none.
 */
function namedPersonEnd(ctx: Context, i: number): number {
  let functionWord = false;
  for (let k = i; k <= i + MAX_NAME_WORDS && k < ctx.n; k++) {
    if (k > i && ctx.words[k] === '(') return bracketedAgeEnd(ctx, k);
    if (k > i && ctx.bits[k]! & F.AND && !functionWord) {
      // «وزوجته»، «واثنان من أبنائها»: a kinship noun whose pronoun points back to the person. Read with no name
      // reading of its own, so that a run of names stays linear.
      const second = ctx.victimAt.has(k) || ctx.numberAt.has(k) || ctx.words[k] === 'و' ? readNounPhrase(ctx, ctx.words[k] === 'و' ? k + 1 : k, false, false, false) : null;
      const kin = second?.victimTokens ? ctx.victimAt.get(second.victimTokens[0]) : undefined;
      if (second) return kin !== undefined && kinHasPronoun(ctx, kin) ? k - 1 : -1;
    }
    // A family name may be a nationality adjective («خالد المصري»).
    const surname = k > i && ctx.victimAt.get(k)?.entry.role === 'nationality' && ctx.victimAt.get(k)!.article;
    if (!surname && !plainWord(ctx, k)) return -1;
    // «المنتصر بالله …»: a name closed by an age may open with the article.
    if (k === i && classForm(ctx, k)) return -1;
    if ((FOLLOWERS.has(ctx.words[k]!) || SKIP.has(ctx.words[k]!)) && !(k === i && aliName(ctx, k))) {
      if (k === i) return -1;
      functionWord = true;
    }
  }
  return -1;
}

const EACH = /* @__PURE__ */ new Set(EACH_OF);
const LIST_OPENING = /* @__PURE__ */ new Set(LIST_OPENERS);
// «، أثناء اعتراضهم»: an adjunct of the verb after the list ends it.
const NOT_IN_NAMES = /* @__PURE__ */ new Set([...PREPOSITION_WORDS, ...DEMONSTRATIVES, ...CLAUSE_LINKS, ...VERB_ADJUNCTS, ...NEGATION]);
const PREPOSITIONS = /* @__PURE__ */ new Set(PREPOSITION_WORDS);
/** The most persons a «كلا من» list counts, and the most words of each. */
const MAX_LISTED = 12;
const LISTED_NAME_WORDS = 4;

/**
 * «اعتقلت كلاً من: أيسر وأمجد تركي العطيش، وحافظ الزيدان»، «أعدموا كلاً من الشبان: "حمود الحمود، أحمد مردود"»: «each
 * of», an optional class and colon, then personal names joined by «و» or commas, one person each (ages in brackets and
 * quotes stepped over); null if no name follows.
 */
function eachOfNames(ctx: Context, i: number): NounPhrase | null {
  // «خطفت «كل من فلان وفلان»»: a quoted list opens with its quote.
  const q = ctx.bits[i]! & F.QUOTE && EACH.has(ctx.words[i + 1] ?? '') ? 1 : 0;
  if (!EACH.has(ctx.words[i + q] ?? '') || ctx.words[i + q + 1] !== 'من') return null;
  let k = i + q + 2;
  const skip = () => {
    while (k < ctx.n && (ctx.bits[k]! & F.QUOTE || LIST_OPENING.has(ctx.words[k]!))) k++;
  };
  skip();
  const cls = ctx.victimAt.get(k);
  if (cls?.article && cls.prefix === '') k = cls.lastToken + 1;
  skip();
  let count = 0;
  let last = -1;
  // «فلان وأولاده، وفلان»: a group of no size in the list leaves its count a minimum.
  let open = false;
  while (count < MAX_LISTED && k < ctx.n) {
    // «و“فلان”»: a «و» written apart before a quoted name.
    if (ctx.words[k] === 'و' && ctx.bits[k + 1]! & F.QUOTE && (k += 2) >= ctx.n) break;
    const first = withoutAnd(ctx, k);
    // «وزوجته»، «والطفل فلان»: a victim noun in the list is a group of its own count.
    const joined = count > 0 && ctx.victimAt.has(k) ? readNounPhrase(ctx, k, false, true, false) : null;
    if (joined && joined.count?.value === undefined && separated(ctx, joined.last + 1)) {
      open = true;
      k = joined.last + 1;
      if (ctx.bits[k]! & F.COMMA) k++;
      continue;
    }
    if (joined) {
      if (joined.count?.value === undefined) break;
      count += joined.count.value;
      last = Math.max(joined.last, titledPersonEnd(ctx, joined));
      // «كل من فلانة (40 عاماً)، وابنتها فلانة (17 عاماً) وطفلاها …»: the list goes on past one person; the names after a
      // group of two or more may be its own («وطفلاها فادي وعبد الله»), so it ends there.
      if (joined.count.value !== 1) break;
      k = last + 1;
      if (ctx.bits[k]! & F.COMMA) k++;
      if (k >= ctx.n || !(ctx.bits[k]! & F.AND)) break;
      continue;
    }
    // «، ومن ثم داهمت»، «، وفي البلدة»: a preposition after «و» ends the list too (a short word carries no F.AND).
    const bare = first.startsWith('و') ? first.slice(1) : first;
    if ((NOT_IN_NAMES.has(first) || NOT_IN_NAMES.has(bare)) && bare !== 'علي') break;
    let e = k;
    // A preposition, demonstrative or link past the first word ends the name («كل من أحمد ومحمد في القصف»), save
    // «علي» as a name («محمد علي حسن»).
    // The word after «أبو/بن» is a name whatever else it reads as: «ياسر أبو شباب».
    while (e < k + LISTED_NAME_WORDS && e < ctx.n && (plainWord(ctx, e) || (e === k && (first === 'علي' || placeAsName(ctx, e))) || (e > k && nounSurname(ctx, e)) || (e > k && SON_OF.has(ctx.words[e - 1]!) && ctx.doc.tokens[e]!.kind === 'word')) && !(e > k && (ctx.bits[e]! & F.AND || (NOT_IN_NAMES.has(ctx.words[e]!) && !aliName(ctx, e) && !aliInName(ctx, e))))) e++;
    if (e === k) break;
    // «“فلانة الفلاني” (8 أعوام) و“فلان”»: a name in quotes of its own closes them (a quote that closes a list of
    // names, «"فلان، فلان وفلان"», opened before the list's first name).
    if (ctx.bits[e]! & F.QUOTE && ctx.bits[k - 1]! & F.QUOTE) e++;
    if (ctx.words[e] === '(') {
      const close = ageAfter(ctx, e);
      if (close < 0) break;
      e = close + 1;
    }
    count++;
    last = e - 1;
    k = e;
    const origin = originAfter(ctx, k);
    if (origin > k) last = (k = origin) - 1;
    // A closing quote ends a quoted list: «"فلان، فلان وفلان"، ثم انسحبوا».
    if (ctx.bits[k]! & F.QUOTE && count > 1) break;
    skip();
    if (ctx.bits[k]! & F.COMMA) k++;
    skip();
    if (k >= ctx.n || ctx.bits[k]! & F.END || (!(ctx.bits[k]! & F.AND) && !(ctx.bits[k - 1]! & F.COMMA))) break;
  }
  // «each of» lists two at least: «بإعدام كل من يتعاون مع…» is "whoever", no list.
  return count > 1 ? { first: i, last, count: open ? { min: count } : { value: count }, countTokens: [i + q, i + q + 1], victims: 'people', others: false } : null;
}

const SON_OF = /* @__PURE__ */ new Set(KUNYA_WORDS);

/**
 * «فارس الخطيب»، «محمد الحداد»: a definite victim noun last in a listed name (a break, «و» or a quote after it) is a
 * family name, not the person's office.
 */
function nounSurname(ctx: Context, e: number): boolean {
  const v = ctx.victimAt.get(e);
  return v !== undefined && v.article && v.prefix === '' && v.lastToken === e && (e + 1 >= ctx.n || (ctx.bits[e + 1]! & (F.AND | F.COMMA | F.QUOTE | F.END)) !== 0);
}

/**
 * «فلان من مخيم بلاطة، وفلان من "طوباس"»: a listed person's origin — «من» and a place (a place noun, a gazetteer place
 * or a quoted name) up to the next comma or the end — belongs to the name. The token after it, or `k` if none.
 */
function originAfter(ctx: Context, k: number): number {
  if (ctx.words[k] !== 'من') return k;
  let place = false;
  let e = k + 1;
  for (; e < ctx.n && e <= k + ORIGIN_WORDS && !(ctx.bits[e]! & (F.COMMA | F.END)); e++) {
    if (PLACE_HEADS.has(ctx.words[e]!) || ctx.placeAt.has(e) || ctx.bits[e]! & F.QUOTE) place = true;
    else if (!plainWord(ctx, e)) return k;
  }
  return place && (e >= ctx.n || ctx.bits[e]! & (F.COMMA | F.END)) ? e : k;
}
/** The most tokens of a listed person's origin after «من» («مخيم "الجلزون"» is four with its quotes). */
const ORIGIN_WORDS = 5;

/** Whether the list goes on at `k`: a comma, then a name with «و» («، وفلان»). */
function separated(ctx: Context, k: number): boolean {
  return (ctx.bits[k]! & F.COMMA) !== 0 && (ctx.bits[k + 1]! & F.AND) !== 0 && ctx.sentenceOf[k + 1] === ctx.sentenceOf[k];
}

/** The most words of a name after a title: «الناشط المدني رحيم ساجت». */
const MAX_TITLED_NAME = 4;
/** The most definite adjectives between a title and its name: «الأسير المحرر بسام السعدي». */
const MAX_TITLE_ADJECTIVES = 2;

/**
 * A definite singular victim noun used as a title before a personal name («الطبيب محمد ياسين»، «الشاب رفيق مفارجة»،
 * «الناشط المدني رحيم ساجت»): the group's last token extended over the name, -1 if no name follows. The name is a run
 * of plain words whose first has no article, ended by anything else; a title names one person, so a subject of
 * another number before it cannot take it as its adjective. @internal
 */
export function titledPersonEnd(ctx: Context, np: NounPhrase): number {
  const v = ctx.victimAt.get(np.victimTokens?.[0] ?? -1);
  if (!v || !v.article || np.countTokens || np.count?.value !== 1 || v.entry.role === 'member') return -1;
  // «اغتيال رئيس البلدية»، «رئيس الهيئة الطبية»: a title the lexicons read only before a name or as a casualty word's
  // object is the person, whatever follows it.
  const alone = isTitle(v.entry) ? np.last : -1;
  if (np.victimTokens![1] !== np.last) return alone;
  let k = np.last + 1;
  // «المحرر»، «العسكري»: definite adjectives, victim words among them.
  const adjective = (i: number) => ctx.words[i]!.startsWith('ال') && (plainWord(ctx, i) || definiteVictimWord(ctx, i));
  for (let adjectives = 0; adjectives < MAX_TITLE_ADJECTIVES && k < ctx.n && adjective(k); adjectives++) k++;
  // «الشاعر/ محمد اللوزي»: a slash may stand between a title and the name (a habit of Yemeni outlets).
  if (ctx.words[k] === '/') k++;
  // «القيادي السابق في الفصائل خالد العلي»، «القيادي في حزب الله علي حسن»: where the title holds, before the name.
  if (ctx.words[k] === 'في') {
    const held = affiliationEnd(ctx, k + 1);
    if (held >= 0 && opensName(ctx, held + 1) && !(ctx.bits[held + 1]! & F.AND)) k = held + 1;
  }
  const first = k;
  // «الشاب "سامي خليل"»: a name in quotes.
  const quoted = quotedNameEnd(ctx, k);
  if (quoted >= 0) return nicknameEnd(ctx, quoted);
  if (!opensName(ctx, k) || ctx.bits[k]! & F.AND) return alone;
  const nameWord = (i: number) => aliAt(ctx, i, i === first) || (!FOLLOWERS.has(ctx.words[i]!) && !SKIP.has(ctx.words[i]!) && !AGE_OPENING.has(ctx.words[i]!));
  while (k < first + MAX_TITLED_NAME && (plainWord(ctx, k) || (k > first && victimSurname(ctx, k))) && !(ctx.bits[k]! & (F.TIME | F.AND)) && nameWord(k)) k++;
  return k > first ? nicknameEnd(ctx, k - 1) : alone;
}

/** How many definite words may name where a title is held: «في الجيش الوطني السوري». */
const AFFILIATION_WORDS = 3;

/** Last token of a body a title is held in at `k` — an actor, else up to three definite words — or -1. */
function affiliationEnd(ctx: Context, k: number): number {
  let end = -1;
  for (const a of ctx.actorsAt.get(k) ?? []) end = Math.max(end, a.lastToken);
  if (end >= 0) return end;
  // A raid or a town is where a person was hit, not a body that holds a title («المدني في الغارة الروسية خالد»).
  for (let j = k; j < k + AFFILIATION_WORDS && j < ctx.n && ctx.words[j]!.startsWith('ال') && ctx.bits[j]! & F.WORD && !ctx.causeAt.has(j) && !ctx.placeAt.has(j); j++) end = j;
  return end;
}

/**
 * «الشاب محمد الخطيب»، «علي الأرمني»: past a personal name's first word, a definite singular victim noun is a surname
 * (or the same person's description), not a second group. @internal
 */
export function victimSurname(ctx: Context, i: number): boolean {
  const v = ctx.victimAt.get(i);
  return definiteVictimWord(ctx, i) && v!.suffix === '' && !isPluralForm(v!);
}

/** A victim noun of one word at `i` with the article and no clitic: «المحرر»، «الخطيب». */
function definiteVictimWord(ctx: Context, i: number): boolean {
  const v = ctx.victimAt.get(i);
  return v !== undefined && v.article && v.prefix === '' && v.lastToken === i;
}

/** A titled person's last token with the age told after the name («الطفل محمد الخلف البالغ من العمر 14 عاماً»), -1 if none. */
function titledWithAge(ctx: Context, np: NounPhrase): number {
  const end = titledPersonEnd(ctx, np);
  const age = end < 0 ? -1 : ageAfter(ctx, end + 1);
  return age >= 0 ? age : end;
}

/**
 * «الطفل محمد الخلف، والطفل حسين الساير»، «الأسير المحرر بسام السعدي والشاب أشرف الجدع»: titled persons joined by
 * «و» (a comma may stand before it) are one group of two; null if the group at `np` is no titled person followed by
 * another. Read only when a second follows, so that a lone title keeps its span.
 */
function titledPair(ctx: Context, np: NounPhrase): NounPhrase | null {
  const end = titledWithAge(ctx, np);
  if (end < 0) return repeatedTitle(ctx, np);
  const k = ctx.bits[end + 1]! & F.COMMA ? end + 2 : end + 1;
  if (!(ctx.bits[k]! & F.AND)) return null;
  const second = readNounPhrase(ctx, ctx.words[k] === 'و' ? k + 1 : k, false, false, false);
  const last = second ? titledWithAge(ctx, second) : -1;
  if (!second || last < 0 || second.victims === null) return null;
  return { ...np, count: { value: 2 }, victims: mixedClass(np.victims!, second.victims), last };
}

/** The most words a title's description may take before the comma that a second of the same title follows. */
const TITLE_DESCRIPTION = 9;

/**
 * «القائد العسكري السابق في جيش اليرموك عمر الشريف، والقائد العسكري السابق في فرقة …»: a definite singular title, its
 * description (adjectives, «في» and a side or place, a name) and, after a comma, «و» and the same title again are two
 * persons; null if not.
 */
function repeatedTitle(ctx: Context, np: NounPhrase): NounPhrase | null {
  const v = ctx.victimAt.get(np.victimTokens?.[0] ?? -1);
  if (!v || !v.article || v.suffix !== '' || np.countTokens || np.count?.value !== 1 || np.victimTokens![1] !== np.last) return null;
  let k = np.last + 1;
  while (k <= np.last + TITLE_DESCRIPTION && k < ctx.n && headWord(ctx, k)) k++;
  if (k === np.last + 1 || !(ctx.bits[k]! & F.COMMA) || !(ctx.bits[k + 1]! & F.AND)) return null;
  const second = ctx.victimAt.get(ctx.words[k + 1] === 'و' ? k + 2 : k + 1);
  if (second?.entry.id !== v.entry.id || !second.article || second.suffix !== '' || second.firstToken > k + 2) return null;
  return { ...np, count: { value: 2 }, last: second.lastToken };
}

/**
 * Whether «و» and one more person or group joined to the person before it stand at `k` (a comma may come first): kin
 * with a pronoun back to him («وشقيقته»، «، وابنه فراس»), a counted group or others («وشابين آخرين»، «و3 آخرين»).
 */
function kinJoinedAt(ctx: Context, k: number): boolean {
  if (ctx.bits[k]! & F.COMMA) k++;
  // «الشاب فلان مع شقيقه»: «مع» joins his company as «و» does.
  const company = comitativeAt(ctx, k);
  if (!company && (!(ctx.bits[k]! & F.AND) || wawOfItsOwn(ctx, k))) return false;
  const at = company ? k + company : ctx.words[k] === 'و' ? k + 1 : k;
  const v = ctx.victimAt.get(at);
  if (v !== undefined && !v.article && kinHasPronoun(ctx, v)) return true;
  const second = v || ctx.numberAt.has(at) ? readNounPhrase(ctx, at, true, true, false) : null;
  return second !== null && !second.participle && second.count?.value !== undefined && (second.countTokens !== undefined || second.others || (v !== undefined && !v.article));
}

/**
 * A victim word at `k` whose «و» is its own letter («ولديه» his two sons): it joins nothing by that «و» — after a person,
 * read as «و» and «لديه», it is «and he has» («متزوج ولديه ثلاثة أطفال»).
 */
function wawOfItsOwn(ctx: Context, k: number): boolean {
  const v = ctx.victimAt.get(k);
  return v?.prefix === '' && v.form.startsWith('و');
}

/** Whether «و» and a counted group of others («و16 مقاتلا آخرين»، «و3 آخرين») stand at `k`, a comma may come first. */
function othersJoinedAt(ctx: Context, k: number): boolean {
  if (ctx.bits[k]! & F.COMMA) k++;
  if (!(ctx.bits[k]! & F.AND)) return false;
  const second = readNounPhrase(ctx, ctx.words[k] === 'و' ? k + 1 : k, true, true, false);
  if (second === null || second.participle || second.count?.value === undefined) return false;
  // «و16 مقاتلا آخرين»: «آخرين» may follow the noun.
  return second.others || (second.countTokens !== undefined && ((ctx.bits[second.last]! | ctx.bits[second.last + 1]!) & F.OTHERS) !== 0);
}

/** The most words of what a singular head is of before a name in apposition: «أمين سر حركة "فتح" في القدس». */
const APPOSITION_HEAD = 7;

/** A word of what a head is of: a genitive or adjective, a side, a place, a quote mark, «في». */
function headWord(ctx: Context, k: number): boolean {
  if (ctx.bits[k]! & (F.COMMA | F.AND | F.END)) return false;
  // «العسكري»: a definite victim word standing alone is an adjective.
  const v = ctx.victimAt.get(k);
  const adjective = v !== undefined && v.article && v.prefix === '' && v.lastToken === k;
  return plainWord(ctx, k) || adjective || ctx.actorsAt.has(k) || ctx.actorNounAt.has(k) || ctx.placeAt.has(k) || (ctx.bits[k]! & F.QUOTE) !== 0 || ctx.words[k] === 'في';
}

/**
 * The last token of a person told before a kin conjunct, -1 if none: a titled person's name (with an age), or a
 * singular head with what it is of and a name between commas («أمين سر حركة "فتح" في القدس، عدنان غيث، وشقيقه»).
 */
function personBeforeKin(ctx: Context, np: NounPhrase): number {
  if (np.countTokens || np.count?.value !== 1) return -1;
  const titled = titledWithAge(ctx, np);
  if (titled >= 0) return kinJoinedAt(ctx, titled + 1) ? titled : -1;
  // «امرأة تدعى مريم حسن وطفلها»: a name given by «تدعى»; what is joined after it is read by the coordination.
  const called = calledNameEnd(ctx, np.last, MAX_TITLED_NAME, (i) => plainWord(ctx, i));
  if (called >= 0) return called;
  let k = np.last + 1;
  // «قائد اللواء الأول»: a definite ordinal is an adjective of what the head is of.
  const ordinal = (i: number) => ctx.numberAt.get(i)?.kind === 'ordinal' && ctx.words[i]!.startsWith('ال');
  while (k <= np.last + APPOSITION_HEAD && k < ctx.n && (headWord(ctx, k) || ordinal(k))) k++;
  // «قائد اللواء الأول في البيشمركة فلان، و16 مقاتلا آخرين»: others joined past what the head is of.
  if (k > np.last + 1 && othersJoinedAt(ctx, k)) return k - 1;
  if (!(ctx.bits[k]! & F.COMMA) || !opensName(ctx, k + 1)) return -1;
  let e = k + 1;
  while (e < k + 1 + MAX_TITLED_NAME && plainWord(ctx, e) && !(ctx.bits[e]! & (F.TIME | F.AND))) e++;
  return e > k + 1 && ctx.bits[e]! & F.COMMA && kinJoinedAt(ctx, e + 1) ? e : -1;
}

/** The shortest sound plural in «ين/ون» read as a class, not a name: «مهربين» (6) is, «حسين»، «ياسين»، «مأمون» are not. */
const MIN_SOUND_PLURAL = 6;
/** The shortest plural construct in «ي»: «مهربي»، «بائعي» (5); «سامي»، «هاني» are names. */
const MIN_PLURAL_CONSTRUCT = 5;

/**
 * Whether the word at `k` names a class of people by its form, so opens no personal name: a plural in «ات», a sound
 * plural in «ين/ون» («مهربين»), or a plural construct in «ي» («مهربي بشر»، «بائعي الوقود»; a final «ى» in the caller's
 * spelling, «مصطفى»، «موسى», is a name). @internal
 */
export function classForm(ctx: Context, k: number): boolean {
  const w = withoutAnd(ctx, k);
  if (w.endsWith('ات') || (w.length >= MIN_SOUND_PLURAL && (w.endsWith('ين') || w.endsWith('ون')))) return true;
  return w.length >= MIN_PLURAL_CONSTRUCT && w.endsWith('ي') && writtenWithYa(ctx, k);
}

/** Whether the caller wrote the word at `k` with a final «ي», not the «ى» the search fold reads as it. */
function writtenWithYa(ctx: Context, k: number): boolean {
  return ctx.doc.original[ctx.doc.norm.starts[ctx.doc.tokens[k]!.end - 1]!] === 'ي';
}

/**
 * Whether the word at `k` may open a personal name with nothing after it to close it (an age, a kin noun): no lexicon
 * reading, no article, no {@link classForm}. One test for the name readers after a verb and after a title. @internal
 */
export function opensName(ctx: Context, k: number): boolean {
  const w = withoutAnd(ctx, k);
  return plainWord(ctx, k) && !w.startsWith('ال') && !classForm(ctx, k);
}

/**
 * «أصيب كل من جاسم الفارس»: in a list of persons, a one-word place with no clitic or other reading opens a personal
 * name when a plain word of the same name follows it (no «و», no preposition) — elsewhere «مجزرة داريا الجديدة» is a
 * place and its adjective.
 */
function placeAsName(ctx: Context, k: number): boolean {
  const p = ctx.placeAt.get(k);
  if (p === undefined || p.lastToken !== k || p.prefix !== '' || p.article || ctx.bits[k]! & (F.AND | F.COMMA | F.QUOTE | F.END)) return false;
  if (readsBesidesPlace(ctx, k)) return false;
  return plainWord(ctx, k + 1) && !(ctx.bits[k + 1]! & F.AND) && !NOT_IN_NAMES.has(ctx.words[k + 1]!);
}

/**
 * Whether a personal name as a verb's object may open at `k` («قتل سامر العلي»): {@link opensName}, and no preposition,
 * word joined to one, time word or accusative adverb («أعدما رمياً»، «ميدانياً»), which a passive verb takes too. @internal
 */
export function nameObjectAt(ctx: Context, k: number): boolean {
  const w = ctx.words[k] ?? '';
  return opensName(ctx, k) && !(ctx.bits[k]! & F.TIME) && !NOT_IN_NAMES.has(w) && !/^[بلكف]/u.test(w) && !w.endsWith('ا');
}

/** «وعلي غزال»: the name «علي», not the preposition «على» — no definite word follows it («على الفور»). @internal */
export function aliName(ctx: Context, k: number): boolean {
  const w = withoutAnd(ctx, k);
  // «خطفوا على يد التنظيم»: not in the phrases of the preposition either.
  return w === 'علي' && !/^ال/u.test(ctx.words[k + 1] ?? '') && !NOT_ALI.has(ctx.words[k + 1] ?? '');
}

const NOT_ALI = /* @__PURE__ */ new Set(NOT_AFTER_ALI);
/**
 * «محمد علي حديد»: «علي» inside a personal name, written with «ي» (the preposition is «على»), after a word that may end
 * a name — not after an accusative («مدنيا علي الأقل») — and not in «علي يد»، «علي الأقل». @internal
 */
export function aliInName(ctx: Context, k: number): boolean {
  if (k === 0 || ctx.words[k] !== 'علي' || NOT_ALI.has(ctx.words[k + 1] ?? '')) return false;
  return writtenWithYa(ctx, k) && plainWord(ctx, k - 1) && !ctx.words[k - 1]!.endsWith('ا');
}

/** «علي» as a name word at `k`: opening a name ({@link aliName}) or inside one ({@link aliInName}). @internal */
export function aliAt(ctx: Context, k: number, first: boolean): boolean {
  return first ? aliName(ctx, k) : aliInName(ctx, k);
}

/** The word at `k` without the «و» its feature bits say it carries («وعلي» → «علي»). @internal */
export function withoutAnd(ctx: Context, k: number): string {
  return ctx.bits[k]! & F.AND ? ctx.words[k]!.slice(1) : ctx.words[k]!;
}

/** Whether any lexicon or the number reader reads the word at `k` (a number, casualty, victim, cause, place or actor). @internal */
export function lexiconReads(ctx: Context, k: number): boolean {
  return ctx.placeAt.has(k) || readsBesidesPlace(ctx, k);
}

/** Whether a reader other than the gazetteer reads the word at `k` (a number, casualty, victim, cause or actor). @internal */
export function readsBesidesPlace(ctx: Context, k: number): boolean {
  return ctx.numberAt.has(k) || ctx.casualtyAt.has(k) || ctx.victimAt.has(k) || ctx.causeAt.has(k) || ctx.actorsAt.has(k) || ctx.actorNounAt.has(k);
}

/** A word no lexicon reads and no function bit marks: a name or an adjective. @internal */
export function plainWord(ctx: Context, k: number): boolean {
  const t = ctx.doc.tokens[k];
  if (!t || t.kind !== 'word' || ctx.bits[k]! & (F.COMMA | F.QUOTE | F.END | F.RELATIVE | F.OPENER | F.INCLUDES)) return false;
  return !lexiconReads(ctx, k);
}

/** A definite word that may be a subject: a plain word, a cause («القصف») or an actor («الطيران»), with no clitic. */
function subjectWord(ctx: Context, k: number): boolean {
  if (!/^ال/u.test(ctx.words[k] ?? '') || ctx.casualtyAt.has(k) || ctx.victimAt.has(k) || ctx.numberAt.has(k)) return false;
  return plainWord(ctx, k) || ctx.causeAt.has(k) || ctx.actorNounAt.has(k) || ctx.actorsAt.has(k);
}

/** «أن»، «إن» and their forms: a noun after them opens a clause. */
const COMPLEMENTIZERS = /* @__PURE__ */ new Set(COMPLEMENTIZER_WORDS);
/**
 * «/4/»، «(9)»، «مقتل “40” مدنياً»: an opening slash, bracket or quote at `j` with a figure after it and the closing mark
 * after the figure.
 */
function enclosedFigure(ctx: Context, j: number): boolean {
  const close = FIGURE_MARKS.get(ctx.words[j] ?? '');
  if (close === undefined) return false;
  const num = countingNumber(ctx, j + 1);
  return num !== undefined && ctx.words[num.lastToken + 1] === close;
}
/** The marks a figure is enclosed in, opening → closing. */
const FIGURE_MARKS: ReadonlyMap<string, string> = /* @__PURE__ */ new Map([['/', '/'], ['(', ')'], ['[', ']'], ['{', '}'], ['“', '”'], ['«', '»'], ['"', '"']]);

const OF_RANK_WORDS = /* @__PURE__ */ new Set(OF_RANK);
const RANK_SECOND = /* @__PURE__ */ new Set(RANK_SECOND_WORDS);

/** Last token of «برتبة» and a rank at `k` («برتبة نقيب»، «برتبة ملازم أول»، «برتبة مقدم»), -1 if none. */
function rankAfter(ctx: Context, k: number): number {
  if (!OF_RANK_WORDS.has(ctx.words[k] ?? '')) return -1;
  const rank = ctx.victimAt.get(k + 1);
  if (rank?.entry.role === 'rank' && rank.firstToken === k + 1) return rank.lastToken;
  if (!plainWord(ctx, k + 1)) return -1;
  return RANK_SECOND.has(ctx.words[k + 2] ?? '') ? k + 2 : k + 1;
}

/** Words that open an age after a person («البالغ»، «يبلغ»، «عمره»). @internal */
export const AGE_OPENING = /* @__PURE__ */ new Set(AGE_OPENERS);
const MONTHS = /* @__PURE__ */ new Set(AGE_MONTH_WORDS);
/** The age from which a person told by age is no longer a child. */
const ADULT_AGE = 18;

/**
 * Whether the age phrase over tokens `from`..`to` tells a child: «(5 سنوات)»، «البالغ من العمر 12 عاماً»، «(8 أشهر)».
 * A person of no class told by a child's age is a child («فلان (7 سنوات)»، «شقيقته (5 سنوات)»).
 */
function childAge(ctx: Context, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    // «(سنتان)»، «(شهرين)»: two years or two months.
    if (AGE_DUAL.has(ctx.words[k]!)) return true;
    const num = ctx.numberAt.get(k);
    if (!num || num.value === undefined) continue;
    const unit = ctx.words[num.lastToken + 1] ?? '';
    return MONTHS.has(unit) || (AGES.has(unit) || AGES.has(ctx.words[num.lastToken] ?? '') ? num.value < ADULT_AGE : false);
  }
  return false;
}
const AGE_DUAL = /* @__PURE__ */ new Set(AGE_DUALS);

/**
 * «(23 عاماً)»، «(49عاما)»، «(سنتان)»: an age in brackets opening at `k` — a figure and its age word, or a dual age word
 * alone — and the token of its closing bracket; -1 if none.
 */
function bracketedAgeEnd(ctx: Context, k: number): number {
  if (ctx.words[k] !== '(') return -1;
  if (AGE_DUAL.has(ctx.words[k + 1] ?? '')) return ctx.words[k + 2] === ')' ? k + 2 : -1;
  const num = ctx.numberAt.get(k + 1);
  if (!num) return -1;
  let e = num.lastToken;
  if (!AGES.has(ctx.words[e]!)) e++;
  return AGES.has(ctx.words[e] ?? '') && ctx.words[e + 1] === ')' ? e + 1 : -1;
}
/** The most words an age phrase takes: «تبلغ من العمر ثمانية أشهر». */
const MAX_AGE_WORDS = 7;

/**
 * Last token of an age phrase right after a victim noun, -1 if none: «(23 عاماً)»، «يبلغ من العمر 12 عاماً»، «البالغة
 * 5 سنوات»، «عمره 12 عاماً»، «في الخمسينيات من عمرها». It ends at its age word, or at its figure when none follows.
 * @internal
 */
export function ageAfter(ctx: Context, k: number): number {
  const w = ctx.words[k];
  if (w === '(') return bracketedAgeEnd(ctx, k);
  // «في الخمسينيات من عمرها»: a decade of life.
  if (w === 'في' && /ينات$|يات$/u.test(ctx.words[k + 1] ?? '') && ctx.words[k + 2] === 'من' && /^عمر(ه|ها)$/u.test(ctx.words[k + 3] ?? '')) return k + 3;
  // «في العاشرة من عمره»، «في الخامسة عشرة من عمرها»: a year of life by its ordinal.
  const year = w === 'في' ? ctx.numberAt.get(k + 1) : undefined;
  if (year?.kind === 'ordinal' && ctx.words[year.lastToken + 1] === 'من' && /^عمر(ه|ها)$/u.test(ctx.words[year.lastToken + 2] ?? '')) return year.lastToken + 2;
  if (w === undefined || !AGE_OPENING.has(w)) return -1;
  for (let e = k + 1; e <= k + MAX_AGE_WORDS && e < ctx.n; e++) {
    const num = ctx.numberAt.get(e);
    if (num) return AGES.has(ctx.words[num.lastToken + 1] ?? '') ? num.lastToken + 1 : num.lastToken;
    if (ctx.words[e] !== 'من' && ctx.words[e] !== 'العمر') return -1;
  }
  return -1;
}

/** How many words may stand between an active verb's subject and its object: «أعدم عناصر من التنظيم الأربعاء عشرين رجلا». */
const OBJECT_REACH = 10;

/** An actor right after a noun, or after «من»: the side of the noun («مقاتلو المعارضة»، «عناصر من تنظيم الدولة»). */
function sideAfter(ctx: Context, k: number): boolean {
  return ctx.actorsAt.has(k) || (ctx.words[k] === 'من' && ctx.actorsAt.has(k + 1));
}

/**
 * An indefinite plural subject word at `k`, in the nominative — an actor or victim noun in «ون» («مسلحون»، «مجهولون»;
 * not «مليون» or «كانون»): no definite word is its adjective.
 */
function indefiniteSubject(ctx: Context, k: number): boolean {
  const w = ctx.words[k] ?? '';
  return !w.startsWith('ال') && w.endsWith('ون') && (ctx.actorNounAt.has(k) || ctx.victimAt.has(k) || ctx.actorNounAt.has(k - 1) || ctx.victimAt.has(k - 1));
}

/** A plural of armed men at `k` («الجنود»، «المسلحون»): a subject no singular victim noun agrees with. */
function armedPlural(ctx: Context, k: number): boolean {
  const v = ctx.victimAt.get(k);
  if (!v || v.lastToken !== k) return false;
  const cls = victimClass(v);
  return (cls === 'soldiers' || cls === 'fighters') && (isPluralForm(v) || v.suffix === 'ون' || v.suffix === 'ين');
}

/** The first of the time words (and commas) that end right before `k`; `k` if none. */
function timeWordsBefore(ctx: Context, k: number): number {
  while (k > 0 && ctx.bits[k - 1]! & (F.TIME | F.COMMA)) k--;
  return k;
}

/**
 * The object of an active verb past its subject at `k` («أعدم عناصر من تنظيم "داعش" الإرهابي الأربعاء عشرين رجلا»،
 * «خطف مسلحون "مجهولون" طبيبين»، «قتل مسلحون في أحدهما عضواً في البرلمان وحارسه»), null if none. Stepped over: the
 * subject's side and adjectives, its genitive after a construct in «و» (`construct`), time words, breaks, «أيضاً», an
 * accusative of manner («ذبحاً»), up to two place phrases («في»، «من»، «عند»… and their words) and a present plural
 * verb describing the subject with its few words. The object is a counted group or an indefinite one whose ending
 * marks it as the object (accusative «ا», dual or plural «ين»); anything else — a «مع» phrase, another verb, a
 * definite noun — ends the search, the verb then being passive with the subject its victims.
 */
function objectPastSubject(ctx: Context, k: number, construct = false): NounPhrase | null {
  const sentence = ctx.sentenceOf[k];
  let inPhrase = false;
  // «مسلحو جماعة أنصار الله»: after a subject in construct, its genitive — words no lexicon reads — comes first.
  let genitive = construct ? GENITIVE_WORDS : 0;
  let phrases = 0;
  // «مسلحون حوثيون»: an actor named from the subject's head on goes on past it.
  for (const a of ctx.actorsAt.get(k - 1) ?? []) k = Math.max(k, a.lastToken + 1);
  // Words left of a clause that describes the subject («مسلحون يستقلون دراجة نارية»).
  let described = 0;
  // The token right after the subject or an actor named in it, where a relative clause on it may open.
  let afterSubject = k;
  for (const end = Math.min(ctx.n, k + OBJECT_REACH); k < end && ctx.sentenceOf[k] === sentence; ) {
    // «أعدم مسلحو التنظيم ذبحاً أربعة»، «رمياً بالرصاص»: an indefinite accusative of manner is stepped over.
    const manner = mannerEnd(ctx, k);
    if (manner >= k) {
      k = manner + 1;
      continue;
    }
    // «خطف مسلحون تحت تهديد السلاح ثلاثة مهندسين»، «اعتقلت الدورية مجدداً …»: an adverb of manner or earlier time.
    const adverb = pastEarlier(ctx, k);
    if (adverb > k) {
      k = adverb;
      continue;
    }
    // Time words are stepped over one by one, so that what follows them is read as right after the subject.
    if (ctx.bits[k]! & F.TIME && !ctx.victimAt.has(k) && !ctx.numberAt.has(k)) {
      k++;
      continue;
    }
    // «اعتقل الجنود مسلحين اثنين»: an indefinite noun after a definite word is no part of the subject.
    const object = ctx.victimAt.get(k)?.article === false && ctx.words[k - 1]!.startsWith('ال');
    let actorEnd = object ? -1 : ctx.actorNounAt.get(k)?.lastToken ?? -1;
    for (const a of ctx.actorsAt.get(k) ?? []) actorEnd = Math.max(actorEnd, a.lastToken);
    if (actorEnd >= k) {
      k = afterSubject = actorEnd + 1;
      continue;
    }
    // «أعدمت "حركة الشباب" التي يشتبه في علاقتها بالقاعدة صباح اليوم فتاة»: a relative clause on the subject.
    if (ctx.bits[k]! & F.RELATIVE && (k === afterSubject || (k === afterSubject + 1 && ctx.bits[afterSubject]! & F.QUOTE))) {
      const clause = relativeClauseEnd(ctx, k);
      if (clause < 0) return null;
      k = clause + 1;
      continue;
    }
    // «الإرهابي»: a definite victim word after the subject is its adjective (the object is indefinite or counted).
    const adjective = ctx.victimAt.get(k);
    if (adjective?.article && adjective.prefix === '' && adjective.lastToken === k) {
      // «خطف مسلحون أيضاً الطبيب محمد ياسين»: unless a name follows it — a titled person is an object.
      const titled = readNounPhrase(ctx, k, true, true);
      const named = titled ? titledPersonEnd(ctx, titled) : -1;
      if (named >= 0) return { ...titled!, last: named };
      // «اختطف مسلحون مجهولون الصحفي»: an adjective agrees in definiteness, so right after an indefinite subject a
      // definite singular victim noun is no adjective of it but the object, one person.
      // So past time words after it: «خطف مسلحون ملثمون أمس السفير».
      const subjectEnd = timeWordsBefore(ctx, k);
      const one = titled?.count?.value === 1 && !titled.countTokens && !titled.participle;
      if (subjectEnd === afterSubject && indefiniteSubject(ctx, subjectEnd - 1) && one) return titled;
      // «اعتقل الجنود الشاب»، «قتل المسلحون الطفل»: nor is a singular one after a plural of armed men, with which it does
      // not agree.
      if (subjectEnd === afterSubject && armedPlural(ctx, subjectEnd - 1) && one && adjective.entry.role !== 'nationality') return titled;
      k++;
      continue;
    }
    const np = readNounPhrase(ctx, k, true, true);
    const named = np ? titledPersonEnd(ctx, np) : -1;
    if (named >= 0) return { ...np!, last: named };
    // «اعتقل جنود الاحتلال ثمانية أسرى محررين»: a counted casualty noun is an object too.
    // «يرتدون زياً عسكرياً»: inside the describing clause an uncounted word is its own object's adjective.
    if (np && described > 1 && !np.countTokens) {
      described--;
      k = np.last + 1;
      continue;
    }
    // «أعدم المسيحيين الثلاثة في فبراير 2015»: a bare year is a date, no figure of an object.
    if (np && np.victimTokens === undefined && yearLike(ctx, k)) return null;
    // «احتجز مسلحون مجهولون امرأة وابنتها»: a coordination summed to a size of its own is an object too.
    if (np) return np.countTokens || (!np.participle && (objectByEnding(ctx, np) || constructHead(ctx, np) || summedJoin(ctx, np))) ? np : null;
    const w = ctx.words[k]!;
    if (ctx.casualtyAt.has(k) || ctx.bits[k]! & (F.END | F.RELATIVE | F.OPENER | F.AND)) return null;
    const aside = sourceAsideEnd(ctx, k);
    if (aside >= 0) k = aside + 1;
    else if (ctx.bits[k]! & (F.COMMA | F.QUOTE | F.TIME) || SKIP.has(w) || w === 'ايضا' || (w === 'من' && ctx.actorsAt.has(k + 1))) k++;
    else if (PLACE_PREPOSITION.has(w) && phrases < PLACE_PHRASES && ctx.doc.tokens[k + 1]?.kind === 'word') {
      // «في أحدهما»، «من نقطة تفتيش في مدخل المدينة»، «في ريف درعا الغربي»: where it happened — a preposition and
      // its genitives, plain words or place names.
      phrases++;
      inPhrase = true;
      k = placeWordEnd(ctx, k + 1) + 1;
    } else if (inPhrase && (ctx.placeAt.has(k) || plainWord(ctx, k))) k = placeWordEnd(ctx, k) + 1;
    else if (w.startsWith('ال') && plainWord(ctx, k)) k++; // the subject's adjective: «الإرهابي»
    else if (described === 0 && PRESENT_PLURAL.test(w) && plainWord(ctx, k)) {
      // «قتل مسلحون يستقلون دراجة نارية ثلاثة عناصر»: a present plural verb describes the plural subject; its own
      // object of a few plain words follows it.
      described = DESCRIBING_WORDS;
      k++;
    } else if (described > 1 && plainWord(ctx, k)) {
      described--;
      k++;
    } else if (genitive > 0 && plainWord(ctx, k)) {
      genitive--;
      k++;
    } else return null;
  }
  return null;
}

/** A figure of four digits at `k` that can be a year of these wars (1900–2100), with no noun it counts after it. */
function yearLike(ctx: Context, k: number): boolean {
  const n = ctx.numberAt.get(k);
  return n !== undefined && /^[0-9٠-٩]{4}$/u.test(ctx.words[k]!) && n.value !== undefined && n.value >= 1900 && n.value <= 2100 && !ctx.victimAt.has(n.lastToken + 1);
}

// How long a source told between commas may be: «، بحسب مصادر محلية في المدينة،».
const ASIDE_REACH = 10;

/**
 * «قتل، بحسب مصادر محلية، ثلاثة شبان»، «أعدمت، فجر اليوم، الجماعة …»: a source or a time told between commas, opening
 * at the comma `k` — the closing comma's index, else -1. What it encloses names no casualty and no figure.
 */
export function sourceAsideEnd(ctx: Context, k: number): number {
  // «، بينهم طفلان،» is a sub-group, no aside.
  if (!(ctx.bits[k]! & F.COMMA) || ctx.bits[k + 1]! & F.INCLUDES || !(ctx.cues[k + 1]! & CUE.SOURCE || ctx.bits[k + 1]! & F.TIME)) return -1;
  for (let j = k + 2; j < ctx.n && j <= k + ASIDE_REACH && ctx.sentenceOf[j] === ctx.sentenceOf[k]; j++) {
    if (ctx.bits[j]! & F.COMMA) return j;
    if (ctx.bits[j]! & F.END || ctx.casualtyAt.has(j) || ctx.numberAt.has(j)) return -1;
  }
  return -1;
}

/** A group of nouns joined by «و» with an exact size of two or more: «امرأة وابنتها»، «رجل وطفلان». */
function summedJoin(ctx: Context, np: NounPhrase): boolean {
  return np.victimTokens !== undefined && np.last > np.victimTokens[1] && (ctx.bits[np.victimTokens[1] + 1]! & F.AND) !== 0 && (np.count?.value ?? 0) >= 2 && !np.others;
}

/**
 * «مدير مشفى البلدة»، «مختار القرية»، «ابن قائد القوات الخاصة»: a bare victim noun with a definite genitive after it,
 * directly or past one more bare noun of the chain, definite by it (an object).
 */
function constructHead(ctx: Context, np: NounPhrase): boolean {
  return constructEnd(ctx, np) >= 0;
}

/** The last token of the genitive a bare victim noun heads ({@link constructHead}), -1 if none. @internal */
export function constructEnd(ctx: Context, np: NounPhrase): number {
  const v = np.victimTokens ? ctx.victimAt.get(np.victimTokens[0]) : undefined;
  if (v === undefined || v.article || v.prefix !== '' || v.suffix !== '' || np.victimTokens![1] !== np.last) return -1;
  return genitiveEnd(ctx, np.last + 1);
}

/**
 * The last token of the genitive that completes a bare noun in construct, opening at `k` («[مدير] المشفى»، «[مدير]
 * شرطة المدينة»): a definite word (a place to its end), or one more bare noun of the chain and then it; -1 if none.
 * Adjectives after it are not stepped over («قائد القوات الخاصة» ends at «القوات»).
 */
function genitiveEnd(ctx: Context, k: number): number {
  if (genitiveOf(ctx, k)) return ctx.placeAt.get(k)?.lastToken ?? k;
  const link = ctx.victimAt.get(k);
  const bare = link ? !link.article && link.prefix === '' && link.suffix === '' && link.lastToken === k : plainWord(ctx, k) && !ctx.words[k]!.startsWith('ال');
  return bare && !(ctx.bits[k]! & F.AND) && genitiveOf(ctx, k + 1) ? (ctx.placeAt.get(k + 1)?.lastToken ?? k + 1) : -1;
}

/** A definite word that closes a construct: a plain word, a place, a definite victim noun or a side («القوات»). */
function genitiveOf(ctx: Context, k: number): boolean {
  if (ctx.words[k]?.startsWith('ال') !== true || ctx.casualtyAt.has(k) || ctx.bits[k]! & F.TIME) return false;
  return plainWord(ctx, k) || ctx.placeAt.has(k) || ctx.actorsAt.has(k) || ctx.actorNounAt.has(k) || (ctx.victimAt.get(k)?.article === true && ctx.victimAt.get(k)!.prefix === '');
}

/** The most words of a genitive no lexicon reads after a subject in construct: «مسلحو جماعة أنصار الله». */
const GENITIVE_WORDS = 3;

/** Prepositions of a place phrase between a subject and its object, and how many such phrases may follow each other. */
const PLACE_PREPOSITION = /* @__PURE__ */ new Set(PLACE_PREPOSITIONS);
const PLACE_PHRASES = 2;

/** The last token of the place name at `k`, or `k` itself. */
function placeWordEnd(ctx: Context, k: number): number {
  return ctx.placeAt.get(k)?.lastToken ?? k;
}
/** A present verb of the third person plural: «يستقلون»، «يرتدون». */
const PRESENT_PLURAL = /^[يت][\u0621-\u064a]{2,}ون$/u;
// How many plain words a describing clause may hold after its verb: «يستقلون سيارة رباعية الدفع».
const DESCRIBING_WORDS = 4;

/**
 * Last token of an indefinite accusative of manner at `k` («ذبحاً»، «شنقاً»، «رمياً بالرصاص»: a cause or a casualty
 * noun with no article and the accusative «ا»), -1 if none.
 */
function mannerEnd(ctx: Context, k: number): number {
  const cause = ctx.causeAt.get(k);
  const noun = ctx.casualtyAt.get(k);
  const head = noun && noun.entry.pos === 'noun' ? noun : cause;
  if (!head || head.article || head.prefix !== '' || !/ا$/u.test(ctx.words[k]!) || ctx.numberAt.has(k)) return -1;
  // «رمياً بالرصاص»: the weapon after it belongs to it.
  const weapon = ctx.causeAt.get(head.lastToken + 1);
  return weapon && weapon.prefix === 'ب' ? weapon.lastToken : head.lastToken;
}

/**
 * An indefinite victim group whose ending marks it as an object: «عضواً»، «طبيبين»، «قياديين»; or a feminine singular
 * in «ة», whose accusative is not written («امرأةً»، «مواطنةً»، «طفلةً»). @internal
 */
export function objectByEnding(ctx: Context, np: NounPhrase): boolean {
  // The head's ending: a side after it may have become the victims' words («عنصرين من الشرطة»).
  const v = (!np.countTokens && ctx.victimAt.get(np.first)) || (np.victimTokens ? ctx.victimAt.get(np.victimTokens[0]) : undefined);
  if (v === undefined || v.article || v.prefix !== '') return false;
  if (v.suffix === 'ا' || v.suffix === 'ين') return true;
  // Not a nisba of a country, which in «ة» is as often the adjective of a word before it («بغارات إسرائيلية»).
  return v.entry.role !== 'nationality' && v.firstToken === v.lastToken && ctx.words[v.lastToken]!.endsWith('ه') && np.count?.value === 1;
}

/** «آخران»، «أخريان»: two others. */
const OTHER_TWO = /* @__PURE__ */ new Set(TWO_OTHERS);
/** «الآخر»، «الأخرى»: the other one. */
const THE_OTHER = /* @__PURE__ */ new Set(OTHER_ONE);
const THE_OTHER_TWO = /* @__PURE__ */ new Set(OTHER_TWO_DEFINITE);
/** «أحد»، «إحدى»، «إحداهن»: one of. */
const ONE = /* @__PURE__ */ new Set(ONE_OF);
const FOREMOST_WORDS = /* @__PURE__ */ new Set(FOREMOST);
const CIVILIAN_CLASSES = /* @__PURE__ */ new Set(['civilians', 'children', 'women']);
/** The core's victim entries of nouns of membership («عنصر»، «قائد»، «فرد»، «عضو»): refined by what they are of. */
const MEMBER_HEADS = /* @__PURE__ */ new Set(['armed-members', 'members']);
/** The core's entry of kin duals before a possessive («ابنيه»، «شقيقتي»). */
const KIN_TWO_OF = 'kin-two-of';

/**
 * «أصيبت شقيقتي التي …»، «استشهد ابني في القصف»، «ابني ما زال تحت الأنقاض»: a kin dual in construct written bare
 * («ابني»، «شقيقتي») is «my …», one person as witnesses speak, when what follows it can be no genitive — a break, a
 * relative, a preposition, a negation or a wound or weapon; before a noun it stays two («ابني شقيقه»، «ابني الأسير»).
 */
function myKin(ctx: Context, v: LexMatch<'victims'>): boolean {
  if (v.entry.id !== KIN_TWO_OF || !ctx.words[v.lastToken]!.endsWith('ي')) return false;
  const k = v.lastToken + 1;
  if (k >= ctx.n || ctx.doc.tokens[k]!.kind !== 'word' || ctx.bits[k]! & (F.END | F.COMMA | F.RELATIVE)) return true;
  return PREPOSITIONS.has(ctx.words[k]!) || NOT_GENITIVE.has(ctx.words[k]!) || ctx.causeAt.has(k) || wordIn(ctx, k, WOUNDED_BY);
}
/** Words that open no genitive after a kin noun: negations and particles of a clause («ابني ما زال»، «ابنتي لا تزال»). */
const NOT_GENITIVE = /* @__PURE__ */ new Set(['ما', 'لا', 'لم', 'لن', 'قد', 'كان', 'كانت', 'هو', 'هي']);
const WOUNDED_BY = /* @__PURE__ */ new Set(WOUND_ADJUNCTS);

/**
 * Stage 2, coordination: «امرأة وطفلين»، «الأم واثنين من أبنائها»، «رجل وزوجته» are one group with a summed
 * count; mixed classes report `civilians` when all are civilian classes, `people` otherwise.
 */
/** A victim group of exact size at `i` that a «و» and another victim group follow: an item inside a comma list. */
function commaListItem(ctx: Context, i: number, afterCasualtyWord: boolean): boolean {
  // «7 آخرون، منهم طفل وامرأة»: who some of them were is no item of the list.
  if (ctx.bits[i]! & F.INCLUDES) return false;
  const item = readNounPhrase(ctx, i, true, afterCasualtyWord, false);
  if (!item || item.victims === null || item.participle || item.count?.value === undefined) return false;
  const next = item.last + 1;
  return (ctx.bits[next]! & F.AND) !== 0 && (ctx.victimAt.has(next) || ctx.numberAt.has(next));
}

function coordinate(ctx: Context, np: NounPhrase, afterCasualtyWord: boolean): void {
  const pair = titledPair(ctx, np);
  if (pair) Object.assign(np, pair);
  else {
    // «الطفل محمد العلي وشقيقته»، «رئيس المجلس المحلي، خالد يوسف، ونجله»: past a titled person's name, or a name in
    // apposition, kin with a pronoun back to him is joined to him.
    const named = personBeforeKin(ctx, np);
    // The comma before the «و» («المدعو فلان، وابنه») is stepped over with the name.
    if (named > np.last) np.last = ctx.bits[named + 1]! & F.COMMA ? named + 1 : named;
  }
  // Iterative, and bounded: a long run of «و» stays linear and never deepens the stack.
  for (let joined = 0; joined < MAX_CONJUNCTS; joined++) {
    // «قائد الفوج مع أربعة من مرافقيه»، «مدير شرطة المدينة واثنين من مرافقيه»، «قائد القوة و9 جنود»: a singular head
    // may take its genitive before its company, or before a group joined by «و» that is its own or counted.
    const chain = joined === 0 && !np.countTokens && np.count?.value === 1 ? genitiveEnd(ctx, np.last + 1) : -1;
    const genitive = chain >= 0 && (comitativeAt(ctx, chain + 1) > 0 || (np.victimTokens?.[0] === np.first && ownOrCountedAt(ctx, chain + 1) !== null));
    // «عضواً في البرلمان وحارسه»: and one short «في/من» phrase before a noun whose pronoun points back to it.
    const owner = joined === 0 && !genitive && np.count?.value === 1 && !np.countTokens ? ownerPhraseEnd(ctx, np.last + 1) : -1;
    // «عقيد في الجيش يدعى فلان وعسكري آخر»، «موظف في الشركة، مع قريبه»: «another» or kin reaches back past what is
    // said of the one before it.
    const phrase = owner < 0 && joined === 0 && !genitive && np.count?.value !== undefined ? anotherPastPhrase(ctx, np.last + 1) : owner;
    // «امرأة مسنة وابنها»، «شاب عشريني وشقيقه»: or one adjective of the group before the «و».
    const adjective = phrase < 0 && !genitive && (adjectiveBeforeAnd(ctx, np) || kinAdjectiveBeforeAnd(ctx, np.last)) ? 1 : 0;
    // «فلان (19 عاماً) من سكان …، وفلان (50 عاماً)»: persons aged in brackets are listed with commas.
    const comma = np.aged && ctx.bits[np.last + 1]! & F.COMMA && ctx.bits[np.last + 2]! & F.AND ? 1 : 0;
    // «ثلاثة من عناصر الحزب ومدني»: the side a group is of stands between it and a victim noun joined to it.
    const side = phrase < 0 && !genitive && !adjective && !comma ? sideEnd(ctx, np) : -1;
    const k = side >= 0 ? side + 1 : phrase > 0 ? phrase + 1 : genitive ? chain + 1 : np.last + 1 + adjective + comma;
    const withWord = comitativeAt(ctx, k);
    // «طفلة، امرأتان وأربعة رجال»: a list may join its items with commas, and its last one with «و».
    // Not after a figure of people or civilians: «5 أشخاص، أب وأم وثلاثة أطفال» tells who the five were.
    const listComma = !withWord && np.count?.value !== undefined && !(joined === 0 && np.countTokens && (np.victims === 'people' || np.victims === 'civilians')) && (ctx.bits[k]! & (F.AND | F.COMMA)) === F.COMMA && commaListItem(ctx, k + 1, afterCasualtyWord);
    // «24 جنديا وما لا يقل عن 26 مدنيا»: «وما» opening a bound is «و» too (three letters, it carries no «و» bit).
    const boundAnd = ctx.words[k] === 'وما' && countingNumber(ctx, k)?.min !== undefined;
    if ((!(ctx.bits[k]! & F.AND) && !withWord && !listComma && !boundAnd) || !np.count) return;
    // The second noun reads like the first: «مقتل امرأتين وطفلين» are two and two. After nationals a bare nationality
    // is one more of them, not an adjective: «ثلاثة كينيين وكندي» → 4.
    const nationals = ctx.victimAt.get(np.victimTokens?.[0] ?? -1)?.entry.role === 'nationality';
    const at = withWord ? k + withWord : listComma || ctx.words[k] === 'و' ? k + 1 : k;
    if (!withWord && at === k && wawOfItsOwn(ctx, at)) return;
    // «فلان (19 عاماً)، وفلان (50 عاماً)، وفلان»: the last of a list of aged persons may be a name alone, up to a break.
    // «وآخر» carries its «و», which the noun phrase reader does not take off a word of no lexicon.
    const second = (ctx.words[at] === 'واخر' ? oneAnother(at) : readNounPhrase(ctx, at, !withWord, afterCasualtyWord || nationals, false)) ?? (comma ? lastListedName(ctx, at) : null);
    const joinedNoun = second?.victimTokens !== undefined ? ctx.victimAt.get(second.victimTokens[0]) : undefined;
    // «طفلين ووالدهما»: kin whose pronoun is a dual makes the uncounted «ين» before it a dual.
    if (np.count.vague === 'some' && !withWord && !np.countTokens && second?.count?.value === 1 && joinedNoun?.entry.role === 'kinship' && /هما$/u.test(ctx.words[joinedNoun.lastToken]!) && soundDual(ctx, np)) {
      np.count = { value: 2 };
    }
    // «مقتل مسؤولين وعسكريين»، «طالت ناشطين ومدنيين»، «أكاديميين وشخصيات»: an uncounted «ين» that may be a sound
    // plural, joined to another such or to a plural, is that plural — two duals would more likely be counted.
    if (np.count.value === 2 && !withWord && !np.countTokens && soundPlural(ctx, np) && second && !second.countTokens && !second.participle && second.victims !== null &&
      (soundPlural(ctx, second) || (second.count?.vague === 'some' && joinedNoun?.entry.role !== 'kinship'))) {
      np.count = { vague: 'some' };
      np.victims = mixedClass(np.victims ?? second.victims, second.victims);
      np.last = second.last;
      continue;
    }
    // «امرأة وطفلين»: an uncounted «ين» joined to a group of exact size is a dual, as right after a casualty word — a
    // plural there would be counted or take «عدد من».
    if (np.count.value !== undefined && !withWord && second && !second.countTokens && second.count?.vague === 'some' && soundDual(ctx, second)) second.count = { value: 2 };
    // «طفلين وامرأة»: so is one joined to such a group after it — a noun that takes no sound plural is a dual.
    if (np.count.vague === 'some' && !np.countTokens && !withWord && second?.count?.value !== undefined && soundDual(ctx, np) && !soundPlural(ctx, np)) np.count = { value: 2 };
    // «ما لا يقل عن 50 طفلا و95 امرأة»: an at-least figure joined to an exact one is at least their sum.
    const atLeast = np.count.value === undefined && np.count.min !== undefined && np.count.vague === undefined && np.count.max === undefined;
    if (atLeast && second?.countTokens && second.count?.value !== undefined && !withWord && !second.participle && second.victims !== null && np.victims !== null && side < 0) {
      np.count = { min: np.count.min! + second.count.value };
      np.victims = mixedClass(np.victims, second.victims);
      np.last = second.last;
      continue;
    }
    if (np.count.value === undefined) {
      // «عشرات الشبان والنساء»، «نساء وأطفال»: a group of no exact size shares its size with an uncounted plural
      // joined to it, and they are of mixed class.
      // «جنوداً حكوميين وبعض النواب»، «مسلحين وعدداً من المدنيين»: so does «بعض/عدد من» and a group, after an uncounted one.
      const some = second?.countTokens !== undefined && !np.countTokens && np.count.vague === 'some';
      if (withWord || !second || second.participle || second.others || (second.countTokens && !some) || second.victims === null || np.victims === null || second.count?.vague !== 'some') return;
      np.victims = mixedClass(np.victims, second.victims);
      np.last = second.last;
      continue;
    }
    // «الشاب وسيم ناصر (18 عاماً)»: a name may begin with «و» (وسيم، وليد، وائل); right after a bare title, a name
    // closed by its age is the title's person, not a second one («والطفل ووليد»: «وو» is «و» and such a name).
    if (joined === 0 && !withWord && ctx.words[k] !== 'و' && !ctx.words[k]!.startsWith('وو') && bareTitle(ctx, np) && second?.aged && !second.victimTokens && second.count?.value === 1) {
      np.last = second.last;
      np.aged = true;
      continue;
    }
    // «مع خمسة آخرين»: the others with someone are more of the same class; after «مع» a group must be counted or
    // kin with a pronoun back to the first («مع زوجته»), else it is a companion of another kind («مع عناصر الفصيل»).
    // «مقتل عقيد وآخر»: one «another» joined to a group is one more of it, where plural others open a clause.
    const oneMore = second?.others === true && !withWord && !second.countTokens && second.count?.value === 1 && anotherAt(ctx, at);
    // «مقتل شرطي واثنين من الحشد الشعبي»: a figure of a side, joined to a soldier or a fighter of no side, is more of
    // the dead when the side is of the same kind — a state's force or an armed group (not «مقتل جندي و3 من داعش»).
    const ofSide = second !== null && second.victims === null && !withWord && side < 0 && second.countTokens !== undefined && ctx.words[second.countTokens[1] + 1] === 'من' && sameKindOfSide(ctx, np.victims, second.countTokens[1] + 2);
    // «سيدة وثلاثة أطفال على الأقل»: a last conjunct bounded by «على الأقل» bounds the sum, which it closes.
    const bound = second?.count && second.count.value === undefined && second.count.vague === undefined && second.count.max === undefined ? second.count.min : undefined;
    if (!second || second.participle || (second.count?.value ?? bound) === undefined || (second.victims === null && !ofSide && !(second.others && (withWord || second.countTokens || oneMore)))) return;
    // Past a side only a victim noun of its own class is joined («ومدني»، «و3 مدنيين»); a figure of another side there
    // («و5 من …»، «و4 مسلحين») is that side's.
    const unarmed = second.victims !== null && UNARMED.has(second.victims) && ctx.words[(second.countTokens?.[1] ?? -2) + 1] !== 'من';
    if (side >= 0 && (withWord || second.victims === null || second.others || (second.countTokens && !unarmed))) return;
    // «امرأة وثلاثة آخرين»: counted others joined to a group are more people; uncounted ones are a clause of their own.
    if (second.others && !withWord && !second.countTokens && !oneMore) return;
    // «لقي خمسة مسلحين واثنان من أفراد الأمن حتفهم»: counted fighters and counted soldiers are the two sides of a fight,
    // each the other's dead — two tolls, not one.
    if (np.countTokens && second.countTokens && opposingSides(ctx, np, second)) return;
    // «مع طفلتها»، «مع مرافقيه»: a noun with a pronoun back to the first is its company, as kin is.
    if (withWord && !second.countTokens && !second.others && !anotherAt(ctx, at) && joinedNoun?.entry.role !== 'kinship' && !KIN_PRONOUN.test(ctx.words[joinedNoun?.lastToken ?? at]!)) return;
    if (np.others && (withWord || second.victims === null)) return;
    // «إعدام 11 رجلاً وشاباً»، «خطف 36 سيدة وطفل»: from eleven on a singular noun is the figure's counted noun; a bare
    // indefinite singular joined to it (no pronoun, no article; its case ending often left unwritten) shares the figure
    // rather than adding one. Kin with a pronoun («وزوجته») is a person of its own.
    const bareSingular = joinedNoun !== undefined && !joinedNoun.article && (joinedNoun.suffix === '' || joinedNoun.suffix === 'ا') && joinedNoun.entry.role !== 'kinship';
    const sharesFigure = np.countTokens !== undefined && (np.count.value ?? 0) >= 11 && !second.countTokens && second.count!.value === 1 && bareSingular && !withWord;
    const escorts = escortsOf(ctx, joinedNoun, np);
    if (!sharesFigure) np.count = bound !== undefined ? { min: np.count.value + bound } : { value: np.count.value + second.count!.value! };
    if (np.others) {
      np.others = false;
      np.victims = 'people';
    } else if (second.victims !== null) np.victims = mixedClass(np.victims!, civilianKin(ctx, joinedNoun, np) ? 'civilians' : escorts ? np.victims! : second.victims);
    // «امرأة وثلاثة آخرين»: others of a woman or a child need not be women or children.
    else if (second.others && !withWord && (np.victims === 'women' || np.victims === 'children')) np.victims = 'people';
    if (!np.countTokens && second.countTokens) np.countTokens = second.countTokens;
    np.last = kinConstructEnd(ctx, second.last);
    if (second.aged) np.aged = true;
    else delete np.aged;
    if (bound !== undefined) return;
  }
}

/**
 * A personal name of two to {@link LISTED_NAME_WORDS} plain words at `k` (after its «و») that ends at a break — a comma,
 * the end of the sentence — as the last person of a list: one person of no class; null if none.
 */
function lastListedName(ctx: Context, k: number): NounPhrase | null {
  if (!opensName(ctx, k)) return null;
  let e = k + 1;
  while (e < k + LISTED_NAME_WORDS && e < ctx.n && plainWord(ctx, e) && !(ctx.bits[e]! & (F.AND | F.TIME)) && !NOT_IN_NAMES.has(ctx.words[e]!)) e++;
  const broken = e >= ctx.n || ctx.sentenceOf[e] !== ctx.sentenceOf[k] || (ctx.bits[e]! & (F.COMMA | F.END)) !== 0 || ctx.words[e] === '.';
  return e - k >= 2 && broken ? { first: k, last: e - 1, count: { value: 1 }, victims: 'people', others: false } : null;
}

/** Classes of no armed side, which a figure after a side's members may add to them («5 عناصر من قوات النظام و3 مدنيين»). */
const UNARMED = /* @__PURE__ */ new Set(['civilians', 'children', 'women']);

/** The core's victim entry of nouns that name fighters whatever side they serve («مسلح»، «مقاتل»). */
const FIGHTER_NOUNS = 'fighters';

/** Whether an actor named at `k` is of the kind of side `victims` serve: a state's force for soldiers, an armed group for fighters. */
function sameKindOfSide(ctx: Context, victims: string | null, k: number): boolean {
  const a = ctx.actorsAt.get(k)?.[0];
  if (!a || (victims !== 'soldiers' && victims !== 'fighters')) return false;
  return NON_STATE.has(a.category ?? '') === (victims === 'fighters');
}
const NON_STATE = /* @__PURE__ */ new Set(NON_STATE_CATEGORIES);

/** Whether one group is told by a noun that names fighters and the other is of soldiers: the two sides of a fight. */
export function opposingSides(ctx: Context, a: NounPhrase, b: NounPhrase): boolean {
  const fighters = (g: NounPhrase) => ctx.victimAt.get(g.victimTokens?.[0] ?? -1)?.id === FIGHTER_NOUNS;
  return (fighters(a) && b.victims === 'soldiers') || (fighters(b) && a.victims === 'soldiers');
}

/** The core's victim entry of the civilian as such («مدني»، «مواطن»), not of a civilian trade. */
const CIVILIAN = 'civilians';

/**
 * «قيادي و15 من مرافقيه»، «عقيدا واثنين من مرافقيه»، «3 قياديين و15 من مرافقيهم»: armed leaders' escorts or guards,
 * their pronoun back to them, are of their class (fighters, soldiers).
 */
function escortsOf(ctx: Context, noun: LexMatch<'victims'> | undefined, np: NounPhrase): boolean {
  // A leader of a side or a force: a child's or a woman's companion («طفل ومرافقه») is no guard of theirs.
  return (np.victims === 'fighters' || np.victims === 'soldiers') && noun !== undefined && ESCORTS.has(noun.form) && KIN_PRONOUN.test(ctx.words[noun.lastToken]!);
}
const ESCORTS = /* @__PURE__ */ new Set(ESCORT_NOUNS);

/**
 * «المواطن فلان وزوجته وأبناؤه الخمسة»، «مواطناً وطفله وزوجته»: kin whose pronoun points back at a group headed by
 * «مدني/مواطن» still of the civilians' class are civilians too — a citizen's family, as the annotations read it. A
 * person's, a woman's or a tradesman's kin («مزارع وابنيه») stay persons.
 */
function civilianKin(ctx: Context, noun: LexMatch<'victims'> | undefined, np: NounPhrase): boolean {
  const head = ctx.victimAt.get(np.victimTokens?.[0] ?? -1);
  return np.victims === 'civilians' && head?.id === CIVILIAN && noun !== undefined && noun.entry.role === 'kinship' && kinHasPronoun(ctx, noun);
}

/** Whether a quote mark at `k` opens a victim noun that a quote mark closes right after it: «"إرهابيين"». */
function quotedNoun(ctx: Context, k: number): boolean {
  const v = ctx.bits[k]! & F.QUOTE ? ctx.victimAt.get(k + 1) : undefined;
  return v !== undefined && v.prefix === '' && (ctx.bits[v.lastToken + 1]! & F.QUOTE) !== 0;
}

/** A definite singular victim noun alone, with no name, figure or adjective after it: «الشاب». */
function bareTitle(ctx: Context, np: NounPhrase): boolean {
  const v = ctx.victimAt.get(np.victimTokens?.[0] ?? -1);
  return v !== undefined && v.article && v.suffix === '' && !np.countTokens && np.count?.value === 1 && np.last === v.lastToken;
}

/** A group that is one indefinite victim noun in «ين» with no pronoun: a dual or a sound plural by its form. */
function soundDual(ctx: Context, np: NounPhrase): boolean {
  const v = np.victimTokens ? ctx.victimAt.get(np.victimTokens[0]) : undefined;
  return v !== undefined && np.first === v.firstToken && np.last === v.lastToken && v.suffix === 'ين' && !v.article && !isPluralForm(v);
}

/** {@link soundDual} on a noun that takes the sound plural (a nisba, a participle: «عسكريين»، «ناشطين»), so either. */
function soundPlural(ctx: Context, np: NounPhrase): boolean {
  if (!soundDual(ctx, np)) return false;
  const words = formWords(ctx.victimAt.get(np.victimTokens![0])!.form);
  return takesSoundPlural(words[words.length - 1]!);
}

/** Sub-group words with a plural pronoun («بينهم»، «أغلبهم»; not «بينهما»). */
const PLURAL_SUBGROUP = /* @__PURE__ */ new Set([...INCLUDES_SOME, ...INCLUDES_MOST].filter((w) => /(هم|هن)$/u.test(w)));

/** Whether a plural sub-group word stands at `k`, past one comma or dash. */
function pluralSubgroupAfter(ctx: Context, k: number): boolean {
  return PLURAL_SUBGROUP.has(wordPastMark(ctx, k));
}

/** The word at `k`, or past a mark there other than a full stop: «مدنيين، بينهم طفل»، «مدنيين، بينهما طفل». */
function wordPastMark(ctx: Context, k: number): string {
  if (ctx.doc.tokens[k]?.kind === 'punct' && ctx.words[k] !== '.') k++;
  return ctx.words[k] ?? '';
}

/**
 * The last token of the side right after a group's victim noun («عناصر من قوات النظام»، «عنصر في قوات النظام»،
 * «مقاتلين الحركة»), or of a side named with the noun itself («عناصر حزب الله»), -1 if none.
 */
function sideEnd(ctx: Context, np: NounPhrase): number {
  if (!np.victimTokens || np.victimTokens[1] !== np.last) return -1;
  let end = -1;
  // «في» names the side of one person only: after a counted group it is mostly where («قتل 5 مدنيين في …»).
  const of = ctx.words[np.last + 1] === 'من' || (ctx.words[np.last + 1] === 'في' && !np.countTokens && np.count?.value === 1);
  for (const at of [np.victimTokens[0], of ? np.last + 2 : np.last + 1]) {
    for (const a of ctx.actorsAt.get(at) ?? []) if (a.lastToken > np.last) end = Math.max(end, a.lastToken);
  }
  return end;
}

/**
 * «امرأة مسنة وابنها»، «الشاب الجريح وشقيقه»: one word after a group's victim noun that agrees with it in the article —
 * a plain word or a victim word used as an adjective — with a «و» right after it.
 */
function adjectiveBeforeAnd(ctx: Context, np: NounPhrase): boolean {
  const k = np.last + 1;
  const noun = ctx.victimAt.get(np.victimTokens?.[0] ?? -1);
  if (!noun || np.victimTokens![1] !== np.last || !(ctx.bits[k + 1]! & F.AND) || ctx.bits[k]! & (F.AND | F.TIME)) return false;
  const v = ctx.victimAt.get(k);
  // «قيادي حوثي و15 من مرافقيه»: a member noun of a side is its adjective there.
  const plain = v ? v.prefix === '' && v.lastToken === k && (!v.entry.role || v.entry.role === 'member') : plainWord(ctx, k);
  return plain && ctx.words[k]!.startsWith('ال') === noun.article;
}

/** The most words of the «في/من» phrase a head may take before its companion: «في مجلس المحافظة». */
const OWNER_PHRASE_WORDS = 2;

/** «وآخر» at `k`: one more person of the class named before. */
function oneAnother(k: number): NounPhrase {
  return { first: k, last: k, count: { value: 1 }, victims: null, others: true };
}

/**
 * Whether «آخر» (one more, masculine) or a person's noun and «آخر/أخرى» stand at `k`, after their «و» — not «آخر» in
 * construct («وآخر الهجمات»: the last of), nor one with a casualty verb of its own after it («وشاب آخر أصيب»).
 */
function anotherAt(ctx: Context, k: number): boolean {
  const v = ctx.victimAt.get(k);
  // The token of «آخر/أخرى»: «وآخر» itself, or the word after an indefinite person's noun.
  const other = withoutAnd(ctx, k) === 'اخر' ? k : v && !v.article && /^اخري?$/u.test(ctx.words[v.lastToken + 1] ?? '') ? v.lastToken + 1 : -1;
  return other >= 0 && !ctx.words[other + 1]?.startsWith('ال') && !ctx.casualtyAt.has(other + 1);
}

/**
 * The last token before a «و» that joins «another» ({@link anotherAt}) to a person, past up to
 * {@link ANOTHER_REACH} words said of that person — a place, a side, a name, an aside between commas; -1 if none, or
 * if a casualty word, a clause opener or a sentence end comes first (then the other is a clause of its own:
 * «قتل شاب وأصيب آخر»).
 */
function anotherPastPhrase(ctx: Context, k: number): number {
  for (let e = k + 1; e < ctx.n && e <= k + ANOTHER_REACH; e++) {
    // «أثناء جلوسه مع والده»: a clause of time opens another scene, whose company is no victim.
    if (ctx.bits[e - 1]! & (F.END | F.OPENER) || ctx.casualtyAt.has(e - 1) || wordIn(ctx, e - 1, WHILE)) return -1;
    const and = ctx.words[e] === 'و' ? e + 1 : ctx.bits[e]! & F.AND ? e : -1;
    if (and >= 0 && !ctx.casualtyAt.has(and) && anotherAt(ctx, and)) return e - 1;
    // «موظف في الشركة، مع قريبه»: or «مع» and another, or kin whose pronoun points back at him.
    const withWord = comitativeAt(ctx, e);
    if (withWord > 0 && (anotherAt(ctx, e + withWord) || kinOfHim(ctx, e + withWord))) return e - 1;
  }
  return -1;
}

/** Kin with a singular pronoun at `k` («قريبه»، «زوجته»، «ابنها»): a person joined to the one before. */
function kinOfHim(ctx: Context, k: number): boolean {
  const v = ctx.victimAt.get(k);
  return v !== undefined && v.entry.role === 'kinship' && /(ه|ها)$/u.test(ctx.words[v.lastToken]!);
}
const ANOTHER_REACH = 16;
const WHILE = /* @__PURE__ */ new Set(WHILE_WORDS);

/**
 * «في البرلمان وحارسه»، «في مجلس المحافظة وسائقه»: the last token of a short «في/من» phrase at `k` (plain words or a
 * side, the last definite), or of one indefinite adjective («محلي»), that a victim noun joined by «و» with a possessive
 * pronoun follows, pointing back past it; -1 if none.
 */
function ownerPhraseEnd(ctx: Context, k: number): number {
  const companion = (j: number) => {
    const v = ctx.victimAt.get(j);
    return v !== undefined && v.prefix === 'و' && !v.article && PRONOUN.has(v.suffix);
  };
  // «مسؤول محلي وسائقه»: or one indefinite adjective.
  if (plainWord(ctx, k) && !/^(ال|[وفبل])/u.test(ctx.words[k]!)) return companion(k + 1) ? k : -1;
  if (ctx.words[k] !== 'في' && ctx.words[k] !== 'من') return -1;
  // «ضابط في الجيش ومرافقه»: the phrase may name a side.
  for (let e = k + 1; e <= k + OWNER_PHRASE_WORDS && (plainWord(ctx, e) || ctx.actorsAt.has(e) || ctx.actorNounAt.has(e)); e++) {
    if (ctx.words[e]!.startsWith('ال') && companion(e + 1)) return e;
  }
  return -1;
}

/** A casualty noun's person pronoun («مقتله»، «إصابتها»، «استشهادهما»): one, two or some; null if none. */
function pronounPersons(m: LexMatch<'casualtyWords'>): Quantity | null {
  const p = /^ت?(ه|ها|هما|هم|هن)$/u.exec(m.suffix)?.[1];
  return p === undefined ? null : countOfPronoun(p);
}

/**
 * «مقتله وزوجته»، «إصابتها وطفلها»، «استشهاده واثنين من أبنائه»، «مقتله و5 آخرين»: a casualty noun whose pronoun
 * names its victim, and a group joined to it by «و» (no casualty word), are one group of `people`: the pronoun's
 * person and the conjunct, counted together. Null if the noun has no person pronoun or no such group follows. @internal
 */
export function pronounAndConjunct(ctx: Context, m: LexMatch<'casualtyWords'>): NounPhrase | null {
  const own = m.entry.pos === 'noun' ? pronounPersons(m) : null;
  const k = m.lastToken + 1;
  if (!own || !(ctx.bits[k]! & F.AND)) return null;
  const np = readNounPhrase(ctx, ctx.words[k] === 'و' ? k + 1 : k, false, true);
  if (!np || np.participle || (np.victims === null && !np.others) || !np.count) return null;
  const count: Quantity = own.value !== undefined && np.count.value !== undefined ? { value: own.value + np.count.value } : { vague: 'some' };
  return { ...np, count, victims: mixedClass('people', np.victims ?? 'people'), others: false };
}

/** «من المدنيين والمقاتلين»: a victim noun of no role joined by «و» right after the victim noun `v`, if any. @internal */
export function joinedGroup(ctx: Context, v: LexMatch<'victims'>): LexMatch<'victims'> | undefined {
  const more = ctx.victimAt.get(v.lastToken + 1);
  return more?.prefix === 'و' && !more.entry.role ? more : undefined;
}

/** The class of two groups told together: their own when the same, `civilians` when both are, `people` otherwise. @internal */
export function mixedClass(a: string, b: string): string {
  if (a === b) return a;
  return CIVILIAN_CLASSES.has(a) && CIVILIAN_CLASSES.has(b) ? 'civilians' : 'people';
}

/** «مكونة»، «مكون»: made up of. */
const MADE_OF = /^مكون(ه)?$/u;

/**
 * The members a family noun is told by, after it at `k`: an adjective («كاملة»), «مكونة» and «من», then a counted
 * group («7 أشخاص»). Null if none.
 */
function membersOf(ctx: Context, k: number, definite: boolean): NounPhrase | null {
  // «كاملة»، «العائلة اليمنية»، «الأسرة النازحة»: an adjective agreeing with the family noun in the article.
  const v = ctx.victimAt.get(k);
  const adjective = v ? v.prefix === '' && v.lastToken === k && victimClass(v) !== 'families' : plainWord(ctx, k);
  if (adjective && ctx.words[k] !== 'من' && ctx.words[k]!.startsWith('ال') === definite && !MADE_OF.test(ctx.words[k]!)) k++;
  if (MADE_OF.test(ctx.words[k] ?? '')) k++;
  if (ctx.words[k] !== 'من') return null;
  // «مكونة من أب وأم وثلاثة أطفال»: the members may be joined groups.
  const np = readNounPhrase(ctx, k + 1, false, false);
  return np?.countTokens && np.victims !== null && np.victims !== 'families' && !np.participle ? np : null;
}

/** How many words may describe a body before its members are told: «إرهابية من تنظيم داعش الإرهابي». */
const CELL_WORDS = 6;
const MEMBERED = /* @__PURE__ */ new Set(MEMBERED_GROUPS);
const MADE_UP = /* @__PURE__ */ new Set(MADE_UP_OF);

/**
 * «خلية إرهابية من تنظيم داعش تضم 26 عنصراً»، «عصابة مكونة من 3 أشخاص»: a body at `k` ({@link MEMBERED_GROUPS}) past
 * its adjectives and side, told by its counted members after {@link MADE_UP_OF}: the members, from the body's word on.
 * Null if none.
 */
function cellMembers(ctx: Context, k: number): NounPhrase | null {
  if (!wordIn(ctx, k, MEMBERED)) return null;
  let e = k + 1;
  for (; e < ctx.n && e <= k + CELL_WORDS && !MADE_UP.has(ctx.words[e]!); e++) {
    const side = ctx.actorsAt.get(e)?.[0];
    if (side) e = side.lastToken;
    // Its adjectives may be words the lexicons read («إرهابية»), never a casualty word, a figure or a break.
    else if (ctx.doc.tokens[e]!.kind !== 'word' || ctx.casualtyAt.has(e) || ctx.numberAt.has(e) || ctx.bits[e]! & (F.COMMA | F.END | F.OPENER | F.RELATIVE | F.AND)) return null;
  }
  if (!MADE_UP.has(ctx.words[e] ?? '')) return null;
  const at = ctx.words[e + 1] === 'من' ? e + 2 : e + 1;
  const members = readNounPhrase(ctx, at, false, false);
  if (!members?.countTokens || members.victims === null || members.participle) return null;
  // «اغتالت خلية تضم ثلاثة عناصر مختار القرية»: a body with an object of its own after it is a verb's subject.
  if (ctx.victimAt.has(members.last + 1) || ctx.numberAt.has(members.last + 1) || nameObjectAt(ctx, members.last + 1)) return null;
  // The body's word is the victims' word: a side named in the body is theirs, not the agent.
  return { ...members, first: k, victimTokens: [k, members.victimTokens?.[1] ?? members.last] };
}

/**
 * «تم اعتقاله مع ثلاثة آخرين»، «لقي مصرعه مع اثنين من رفاقه»، «سيدة قتلت مع طفلة»: a mention of an exact size right
 * before «مع» takes its company — a counted group, others, one person of no article, or a noun whose pronoun points
 * back — into its count, unless the company is read as a mention of its own.
 */
function withCompany(ctx: Context, found: Candidate[]): void {
  for (let i = 0; i < found.length; i++) {
    const c = found[i]!;
    const value = c.count?.value;
    // «قتل تاجر ذهب مع طفله»، «قضى الوزير فلان الفلاني مع تسعة أشخاص»: past the one's genitive or name.
    const at = value === 1 ? companyPastName(ctx, c.last + 1) : c.last + 1;
    const company = comitativeAt(ctx, at);
    if (value === undefined || company === 0 || c.describes) continue;
    const second = readNounPhrase(ctx, at + company, true, true, false);
    if (!second || second.participle || (second.victims === null && !second.others)) continue;
    const noun = second.victimTokens ? ctx.victimAt.get(second.victimTokens[0]) : undefined;
    // «مع شابين آخرين»: an uncounted «ين» with a group of exact size is a dual, as in a coordination — unless the noun
    // takes the sound plural («مع مسلحين»: whom they fought).
    const inYn = !second.countTokens && noun?.suffix === 'ين';
    if (inYn && takesSoundPlural(formWords(noun.form).at(-1)!)) continue;
    const dual = inYn && second.count?.vague === 'some' && !noun.article && !isPluralForm(noun);
    const size = dual ? 2 : second.count?.value;
    if (size === undefined) continue;
    const indefinite = noun !== undefined && !noun.article;
    if (!(second.countTokens || second.others || dual || indefinite || (noun && KIN_PRONOUN.test(ctx.words[noun.lastToken]!)))) continue;
    if (found.some((o) => o !== c && o.first <= second.last && o.last >= second.first)) continue;
    // «قتل 5 جنود مع 20 مسلحا»: soldiers and gunmen are the two sides of a fight, not company.
    if (opposingSides(ctx, c as NounPhrase, second)) continue;
    // Others, or a mention whose words name no class («اعتقاله»), with their company are people.
    const own = c.victims === null || c.victims === 'unspecified' ? null : c.victims;
    const victims = second.victims === null ? (own === null || own === 'women' || own === 'children' ? 'people' : own) : own === null ? second.victims : mixedClass(own, second.victims);
    // «شابين آخرين»: the others word after the noun is the company's; so is what a noun in construct heads.
    const end = kinConstructEnd(ctx, second.last);
    let last = ctx.bits[end + 1]! & F.OTHERS ? end + 1 : genitiveOf(ctx, end + 1) ? (ctx.placeAt.get(end + 1)?.lastToken ?? end + 1) : end;
    // «استشهاده مع ولده وابنته»: kin of his, or counted groups, joined to the company are company too.
    let total = value + size;
    for (let n = 1, more = ownOrCountedAt(ctx, last + 1); n < MAX_CONJUNCTS && more; n++, more = ownOrCountedAt(ctx, last + 1)) {
      if (more.count?.value === undefined || found.some((o) => o.first <= more.last && o.last >= more.first)) break;
      total += more.count.value;
      last = kinConstructEnd(ctx, more.last);
    }
    // «نحو 20 جنديا مع ضابط»: an approximate size stays approximate.
    found[i] = { ...c, last, count: { ...c.count, value: total }, victims: victims as Candidate['victims'] };
  }
}

/**
 * Where «مع» stands past one person's name or one-word genitive at `k` («تاجر ذهب مع طفله»، «الشاب فلان الفلاني مع
 * …»), else `k` — not past a verb («كان يقف مع …»).
 */
function companyPastName(ctx: Context, k: number): number {
  const names = namesAt(ctx, k);
  if (names && ctx.words[names.last + 1] === 'مع') return names.last + 1;
  const genitive = plainWord(ctx, k) && !ctx.victimAt.has(k) && !WERE.has(ctx.words[k]!) && !/^[يت]/u.test(ctx.words[k]!);
  return genitive && ctx.words[k + 1] === 'مع' ? k + 1 : k;
}

/** «مع» and «إلى جانب» join a group to another as its company: the length of the phrase at `k`, 0 if none. */
function comitativeAt(ctx: Context, k: number): number {
  if (ctx.words[k] === 'مع' || WITH_HIM.has(ctx.words[k]!)) return 1;
  return ctx.words[k] === 'الي' && ctx.words[k + 1] === 'جانب' ? 2 : 0;
}

const WITH_HIM = /* @__PURE__ */ new Set(WITH_PRONOUN);

/**
 * A group joined by «و» at `k` whose victim noun carries a pronoun back at the person before («وابنه»، «و3 من حراسه»),
 * or that a figure counts («و9 جنود») with no side of its own after it («و3 جنود من الجيش»: the other side of a fight);
 * null if none.
 */
function ownOrCountedAt(ctx: Context, k: number): NounPhrase | null {
  if (!(ctx.bits[k]! & F.AND)) return null;
  const group = readNounPhrase(ctx, ctx.words[k] === 'و' ? k + 1 : k, true, false, false);
  if (group?.victimTokens === undefined) return null;
  if (KIN_PRONOUN.test(ctx.words[group.victimTokens[1]]!)) return group;
  const side = ctx.words[group.last + 1] === 'من' && (ctx.actorsAt.has(group.last + 2) || ctx.actorNounAt.has(group.last + 2));
  return group.countTokens !== undefined && group.victims !== null && !side ? group : null;
}

/** The most groups one coordination sums: «رجل وزوجته وثلاثة من أبنائهما …». */
const MAX_CONJUNCTS = 8;

function fromNounPhrase(kind: CasualtyKind, trigger: readonly [number, number], np: NounPhrase, rule: string): Candidate {
  const c = fromGroupAt(kind, trigger, np, Math.min(trigger[0], np.first), Math.max(trigger[1], np.last));
  c.rule = rule;
  return c;
}

// How many words of the group's side may stand before its «على الأقل»: «مقتل ستة من أفراد الأمن على الأقل».
const AT_LEAST_GAP = 3;

/**
 * «قتل 12 مدنيا على الأقل»، «مقتل ستة من أفراد الأمن على الأقل»: «على الأقل» after a counted group (by a figure or
 * by its form: «شخصين»، «قتيلين»), past its side,
 * makes an exact figure a lower bound and ends the phrase. Only the side may stand between — «من/في صفوف/بين», a
 * victim noun, an actor or a definite genitive, and its own genitives; a «و», a verb or a preposition bounds something
 * else («ونقلتهم إلى سجنين على الأقل»، «في حادثين منفصلين على الأقل»، «بقصف دام ساعة على الأقل»).
 */
/** «على الأقل»، «في الأقل» at token `k`. */
export function atLeastAt(ctx: Context, k: number): boolean {
  return (ctx.words[k] === 'علي' || ctx.words[k] === 'في') && ctx.words[k + 1] === 'الاقل';
}

function atLeastAfter(ctx: Context, np: NounPhrase): NounPhrase {
  // A group counted by its form bounds as a figure does: «مقتل شخص واحد على الأقل»، «سقوط قتيلين على الأقل».
  if (!np.count || np.count.approximate || !(np.countTokens || ((np.victimTokens || np.participle) && np.count.value !== undefined))) return np;
  // The number reader may have read the «على الأقل» already (its figure is then a minimum): the phrase still takes it.
  const v = np.count.value;
  let k = np.last + 1;
  // «إصابة أربعة شبان آخرين على الأقل»: «others» after the group; «قتل 12 شخصا، على الأقل، بينهم …»: a bound between
  // commas (not «، على الأقل 10 منهم …», which bounds the next figure).
  if (OTHER_WORDS.has(ctx.words[k]!) && atLeastAt(ctx, k + 1)) k++;
  if (ctx.bits[k]! & F.COMMA && atLeastAt(ctx, k + 1) && (k + 3 >= ctx.n || (ctx.bits[k + 3]! & (F.COMMA | F.END)) !== 0)) k++;
  if (!atLeastAt(ctx, k)) {
    if ((ctx.bits[k]! & F.AND) === 0) k += phraseAt(ctx, k, RANK);
    // The side: a victim noun, an actor or a definite genitive («من عناصر الفصائل على الأقل»).
    if (!ctx.victimAt.has(k) && !ctx.actorsAt.has(k) && !forcesAt(ctx, k) && !(ctx.bits[k] === F.WORD && ctx.words[k]!.startsWith('ال'))) return np;
    for (let gap = 0; gap < AT_LEAST_GAP && !atLeastAt(ctx, k); gap++, k++) {
      if (ctx.bits[k] !== F.WORD || ctx.casualtyAt.has(k) || ctx.numberAt.has(k)) return np;
    }
  }
  if (!atLeastAt(ctx, k)) return np;
  // «ثمانية أفراد على الأقل من أسرة واحدة»، «12 قتيلا على الأقل وسط المدنيين»: the group's «من» or rank may follow its
  // «على الأقل», and a class there refines a generic one as it does right after the group.
  const rank = phraseAt(ctx, k + 2, RANK);
  const of = rank ? ctx.victimAt.get(k + 2 + rank) : undefined;
  const bounded = { ...np, count: v === undefined ? np.count : { min: v }, last: of && of.prefix === '' ? of.lastToken : k + 1 };
  if (!of || of.prefix !== '' || !(np.victims === null || np.victims === 'unspecified' || np.victims === 'people')) return bounded;
  const cls = victimClass(of);
  return cls === 'families' || cls === 'crew' ? bounded : { ...bounded, victims: cls, victimTokens: [of.firstToken, of.lastToken] };
}

/**
 * Whether a casualty word right after a figure is the noun it counts: not one joined by «و», which opens the next
 * item — «ارتفع عدد الشهداء إلى 100 والجرحى إلى 300»، «بلغ عدد القتلى 12 والجرحى 40»; nor a singular after a figure
 * with no value, which counts plurals only — «شيّع المئات جثمان الشهيد» (the mourners, then their object). `num` is
 * left out where the word is a verbal noun after «حالات», which the cases count («عشرات حالات الاعتقال»).
 */
function countableByFigure(p: LexMatch<'casualtyWords'>, num?: DocNumber): boolean {
  return p.prefix !== 'و' && !(num?.vague !== undefined && countOfForm(p)?.value === 1);
}

/**
 * An indefinite word at `k` that is no adjective of a plural subject before it (those end in «ون»), no preposition,
 * adjunct, time or name-like word with a clitic, and no person, casualty, figure, actor or place: the verb's object, a
 * thing («طائرة»، «سيارة»).
 */
function thingObject(ctx: Context, k: number): boolean {
  const w = ctx.words[k];
  if (w === undefined || !(ctx.bits[k]! & F.WORD) || ctx.bits[k]! & (F.TIME | F.AND | F.COMMA | F.END | F.RELATIVE | F.OPENER | F.QUOTE)) return false;
  if (w.startsWith('ال') || w.endsWith('ون') || /^[بلك]/u.test(w) || NOT_IN_NAMES.has(w)) return false;
  return !(ctx.victimAt.has(k) || ctx.casualtyAt.has(k) || ctx.numberAt.has(k) || ctx.actorsAt.has(k) || ctx.actorNounAt.has(k) || ctx.placeAt.has(k));
}

/** A bare noun of forces at `k` («قوات الشرطة»), not of an attack («بقصف») or after a preposition. */
function forcesAt(ctx: Context, k: number): boolean {
  const noun = ctx.actorNounAt.get(k);
  return noun !== undefined && noun.prefix === '' && noun.entry.takesName !== false;
}

/** «قتل 52 مدنيا»، «مقتل أربعين مدنياً»، «استشهاد وإصابة عدد من العاملين»، «أعدمت 79 شخصا»، «لقي 5 أشخاص حتفهم». */
function triggerThenCount(ctx: Context, groups: NounGroups, out: Candidate[]): void {
  for (const m of ctx.casualtyAt.values()) {
    if (m.entry.pos === 'participle') continue;
    // Read from the first trigger — unless that one has its subject before it, and is no plural active verb with a
    // counted object after this one («عناصره قتلوا أو جرحوا 18 جندياً»; «عنصراً قتل وأصيب اثنان» are two subjects).
    const prev = joinedBefore(ctx, m);
    const shared = (v: LexMatch<'casualtyWords'>) => /وا$/u.test(ctx.words[v.lastToken]!) && readNounPhrase(ctx, m.lastToken + 1)?.countTokens !== undefined;
    if (prev && sameSubject(ctx, prev, m) && !(prev.prefix === '' && !shared(prev) && subjectVerb(ctx, groups, prev.entry.kind, [prev.firstToken, prev.lastToken], prev))) continue;
    // Tested before the walk below, so that a chain of joined triggers is walked once, from its head (linear).
    //
    // Coordinated triggers share the phrase after the last one: «مقتل وجرح مئات آلاف المدنيين».
    const kinds: { kind: CasualtyKind; at: number; end: number }[] = [{ kind: m.entry.kind, at: m.firstToken, end: m.lastToken }];
    let last = m.lastToken;
    for (;;) {
      const next = joinedTrigger(ctx, last + 1);
      if (!next || !sameSubject(ctx, m, next)) break;
      kinds.push({ kind: next.entry.kind, at: next.firstToken, end: next.lastToken });
      last = next.lastToken;
    }
    // «قناصون يقتلون أي مدني يتحرك»: a present verb with «أي» tells a habit, no event («نفى مقتل أي مدني» is a denial).
    if (m.entry.pos === 'verb' && /^[يت]/u.test(m.form) && ctx.words[last + 1] === 'اي') continue;
    // A group before the verb is its subject, and the verb shares nothing after it («52 مدنيا قتلوا») — unless a group
    // after it is marked as its object by a figure, its ending or a title: then the group before is the agent of an
    // active verb («المسلحون أعدموا خمسة شبان»، «المسلحون أعدموا رجلين»، «الجنود اعتقلوا الشاب رفيق …»).
    const afterVerb = /وا$/u.test(ctx.words[m.lastToken]!) ? last + 1 : m.lastToken + 1;
    const object = m.entry.pos === 'verb' ? readNounPhrase(ctx, afterVerb) : null;
    // «المسلحون أعدموا رمياً بالرصاص ستة شبان»: or a counted group past the verb's weapon, time and place.
    // A plural verb before a noun has that noun for its object, not its subject, which would take a singular verb
    // («عناصر الأمن اعتقلوا الناشط فلان وشقيقه»، «المسلحون قتلوا بالرصاص رجلا»).
    const pluralVerb = m.entry.pos === 'verb' && /وا$/u.test(ctx.words[m.lastToken]!) && !INTRANSITIVE.has(formWords(m.form)[0]!);
    const pastAdjuncts = m.entry.pos === 'verb' && !object ? objectPastAdjuncts(ctx, afterVerb, pluralVerb) : null;
    // «اعتقلت خلالها كلاً من …»: the list may stand past a word the noun phrase skips too (a resumptive, «أيضاً»).
    const listed = eachOfNames(ctx, SKIP.has(ctx.words[last + 1] ?? '') ? last + 2 : last + 1);
    const marked = listed !== null || pastAdjuncts !== null || (object !== null && !object.participle && (pluralVerb || object.countTokens !== undefined || objectByEnding(ctx, object) || titledPersonEnd(ctx, object) >= 0 || summedJoin(ctx, object)));
    const before = m.entry.pos === 'verb' && m.prefix === '' && !marked ? subjectVerb(ctx, groups, m.entry.kind, [m.firstToken, m.lastToken], m) : null;
    if (before) {
      // «7 جنود قتلوا أو أصيبوا»: the verbs joined after it share its subject, one mention of each kind — when the last
      // has no subject of its own after it («طفلين قتلا وأصيب ثالث» are two groups).
      out.push(before);
      const own = kinds.length > 1 && (readNounPhrase(ctx, last + 1) !== null || ctx.numberAt.has(last + 1) || !/وا$/u.test(ctx.words[last]!));
      if (!own) for (const { kind, at, end } of kinds.slice(1)) out.push({ ...before, kind, trigger: [at, end], last: Math.max(before.last, end) });
      continue;
    }
    // An active verb may put its subject first: «أعدم تنظيم الدولة 12 شخصا»، «اعتقلت قوات الأمن 15 شابا».
    // «أعدمت اليوم الجماعة المسلحة أربعة رجال»، «اعتقلت، فجر اليوم، قوات الأمن …»: time words or an aside first.
    const lead = m.entry.pos === 'verb' ? pastVerbAdjuncts(ctx, last + 1) : last + 1;
    const subject = m.entry.pos === 'verb' ? subjectEnd(ctx, lead) : -1;
    const pastSubject = subject >= 0 ? pastEarlier(ctx, ctx.bits[subject + 1]! & F.COMMA ? subject + 2 : subject + 1) : -1;
    // «إصابة بالغة وطفلين»، «إصابة بالغة واحدة»: counted or joined to victims, «بالغة» is an adult woman after all.
    const grave = m.entry.kind === 'injured' && SEVERE.has(ctx.words[last + 1] ?? '') && !(ctx.bits[last + 2]! & F.AND) && !COUNTED_ONE.has(ctx.words[last + 2] ?? '');
    let np =
      // «مقتله وزوجته»: the noun's own person and the group joined to it.
      (kinds.length === 1 ? pronounAndConjunct(ctx, m) : null) ??
      listed ??
      // «إصابة بالغة»: after an injury, «بالغة» is how grave it is, not an adult woman; «لطفل» past it is the injured.
      (grave ? (/^ل/u.test(ctx.words[last + 2] ?? '') ? readNounPhrase(ctx, last + 2) : null) : readNounPhrase(ctx, last + 1)) ??
      pastAdjuncts ??
      (lead > last + 1 ? readNounPhrase(ctx, lead) : null) ??
      // «بمقتل «خمسة مواطنين»»: a counted group may open a quote.
      (ctx.bits[last + 1]! & F.QUOTE ? counted(readNounPhrase(ctx, last + 2)) : null) ??
      // «اعتقلت جميع العاملين»: all of a definite group, of no size given.
      // «قاموا بقتل " كل المهاجمين "»: in quotes too.
      allOf(ctx, ctx.bits[last + 1]! & F.QUOTE ? last + 2 : last + 1) ??
      // «وقتل وجرح جميع من كانوا على متنه»: all those who were there, of no size given.
      allWhoWere(ctx, last + 1) ??
      // «اغتال مجهولون، القيادي السابق»: a comma may close the subject.
      (subject >= 0 ? readNounPhrase(ctx, pastSubject) ?? allOf(ctx, pastSubject) : null) ??
      // «إعدام الجيش عشرات المدنيين»: a verbal noun's genitive that names a side is its agent, a group past it the object.
      (m.entry.pos === 'noun' && kinds.length === 1 && wordIn(ctx, m.firstToken, AGENT_NOUN) ? objectOfAgentNoun(ctx, last + 1, m.entry.kind) : null) ??
      // «إصابة خطيرة لطفل»: the injured after «ل» past how grave the injury is.
      (m.entry.pos === 'noun' ? afterLinks(ctx, last + 1 + (grave ? 1 : 0)) : null) ??
      (kinds.length === 1 ? namesAfterNoun(ctx, m) : null);
    // «مجزرة جديدة مروعة»، «مجزرة ثانية»: a massacre's adjectives or ordinal count and name no victims; only a group
    // of victim words does.
    // «مجزرة ثانية بحق 12 مدنيا»: the group it was committed against, past them, is its victims.
    if (np && !np.countTokens && !ctx.victimAt.has(np.victimTokens?.[0] ?? -1) && wordIn(ctx, m.firstToken, MASSACRE)) np = againstWhom(ctx, np.last + 1) ?? { ...np, count: null, victims: 'unspecified' };
    // «جثتي رجلين خطفهما مسلحون»: after a casualty word with a pronoun (a verb and its object) a nominative plural in
    // «ون» is the agent, no victims.
    if (np && m.entry.pos === 'noun' && PRONOUN.has(m.suffix) && np.first === last + 1 && !np.countTokens && ctx.victimAt.get(np.first)?.article === false && ctx.words[np.first]!.endsWith('ون')) continue;
    // «اعتقال جنود الاحتلال لشابين»: armed men of no figure in construct with a side, after a verbal noun of an act,
    // are its agent; the object is past the side.
    if (np && m.entry.pos === 'noun' && kinds.length === 1 && np.first === last + 1 && !np.countTokens && (np.victims === 'soldiers' || np.victims === 'fighters') && wordIn(ctx, m.firstToken, AGENT_NOUN)) {
      np = objectOfAgentNoun(ctx, np.first, m.entry.kind) ?? objectOfAgentNoun(ctx, np.last + 1, m.entry.kind) ?? np;
    }
    // «أعدم المسلحون أربعة رجال»، «اختطف مسلحون مجهولون ثلاثة مهندسين»: a definite uncounted group, or an armed
    // actor's noun, right after an active verb is its subject when a counted group follows it: that one is the object.
    const agent = np && m.entry.pos === 'verb' ? ctx.actorNounAt.get(np.first) : undefined;
    // «أعدم مسلحو التنظيم … أربعة»: a plural in construct with the nominative «و» is a subject too.
    const nominative = ctx.victimAt.get(np?.first ?? -1)?.suffix === 'و';
    // «قتل مستوطنون شاباً»: an uncounted sound plural in «ون» is nominative — the subject, when an object follows it.
    const pluralSubject = np !== null && !np.countTokens && np.first === last + 1 && ctx.victimAt.get(np.first)?.article === false && ctx.victimAt.get(np.first)!.lastToken === np.first && ctx.words[np.first]!.endsWith('ون');
    // «اعتقلت مجموعة من الجنود 3 شبان»، «قتل انتحاري 12 جنديا»: a group of no exact size right before a figure is the
    // subject too.
    const figureNext = np !== null && (!np.countTokens || np.count?.value === undefined) && ctx.numberAt.has(np.last + 1) && !ctx.words[np.last + 1]!.startsWith('ال');
    // A titled person past the verb's adjuncts («قتلت قبل ذلك الطالب فلان») is its object, read as such.
    const subjectFirst = np !== null && np !== pastAdjuncts && !np.countTokens && (ctx.victimAt.get(np.first)?.article || agent || nominative || pluralSubject || sideAfter(ctx, np.last + 1));
    // «استشهد شابان من المقاومة، أحدهما قائد»: an intransitive verb's subject is its victims, with no object past it.
    if (np && m.entry.pos === 'verb' && (subjectFirst || figureNext) && !np.participle && !(ctx.bits[np.last + 1]! & F.AND) && !INTRANSITIVE.has(formWords(m.form)[0]!)) {
      const subjectEnd = Math.max(np.last, agent?.lastToken ?? -1);
      const object = objectPastSubject(ctx, subjectEnd + 1, nominative);
      // «قتل الصيادون 30 ذئبا»: a bare figure right after the subject counts the verb's object, here not people.
      if (!object && subjectFirst && ctx.numberAt.has(subjectEnd + 1) && !ctx.words[subjectEnd + 1]!.startsWith('ال')) continue;
      // «اختطف مسلحون طائرة»: a nominative subject and a thing after it — the subject did it to the thing.
      if (!object && (pluralSubject || nominative) && thingObject(ctx, subjectEnd + 1)) continue;
      // «أعدم مسلحون مجهولون …»: an agent the text does not name is never the victims.
      np = object ?? (agent?.id === UNNAMED_AGENT ? null : np);
    }
    // «الأسر النازحة»: a definite noun followed by a definite, uncounted victim word is a noun and its adjective — not
    // past the preposition that ends a phrase of an arrest made («ألقت القبض على الطبيب»، «تمكنت من القبض على»); one to
    // be made, after «ب/ل» or «في/إلى» («أمرت بالقبض»، «فشلت في القبض على المتهمين»), names people told before.
    const madeArrest = PREPOSITIONS.has(ctx.words[m.lastToken]!) && !/^[بل]/u.test(m.prefix) && !ARREST_AIM.has(ctx.words[m.firstToken - 1] ?? '');
    const adjective = np && m.entry.pos === 'noun' && m.article && !np.countTokens && ctx.victimAt.get(np.victimTokens?.[0] ?? -1)?.article && !madeArrest;
    // «أصيبت فيها جثث»: bodies are no victims of another kind.
    // «تحتجز جثمانه»: a body held is no detainee either; the pronoun hides the word from the clitic reading.
    const bodies = np?.participle && np.participle.entry.kind !== m.entry.kind && (wordIn(ctx, np.participle.firstToken, BODY_WORDS) || BODY_WORDS.has(np.participle.form));
    // «أصابت الطلقة الضحية في رأسها»: the dead, told before, were hit — no new injured.
    const dead = m.entry.kind === 'injured' && np?.participle?.entry.kind === 'killed' && np.participle.article && !np.countTokens;
    // «فقدان مدني حياته»: a casualty word that an idiom's object completes is read as the idiom (lost a life: killed).
    if (np && completesIdiom(ctx, m.firstToken, np.last + 1)) continue;
    // «استشهد الشهيد فلان، ومحمد العزيزي»: names joined past a titled person's are more people.
    // «الشهيد فلان»: a definite casualty participle is a title too, the names after it the people.
    const titledName = np && !np.countTokens ? titledPersonEnd(ctx, np) : -1;
    const more = titledName >= 0 ? joinedNames(ctx, titledName + 1) : null;
    const named = np?.participle?.article && np.count?.value === 1 && np.last === np.participle.lastToken ? namesAt(ctx, np.last + 1) : null;
    // «مقتل العسكريين عبد الصادق عبد السلام وأحمد الشرف»، «استشهاد المواطنين؛ فلان …، وفلان»: a definite plural or dual
    // of a class, then the names of two or more, is counted by its names.
    const byNames = np && !more && !named ? classThenNames(ctx, np) : null;
    if (np && more) np = { ...np, last: more.last, count: { value: 1 + more.count }, victims: 'people' };
    else if (np && named) np = { ...np, last: named.last, count: { value: named.count }, victims: 'people' };
    else if (np && byNames) np = { ...np, last: byNames.last, count: { value: byNames.count } };
    if (np && !adjective && !bodies && !dead) {
      for (const { kind } of kinds) out.push(fromNounPhrase(kind, [m.firstToken, last], np, m.entry.pos === 'verb' ? 'verb-count' : 'noun-count'));
      // «قتل 4 مدنيين أو جرحوا»: a plural verb joined after the group has the group for its subject.
      const then = m.entry.pos === 'verb' && OR.has(ctx.words[np.last + 1] ?? '') ? joinedTrigger(ctx, np.last + 1) : undefined;
      if (then && then.entry.pos === 'verb' && /وا$/u.test(ctx.words[then.lastToken]!)) out.push({ ...fromNounPhrase(then.entry.kind, [then.firstToken, then.lastToken], np, 'verb-count'), first: m.firstToken });
    } else if (m.entry.pos === 'noun' && CAMPAIGN_KINDS.has(m.entry.kind) && m.prefix === '' && wordIn(ctx, m.firstToken - 1, CAMPAIGN_WORDS)) {
      // «تقوم بحملة اعتقالات»، «تنفذ أول عملية إعدام علنية»: a campaign carried out, of unknown size.
      const adjective = !ctx.words[m.lastToken + 1]?.startsWith('ال') && ADJECTIVE_OF_EVENTS.test(ctx.words[m.lastToken + 1] ?? '');
      const last = m.lastToken + (adjective ? 1 : 0);
      // «حملة اعتقالات بحق المدنيين / في صفوف مواطني …»، «حملات الاعتقالات التي تنفذها بحق المدنيين»: the group it is
      // waged against, past a short relative clause, names its victims (of no size).
      const against = againstWhom(ctx, relativeEnd(ctx, last + 1) + 1);
      out.push({ kind: m.entry.kind, first: m.firstToken - 1, last: against?.last ?? last, trigger: [m.firstToken, m.lastToken], count: null, victims: against?.victims ?? null, ...(against?.victimTokens ? { victimTokens: against.victimTokens } : {}), others: false, rule: 'campaign' });
    } else if (m.entry.kind === 'executed' && m.entry.pos === 'noun' && (FIELD.has(ctx.words[m.lastToken + 1] ?? '') || (ctx.bits[m.lastToken + 1]! & F.QUOTE && FIELD.has(ctx.words[m.lastToken + 2] ?? '')))) {
      // «إعدام ميداني في جنين»، «وأحيانا الإعدام الميداني»: field executions stated, singular or definite too.
      let last = m.lastToken + (FIELD.has(ctx.words[m.lastToken + 1] ?? '') ? 1 : 2);
      if (ctx.bits[last + 1]! & F.QUOTE) last++;
      // «إعدامات ميدانية بحق مدنيين»: the group they were carried out against names their victims, as for a campaign.
      const against = againstWhom(ctx, last + 1);
      out.push({ kind: m.entry.kind, first: m.firstToken, last: against?.last ?? last, trigger: [m.firstToken, m.lastToken], count: against ? against.count : null, victims: against?.victims ?? null, ...(against?.victimTokens ? { victimTokens: against.victimTokens } : {}), others: false, rule: 'noun-plural' });
    } else if ((m.suffix === 'ات' || /ات$/u.test(m.form)) && !m.article && ADJECTIVE_OF_EVENTS.test(ctx.words[m.lastToken + 1] ?? '')) {
      // A plural verbal noun with an adjective states events without a size: «إعدامات ميدانية»، «اعتقالات واسعة».
      // Bare «الاعتقالات» or «حملة اعتقالات» names nobody and is no casualty statement.
      out.push({ kind: m.entry.kind, first: m.firstToken, last: m.lastToken + 1, trigger: [m.firstToken, m.lastToken], count: null, victims: null, others: false, rule: 'noun-plural' });
    }
  }
}

/**
 * «إعدام الجيش عشرات المدنيين»، «اعتقال قوات الاحتلال 20 فلسطينيا»: a side named right after a verbal noun of
 * {@link AGENT_NOUNS} is its agent in the genitive, and a group past it, counted or marked by its ending (or after «ل»),
 * the object; so is all of a definite group past it («تصفية المليشيا جميع الكوادر الطبية»).
 */
function objectOfAgentNoun(ctx: Context, k: number, kind: CasualtyKind): NounPhrase | null {
  let end = ctx.actorNounAt.get(k)?.lastToken ?? -1;
  for (const a of ctx.actorsAt.get(k) ?? []) end = Math.max(end, a.lastToken);
  if (end < k) return null;
  // «اعتقال السلطات الإسرائيلية اليوم 19 فلسطينيا»: time words may stand between the agent and the object.
  const past = pastVerbAdjuncts(ctx, end + 1);
  const object = objectPastSubject(ctx, end + 1) ?? (past > end + 1 ? objectPastSubject(ctx, past) : null);
  if (object && (object.countTokens || objectByEnding(ctx, object))) return object;
  const all = allOf(ctx, end + 1);
  if (all) return all;
  // «إعدام قوات الدعم السريع لمعتقلين»: or the object after «ل», counted or indefinite.
  const marked = /^ل[^ل]/u.test(ctx.words[end + 1] ?? '') ? readNounPhrase(ctx, end + 1) : null;
  // A casualty participle of its own kind («اعتقال الجيش لمعتقلين») names the captor's own held; of another kind
  // («إعدام … لمعتقلين») the prisoners it was done to, of no size (its dual and plural are written alike).
  const held = marked?.participle && !marked.countTokens && marked.participle.entry.kind !== kind && !marked.participle.article;
  // Its tokens are where the victims are named: the agent before them stays the agent.
  if (held) return { ...marked, count: { vague: 'some' }, victimTokens: [marked.participle!.firstToken, marked.participle!.lastToken] };
  return marked && !marked.participle && (marked.countTokens || !ctx.victimAt.get(marked.victimTokens?.[0] ?? -1)?.article) ? marked : null;
}

/**
 * Past a verb at `k`, the first token after a time or source between commas, or after a few time words and, past a
 * verb that is not plural, a place phrase between them and its subject («وأصيب في ريف المدينة آخرون»، «قتل اليوم في
 * البلدة مدنيان»; a plural verb has its subject in its ending, and a group past its place is its object:
 * `objectPastAdjuncts`).
 */
function pastVerbAdjuncts(ctx: Context, k: number): number {
  const aside = sourceAsideEnd(ctx, k);
  if (aside >= 0) return aside + 1;
  const earlier = pastEarlier(ctx, k);
  if (earlier > k) return earlier;
  const timeWords = (from: number): number => pastRun(ctx, from, MAX_TIME_WORDS, F.TIME);
  const j = timeWords(k);
  if ((agreementOfWord(ctx.words[k - 1]!) & AGREE.NUMBER) === AGREE.PLURAL) return j;
  const place = pastPlaceAdjunct(ctx, j);
  return place > j ? timeWords(place) : j;
}

const EARLIER = /* @__PURE__ */ phraseTable([...EARLIER_ADVERBS, ...MANNER_PHRASES, ...MANNER_ADVERBS.map((w) => [w])]);
/** «حتى الآن»، «حتى اللحظة»: so far. */
const SO_FAR = /* @__PURE__ */ phraseTable([['حتي', 'الان'], ['حتي', 'اللحظه']]);
/**
 * The token past an adverb of an earlier time or of manner at `k` (`EARLIER_ADVERBS`: «في السابق»، `MANNER_ADVERBS`:
 * «ميدانياً»، `MANNER_PHRASES`: «تحت تهديد السلاح»), or `k` if none stands there. @internal
 */
export function pastEarlier(ctx: Context, k: number): number {
  return k + phraseAt(ctx, k, EARLIER);
}

/** The core's actor noun of an agent the text does not name («مسلحون مجهولون»، «جهة مجهولة»). @internal */
export const UNNAMED_AGENT = 'unknown-attackers';
const OR = /* @__PURE__ */ new Set(OR_WORDS);
const JOINING = /* @__PURE__ */ new Set([...OR_WORDS, 'و']);
const SEVERE = /* @__PURE__ */ new Set(SEVERITY_WORDS);
const COUNTED_ONE = /* @__PURE__ */ new Set(ONE_WORDS);
const AGENT_NOUN = /* @__PURE__ */ new Set(AGENT_NOUNS);
const ALL = /* @__PURE__ */ new Set(ALL_OF);
/** The group `np` read from after «جميع/كل» at `at`: all of them, no size. */
function wholeOf(np: NounPhrase | null, at: number): NounPhrase | null {
  if (!np || np.countTokens) return null;
  return { first: at, last: np.last, count: null, victims: np.victims, others: false, ...(np.victimTokens ? { victimTokens: np.victimTokens } : {}) };
}
const counted = (np: NounPhrase | null): NounPhrase | null => (np?.countTokens ? np : null);

/** «جميع المهاجمين»، «كل العاملين»: all of a definite group at `k`, of no size given. */
function allOf(ctx: Context, k: number): NounPhrase | null {
  return ALL.has(ctx.words[k] ?? '') && ctx.victimAt.get(k + 1)?.article ? wholeOf(readNounPhrase(ctx, k + 1), k) : null;
}
const WERE = /* @__PURE__ */ new Set(WAS_FORMS);

/**
 * «جميع من كانوا على متنه»، «كل من كان في المبنى»: all of, «من» (who) and «كان»; «من فيها»، «جميع من عليها» (who were
 * in or on it), with or without «all»: people, of no size.
 */
function allWhoWere(ctx: Context, k: number): NounPhrase | null {
  const all = ALL.has(ctx.words[k] ?? '');
  const who = all ? k + 1 : k;
  const was = ctx.words[who + 1] ?? '';
  if (ctx.words[who] !== 'من' || !((all && WERE.has(was)) || THERE.has(was))) return null;
  return { first: k, last: who + 1, count: null, victims: 'people', others: false };
}
const THERE = /* @__PURE__ */ new Set(WHO_IN_IT);

/**
 * A casualty word (not a participle) joined at `k` by «و» or «أو» to the one before: «قتلوا وجرحوا»، «قتلوا أو جرحوا»،
 * «قتل و جرح» (a «و» written apart joins as «أو» does).
 */
function joinedTrigger(ctx: Context, k: number): LexMatch<'casualtyWords'> | undefined {
  const either = JOINING.has(ctx.words[k] ?? '');
  const next = ctx.casualtyAt.get(either ? k + 1 : k);
  return next && next.entry.pos !== 'participle' && next.prefix === (either ? '' : 'و') ? next : undefined;
}

/** The casualty word that `m` is joined to by «و» or «أو», if any. */
function joinedBefore(ctx: Context, m: LexMatch<'casualtyWords'>): LexMatch<'casualtyWords'> | undefined {
  const either = m.prefix === '' && JOINING.has(ctx.words[m.firstToken - 1] ?? '');
  if (m.prefix !== 'و' && !either) return undefined;
  const prev = ctx.casualtyAt.get(m.firstToken - (either ? 2 : 1));
  return prev && prev.entry.pos !== 'participle' && prev.lastToken === m.firstToken - (either ? 2 : 1) ? prev : undefined;
}

/**
 * Whether two coordinated casualty words share what follows: nouns do («مقتل وإصابة 20»), and verbs of one ending («قتل
 * وأصيب 678 مدنيا»، «قتلوا وجرحوا 18 جنديا»); a plural verb and a singular one do not («6 قتلوا وأصيب العديد»).
 */
function sameSubject(ctx: Context, a: LexMatch<'casualtyWords'>, b: LexMatch<'casualtyWords'>): boolean {
  // «لقوا مصرعهم وأصيب 16 آخرون»: a noun whose victims are its pronoun shares nothing after it.
  if (a.entry.pos === 'noun' && PRONOUN.has(a.suffix)) return false;
  if (a.entry.pos !== 'verb' || b.entry.pos !== 'verb') return true;
  return /وا$/u.test(ctx.words[a.lastToken]!) === /وا$/u.test(ctx.words[b.lastToken]!);
}

/**
 * «ونشرت المديرية أسماء الضحايا: فلان الفلاني (قتيل)، فلان (جريح)»، «فلان 12 سنة (متوفى)»: a singular casualty participle
 * alone in brackets after a word of its line tells what befell the person named before it — one, a child by an age
 * just before (rule `status`).
 */
function bracketedStatus(ctx: Context, out: Candidate[]): void {
  for (let i = 1; i + 2 < ctx.n; i++) {
    if (ctx.words[i] !== '(' || ctx.doc.tokens[i - 1]!.kind === 'punct') continue;
    const p = ctx.casualtyAt.get(i + 1);
    if (!p || p.entry.pos !== 'participle' || p.article || p.prefix !== '' || ctx.words[p.lastToken + 1] !== ')' || countOfForm(p)?.value !== 1) continue;
    // «فلان 12 سنة (متوفى)»: a child's age just before.
    const victims = childAge(ctx, Math.max(0, i - 3), i - 1) ? 'children' : 'people';
    out.push({ kind: p.entry.kind, first: p.firstToken, last: p.lastToken, trigger: [p.firstToken, p.lastToken], count: { value: 1 }, victims, others: false, rule: 'status' });
  }
}

/**
 * «وشملت الاعتقالات أيضاً الشقيقين فلان وفلان»، «طالت الإعدامات عشرات الشبان»: a verb of reaching before its subject, a
 * definite casualty noun, then (past «أيضاً») the people it reached — of that noun's kind (rule `noun-count`).
 */
function reachedBy(ctx: Context, out: Candidate[]): void {
  for (let i = 0; i + 2 < ctx.n; i++) {
    if (!(ctx.cues[i]! & CUE_REACH)) continue; // «طالت», «وشملت» (a bit of stage 1)
    const p = ctx.casualtyAt.get(i + 1);
    if (!p || p.entry.pos !== 'noun' || !p.article || p.prefix !== '') continue;
    const k = wordIn(ctx, p.lastToken + 1, ALSO) ? p.lastToken + 2 : p.lastToken + 1;
    // Right after the noun a counted group is read as the noun's own count already.
    if (k === p.lastToken + 1 && ctx.numberAt.has(k)) continue;
    const np = readNounPhrase(ctx, k, false, true);
    if (np?.victims) out.push(fromNounPhrase(p.entry.kind, [p.firstToken, p.lastToken], np, 'noun-count'));
  }
}

/** «إعدامات ميدانية بحق 5 أسرى»، «حملة اعتقالات طالت 40 شخصا»: a verbal noun, a link word, then the count. */
function afterLinks(ctx: Context, i: number): NounPhrase | null {
  // «عملية إعدام علنية في مدينة إدلب، شمالي سوريا، بحق شابين»: the link may come after the event's place and time.
  const sentence = ctx.sentenceOf[i];
  for (let k = i; k <= i + 14 && k < ctx.n && ctx.sentenceOf[k] === sentence; k++) {
    // «إعدام ميداني لـ 12 مدنيا»، «اعتقالات لـ 20 شابا»: the object's «لـ» written apart, right after the noun or its
    // adjectives.
    if (LINKS.has(ctx.words[k]!) || (ctx.words[k] === 'ل' && k <= i + 2)) return readNounPhrase(ctx, ctx.bits[k + 1]! & F.INCLUDES ? k + 2 : k + 1);
    // «الاعتقالات التي طالت 30 شخصا»: a relative right before a verb of reaching opens no new clause, it links.
    if (ctx.bits[k]! & F.RELATIVE && REACHING.has(ctx.words[k + 1] ?? '')) continue;
    if (ctx.bits[k]! & (F.END | F.OPENER | F.RELATIVE) || (k > i && ctx.casualtyAt.has(k)) || (k > i + 2 && !(ctx.bits[k]! & (F.WORD | F.COMMA | F.QUOTE)))) return null;
    // «حملة اختطافات في المنطقة، طالت عدداً من المواطنين»، «حملة اعتقالات، طالت أربعة»: a comma may part the verb of
    // reaching from the noun or its place.
    if (k <= i + 2 && ctx.doc.tokens[k]!.kind !== 'word' && !(ctx.bits[k]! & F.COMMA && REACHING.has(ctx.words[k + 1] ?? ''))) return null;
  }
  return null;
}

/** Last token of an actor phrase starting at `i` («قوات الأمن»، «تنظيم الدولة»), -1 if none starts there. */
function subjectEnd(ctx: Context, i: number): number {
  // «أعدمت "حركة الشباب" …»: a subject in quotes, to its closing quote.
  const quoted = i < ctx.n && ctx.bits[i]! & F.QUOTE ? 1 : 0;
  i += quoted;
  let end = -1;
  for (const a of ctx.actorsAt.get(i) ?? []) end = Math.max(end, a.lastToken);
  const noun = ctx.actorNounAt.get(i);
  if (noun) end = Math.max(end, noun.lastToken);
  if (end < 0) return -1;
  // Further actor phrases and their links («التابع للتحالف الدولي بقيادة الولايات المتحدة») extend the subject; a
  // casualty word ends it (the next clause's verb: without this stop «اعتقلت الدورية» repeated walks to the end from
  // every verb, quadratic).
  for (let k = end + 1; k <= end + 4 && k < ctx.n; k++) {
    // «اعتقلت قوات الأمن مسلحين اثنين»: an indefinite noun after a definite subject is no part of it but its object.
    if (!ctx.actorsAt.has(k) && ctx.victimAt.get(k)?.article === false && ctx.words[k - 1]!.startsWith('ال')) break;
    const more = ctx.actorsAt.get(k)?.[0]?.lastToken ?? ctx.actorNounAt.get(k)?.lastToken;
    if (more !== undefined) {
      end = Math.max(end, more);
      k = end;
    } else if (ctx.doc.tokens[k]!.kind !== 'word' || countingNumber(ctx, k) || ctx.victimAt.has(k) || ctx.casualtyAt.has(k)) break;
  }
  // A definite modifier after a bare actor noun belongs to it: «قوات الأمن»، «القوات الحكومية».
  const next = ctx.words[end + 1];
  if (noun && end === noun.lastToken && next?.startsWith('ال') && !ctx.numberAt.has(end + 1) && !ctx.victimAt.has(end + 1)) end++;
  if (quoted && end + 1 < ctx.n && ctx.bits[end + 1]! & F.QUOTE) end++;
  // «"حركة الشباب" التي يشتبه في علاقتها بالقاعدة صباح اليوم»: so does a relative clause on it, to the time word or
  // comma that closes it.
  const relative = end + (ctx.bits[end + 1]! & F.QUOTE ? 2 : 1);
  const clause = relative < ctx.n && ctx.bits[relative]! & F.RELATIVE ? relativeClauseEnd(ctx, relative) : -1;
  return clause >= 0 ? clause : end;
}

/** «أودى بحياة 5 أشخاص»، «راح ضحيتها نحو 48 قتيلا» («لقي … حتفهم» is an idiom: {@link idiomPredicates}). */
function killingPhrases(ctx: Context, out: Candidate[]): void {
  for (let i = 0; i < ctx.n; i++) {
    if (!(ctx.cues[i]! & CUE.KILLING) || !wordIn(ctx, i, KILLING_FIRST_WORDS)) continue;
    let len = phraseAt(ctx, i, KILLING);
    // «أزهق القصف أرواح 12 مدنيا»، «حصدت الغارات الإسرائيلية أرواح…»، «قضت رصاصة قناص على امرأة»: the verb's subject
    // may stand before «أرواح» or «على».
    // «قضى … على»: the verb finishes off whom «على» names; the others take «أرواح/حياة».
    const finishing = wordIn(ctx, i, FINISHERS);
    if (!len && wordIn(ctx, i, TAKERS)) {
      // «حصد التنظيم في بلدة كفرنبل أرواح …»، «حصدت، فجر اليوم، الغارات أرواح …»: a place phrase or an aside between
      // commas does not count toward the gap.
      let reach = i + LIVES_GAP;
      for (let k = i + 1; k < ctx.n && k <= reach && k <= i + IDIOM_GAP; k++) {
        const aside = sourceAsideEnd(ctx, k);
        const prep = aside < 0 && PLACE_PREPOSITION.has(ctx.words[k]!) && ctx.doc.tokens[k + 1]?.kind === 'word';
        const over = aside >= 0 ? aside : prep ? placeWordEnd(ctx, k + 1) : ctx.placeAt.has(k) ? placeWordEnd(ctx, k) : -1;
        if (over >= k) {
          reach += over - k + 1;
          k = over;
        } else if (ctx.doc.tokens[k]!.kind !== 'word' || ctx.bits[k]! & (F.END | F.COMMA | F.QUOTE) || ctx.numberAt.has(k) || ctx.casualtyAt.has(k)) break;
        // «قضت المحكمة على المتهم بالسجن»: a court's decree finishes no one off.
        if (finishing && wordIn(ctx, k, DECREES)) break;
        if (!(finishing ? ctx.words[k + 1] === 'علي' : LIFE.has(ctx.words[k + 1] ?? ''))) continue;
        len = k + 2 - i;
        break;
      }
    }
    // «ما أودى بحياتها»: the victims are the pronoun on «حياة» (one, two or some).
    const own = !len && wordIn(ctx, i, TAKING_LIFE_OF) ? LIFE_OF.get(ctx.words[i + 1] ?? '') : undefined;
    if (own) {
      out.push({ kind: 'killed', first: i, last: i + 1, trigger: [i, i + 1], count: own, victims: 'unspecified', others: false, rule: 'killing-phrase' });
      continue;
    }
    // «مذبحة أودت بنحو 200 مدني»، «أودى الهجوم بخمسة أشخاص»: «أودى» takes a counted group by «ب» without «حياة».
    const taken = !len && wordIn(ctx, i, TAKING_LIFE_OF) ? figureByBa(ctx, i) : -1;
    const group = taken >= 0 ? readNounPhrase(ctx, taken, true, true) : null;
    // «أودت الأزمة بنحو 3 ملايين يمني إلى حافة المجاعة»: with «إلى» after the group it led them somewhere.
    if (group?.countTokens && ctx.words[group.last + 1] !== 'الي') {
      out.push(fromNounPhrase('killed', [i, i], group, 'killing-phrase'));
      continue;
    }
    if (!len) continue;
    // «أودت بحياة 233 ألفا»، «أودى الانفجار بحياة 14»: after a verb and its object of life a bare figure counts people;
    // «بحياة» with no such verb before it needs a noun.
    // «أودى بحياة وإصابة العديد من المدنيين»: a casualty noun joined right after the phrase shares its object.
    const joined = ctx.casualtyAt.get(i + len);
    const at = joined?.prefix === 'و' && joined.entry.pos === 'noun' ? joined.lastToken + 1 : i + len;
    const np = readNounPhrase(ctx, at, len > 1 || lifeTakerBefore(ctx, i), true);
    if (np) out.push(fromNounPhrase('killed', [i, i + len - 1], np, 'killing-phrase'));
  }
}
/**
 * The figure «أودى» at `i` takes by «ب», past a subject of a few words: on the figure or its qualifier («بخمسة»،
 * «بنحو 200»), or after a bare «ب» («بـ 12»); -1 if none.
 */
function figureByBa(ctx: Context, i: number): number {
  for (let k = i + 1; k < ctx.n && k <= i + LIVES_GAP; k++) {
    const w = ctx.words[k]!;
    // «أودى به إلى السجن»: «ب» with a pronoun takes no group.
    if (ctx.doc.tokens[k]!.kind !== 'word' || ctx.bits[k]! & (F.END | F.COMMA) || ctx.casualtyAt.has(k) || (w.startsWith('ب') && PRONOUN.has(w.slice(1)))) return -1;
    if (countingNumber(ctx, k) && w.startsWith('ب')) return k;
    if (w === 'ب') return countingNumber(ctx, k + 1) ? k + 1 : -1;
    // «وأودى برميل متفجر بـ 7 مدنيين»: a subject in «ب» is stepped over like any other.
  }
  return -1;
}

/** Whether a verb of «أودى بحياة» stands a few words before «بحياة» at `i`, in its clause (its subject between). */
function lifeTakerBefore(ctx: Context, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - LIVES_GAP && ctx.clauseOf[k] === ctx.clauseOf[i]; k--) if (wordIn(ctx, k, TAKING_LIFE_OF)) return true;
  return false;
}
const TAKING_LIFE_OF = /* @__PURE__ */ new Set(KILLED_PHRASES.filter((p) => p.length === 2 && p[1] === 'بحياه').map((p) => p[0]!));
// «بحياته»، «بحياتهما»: the life taken, and the count its pronoun names.
const LIFE_OF = /* @__PURE__ */ new Map<string, Quantity>(LIVES_OF.map(({ word, count }) => [word, count]));
const FINISHERS = /* @__PURE__ */ new Set(FINISHING_OFF);
const DECREES = /* @__PURE__ */ new Set(DECREEING);
const TAKERS = /* @__PURE__ */ new Set([...TAKING_LIVES, ...FINISHING_OFF]);
const LIFE = /* @__PURE__ */ new Set(LIVES);
const LIVES_GAP = 4;

// «لقي … حتفهم» is one of them: its object may stand far past a long group.
const IDIOM_OBJECTS = /* @__PURE__ */ new Map(
  [...DEATH_IDIOMS, { verbs: NEEDS_DEATH_OBJECT, objects: DEATH_OBJECTS }].flatMap(({ verbs, objects }) => verbs.map((v) => [v, new Set(objects)] as const)),
);
/** Idiom verbs of another kind than death: «يصارع الموت» (injured). */
const IDIOM_KINDS = /* @__PURE__ */ new Map(DEATH_IDIOMS.flatMap(({ verbs, kind }) => (kind ? verbs.map((v) => [v, kind] as const) : [])));
const FALLS = /* @__PURE__ */ new Set(FALL_WORDS);
const LOSS_VERBS = /* @__PURE__ */ new Set([...LOSING, ...LOSING_OR_MISSING]);
const IDIOM_VERBS = /* @__PURE__ */ new Set([...IDIOM_OBJECTS.keys(), ...FALL_WORDS]);
// The same words as one-word phrases: a phrase table keeps per word whether it opens one (no clitic reading per token).
const IDIOM_OPENERS = /* @__PURE__ */ phraseTable([...IDIOM_VERBS].map((w) => [w]));
// How far a death idiom's complement may stand past its verb: «لقي تسعة جنود من القوات التابعة لـ"الجيش" مصرعهم»،
// «فقد الشاب "فلان الفلاني بن فلان" البالغ من العمر 18 عاماً، حياته».
const IDIOM_GAP = 14;
// How many words (adjectives) may stand between the fallen and the participle that says how: «سقط شاب فلسطيني شهيدا».
const FALL_GAP = 2;
const FELL_INTO = /* @__PURE__ */ phraseTable(FALLS_INTO);
export const ALSO = /* @__PURE__ */ new Set(ALSO_WORDS);
const FALL_ADJUNCT = /* @__PURE__ */ new Set(FALL_ADJUNCTS);
/**
 * The last token of the attack one fell in at `k` (-1 if none): a preposition of {@link FALL_IN_ATTACK}, a definite
 * weapon, fight or massacre, and one definite word after it, its adjective — a definite singular victim word too
 * («في الهجوم الإرهابي»، «جراء القصف المدفعي»). Not a trap or an accident («سقط في الفخ»، «في الحادثة»).
 */
function attackFallenIn(ctx: Context, k: number): number {
  if (!FALL_IN.has(ctx.words[k]!) || !ctx.words[k + 1]?.startsWith('ال') || !(ctx.causeAt.has(k + 1) || wordIn(ctx, k + 1, FALL_EVENTS))) return -1;
  const noun = ctx.causeAt.get(k + 1)?.lastToken ?? k + 1;
  const a = noun + 1;
  const v = ctx.victimAt.get(a);
  const adjective = ctx.words[a]?.startsWith('ال') && ctx.doc.tokens[a]!.kind === 'word' && (!v || (v.article && countOfForm(v)?.value === 1)) && !ctx.numberAt.has(a) && !ctx.casualtyAt.has(a);
  return adjective ? (ctx.causeAt.get(a)?.lastToken ?? a) : noun;
}
const FALL_IN = /* @__PURE__ */ new Set(FALL_IN_ATTACK);
/** «ضحايا»: casualty words of no one kind. @internal */
export const BOTH_KINDS = /* @__PURE__ */ new Set(VICTIMS_OF_BOTH_KINDS);
const FALL_EVENTS = /* @__PURE__ */ new Set([...PART_EVENTS, ...FALLEN_IN_MASSACRES]);
// How many time words may stand between a verb of falling and the fallen: «سقط فجر اليوم الثلاثاء».
const MAX_TIME_WORDS = 3;
// How far past the fallen a verb of falling finds the cause that makes them dead: «سقط 4 مدنيين في بلدة الأتارب جراء القصف».
const FALL_CAUSE_REACH = 6;

/**
 * Whether the fallen before token `k` fell dead with no participle saying so: never into captivity, hands or a pit
 * («في الأسر»، «في قبضة»، «في حفرة»); the noun «سقوط» always, a verb only at a break («وسقط ثلاثة مدنيين.») or
 * before a cause of its clause («سقط 4 مدنيين جراء القصف») — «سقط عشرات المتظاهرين مغشيا عليهم» fell otherwise.
 */
function fellDead(ctx: Context, i: number, k: number): boolean {
  if (phraseAt(ctx, k, FELL_INTO) > 0) return false;
  if (readingsOf(ctx, i).includes('سقوط') || k >= ctx.n || ctx.bits[k]! & (F.END | F.COMMA)) return true;
  for (let j = k; j < ctx.n && j < k + FALL_CAUSE_REACH && !(ctx.bits[j]! & (F.END | F.COMMA)); j++) if (ctx.causeAt.has(j)) return true;
  return false;
}

/** Whether the fallen before token `k` fell into captivity, hands, a pit or a faint, within reach of their clause. */
function fellInto(ctx: Context, k: number): boolean {
  for (let j = k; j < ctx.n && j < k + FALL_CAUSE_REACH && !(ctx.bits[j]! & (F.END | F.COMMA)); j++) if (phraseAt(ctx, j, FELL_INTO) > 0) return true;
  return false;
}

/**
 * «60 مدنيا سقطوا خلال يومين من المعارك»، «سقطوا في القصف»: the plural verb of falling says death only where its clause
 * speaks of fighting — a break or a cause ({@link fellDead}), a clash word or a period — not «سقطوا في امتحان».
 */
function fellInFight(ctx: Context, i: number): boolean {
  if (fellDead(ctx, i, i + 1)) return true;
  for (let j = i + 1; j < ctx.n && j <= i + FALL_CAUSE_REACH && !(ctx.bits[j]! & (F.END | F.COMMA)); j++) if (wordIn(ctx, j, FIGHT_OR_PERIOD)) return true;
  return false;
}
const FIGHT_OR_PERIOD = /* @__PURE__ */ new Set([...CLASH_WORDS, ...DURING_WORDS, ...SINCE_WORDS]);

/** «سكانه»، «أبنائها»: a noun with a possessive pronoun, no weapon or thing named by the lexicons («القذائف»). */
function ownPeople(ctx: Context, k: number): boolean {
  return /(ه|ها|هم|هما)$/u.test(ctx.words[k] ?? '') && !ctx.causeAt.has(k) && !ctx.placeAt.has(k);
}

/** Whether the object of a death idiom opened at `i` follows from `k` on in its clause («فقدان عنصر من الشرطة لحياته»). */
function completesIdiom(ctx: Context, i: number, k: number): boolean {
  const objects = idiomAt(ctx, i);
  if (objects === null || objects === 'fall') return false;
  for (let j = k; j < ctx.n && j <= i + IDIOM_GAP && !(ctx.bits[j]! & (F.END | F.COMMA | F.OPENER)); j++) if (wordIn(ctx, j, objects)) return true;
  return false;
}

/** The death objects a verb at `i` asks for, the fall words' «participle» marker, or null. */
function idiomAt(ctx: Context, i: number): ReadonlySet<string> | 'fall' | null {
  if (!phraseAt(ctx, i, IDIOM_OPENERS)) return null;
  for (const stem of readingsOf(ctx, i)) {
    if (FALLS.has(stem)) return 'fall';
    const objects = IDIOM_OBJECTS.get(stem);
    if (objects) return objects;
  }
  return null;
}

/** How many words a description between commas may take: «، من بلدة بقرص بريف دير الزور،». */
const ASIDE_WORDS = 8;

/**
 * «فقد المواطن منزله، …»: the word at `j`, right after the subject and before the comma at `k`, is the verb's own object —
 * a word no lexicon reads, without the article, with a possessive pronoun.
 */
function ownObjectAfter(ctx: Context, j: number, k: number): boolean {
  const w = ctx.words[j];
  return j < k && w !== undefined && !lexiconReads(ctx, j) && !w.startsWith('ال') && /(?:ه|ها|هم|هما)$/u.test(w) && !NOT_IN_NAMES.has(w);
}

/** The comma that closes a description opened by the comma at `k` (no casualty word or sentence end inside), or -1. */
function asideClose(ctx: Context, k: number): number {
  for (let j = k + 1; j < ctx.n && j <= k + ASIDE_WORDS; j++) {
    if (ctx.bits[j]! & F.COMMA) return j;
    if (ctx.bits[j]! & F.END || ctx.casualtyAt.has(j)) return -1;
  }
  return -1;
}

/** Kinds whose participle names a living person held, lost or wounded («المعتقل»، «المفقود»، «المصاب»), who may die. */
const LIVING_KINDS: ReadonlySet<CasualtyKind> = /* @__PURE__ */ new Set(['detained', 'missing', 'injured']);

const HEDGING = /* @__PURE__ */ new Set(HEDGING_VERBS);
/** «أنه»، «أنهم»، «أنهما» (after «ب» too): the persons a hedging verb describes. */
const HEDGED_PRONOUN = /^ان(ه|ها|هم|هما)$/u;

/**
 * Verbs completed by an object that makes them a casualty, the victims standing between, before the verb, or only in
 * its ending: «لفظ أحد الأطفال أنفاسه الأخيرة»، «فارق الحياة متأثرا بجراحه» (one)، «سقط شاب شهيدا»، «سقط ثلاثة مدنيين
 * جرحى»، «سقوط مدنيين» (killed, no participle). Rule `idiom`.
 */
function idiomPredicates(ctx: Context, groups: NounGroups, out: Candidate[]): void {
  for (let i = 0; i < ctx.n; i++) {
    if (!(ctx.cues[i]! & CUE.IDIOM)) continue; // no idiom verb (a bit of stage 1)
    const objects = idiomAt(ctx, i);
    if (!objects) continue;
    const fall = objects === 'fall';
    const sentence = ctx.sentenceOf[i];
    let g: NounPhrase | null = null;
    let end = -1;
    let kind: CasualtyKind = readingsOf(ctx, i).reduce<CasualtyKind | undefined>((k, stem) => k ?? IDIOM_KINDS.get(stem), undefined) ?? 'killed';
    let sub = false;
    // The last token of the fallen and of a sub-group told after them («بينهم أطفال ونساء»), where the gap to how they
    // fell is counted from.
    let fallenEnd = -1;
    let lead = 0; // time words and adverbs before the fallen
    let inIt = false; // an adjunct of the attack before the fallen («سقط فيه»)
    let reach = i + IDIOM_GAP; // an aside stepped over does not count
    for (let k = i + 1; k < ctx.n && k <= reach && ctx.sentenceOf[k] === sentence; k++) {
      // Quotation marks (round the names of places and persons) take no room of the reach.
      if (ctx.bits[k]! & F.QUOTE) reach++;
      const p = ctx.casualtyAt.get(k);
      if (fall) {
        // «سقط 9 مدنيين بين قتيل وجريح»: both kinds, read by `linkAmong`.
        if (ctx.words[k] === 'بين') {
          g = null;
          break;
        }
        // «سقط شهيدا»، «سقط شاب شهيدا»: an indefinite participle, right after the verb or the fallen.
        if (p?.entry.pos === 'participle' && p.prefix === '' && !p.article && (g ? k - Math.max(g.last, fallenEnd) - 1 <= FALL_GAP : k === i + 1 + lead)) {
          // «سقط قتلى» has its fallen in the plural participle: that is a result reading.
          if (!g && !countOfForm(p)?.value) break;
          end = p.lastToken;
          kind = p.entry.kind;
          break;
        }
        // «سقط المئات من المدنيين بينهم أطفال ونساء قتلى وجرحى»: a sub-group of the fallen is stepped over.
        const part = g && ctx.bits[k]! & F.INCLUDES ? groups.startingAt[k + 1]! : -1;
        if (part >= 0) {
          fallenEnd = groups.list[part]!.last;
          reach += fallenEnd - k + 1;
          k = fallenEnd;
          continue;
        }
        if (g && k - Math.max(g.last, fallenEnd) - 1 >= FALL_GAP) break;
      } else if (wordIn(ctx, k, objects)) {
        end = k;
        break;
      }
      // «لقي، بحسب مصادر محلية، ثلاثة أشخاص حتفهم»، «لقي ثلاثة أشخاص، بحسب مصادر طبية، حتفهم»: a source between
      // commas is stepped over.
      const aside = sourceAsideEnd(ctx, k);
      if (aside >= 0) {
        reach += aside - k + 1;
        k = aside;
        continue;
      }
      // A comma or another idiom verb ends the clause: «لقي المقترح ترحيبا، ولقي الوزير مصرعه» is read from the second;
      // a sub-group between commas does not («لقي تسعة جنود، بينهم ضابط، مصرعهم»).
      if (ctx.bits[k]! & F.COMMA && g && (ctx.bits[k + 1]! & F.INCLUDES || sub)) {
        sub = !sub;
        continue;
      }
      // «لقي ثلاثة مقاتلين مرتبطين بالحزب، مصرعهم»، «فارق أحد أبناء المحافظة، الحياة»: a comma that closes a long
      // subject right before the verb's object; «لقي الشاب فلان، من بلدة كذا، حتفه»: or a description between commas.
      // Not past an object the verb already took («فقد المواطن منزله، وحياته …»), nor into a clause joined by «و».
      if (ctx.bits[k]! & F.COMMA && g && !fall && !ownObjectAfter(ctx, g.last + 1, k)) {
        if (!(ctx.bits[k + 1]! & F.AND) && wordIn(ctx, k + 1, objects)) continue;
        const close = asideClose(ctx, k);
        if (close > k && wordIn(ctx, close + 1, objects)) {
          reach += close - k + 1;
          k = close;
          continue;
        }
      }
      // «لقي المعتقل حتفه»، «فارق المختطف الحياة»، «فارق المصاب الحياة»: a held, missing or wounded person named by
      // the participle dies.
      if (!fall && !g && k === i + 1 && p?.entry.pos === 'participle' && LIVING_KINDS.has(p.entry.kind)) {
        g = { first: k, last: p.lastToken, count: countOfForm(p), victims: 'people', victimTokens: [k, p.lastToken], others: false };
        k = p.lastToken;
        continue;
      }
      // «لقي أربعة مسلحين يعتقد أنهم من القاعدة مصرعهم»: a hedged description of the fallen goes with them.
      if (g && wordIn(ctx, k, HEDGING) && HEDGED_PRONOUN.test(bareOfAnd(ctx.words[k + 1]).replace(/^ب/u, ''))) {
        k++;
        continue;
      }
      if (ctx.bits[k]! & (F.END | F.COMMA | F.OPENER | F.RELATIVE) || p || idiomAt(ctx, k)) break;
      // «سقط اليوم الثلاثاء شاب شهيدا»: time words may stand before the fallen.
      // «وسقط أيضا ستة مواطنين»: so may an adverb of addition.
      if (fall && !g && (ctx.bits[k]! & F.TIME || wordIn(ctx, k, ALSO)) && k - i <= MAX_TIME_WORDS) {
        lead++;
        continue;
      }
      if (fall && !g && k - i <= MAX_TIME_WORDS && (FALL_ADJUNCT.has(ctx.words[k]!) || resumptiveAt(ctx, k))) {
        lead++;
        inIt = true;
        continue;
      }
      // «سقط في القصف 12 مدنيا»، «سقط جراء الهجوم 28 مدنيا»: the attack they fell in, right after the verb.
      const attack = fall && !g && k === i + 1 + lead ? attackFallenIn(ctx, k) : -1;
      if (attack >= 0) {
        lead += attack - k + 1;
        k = attack;
        inIt = true;
        continue;
      }
      const at = groups.startingAt[k]!;
      // «لسقوط 20 من سكانه»: a bare figure of a side's own people falls too.
      const own: NounPhrase | null = fall && !g && at < 0 && k === i + 1 ? readNounPhrase(ctx, k, true, true) : null;
      // «لقي حسن المقداح وزوجته حتفهما»: a personal name right after the verb, read as after a casualty word.
      const named: NounPhrase | null = !fall && !g && k === i + 1 && !ctx.victimAt.has(k) && !ctx.numberAt.has(k) ? readNounPhrase(ctx, k, true, true) : null;
      // «ولقي العشرات حتفهم»، «لقي ثلاثة منهم مصرعهم»: a bare figure right after the verb is the dead.
      const figure = !fall && !g && at < 0 && k === i + 1 ? countingNumber(ctx, k) : undefined;
      if (named?.victims && !named.countTokens) {
        g = named;
        k = named.last;
      } else if (figure) {
        g = bareFigure(figure);
        k = g.last;
      } else if (at >= 0 && !g) {
        g = groups.list[at]!;
        k = g.last;
      } else if (own?.countTokens && ctx.words[own.countTokens[1] + 1] === 'من' && ownPeople(ctx, own.countTokens[1] + 2)) {
        const fallen: NounPhrase = { ...own, last: own.countTokens[1] + 2, victims: own.victims ?? 'people' };
        g = fallen;
        k = fallen.last;
      } else if (fall && !g) break;
    }
    // «سقوط مدنيين»: the fallen with no participle are dead; a counted or indefinite group only.
    if (end < 0 && fall && g && g.first === i + 1 + lead && (g.countTokens || !ctx.victimAt.get(g.victimTokens?.[0] ?? -1)?.article) && ((inIt && !fellInto(ctx, g.last + 1)) || fellDead(ctx, i, g.last + 1))) end = g.last;
    // «نحو 180 سوريا سقطوا خلال يوم»: a plural verb of falling after its counted subject, into no captivity, fell dead —
    // or as the plural participle right after it says («سقطوا جرحى»).
    if (end < 0 && fall && (agreementOfWord(ctx.words[i]!) & AGREE.NUMBER) !== AGREE.SINGULAR && !readingsOf(ctx, i).includes('سقوط') && !phraseAt(ctx, i + 1, FELL_INTO)) {
      const how = ctx.casualtyAt.get(i + 1);
      const said = how?.entry.pos === 'participle' && how.prefix === '' ? how : undefined;
      const before = said || fellInFight(ctx, i) ? subjectVerb(ctx, groups, said?.entry.kind ?? 'killed', [i, said?.lastToken ?? i]) : null;
      // «ثلاثة جرحى سقطوا»، «شهيدين ارتقيا»: a casualty participle right before the verb fell as what it names.
      const fallen = ctx.casualtyEndingAt.get(i - 1);
      const named = fallen?.entry.pos === 'participle' && !fallen.article && fallen.prefix === '' ? fallen : undefined;
      if (before?.countTokens) out.push({ ...before, kind: said || !named ? before.kind : named.entry.kind, rule: 'idiom' });
      else if (named) {
        // Uncounted, it counts by its form, of the number the verb agrees with («جريحين سقطا»).
        const count = countOfForm(named);
        const dual = (agreementOfWord(ctx.words[i]!) & AGREE.NUMBER) === AGREE.DUAL;
        if (count && (dual ? count.value === 2 : count.vague !== undefined)) {
          out.push({ kind: said?.entry.kind ?? named.entry.kind, first: named.firstToken, last: said?.lastToken ?? i, trigger: [i, said?.lastToken ?? i], count, victims: 'unspecified', others: false, rule: 'idiom' });
        }
      }
      continue;
    }
    if (end < 0) continue;
    if (g && !g.others) {
      // «لقي 24 شخصا حتفهم على الأقل»: the bound may follow the verb's object as it follows the group.
      const value = g.count?.value;
      const bound = end > g.last && value !== undefined && !g.count!.approximate && atLeastAt(ctx, end + 1);
      if (bound) g = { ...g, count: { min: value } };
      out.push({ ...fromNounPhrase(kind, [i, i], g, 'idiom'), last: Math.max(end, g.last) + (bound ? 2 : 0) });
      // «سقط 20 شخصا قتلى وجرحى»: the fallen are both kinds joined after them.
      const also = fall ? otherKindJoined(ctx, end + 1, kind) : undefined;
      if (also) {
        out.push({ ...fromNounPhrase(also.entry.kind, [also.firstToken, also.lastToken], g, 'idiom'), last: also.lastToken });
      }
      continue;
    }
    // The noun «سقوط» names no subject of its own.
    if (readingsOf(ctx, i).includes('سقوط')) continue;
    // «الطفل … فارق الحياة»: the subject before the verb; else the verb's own ending counts.
    const before = subjectVerb(ctx, groups, kind, [i, end]);
    if (before) {
      out.push({ ...before, rule: 'idiom' });
      continue;
    }
    // «أصيب طفل بجروح خطيرة ولا يزال يصارع الموت»: a wound told before in the sentence is the same person's.
    if (kind === 'injured' && injuredBefore(ctx, i)) continue;
    // «سقط قتيلان»: an indefinite casualty participle after the verb is its subject and counts by its own form.
    const subject = ctx.casualtyEndingAt.get(end);
    const counted = subject && subject.firstToken > i && subject.entry.pos === 'participle' && !subject.article && subject.prefix === '' ? countOfForm(subject) : null;
    out.push({ kind, first: i, last: end, trigger: [i, end], count: counted ?? countOfEnding(ctx.words[i]!), victims: 'unspecified', others: false, rule: 'idiom' });
    // «سقط على إثره قتيلان وجريح»: a participle of the other kind joined to it counts by its own form too.
    const also = counted ? otherKindJoined(ctx, end + 1, kind) : undefined;
    const alsoCount = also ? countOfForm(also) : null;
    if (alsoCount) out.push({ kind: also!.entry.kind, first: i, last: also!.lastToken, trigger: [also!.firstToken, also!.lastToken], count: alsoCount, victims: 'unspecified', others: false, rule: 'idiom' });
  }
}

/** An indefinite casualty participle of another kind than `kind` joined by «و» at `k` («قتلى وجرحى»، «قتيلان وجريح»). */
function otherKindJoined(ctx: Context, k: number, kind: CasualtyKind): LexMatch<'casualtyWords'> | undefined {
  const m = ctx.casualtyAt.get(k);
  return m?.entry.pos === 'participle' && m.prefix === 'و' && !m.article && m.entry.kind !== kind ? m : undefined;
}

/** How far back in its sentence an idiom of wounds finds the wound it restates. */
const RESTATED_WOUND = 16;

/** Whether an injury word stands in the sentence of `i`, a few words before it. */
function injuredBefore(ctx: Context, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - RESTATED_WOUND && ctx.sentenceOf[k] === ctx.sentenceOf[i]; k--) {
    if (ctx.casualtyAt.get(k)?.entry.kind === 'injured') return true;
  }
  return false;
}

/** «31 قتيلا و60 جريحا»، «عشرات الجرحى»، «عدد غير معروف من القتلى والجرحى»: a count before a casualty noun. */
function countThenParticiple(ctx: Context, out: Candidate[]): void {
  formCountedListHeads(ctx, out);
  pluralsByTheTens(ctx, out);
  const listed: Candidate[] = [];
  for (const { num, at } of ctx.numbers) {
    if (countingNumber(ctx, at) !== num) continue;
    let j = num.lastToken + 1;
    // «(9) إصابات»، «{15} شهيداً»: a figure in brackets before its noun.
    const bracketed = ctx.words[j] !== undefined && ctx.words[j] === FIGURE_MARKS.get(ctx.words[at - 1] ?? '') && ctx.doc.tokens[j]!.kind === 'punct';
    if (bracketed) j++;
    if (ctx.words[j] === 'من') j++;
    // «٢٣ حالة اعتقال»، «عشر حالات وفاة»: cases of a verbal noun count like its participle.
    // «30 حالة قتل»: a bare verb after «حالة» is its verbal noun of the same spelling.
    const caseOf = CASES.has(ctx.words[j] ?? '') ? ctx.casualtyAt.get(j + 1) : undefined;
    const cases = caseOf !== undefined && (caseOf.entry.pos === 'noun' || (caseOf.entry.pos === 'verb' && caseOf.prefix === '' && caseOf.suffix === ''));
    if (cases) j++;
    let p = ctx.casualtyAt.get(j);
    // «170 إصابة»، «15 وفاة»: from eleven on a figure counts a singular noun, here the verbal noun of its cases; so
    // does a one in digits in a ministry's tally («و1 إصابة»).
    const singular = (num.value ?? num.min ?? 0) >= 11 || (num.value === 1 && /^[0-9]+$/u.test(ctx.words[at]!));
    // A noun of events with plurals of its own («12 مجزرة»، «مجازر») counts the events, not the victims.
    const tamyiz =
      !cases && p?.entry.pos === 'noun' && p.prefix === '' && p.suffix === '' && !p.article && !p.entry.plurals?.length && singular && !ctx.numberAt.has(p.lastToken + 1);
    // «8 شهداء على الأقل»: a qualifier after the noun is keyed there; the phrase starts at the figure.
    const from = Math.min(at, num.firstToken);
    let first = true;
    const headPlural = p !== undefined && countOfForm(p)?.vague !== undefined;
    // «تجاوزت ثلاثمئة وعشرين قتيلاً ومصاباً»: a verb of exceeding before the figure makes it a minimum for every noun.
    const figure = quantityOf(num);
    const exceeded = figure.value !== undefined && EXCEEDS.has(stripped(ctx.words[from - 1]));
    // «لا يقل عن 30 قتيلا والجرحى نحو 14»: a definite noun after an indefinite counted one opens a toll of its own
    // («عشرات القتلى والجرحى» share the figure).
    const headDefinite = p?.article === true;
    while (p && (p.entry.pos === 'participle' || ((cases || tamyiz) && first)) && (first ? countableByFigure(p, cases ? undefined : num) : p.prefix === 'و' && (headDefinite || !p.article))) {
      const np = readNounPhrase(ctx, at);
      const victims = np && np.participle === p ? np.victims : 'unspecified';
      // «3 قتلى وجريحان»، «5 قتلى وجريح»: a dual conjunct counts itself, and a singular one after a plural noun; a
      // plural one («وجرحى») shares the figure, as does a singular after a singular («20 هالكاً ومصاباً»).
      // «ثلاثة قتلى ومصابين اثنين»: a conjunct with its own numeral adjective counts by it.
      const form = first ? null : numeralAdjective(ctx, p.lastToken + 1) ?? countOfForm(p);
      const n = form?.value ?? form?.min;
      const own = n === 2 || (n === 1 && headPlural) ? form : null;
      const c: Candidate = {
        kind: p.entry.kind, first: bracketed ? from - 1 : from, last: p.lastToken, trigger: [p.firstToken, p.lastToken], count: exceeded ? { min: figure.value! } : figure,
        countTokens: [at, num.lastToken], victims, others: false, rule: 'count-noun',
      };
      if (own) {
        c.count = own;
        c.first = p.firstToken;
        delete c.countTokens;
      }
      if (np?.victimTokens && np.participle === p) {
        c.victimTokens = np.victimTokens;
        c.last = Math.max(c.last, np.last);
      }
      // «12 جثة لرجال مجهولي الهوية»، «130 جثة لأشخاص»: bodies of people named after «ل» are of their class.
      const ofBodies = c.victims === 'unspecified' && !c.victimTokens && wordIn(ctx, p.firstToken, BODY_WORDS) ? ctx.victimAt.get(p.lastToken + 1) : undefined;
      if (ofBodies?.prefix === 'ل' && ofBodies.firstToken === p.lastToken + 1) {
        c.victims = victimClass(ofBodies);
        c.victimTokens = [ofBodies.firstToken, ofBodies.lastToken];
        c.last = Math.max(c.last, ofBodies.lastToken);
      }
      // «6 قتلى مدنيين على الأقل»، «5 شهداء آخرين على الأقل»: a bound past the noun's class or «others» (the phrase's
      // reading has it), as right after the noun.
      if (first && np?.participle === p && figure.value !== undefined && np.count?.min === figure.value && !exceeded && !own) {
        c.count = { min: figure.value };
        c.last = Math.max(c.last, np.last);
        const of = ctx.victimAt.get(p.lastToken + 1);
        if (victims === 'unspecified' && of && of.prefix === '' && !c.victimTokens) {
          c.victims = victimClass(of);
          c.victimTokens = [of.firstToken, of.lastToken];
        }
      }
      out.push(c);
      listed.push(c);
      p = ctx.casualtyAt.get(p.lastToken + 1);
      first = false;
    }
  }
  // «44 قتيلا و28 جريحاً وسط المدنيين»: a class named after the last counted noun of a list joined by «و» is that of
  // the counted nouns before it.
  for (let k = listed.length - 2; k >= 0; k--) {
    const c = listed[k]!;
    const next = listed[k + 1]!;
    const named = next.victimTokens ? next.victimTokens[0] > next.trigger[1] : next.victims !== 'unspecified';
    const joined = ctx.words[c.last + 1] === 'و' ? next.first === c.last + 2 : next.first === c.last + 1 && ctx.bits[next.first]! & F.AND;
    if (joined && named && c.victims === 'unspecified' && !c.victimTokens) c.victims = next.victims;
  }
}

const RECEIVE = /* @__PURE__ */ new Set(RECEIVING);
/** The most words of a receiver between its verb and the hurt: «مستشفى الشفاء الطبي»، «طواقم الهلال الأحمر». */
const RECEIVER_WORDS = 3;

/**
 * Whether a verb of receiving or carrying the hurt stands before token `k`, right before it or past a subject of a few
 * words in its clause: «استقبل المستشفى جريحين»، «نقلت مصاباً».
 */
function receivedBy(ctx: Context, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 1 - RECEIVER_WORDS && ctx.clauseOf[j] === ctx.clauseOf[k]; j--) {
    if (wordIn(ctx, j, RECEIVE)) return true;
    if (!(ctx.bits[j]! & F.WORD) || ctx.bits[j]! & (F.COMMA | F.END) || ctx.casualtyAt.has(j) || ctx.numberAt.has(j) || ctx.victimAt.has(j)) return false;
  }
  return false;
}

/**
 * A definite figure at `j` («الثلاثة»، «الـ4»، «العشرين»، «الخمسة عشر»), the numeral adjective of the definite noun
 * before it, if any. Definite tens and teens read as ordinals alone («القرن العشرين»); after a noun of people they
 * count it.
 */
function definiteFigure(ctx: Context, j: number, of: Quantity | null): DocNumber | undefined {
  if (!ctx.words[j]?.startsWith('ال')) return undefined;
  const at = ctx.numberAt.get(j);
  // «الطفل العشرين» is the twentieth child: a singular noun keeps the ordinal.
  const n = at?.kind === 'ordinal' && at.rule === 'definite-ordinal' ? (of?.value === 1 ? undefined : at) : countingNumber(ctx, j);
  return n?.value !== undefined && !n.qualifier ? n : undefined;
}

/** «اثنين»، «واحد» written out right after a noun: the numeral adjective of one or two (other figures stand before). */
function numeralAdjective(ctx: Context, k: number): Quantity | null {
  const num = ctx.numberAt.get(k);
  const n = num?.value ?? num?.min;
  // «ومصابين اثنين على الأقل»: the number reader may have bound it already.
  return num && num.firstToken === k && (n === 1 || n === 2) && !num.approximate && ctx.doc.tokens[k]!.kind === 'word' ? quantityOf(num) : null;
}

/**
 * «خلفت قتيلاً ومصابين اثنين»: the count of participle `p` by the numeral adjective after it when it agrees with the
 * form («اثنين» after a dual or a plural, «واحد» after a singular) — the plural «مصابين» alone is *some* — else by its
 * form; `last` is the phrase's last token.
 */
function participleCount(ctx: Context, p: LexMatch<'casualtyWords'>): { count: Quantity | null; last: number } {
  const plural = countOfForm(p);
  const form = plural?.vague === 'some' && p.suffix === 'ين' && readsDual(ctx, p.lastToken) ? { value: 2 } : plural;
  const numeral = form ? numeralAdjective(ctx, p.lastToken + 1) : null;
  const n = numeral?.value ?? numeral?.min;
  if (numeral && (n === 2 ? form!.value !== 1 : form!.value === 1)) return { count: numeral, last: ctx.numberAt.get(p.lastToken + 1)!.lastToken };
  return { count: form, last: p.lastToken };
}

// The figure from which a singular verbal noun after it counts cases: «31 إصابة».
const CASES_FROM = 11;
/**
 * «قتيلان و5 جرحى»، «استقبل قتيلين و20 جريحاً»: a dual or singular casualty noun counts itself when a counted casualty
 * noun of another kind follows it with «و» — the head of a list of figures, with no figure of its own to hang on —
 * when a numeral adjective agrees with it («استقبل المستشفى قتيلين اثنين»، «قتيلاً واحداً و17 جريحاً»), when «على
 * الأقل» bounds it («قتيل على الأقل») or when a toll verb right before reaches it («حصيلة الانفجار بلغت شهيدين»).
 */
function formCountedListHeads(ctx: Context, out: Candidate[]): void {
  for (const p of ctx.casualtyAt.values()) {
    // «قتيلين اثنين وجريحاً واحداً»: a figure before it may be the numeral adjective of the noun before that.
    const figureBefore = ctx.numberAt.has(p.firstToken - 1) && ctx.casualtyEndingAt.get(p.firstToken - 2)?.entry.pos !== 'participle';
    if (p.entry.pos !== 'participle' || p.article || (p.prefix !== '' && p.prefix !== 'و') || figureBefore) continue;
    const { count: own, last } = participleCount(ctx, p);
    if (own?.value === undefined || ctx.words[p.firstToken - 1] === 'بين') continue;
    // «قتيل على الأقل»، «حصيلة الانفجار بلغت شهيدين»: bounded after it, or the figure a toll reaches, it is counted too.
    const bounded = atLeastAt(ctx, last + 1);
    // «لم تسجل المستشفيات قتيلاً واحداً»: not a single one, under a negation.
    const notOne = last > p.lastToken && own.value === 1 && wordInClauseBefore(ctx, p.firstToken, NEGATED, NOT_ONE_REACH);
    if (notOne) continue;
    // «استقبل المستشفى قتيلاً وجريحين»: received or carried, and the noun joined after one so read.
    const before = p.prefix === 'و' ? ctx.casualtyEndingAt.get(p.firstToken - 1) : undefined;
    // A body carried («نقلت جثة الطفل») is the bodies' reading, of someone told before.
    const received = !wordIn(ctx, p.firstToken, BODY_WORDS) && (receivedBy(ctx, p.firstToken) || (before?.entry.pos === 'participle' && before.prefix === '' && receivedBy(ctx, before.firstToken)));
    if (last > p.lastToken || bounded || received || (p.prefix === '' && phraseAt(ctx, p.firstToken - 1, REACH_WORDS) > 0)) {
      const exceeds = EXCEEDS.has(ctx.words[p.firstToken - 1] ?? '');
      out.push({ kind: p.entry.kind, first: p.firstToken, last: bounded ? last + 2 : last, trigger: [p.firstToken, p.lastToken], count: bounded || exceeds ? { min: own.value } : own, victims: 'unspecified', others: false, rule: 'count-noun' });
      continue;
    }
    const k = ctx.words[p.lastToken + 1] === 'و' ? p.lastToken + 2 : p.lastToken + 1;
    const num = ctx.bits[k - 1]! & F.AND || ctx.bits[k]! & F.AND ? countingNumber(ctx, k) : undefined;
    // «شهيد وإصابتين»: or a dual verbal noun, which counts itself (`linkDualConjuncts`).
    const dual = num ? undefined : joinedDual(ctx, p.lastToken + 1);
    const next = num ? ctx.casualtyAt.get(num.lastToken + 1) : dual;
    // «شهيد و31 إصابة»: from eleven on a singular verbal noun counts its cases, as after any figure.
    const cases = next?.entry.pos === 'noun' && (num?.value ?? 0) >= CASES_FROM;
    if (!next || (next !== dual && next.entry.pos !== 'participle' && !cases) || next.entry.kind === p.entry.kind) continue;
    out.push({ kind: p.entry.kind, first: p.firstToken, last: p.lastToken, trigger: [p.firstToken, p.lastToken], count: own, victims: 'unspecified', others: false, rule: 'count-noun' });
  }
}

/**
 * «والضحايا بالعشرات»، «القتلى بالمئات والجرحى بالآلاف» (headlines): the dead or wounded opening a clause, told
 * «by the tens» — a toll of no figure but its order; indefinite, before what caused them («قتلى بالعشرات جراء قصف»).
 */
function pluralsByTheTens(ctx: Context, out: Candidate[]): void {
  const plural = (p: LexMatch<'casualtyWords'> | undefined) => p?.entry.pos === 'participle' && isPluralForm(p);
  for (const p of ctx.casualtyAt.values()) {
    if (!plural(p) || !(p.prefix === '' || p.prefix === 'و')) continue;
    if (p.firstToken !== ctx.clauseStarts[ctx.clauseOf[p.firstToken]!] && !(ctx.bits[p.firstToken - 1]! & (F.COMMA | F.END))) continue;
    // «القتلى والجرحى بالعشرات»: a plural of the other kind joined to it shares the order.
    const joined = ctx.casualtyAt.get(p.lastToken + 1);
    const both = joined?.prefix === 'و' && plural(joined) && joined.article === p.article && joined.entry.kind !== p.entry.kind ? joined : undefined;
    const at = (both ?? p).lastToken + 1;
    const num = ctx.numberAt.get(at);
    if (num?.kind !== 'vague' || num.firstToken !== at || !ctx.words[at]!.startsWith('بال')) continue;
    if (!p.article && !causeFollows(ctx, num.lastToken + 1)) continue;
    for (const m of both ? [p, both] : [p]) {
      out.push({ kind: m.entry.kind, first: p.firstToken, last: num.lastToken, trigger: [m.firstToken, m.lastToken], count: quantityOf(num), countTokens: [num.firstToken, num.lastToken], victims: 'unspecified', others: false, rule: 'toll' });
    }
  }
}

const NEGATED = /* @__PURE__ */ new Set(NEGATION);
// How far before «قتيلاً واحداً» a negation of its clause may stand: «لم تسجل المستشفيات في المدينة قتيلاً واحداً».
const NOT_ONE_REACH = 6;

/** «إصابتين»، «إصابتان»: the dual of a verbal noun, bare — two cases of its kind. */
const dualVerbalNoun = (p: LexMatch<'casualtyWords'>): boolean => p.entry.pos === 'noun' && !p.article && (p.suffix === 'تين' || p.suffix === 'تان');
/** A dual verbal noun joined by «و» at `k` («وإصابتين»), or undefined. */
function joinedDual(ctx: Context, k: number): LexMatch<'casualtyWords'> | undefined {
  const p = ctx.casualtyAt.get(k);
  return p?.prefix === 'و' && dualVerbalNoun(p) ? p : undefined;
}

/**
 * «استشهاد شاب وإصابتين»، «3 شهداء وإصابتين»، «شهيد وإصابتين»: a dual verbal noun joined by «و» right after a mention
 * of another kind counts its own two, as a dual participle does after a figure («3 قتلى وجريحان»).
 */
function linkDualConjuncts(ctx: Context, found: readonly Candidate[], out: Candidate[]): void {
  const read = new Set<number>();
  for (const c of found) read.add(c.trigger[0]);
  for (const c of found) {
    const p = joinedDual(ctx, c.last + 1);
    if (!p || p.entry.kind === c.kind || read.has(p.firstToken)) continue;
    read.add(p.firstToken);
    out.push({ kind: p.entry.kind, first: p.firstToken, last: p.lastToken, trigger: [p.firstToken, p.lastToken], count: { value: 2 }, victims: 'unspecified', others: false, rule: 'count-noun' });
  }
}

const RISE_LIKELY = /* @__PURE__ */ new Set(RISE_EXPECTED);
// «الحصيلة مرجحة للزيادة بسبب وجود»: from the word of a likely rise to the word of there being.
const RISE_REACH = 4;

/** Words of arriving, verbs and nouns: a casualty word after one tells who arrived («وصول شهيدين»). */
const ARRIVED = /* @__PURE__ */ new Set([...ARRIVING, ...ARRIVAL_NOUNS]);
/** The nouns of arriving alone («وصول»), before an uncounted casualty noun. */
const ARRIVAL_NOUN = /* @__PURE__ */ new Set(ARRIVAL_NOUNS);
// How many words the place of an arrival takes: «المستشفى»، «مستشفى الشفاء».
const ARRIVAL_PLACE_WORDS = 2;

/** «سقوط قتلى وجرحى»، «خلفت قتلى»، «سقوط قتيل»; and headlines «قتلى بقصف النظام…». */
function resultThenParticiple(ctx: Context, out: Candidate[]): void {
  // The first noun of each coordination «قتلى وجرحى», by the first token of each of its nouns: each noun finds it from
  // the noun before (one step, not a walk back over the whole chain: linear).
  const headAt = new Map<number, LexMatch<'casualtyWords'>>();
  for (const p of ctx.casualtyAt.values()) {
    const before = p.prefix === 'و' ? ctx.casualtyEndingAt.get(p.firstToken - 1) : undefined;
    const head = before?.entry.pos === 'participle' ? headAt.get(before.firstToken) ?? before : p;
    if (p.entry.pos === 'participle') headAt.set(p.firstToken, head);
    // «بوقوع إصابتين»، «سقوط شهيد وإصابتين»: a dual verbal noun counts its two like a participle.
    if ((p.entry.pos !== 'participle' && !dualVerbalNoun(p)) || countingNumber(ctx, p.firstToken - 1) || ctx.numberAt.get(p.firstToken - 1)) continue;
    const at = head.firstToken;
    let resultLen = 0;
    // «يسقط يومياً قتلى»: a time word may stand between the result word and its noun.
    const time = at > 0 && ctx.bits[at - 1]! & F.TIME ? 1 : 0;
    for (let k = 1; k <= 3 && at - time - k >= 0; k++) {
      const len = phraseAt(ctx, at - time - k, RESULTS);
      if (len === k) {
        resultLen = k + time;
        break;
      }
    }
    // «أسفرت الغارة عن إصابات»: the verb and its «عن» may stand apart.
    if (!resultLen && ctx.words[at - 1] === 'عن') {
      for (let k = 2; k <= 4 && at - k >= 0 && ctx.clauseOf[at - k] === ctx.clauseOf[at]; k++) {
        if (phraseAt(ctx, at - k, RESULTS) === 1) {
          resultLen = k;
          break;
        }
      }
    }
    // «خلف القصف قتيلين»، «أوقعت الغارة الروسية جريحين»: a result verb's definite subject of a word or two between.
    if (!resultLen) {
      for (let k = 2; k <= 3 && at - k >= 0; k++) {
        if (!subjectWord(ctx, at - k + 1)) break;
        if (wordIn(ctx, at - k, RESULT_VERB) && (k === 2 || subjectWord(ctx, at - 1))) {
          resultLen = k;
          break;
        }
      }
    }
    // «وصل إلى المستشفى قتيلان»، «وصلت إلى مستشفى المدينة 4 إصابات»: an arrival at a place of a word or two. A definite
    // casualty noun there is the place's genitive: «الوصول إلى ميدان الشهداء».
    if (!resultLen && !head.article) {
      for (let k = 3; k <= 2 + ARRIVAL_PLACE_WORDS && at - k >= 0; k++) {
        const place = at - k + 2; // the place's first word, the one this step adds
        if (ctx.casualtyAt.has(place) || ctx.numberAt.has(place) || ctx.bits[place]! & (F.COMMA | F.END | F.QUOTE)) break;
        if (ctx.words[at - k + 1] === 'الي' && wordIn(ctx, at - k, ARRIVED)) {
          resultLen = k;
          break;
        }
      }
    }
    // «وصول شهيدين إلى مستشفى جنين»، «بوصول إصابات خطيرة»: an arrival noun right before an uncounted indefinite noun.
    const arrival = !resultLen && !head.article && wordIn(ctx, at - 1, ARRIVAL_NOUN);
    if (arrival) resultLen = 1;
    // «إن شهيدين وصلا إلى المستشفى»: one a verb of arriving right after it has as its subject — not a toll reaching a
    // figure («قتلى وصلوا إلى 17»).
    const arrived = !resultLen && !head.article && head.prefix === '' && arrivingAfter(ctx, joinedNounsEnd(ctx, head.lastToken) + 1);
    // «البحث عن جثث مفقودين»: a search for the bodies of the missing is a search for the missing.
    const sought = !resultLen && !arrived && !head.article && at >= 3 && wordIn(ctx, at - 1, BODY_WORDS) && phraseAt(ctx, at - 3, SEARCH) === 2;
    if (sought) resultLen = 3;
    // «مقتل طفلين وجرحى مدنيون بقصف …»: or joined by «و» to a victim or casualty noun before it, the cause after.
    const joinedToOne = head.prefix === 'و' && !head.article && (ctx.victimEndingAt.has(at - 1) || ctx.casualtyEndingAt.has(at - 1));
    const headline = !resultLen && !arrived && (opensStatement(ctx, at) || joinedToOne) && causeFollows(ctx, joinedNounsEnd(ctx, head.lastToken) + 1);
    // «وإصابات متفاوتة وسط المدنيين»: an indefinite plural among named people states them hurt.
    const among = !resultLen && !arrived && !headline && p === head ? peopleAmong(ctx, p) : undefined;
    // «يطلقون الرصاص على مهاجرين من بينهم قتلى وجرحى»: uncounted dead or wounded among a group named before — not
    // how badly those a casualty word of this kind just counted were hurt («وأصيب 10 بينهم إصابات بالغة»).
    if (!resultLen && !arrived && !headline && !among && !head.article && head.prefix === '' && at > 0 && INCLUDE_SOME.has(ctx.words[at - 1]!) && !kindJustRead(ctx, at - 1, head.entry.kind)) resultLen = 1;
    if (!resultLen && !headline && !among && !arrived) continue;
    // «مقتل عنصرين وإصابة آخرين … وعدد القتلى مرشح للارتفاع لوجود جرحى بحالات خطرة»: the wounded a rise is expected
    // of are the wounded just told (with none told, they are the report's only word of the wounded).
    if (resultLen && p.entry.kind === 'injured' && wordIn(ctx, at - resultLen, THERE_IS) && wordInClauseBefore(ctx, at - resultLen, RISE_LIKELY, RISE_REACH) && kindToldBefore(ctx, at - resultLen, 'injured')) continue;
    // «وتركت الجثث في العراء»: the dead or bodies left where they lie are ones already told.
    if (resultLen && (head.article || BODY_WORDS.has(stripped(ctx.words[at]))) && wordIn(ctx, at - resultLen, LEAVES)) continue;
    // A record, an arrival or «بينهم» tells the dead or hurt: the held there are no arrest («سجل معتقلات النظام»،
    // «الوصول إلى أسماء المختطفين»، «بينهم أسرى محررون»); a result verb with «عن» tells one («أسفرت الحملة عن معتقلين»).
    if (!headline && p.entry.kind === 'detained' && !(resultLen && ctx.words[at - 1] === 'عن')) continue;
    if (BODY_WORDS.has(stripped(ctx.words[at - 1])) && !sought) continue;
    // «البحث عن جثث»: bodies searched for are not found yet.
    if (resultLen && phraseAt(ctx, at - resultLen, SEARCH) && wordIn(ctx, at, BODY_WORDS)) continue;
    // «سقوط قتيلين على الأقل»: a bound after the noun counted by its form.
    const bounded = atLeastAfter(ctx, { first: p.firstToken, ...participleCount(ctx, p), victims: 'unspecified', participle: p, others: false });
    const c: Candidate = {
      kind: p.entry.kind,
      first: resultLen ? at - resultLen : at,
      last: bounded.last,
      trigger: [p.firstToken, p.lastToken],
      count: bounded.count,
      // «سقوط قتيلين على الأقل من بين المدنيين»: a class past the bound.
      victims: bounded.victims ?? 'unspecified',
      ...(bounded.victimTokens ? { victimTokens: bounded.victimTokens } : {}),
      others: false,
      rule: headline ? 'headline' : 'result-noun',
    };
    // «بوصول جثمان شهيد»: the body's dead in construct after it.
    const bodyOf = arrival && BODY_WORDS.has(stripped(ctx.words[at]!)) ? ctx.casualtyAt.get(p.lastToken + 1) : undefined;
    if (bodyOf && bodyOf.prefix === '' && !bodyOf.article && bounded.last === p.lastToken) c.last = bodyOf.lastToken;
    const rank = phraseAt(ctx, bounded.last + 1, RANK);
    // «قتلى مدنيون»: a victim noun agreeing in definiteness right after the plural is its adjective — of every noun
    // of a coordination it follows («قتلى وجرحى مدنيون»).
    const end = joinedNounsEnd(ctx, p.lastToken, (next) => next.entry.pos === 'participle' && next.article === p.article);
    const adjective = bounded.last === p.lastToken ? ctx.victimAt.get(end + 1) : undefined;
    const refined = rank ? ctx.victimAt.get(bounded.last + 1 + rank) : adjective && adjective.prefix === '' && adjective.article === p.article && (adjective.entry.role === undefined || (adjective.entry.role === 'nationality' && !adjective.article)) ? adjective : undefined;
    const named = refined ?? among;
    if (named) {
      c.victims = victimClass(named);
      c.victimTokens = [named.firstToken, named.lastToken];
      c.last = named.lastToken;
      // «جرحى من الأطفال والنساء»: groups joined there are of mixed class.
      const more = rank ? joinedGroup(ctx, named) : undefined;
      if (more) {
        c.victims = mixedClass(c.victims, victimClass(more));
        c.last = more.lastToken;
      }
    }
    out.push(c);
  }
}

const AMONG = /* @__PURE__ */ phraseTable(AMONG_PEOPLE);
// How far back in its clause a casualty word of the same kind makes a sub-group of casualties its own.
const SAME_KIND_REACH = 8;

/** A casualty word of `kind` in the clause of token `i`, within a few words before it. */
function kindJustRead(ctx: Context, i: number, kind: CasualtyKind): boolean {
  for (let k = i - 1; k >= 0 && k >= i - SAME_KIND_REACH && ctx.clauseOf[k] === ctx.clauseOf[i]; k--) if (ctx.casualtyAt.get(k)?.entry.kind === kind) return true;
  return false;
}

// How far back, within this sentence and the one before, {@link kindToldBefore} looks.
const TOLD_REACH = 60;
/** A casualty word of `kind` before token `i` in its sentence or the sentence before. */
function kindToldBefore(ctx: Context, i: number, kind: CasualtyKind): boolean {
  const from = ctx.sentenceStarts[Math.max(0, ctx.sentenceOf[i]! - 1)]!;
  for (let k = i - 1; k >= from && k >= i - TOLD_REACH; k--) if (ctx.casualtyAt.get(k)?.entry.kind === kind) return true;
  return false;
}

/** The victim noun of «إصابات (متفاوتة) وسط المدنيين» after an indefinite plural casualty noun at `p`, if any. */
function peopleAmong(ctx: Context, p: LexMatch<'casualtyWords'>): LexMatch<'victims'> | undefined {
  if (p.article || !isPluralForm(p)) return undefined;
  let k = p.lastToken + 1;
  // One indefinite adjective may come first: «متفاوتة»، «طفيفة».
  if (!phraseAt(ctx, k, AMONG) && plainWord(ctx, k) && !ctx.words[k]!.startsWith('ال')) k++;
  const len = phraseAt(ctx, k, AMONG);
  return len ? ctx.victimAt.get(k + len) : undefined;
}

/**
 * The last token of the casualty words joined by «و» after the one ending at `last` («قتلى وجرحى ومفقودون»), as long as
 * `joins` accepts them; `last` itself if none. @internal
 */
export function joinedNounsEnd(ctx: Context, last: number, joins: (m: LexMatch<'casualtyWords'>) => boolean = () => true): number {
  for (let n = 0, next = ctx.casualtyAt.get(last + 1); n < MAX_JOINED_NOUNS && next?.prefix === 'و' && joins(next); n++, next = ctx.casualtyAt.get(last + 1)) last = next.lastToken;
  return last;
}
/** The most casualty words a coordination joins: a bound on every walk along one, so each stays short (linear). */
const MAX_JOINED_NOUNS = 6;

/**
 * Whether a verb of arriving stands at `i`, then «إلى» and a place of care or a place («وصلا إلى المستشفى»; not «وصل
 * إلى 37» nor «وصلت إلى نسبة 40 بالمئة»).
 */
function arrivingAfter(ctx: Context, i: number): boolean {
  return wordIn(ctx, i, ARRIVING_VERBS) && ctx.words[i + 1] === 'الي' && (wordIn(ctx, i + 2, CARE_PLACE) || ctx.placeAt.has(i + 2)) && ctx.clauseOf[i] === ctx.clauseOf[i - 1];
}
/** Places of care («مستشفى»، «مركز»): where the wounded and the dead are brought. @internal */
export const CARE_PLACE = /* @__PURE__ */ new Set(CARE_PLACES);

const HEADLINE_LINK = /* @__PURE__ */ new Set(HEADLINE_LINKS);

function causeFollows(ctx: Context, i: number): boolean {
  // «قتلى وجرحى بينهم أطفال في قصف…»: a sub-group may come first.
  if (ctx.bits[i]! & F.INCLUDES) return true;
  // «قتلى وجرحى من الصيادين في استهداف قارب»: the victims' group may come first.
  const rank = phraseAt(ctx, i, RANK);
  // «قتلى وجرحى مدنيون في هجوم …»: or an indefinite victim adjective.
  const v = rank ? ctx.victimAt.get(i + rank) : indefiniteAdjective(ctx, i);
  if (v) i = v.lastToken + 1;
  // «شهيد فلسطيني وعشرات الإصابات بمواجهات…»: or a casualty noun of another kind joined by «و», counted or not.
  const joined = coordinatedCasualty(ctx, i);
  if (joined > i) i = joined;
  // «قتلى وجرحى اليوم في قصف …»، «شهيد، مساء أمس، برصاص …»: a time, bare or between commas, may stand before it.
  i = pastTimeAdjunct(ctx, i);
  if (headlineLink(ctx, i)) return true;
  // «قتلى وجرحى بإدلب على يد مجهولين»، «قتلى وجرحى في الخرطوم إثر قصف»: or where, a known place, first.
  const place = ctx.placeAt.get(ctx.words[i] === 'في' ? i + 1 : i);
  return place !== undefined && headlineLink(ctx, place.lastToken + 1);
}

/** Whether what links a headline's casualty noun to its event stands at `i`: a cause, a link word, fighting, a side, an agent. */
function headlineLink(ctx: Context, i: number): boolean {
  // «قتلى من البيشمركة»، «قتلى على يد مسلحين»: or the victims' side, or the agent.
  if (ctx.words[i] === 'من' && (ctx.actorsAt.has(i + 1) || ctx.actorNounAt.has(i + 1))) return true;
  if (ctx.words[i] === 'علي' && ctx.words[i + 1] === 'يد') return true;
  // «قتلى وجرحى باشتباكات في طرابلس»: fighting, which has no cause category, links a headline as a cause does.
  return ctx.causeAt.has(i) || HEADLINE_LINK.has(ctx.words[i] ?? '') || wordIn(ctx, i, FIGHT_OR_PERIOD);
}

/** Past a run of time words and commas at `i` (at most {@link MAX_TIME_ADJUNCT} tokens, one a time word), else `i`. */
function pastTimeAdjunct(ctx: Context, i: number): number {
  const k = pastRun(ctx, i, MAX_TIME_ADJUNCT, F.TIME | F.COMMA);
  // A run longer than its commas holds a time word.
  return k > pastRun(ctx, i, MAX_TIME_ADJUNCT, F.COMMA) ? k : i;
}
/** How many tokens a time adjunct between commas takes: «، مساء أمس الأربعاء،». */
const MAX_TIME_ADJUNCT = 5;

/** Past a casualty noun joined by «و» at `i`, with its figure before it («وعشرات الإصابات»، «و3 جرحى»); else `i`. */
function coordinatedCasualty(ctx: Context, i: number): number {
  if (!ctx.words[i]?.startsWith('و')) return i;
  const num = ctx.numberAt.get(i);
  const m = ctx.casualtyAt.get(num ? num.lastToken + 1 : i);
  return m && (num || m.prefix === 'و') ? m.lastToken + 1 : i;
}

/** «قتلى مدنيون»، «شهيد لبناني»: an indefinite victim noun (or nationality) with no clitic at `i`, an adjective. */
function indefiniteAdjective(ctx: Context, i: number): LexMatch<'victims'> | undefined {
  const v = ctx.victimAt.get(i);
  return v && !v.article && v.prefix === '' && (v.entry.role === undefined || v.entry.role === 'nationality') ? v : undefined;
}

const stripped = (w: string | undefined): string => (w === undefined ? '' : w.startsWith('و') && w.length > 3 ? w.slice(1) : w);

/**
 * What a toll noun counts: a casualty plural right after it («حصيلة القتلى»), after its adjectives with «لل»
 * («الحصيلة الإجمالية للقتلى»), or a relative clause with casualty verbs («عدد الأشخاص الذين قضوا وقتلوا»). @internal
 */
export function tollHead(ctx: Context, i: number, verbs?: ObjectVerbs): { kind: CasualtyKind; trigger: readonly [number, number]; people?: true } | null {
  const p = ctx.casualtyAt.get(i + 1);
  if (p) return p.entry.pos === 'participle' ? (diedAs(ctx, p) ?? { kind: p.entry.kind, trigger: [p.firstToken, p.lastToken] }) : null;
  // «عدد حالات الاعتقال … بلغ 17 ألف حالة»: cases of a verbal noun count like its participle, as after a figure.
  const cases = CASES.has(ctx.words[i + 1] ?? '') ? ctx.casualtyAt.get(i + 2) : undefined;
  if (cases?.entry.pos === 'noun' && cases.prefix === '') return { kind: cases.entry.kind, trigger: [i + 1, cases.lastToken] };
  for (let k = i + 2; k <= i + 3; k++) {
    const q = ctx.casualtyAt.get(k);
    // «للقتلى» is ل with the article, whose alef is not written.
    if (q?.entry.pos === 'participle' && (q.prefix === 'لل' || (q.prefix === 'ل' && q.article))) return { kind: q.entry.kind, trigger: [q.firstToken, q.lastToken] };
  }
  let r = i + 1;
  if (ctx.victimAt.has(r)) r = ctx.victimAt.get(r)!.lastToken + 1;
  // «عدد المدنيين اللبنانيين الذين قتلوا»: a definite nationality after a definite noun is its adjective.
  const nation = r > i + 1 && ctx.words[i + 1]!.startsWith('ال') ? ctx.victimAt.get(r) : undefined;
  if (nation?.entry.role === 'nationality' && nation.article) r = nation.lastToken + 1;
  // «عدد الجنود المصابين»: a definite casualty participle as the people's adjective — not of a disease («المصابين
  // بالكوليرا»).
  const said = r > i + 1 ? ctx.casualtyAt.get(r) : undefined;
  if (said?.entry.pos === 'participle' && said.article && said.prefix === '' && !wordIn(ctx, said.lastToken + 1, DISEASE)) {
    return { kind: said.entry.kind, trigger: [said.firstToken, said.lastToken] };
  }
  // «عدد من قتلوا»، «عدد من لقوا حتفهم»، «عدد من تم إعدامهم»: «من» (those who) and their verb, or «تم» and its noun.
  const who = ctx.words[r] === 'من' && r === i + 1;
  if (!who && (!(ctx.bits[r]! & F.RELATIVE) || !ctx.words[r]!.startsWith('ال'))) return null;
  const aux = who && AUX_WORDS.has(ctx.words[r + 1] ?? '') ? 1 : 0;
  const verb = ctx.casualtyAt.get(r + 1 + aux);
  // «إجمالي من لقوا مصرعهم»، «عدد من لقوا حتفهم»: a death idiom, its object right after its verb.
  const idiom = who && !aux && !verb ? idiomAt(ctx, r + 1) : null;
  if (idiom && idiom !== 'fall' && wordIn(ctx, r + 2, idiom)) {
    return { kind: readingsOf(ctx, r + 1).reduce<CasualtyKind | undefined>((k, stem) => k ?? IDIOM_KINDS.get(stem), undefined) ?? 'killed', trigger: [r + 1, r + 2] };
  }
  // «عدد الذين …»: those who, persons of no class.
  if (!who && !verb) {
    const told = relativeTold(ctx, r, verbs);
    return told && r === i + 1 ? { ...told, people: true } : told;
  }
  if (!verb || verb.entry.pos !== (aux ? 'noun' : 'verb')) return null;
  let last = verb.lastToken;
  for (let next = ctx.casualtyAt.get(last + 1); next?.entry.pos === 'verb' && next.prefix === 'و'; next = ctx.casualtyAt.get(last + 1)) last = next.lastToken;
  return { kind: verb.entry.kind, trigger: [verb.firstToken, last] };
}

/**
 * «عدد الأشخاص الذين اعتقلتهم الهيئة»، «تعداد الذين وثق المرصد مقتلهم»، «عدد الذين تعرضوا للاختطاف»: a relative clause
 * (at `r`) whose casualty verb or verbal noun carries a pronoun back to the people counted, or whose «تعرض» takes a
 * casualty noun, tells what befell them.
 */
function relativeTold(ctx: Context, r: number, verbs?: ObjectVerbs): { kind: CasualtyKind; trigger: readonly [number, number] } | null {
  const subjected = wordIn(ctx, r + 1, SUBJECTED_TO) ? ctx.casualtyAt.get(r + 2) : undefined;
  if (subjected?.entry.pos === 'noun' && subjected.prefix.startsWith('ل')) return { kind: subjected.entry.kind, trigger: [r + 1, subjected.lastToken] };
  for (let k = r + 1; k < ctx.n && k <= r + TOLD_IN_RELATIVE && !(ctx.bits[k]! & (F.END | F.COMMA | F.RELATIVE)); k++) {
    const noun = ctx.casualtyAt.get(k);
    if (noun) return noun.entry.pos === 'noun' && THEM.test(noun.suffix) ? { kind: noun.entry.kind, trigger: [k, noun.lastToken] } : null;
    const verb = verbs && readingsOf(ctx, k).reduce<ObjectVerb | undefined>((v, stem) => v ?? verbs.forms.get(stem), undefined);
    if (verb && THEM.test(verb.pronoun)) return { kind: verb.kind, trigger: [k, k] };
  }
  return null;
}
const SUBJECTED_TO = /* @__PURE__ */ new Set(SUBJECTED);
// How many words into its relative clause a toll's casualty word may stand: «الذين وثق المرصد السوري مقتلهم».
const TOLD_IN_RELATIVE = 5;
// The pronouns back at the plural people a toll counts.
const THEM = /^(هم|هن)$/u;

// Words after which a number is a date, a duration or a place, not a toll's figure: «منذ 18 مارس»، «في 7 أكتوبر»،
// «خلال عام 2023».
const NOT_A_FIGURE_AFTER = /* @__PURE__ */ new Set([...PREPOSITION_WORDS, ...SINCE_WORDS, ...DURING_WORDS, ...YEAR_WORDS]);

/**
 * «حصيلة الغارة»، «حصيلة القصف الصاروخي على المدينة»: «حصيلة» in construct with a strike, no casualty named — the
 * dead, or the kind of a casualty noun a few words on («حصيلة حملة الاعتقالات»).
 */
function strikeToll(ctx: Context, i: number): { kind: CasualtyKind; trigger: readonly [number, number]; people?: true } | null {
  // «حصيلة الغارة»، «حصيلة حملة الاعتقالات»: a definite genitive, or one in construct with one.
  const genitive = /^ال/u.test(ctx.words[i + 1] ?? '') || /^ال/u.test(ctx.words[i + 2] ?? '');
  if (!/^[وبل]?حصيله$/u.test(ctx.words[i]!) || !genitive || ctx.victimAt.has(i + 1)) return null;
  for (let k = i + 1; k <= i + 3; k++) {
    const m = ctx.casualtyAt.get(k);
    if (m) return { kind: m.entry.kind, trigger: [i, m.lastToken] };
  }
  return { kind: 'killed', trigger: [i, i] };
}

/** «الثمانين»، «الألف»: a definite decade or thousand, read as an ordinal elsewhere, as a toll's figure. */
function decadeFigure(ctx: Context, j: number): NounPhrase | null {
  const num = ctx.numberAt.get(j);
  if (!num || num.kind !== 'ordinal' || num.value === undefined || num.value < 20 || num.value % 10 !== 0 || !/^ال/u.test(ctx.words[j]!)) return null;
  return { first: j, last: num.lastToken, count: { value: num.value }, countTokens: [j, num.lastToken], victims: null, others: false };
}

/**
 * «عدد الأسرى الذين استشهدوا»، «عدد المعتقلين القتلى»: people named by one casualty word (prisoners, the wounded) whose
 * definite participle or relative clause says what befell them — the toll counts that, from the first word on.
 */
function diedAs(ctx: Context, p: LexMatch<'casualtyWords'>): { kind: CasualtyKind; trigger: readonly [number, number]; people: true } | null {
  const k = p.lastToken + 1;
  const adjective = ctx.casualtyAt.get(k);
  const said = adjective?.entry.pos === 'participle' && adjective.article && adjective.prefix === '' ? adjective : ctx.bits[k]! & F.RELATIVE && ctx.words[k]!.startsWith('ال') ? ctx.casualtyAt.get(k + 1) : undefined;
  if (!said || said.entry.kind === p.entry.kind || (said !== adjective && (said.entry.pos !== 'verb' || said.prefix !== ''))) return null;
  return { kind: said.entry.kind, trigger: [p.firstToken, said.lastToken], people: true };
}

// How far after its head a toll's figure may stand: «حصيلة قتلى قصف التحالف …، على مدينة الرقة، بلغت ثمانية عشر».
const TOLL_REACH = 40;
const RISE = /* @__PURE__ */ new Set(TOLL_RISE);

/**
 * «ارتفع إلى 53 على الأقل، عدد الأشخاص الذين قضوا»: the figure before the toll noun, after a rising verb and «إلى».
 */
function figureBeforeToll(ctx: Context, out: Candidate[], verbs?: ObjectVerbs): void {
  for (let r = 0; r < ctx.n; r++) {
    if (!(ctx.cues[r]! & CUE.RISE) || ctx.words[r + 1] !== 'الي') continue;
    const num = countingNumber(ctx, r + 2);
    if (!num || ctx.casualtyAt.has(num.lastToken + 1)) continue;
    // «ارتفع إلى 45 شخصا عدد الضحايا»: a figure may count people when the toll noun follows before any comma;
    // «ارتفع إلى سبعين شخصا، في حين بلغ عدد الجرحى تسعين»: past a comma that figure ends its own toll.
    const people = ctx.victimAt.get(num.lastToken + 1);
    const clause = ctx.clauseOf[r];
    for (let i = (people?.lastToken ?? num.lastToken) + 1; i < ctx.n && i <= num.lastToken + 30 && ctx.clauseOf[i] === clause; i++) {
      if (people && ctx.bits[i]! & (F.COMMA | F.END)) break;
      if (ctx.casualtyAt.has(i) && !wordIn(ctx, i, TOLL)) break;
      // «… بلغ عدد الجرحى»: a verb of its own tells its own toll.
      if (EXCEEDS.has(stripped(ctx.words[i])) || RISE.has(stripped(ctx.words[i])) || phraseAt(ctx, i, REACH_WORDS)) break;
      if (!wordIn(ctx, i, TOLL)) continue;
      const head = tollHead(ctx, i, verbs);
      if (!head) break;
      let count = quantityOf(num);
      if (ctx.words[num.lastToken + 1] === 'علي' && ctx.words[num.lastToken + 2] === 'الاقل' && count.value !== undefined) count = { min: count.value };
      const victims = people ? { victims: victimClass(people), victimTokens: [people.firstToken, people.lastToken] as const } : { victims: head.people ? 'people' : 'unspecified' };
      out.push({ kind: head.kind, first: r, last: head.trigger[1], trigger: head.trigger, count, countTokens: [r + 2, num.lastToken], ...victims, others: false, rule: 'toll' });
      break;
    }
  }
}

/** «ارتفاع حصيلة القتلى إلى 52»، «أعداد قتلى الغارات … إلى أكثر من 110 أشخاص». */
function tolls(ctx: Context, out: Candidate[], verbs?: ObjectVerbs): void {
  figureBeforeToll(ctx, out, verbs);
  for (let i = 0; i < ctx.n; i++) {
    // «ارتفاع ضحايا الهجوم إلى 12 قتيلا»: a casualty plural right after a rising word is its toll, told with «إلى».
    const risen = ctx.cues[i]! & CUE.RISE && ctx.casualtyAt.get(i + 1)?.entry.pos === 'participle' && ctx.casualtyAt.get(i + 1)!.prefix === '';
    if (!risen && (!(ctx.cues[i]! & CUE.TOLL) || !wordIn(ctx, i, TOLL))) continue;
    // «حصيلة الغارة ارتفعت إلى 12 شخصا»: a toll of a strike counts the people it names.
    const ofCasualties = tollHead(ctx, i, verbs);
    const strike = ofCasualties === null;
    const head = ofCasualties ?? strikeToll(ctx, i);
    if (!head) continue;
    const p = { lastToken: head.trigger[1], firstToken: head.trigger[0], entry: { kind: head.kind } };
    const sentence = ctx.sentenceOf[i];
    const exceeds = EXCEEDS.has(stripped(ctx.words[i - 1])) || EXCEEDS.has(ctx.words[p.lastToken + 1] ?? '');
    // «وبلغ عدد القتلى من النساء في المحافظة 17 امرأة»: a verb of reaching before the toll has the figure for its
    // object past the toll's adjuncts — a figure of people.
    const verbFirst = exceeds || phraseAt(ctx, i - 1, REACH_WORDS) > 0;
    // the plural's adjective: «حصيلة القتلى المدنيين … إلى 1200 شخص» are civilians; prisoners who died are people
    // «عدد المدنيين الجرحى»: the people named before the casualty adjective.
    const people = head.trigger[0] > i + 1 ? ctx.victimAt.get(i + 1) : undefined;
    let named: Victims | null = head.people ? 'people' : people ? victimClass(people) : null;
    let directAt = p.lastToken + 1; // where a figure may follow without «إلى»: after the plural, or its adjective
    // «إجمالي الإصابات: 1,153»، «عدد القتلى هو 12»: a tally's colon or a pronoun of identity before the figure.
    if (ctx.words[directAt] === ':' || TOLL_COPULA.has(ctx.words[directAt]!)) directAt++;
    for (let j = p.lastToken + 1; j < Math.min(ctx.n, p.lastToken + TOLL_REACH) && ctx.sentenceOf[j] === sentence; j++) {
      // Another toll noun, a casualty noun or a rising verb with its own «و» opens another statement.
      // Not a noun of the event the toll is in: «عدد القتلى في المجزرة إلى 37»، «بالمجزرة».
      const noun = ctx.casualtyAt.get(j);
      const event = noun !== undefined && (ctx.words[j - 1] === 'في' || noun.prefix === 'ب');
      if (j > directAt && (wordIn(ctx, j, TOLL) || (noun?.entry.pos === 'noun' && !event) || (ctx.bits[j]! & F.AND && RISE.has(ctx.words[j]!.slice(1))))) break;
      const to = TO.has(ctx.words[j]!) || (!risen && EXCEEDS.has(ctx.words[j]!));
      // «زاد عدد المصابين إلى 594» rose to it; «زاد عن»، «تجاوز» pass it.
      const bound = (exceeds && ctx.words[j] !== 'الي') || EXCEEDS.has(ctx.words[j]!);
      const far = !to && j > directAt && verbFirst && ctx.numberAt.has(j) && !NOT_A_FIGURE_AFTER.has(ctx.words[j - 1]!);
      const direct = !to && !risen && (j === directAt || far);
      if (!direct && !to) continue;
      // Right after the plural («حصيلة القتلى المدنيين») a victim noun is its adjective, never a dual figure.
      // «تجاوز عدد المصابين الثمانين»: a definite decade is a figure there.
      const np = readNounPhrase(ctx, to ? j + 1 : j, true, to) ?? (to || verbFirst ? decadeFigure(ctx, to ? j + 1 : j) : null);
      // A figure past the adjuncts, or the toll of a strike, must count people or casualties — or, past the adjuncts,
      // end the clause as the toll's bare figure: «وبلغ عدد المصابين في الانفجار 23»، «… في الفاشر أكثر من 700».
      const endsClause = far && !strike && np?.countTokens !== undefined && np.victims === null && !np.participle && (np.count?.value ?? np.count?.min) !== undefined && closesFigure(ctx, np.last + 1);
      if ((far || strike) && !np?.victims && !np?.participle && !endsClause) {
        if (far) break;
        continue;
      }
      if (!np || !np.count || np.count.value === undefined && np.count.min === undefined) {
        if (!direct) continue;
        if (np?.victims && !np.participle) {
          named = np.victims;
          directAt = np.last + 1;
        }
        continue;
      }
      if (bound && np.count.value !== undefined) np.count = { min: np.count.value };
      // «حصيلة التفجير … إلى 47 مصاباً»، «حصيلة ضحايا التفجير إلى 47 مصاباً»: a strike's toll that names no casualty word,
      // or victims of either kind, is of the kind its figure counts.
      const either = (strike && !ctx.casualtyAt.has(head.trigger[1])) || wordIn(ctx, head.trigger[1], BOTH_KINDS);
      const kind = either && np.participle ? np.participle.entry.kind : p.entry.kind;
      const toll: Candidate = {
        ...fromNounPhrase(kind, [p.firstToken, p.lastToken], np, 'toll'),
        first: i,
        victims: np.victims === null || np.participle || np.victims === 'people' ? named ?? np.victims ?? 'unspecified' : np.victims,
      };
      // «حصيلة القتلى في معرة مصرين إلى 31»: the words between «في» and «إلى» are the toll's place.
      if (ctx.words[p.lastToken + 1] === 'في' && to && j - p.lastToken - 2 >= 1 && j - p.lastToken - 2 <= 3) {
        toll.placeTokens = [p.lastToken + 2, j - 1];
      }
      out.push(toll);
      // «ارتفعت حصيلة القتلى والجرحى إلى 30»: one figure of the dead and wounded goes on both — unless a casualty noun
      // after it counts one kind alone («إلى 30 قتيلا و50 جريحا»، «إلى 30 بينهم 10 جرحى»).
      const both = ofCasualties && !np.participle ? alsoKind(ctx, head) : undefined;
      if (both && !kindAfter(ctx, np.last + 1, both.entry.kind)) out.push({ ...toll, kind: both.entry.kind });
      break;
    }
  }
}

/** «القتلى والجرحى»، «قتلى وجرحى الحشد»: the plural of the dead or wounded joined right after the other's in a toll. */
function alsoKind(ctx: Context, head: { kind: CasualtyKind; trigger: readonly [number, number] }): LexMatch<'casualtyWords'> | undefined {
  const first = ctx.casualtyAt.get(head.trigger[0]);
  const q = ctx.casualtyAt.get(head.trigger[1] + 1);
  if (!first || first.lastToken !== head.trigger[1] || first.entry.pos !== 'participle' || q?.entry.pos !== 'participle') return undefined;
  const pair = (head.kind === 'killed' && q.entry.kind === 'injured') || (head.kind === 'injured' && q.entry.kind === 'killed');
  return pair && q.prefix === 'و' && q.article === first.article && (isPluralForm(q) || countOfForm(q)?.vague !== undefined) ? q : undefined;
}

/** Whether a casualty word of `kind` stands in the clause from token `k`, a few words on («إلى 30 بينهم 10 جرحى»). */
function kindAfter(ctx: Context, k: number, kind: CasualtyKind): boolean {
  for (let j = k; j < ctx.n && j < k + KIND_AFTER_REACH && ctx.clauseOf[j] === ctx.clauseOf[k - 1]; j++) if (ctx.casualtyAt.get(j)?.entry.kind === kind) return true;
  return false;
}
// How far after a toll's figure a breakdown of one kind may stand: «إلى 30، بينهم 10 جرحى».
const KIND_AFTER_REACH = 6;

/** Whether token `k` closes a bare figure: the end of the text or sentence, a comma, a sub-group, or a new «و» clause. */
function closesFigure(ctx: Context, k: number): boolean {
  return k >= ctx.n || (ctx.bits[k]! & (F.END | F.COMMA | F.INCLUDES | F.AND)) !== 0 || ctx.sentenceOf[k] !== ctx.sentenceOf[k - 1];
}

const TOLL_ADJ = /* @__PURE__ */ new Set(TOLL_ADJECTIVES);
const REACH_WORDS = /* @__PURE__ */ phraseTable(TOLL_REACH_VERBS.map((w) => [w]));
const RISE_WORDS = /* @__PURE__ */ phraseTable(TOLL_RISE.map((w) => [w]));
// How many words a bare toll may put before its figure: «لترتفع بذلك الحصيلة الإجمالية إلى 15».
const TOLL_LEAD = 6;
// How many sentences back a bare toll looks for the kind it continues.
const TOLL_CONTINUES = 2;

/**
 * Tolls that name no casualty (rule `toll`): a rising verb, an optional bare toll noun and its adjectives, «إلى» and a
 * figure with no casualty noun after it — «وبذلك ترتفع الحصيلة إلى 15»، «ليرتفع العدد إلى 12»، «ارتفع إلى 8 على
 * الأقل بينهم 5 عناصر» — continue the kind of the nearest mention before them (this sentence or the two before);
 * and a casualty plural with its genitive before a verb of reaching: «قتلى القصف بلغوا 23 شخصا».
 */
function bareTolls(ctx: Context, found: readonly Candidate[], out: Candidate[], verbs?: ObjectVerbs): void {
  // One pass over the readings before each token, by where they end: the latest killed or injured one and the
  // sentence of the latest toll (linear on long texts).
  const byEnd = [...found].sort((a, b) => a.last - b.last);
  const before: Before = { latest: null, tollSentence: -1 };
  // The tokens some reading covers (a figure outside them counts something else): marked when a toll first asks.
  let covered: Uint8Array | undefined;
  const coveredTokens = (): Uint8Array => (covered ??= tokensCovered(ctx, found));
  // The count-noun readings by the token their figure starts at: made when a toll first asks.
  let byFigure: Map<number, Candidate> | undefined;
  const countNounAt = (at: number): Candidate | undefined => (byFigure ??= new Map(found.filter((c) => c.rule === 'count-noun' && c.countTokens).map((c) => [c.countTokens![0], c]))).get(at);
  // Every reading here ends in a figure: only the few words before a figure can start one. Those windows are read
  // in text order, each token once, with no array of the document's length to mark them.
  const figures = ctx.numbers.map((n) => n.at).sort((a, b) => a - b);
  let r = 0;
  let next = 0;
  for (const at of figures) for (r = Math.max(r, at - 1 - TOLL_LEAD, 0); r < at; r++) {
    for (; next < byEnd.length && byEnd[next]!.last < r; next++) {
      const c = byEnd[next]!;
      before.latest = c;
      if (c.rule === 'toll') before.tollSentence = ctx.sentenceOf[c.first]!;
    }
    const second = secondToll(ctx, before, r);
    if (second) {
      out.push(second);
      continue;
    }
    if (phraseAt(ctx, r, REACH_WORDS)) {
      const c = reachedToll(ctx, r) ?? theirNumber(ctx, r);
      if (c) out.push(c);
      continue;
    }
    // «أما الجرحى الآخرون وعددهم 7»: «وعددهم» right after a casualty plural counts it.
    if (THEIR_NUMBER.has(withoutAnd(ctx, r))) {
      const c = theirNumber(ctx, r, r);
      if (c) out.push(c);
      continue;
    }
    if (!phraseAt(ctx, r, RISE_WORDS)) continue;
    let k = r + 1;
    if (TOLL_ADJ.has(ctx.words[k] ?? '')) k++;
    // «ارتفاع عددهم إلى 11»: «عددهم» is a bare toll noun whose pronoun points back at the mention before.
    const noun = wordIn(ctx, k, TOLL) || ['العدد', 'الحصيله'].includes(ctx.words[k] ?? '') || THEIR_NUMBER.has(ctx.words[k] ?? '');
    if (noun) {
      // «ارتفع عدد القتلى …»: a toll noun with its head is read by `tolls`.
      if (tollHead(ctx, k, verbs)) continue;
      k++;
      while (TOLL_ADJ.has(ctx.words[k] ?? '')) k++;
    }
    // «وارتفعت الحصيلة اليوم إلى 32»، «…، اليوم الأحد، إلى …»، «… لاحقاً إلى …»، «… حتى الآن إلى …»: a time of the rise,
    // between commas or not, may stand before «إلى».
    for (let t = 0; t < 4 && ctx.words[k] !== 'الي'; t++) {
      const past = ctx.bits[k]! & (F.TIME | F.COMMA) ? k + 1 : Math.max(pastEarlier(ctx, k), k + phraseAt(ctx, k, SO_FAR));
      if (past === k) break;
      k = past;
    }
    if (ctx.words[k] !== 'الي') continue;
    const num = countingNumber(ctx, k + 1);
    if (!num) continue;
    let last = num.lastToken;
    let count = quantityOf(num);
    if (ctx.words[last + 1] === 'علي' && ctx.words[last + 2] === 'الاقل') {
      if (count.value !== undefined) count = { min: count.value };
      last += 2;
    }
    // «إلى 9 قتلى»: a casualty noun after the figure is `count-noun`; «إلى 500 ليرة» counts something else.
    const after = ctx.doc.tokens[last + 1];
    // «ارتفع عددهم إلى 11 وأصيب 5 آخرون»: a casualty verb with «و» opens the next clause.
    const nextVerb = ctx.casualtyAt.get(last + 1);
    const clause = nextVerb?.entry.pos === 'verb' && nextVerb.prefix === 'و';
    const ends = !after || after.kind !== 'word' || (ctx.bits[last + 1]! & (F.INCLUDES | F.END | F.COMMA)) !== 0 || FOLLOWERS.has(after.text) || clause;
    // «ارتفعت الحصيلة إلى 9 قتلى»: the figure's own reading (`count-noun`) is this toll, an update of the one before —
    // unless a toll read from its noun holds the rise («عدد الأسرى الذين استشهدوا ارتفع إلى 41 أسيرا»).
    if (ctx.casualtyAt.has(last + 1) && !clause) {
      if (coveredTokens()[r]) continue;
      // «إلى 41 شهيدًا و40 جريحًا»: the figures joined to it by «و» are the toll's too.
      for (let c = countNounAt(k + 1); c; c = countNounAt(c.last + 1) ?? (ctx.words[c.last + 1] === 'و' ? countNounAt(c.last + 2) : undefined)) c.rule = 'toll';
      continue;
    }
    if (!ends || ctx.victimAt.has(last + 1)) continue;
    // «ارتفعت الحصيلة إلى صفر» tells no toll.
    if (count.value === 0) continue;
    const kind = kindBefore(ctx, before.latest, r, noun, coveredTokens);
    if (!kind) continue;
    // «عددهم» names the victims of the mention it continues, as «آخرين» does.
    const their = THEIR_NUMBER.has(ctx.words[k - 1] ?? '');
    out.push({ kind, first: r, last, trigger: [r, noun ? k - 1 : r], count, countTokens: [k + 1, num.lastToken], victims: 'unspecified', others: their, rule: 'toll' });
  }
}

/**
 * «ما أدى إلى مقتل العناصر، وعددهم أربعة»، «مقتل ركاب الحافلة وعددهم 12 شخصا»: «وعددهم» and a figure right after a
 * reading of no figure (its genitive or a comma may stand between) count its group.
 */
function theirCountAfter(ctx: Context, found: Candidate[]): void {
  for (const c of found) {
    if (c.countTokens || c.describes || (c.count !== null && c.count.vague === undefined)) continue;
    let k = c.last + 1;
    // Past the group's genitive («ركاب الحافلة») or a comma.
    if (plainWord(ctx, k) && ctx.words[k]!.startsWith('ال')) k++;
    if (ctx.bits[k]! & F.COMMA) k++;
    if (!THEIR_NUMBER.has(withoutAnd(ctx, k))) continue;
    const num = countingNumber(ctx, k + 1);
    if (!num || found.some((o) => o !== c && o.first <= num.lastToken && o.last >= k)) continue;
    const noun = ctx.victimAt.get(num.lastToken + 1);
    Object.assign(c, { count: quantityOf(num), countTokens: [k + 1, num.lastToken], last: noun?.prefix === '' ? noun.lastToken : num.lastToken });
  }
}

/**
 * «ارتفاع حصيلة القتلى إلى 1250، والجرحى إلى 4300»، «بلغ عدد القتلى 12 والجرحى 40»: a second casualty plural of the
 * toll at `r` (or right after a counted reading), with its own figure («إلى» as the first had it, or none).
 */
function secondToll(ctx: Context, before: Before, r: number): Candidate | null {
  const p = ctx.casualtyAt.get(r);
  if (!p || p.entry.pos !== 'participle' || p.prefix !== 'و' || !p.article) return null;
  const at = ctx.words[p.lastToken + 1] === 'الي' ? p.lastToken + 2 : p.lastToken + 1;
  const num = countingNumber(ctx, at);
  // «لا يقل عن 30 قتيلا والجرحى نحو 14»: or right after a counted reading.
  const afterCounted = before.latest?.last === r - 1 && before.latest.countTokens !== undefined;
  if (!num || (before.tollSentence !== ctx.sentenceOf[r] && !afterCounted)) return null;
  return { kind: p.entry.kind, first: r, last: num.lastToken, trigger: [p.firstToken, p.lastToken], count: quantityOf(num), countTokens: [at, num.lastToken], victims: 'unspecified', others: false, rule: 'toll' };
}

/**
 * The kind a bare toll at `r` continues: that of the nearest candidate before it (`best`), if killed or injured, in its sentence
 * — or, when a toll noun names the toll, this sentence or the two before. Another subject between makes the rise its
 * own: a mention of another kind is nearer («واعتقلت الشرطة 3 مشتبهين»), a figure no mention counts («ونزح آلاف
 * السكان»، «رفعت إلى 4 مستوى التأهب»), another rising verb («وارتفع سعر الدولار»).
 */
function kindBefore(ctx: Context, best: Candidate | null, r: number, named: boolean, covered: () => Uint8Array): CasualtyKind | null {
  if (!best || (best.kind !== 'killed' && best.kind !== 'injured')) return null;
  if (ctx.sentenceOf[r]! - ctx.sentenceOf[best.last]! > (named ? TOLL_CONTINUES : 0)) return null;
  for (let k = best.last + 1; k < r; k++) {
    if (RISE.has(stripped(ctx.words[k])) || wordIn(ctx, k, RISE)) return null;
    // A sub-group («بينهم 3 أطفال») still counts the mention's victims.
    if (countingNumber(ctx, k) && (ctx.bits[k - 1]! & F.INCLUDES) === 0 && !covered()[k]) return null;
  }
  return best.kind;
}

/** What stands before a token, for {@link bareTolls}: the latest reading, the latest toll's sentence. */
interface Before {
  latest: Candidate | null;
  tollSentence: number;
}

// How many words (a genitive, the side: «في صفوف العشائر القبلية») may stand between a casualty plural and its verb of reaching.
const REACHED_GAP = 5;

// How far back in its sentence «عددهم» finds the casualty plural it counts: «فيما يخص الجرحى، بلغ عددهم 74».
const THEIR_NUMBER_REACH = 8;
// With no verb: the plural, one adjective («الآخرون»), then «وعددهم».
const THEIR_NUMBER_ADJACENT = 2;

/**
 * «فيما يخص الجرحى، بلغ عددهم 74 شخصا»: «عددهم» after a verb of reaching at `r` counts the casualty plural just before;
 * with no verb (`their` is «وعددهم»), only the plural and its adjective stand before it: «والجرحى الآخرون وعددهم 7».
 */
function theirNumber(ctx: Context, r: number, their = r + 1): Candidate | null {
  if (!wordIn(ctx, their, THEIR_NUMBER)) return null;
  const at = ctx.words[their + 1] === 'الي' ? their + 2 : their + 1;
  // «وعددهم 40 نقلوا …»: with no verb, the figure is the predicate whatever follows it.
  const num = their === r ? countingNumber(ctx, at) : undefined;
  const np = readNounPhrase(ctx, at, true, true) ?? (num ? bareFigure(num) : null);
  if (!np?.countTokens || np.count?.value === undefined) return null;
  const reach = their === r ? THEIR_NUMBER_ADJACENT : THEIR_NUMBER_REACH;
  for (let k = their - 1; k >= 0 && k >= their - reach && ctx.sentenceOf[k] === ctx.sentenceOf[r]; k--) {
    const p = ctx.casualtyAt.get(k);
    if (!p) continue;
    if (p.entry.pos !== 'participle' || !p.article || countOfForm(p)?.vague === undefined) return null;
    const exceeds = EXCEEDS.has(stripped(ctx.words[r]));
    const c = fromNounPhrase(p.entry.kind, [p.firstToken, p.lastToken], exceeds ? { ...np, count: { min: np.count.value } } : np, 'toll');
    return { ...c, first: their === r ? p.firstToken : r, victims: np.victims ?? 'unspecified' };
  }
  return null;
}

/**
 * «قتلى القصف بلغوا 23 شخصا»، «القتلى في صفوف العشائر وصل إلى 11 شخصا»: a casualty plural, a genitive or its side, a
 * verb of reaching at `r`, then the figure — or the verb first: «وتجاوز الجرحى 6500».
 */
function reachedToll(ctx: Context, r: number): Candidate | null {
  const to = ctx.words[r + 1] === 'الي' ? r + 2 : r + 1;
  const ahead = ctx.casualtyAt.get(r + 1);
  const first = ahead?.entry.pos === 'participle' && ahead.article && ahead.prefix === '' && isPluralForm(ahead) ? ahead : undefined;
  const np = readNounPhrase(ctx, first ? first.lastToken + 1 : to, true, true);
  if (!np?.countTokens || np.count?.value === undefined) return null;
  const exceeds = EXCEEDS.has(stripped(ctx.words[r]));
  if (first) {
    const c = fromNounPhrase(first.entry.kind, [first.firstToken, first.lastToken], exceeds ? { ...np, count: { min: np.count.value } } : np, 'toll');
    return { ...c, first: r, victims: np.victims === 'people' || np.victims === null ? 'unspecified' : np.victims };
  }
  for (let k = r - 1; k >= 0 && k >= r - REACHED_GAP && ctx.sentenceOf[k] === ctx.sentenceOf[r]; k--) {
    const p = ctx.casualtyAt.get(k);
    if (p) {
      // «الجرحى»، «والمصابون»: a plural, broken or sound.
      if (p.entry.pos !== 'participle' || !(isPluralForm(p) || countOfForm(p)?.vague !== undefined) || (p.prefix !== '' && p.prefix !== 'و')) return null;
      const c = fromNounPhrase(p.entry.kind, [p.firstToken, p.lastToken], exceeds ? { ...np, count: { min: np.count.value } } : np, 'toll');
      return { ...c, victims: np.victims === 'people' || np.victims === null ? 'unspecified' : np.victims };
    }
    if ((ctx.bits[k]! & ~(F.AND | F.OF)) !== F.WORD || ctx.numberAt.has(k) || wordIn(ctx, k, TOLL)) return null;
  }
  return null;
}

/** «ثلاثة عوائل ما زالت تحت الأنقاض»، «لا يزال ثلاثة أطفال في عداد المفقودين»: a counted group, then its state. */
function groupInState(ctx: Context, out: Candidate[]): void {
  for (let i = 0; i < ctx.n; i++) {
    if (!(ctx.cues[i]! & CUE.STATE) || !wordIn(ctx, i, STATE_FIRST_WORDS)) continue;
    const readings = readingsOf(ctx, i);
    for (const { phrase, kind, needs, bare, adjacent } of STATES) {
      const len = statePhraseAt(ctx, i, readings, phrase);
      if (!len || NOT_PEOPLE.has(ctx.words[i + len] ?? '')) continue; // «حالة اختناق مروري»
      if (ctx.words[i - 1] === 'من') continue; // «انتشلت جثثهم من تحت الأنقاض»: out from under, no longer trapped
      for (let k = Math.max(0, i - 6); k < i; k++) {
        if (ctx.clauseOf[k] !== ctx.clauseOf[i] || (needs && ctx.words[k - 1] !== needs)) continue;
        // «نحو 20 آخرين لا يزالون تحت الأنقاض»: counted others are people of the class told before. With «still» by
        // the group, uncounted others are in that state too («وما زال آخرون تحت الأنقاض»).
        const still = stillBy(ctx, k, i);
        const np = figureBefore(ctx, readNounPhrase(ctx, k, bare || still), k, i);
        const others = np?.others === true && (np.countTokens !== undefined || still);
        if (!np || np.participle || (np.victims === null && !((bare || still) && np.countTokens) && !others) || np.last >= i || np.last < (adjacent ? i - 1 : i - 4)) continue;
        // «6 من أفراد العائلة قضوا تحت الأنقاض»: a casualty verb between says what befell them there. «وأصيب 45 آخرين
        // ولازال العشرات تحت الركام»: a figure between is the group of the state, not the one before it.
        if (hasCasualtyBetween(ctx, np.last + 1, i) || hasFigureBetween(ctx, np.last + 1, i)) continue;
        // «وفاة 3 أطفال بالاختناق»، «إصابة 5 شبان بالاختناق»: a group a casualty word has just counted is that word's.
        if (ctx.casualtyEndingAt.has(np.first - 1)) break;
        // A group must be counted or plural: «الدفاع المدني يبحث عن ناجين تحت الأنقاض» is no casualty.
        // A grave condition is a person's: «وطفل ثالث في حالة حرجة»، «شاب حالته خطرة» (one, indefinite).
        const one = kind === 'injured' && np.count?.value === 1 && np.victimTokens !== undefined && !ctx.victimAt.get(np.victimTokens[0])?.article;
        // «بينهم امرأة بحالة حرجة»، «جنديين، أحدهما في حالة خطيرة»: how grave some of the wounded told are is no toll.
        if (kind === 'injured' && (ctx.bits[np.first - 1]! & F.INCLUDES || partOfThemBetween(ctx, np.last + 1, i)) && kindJustRead(ctx, np.first - 1, 'injured')) break;
        if (!np.countTokens && np.count?.vague === undefined && (np.count?.value ?? 0) < 2 && !one) continue;
        // «هناك أحد تحت الأنقاض»: «anyone» is no group.
        if (ANYONE.has(ctx.words[np.first]!) && np.last === np.first) continue;
        out.push({ ...fromNounPhrase(kind, [i, i + len - 1], np, 'state'), first: np.first, last: i + len - 1, victims: np.victims ?? 'unspecified' });
        break;
      }
    }
  }
}

const PART_OF_THOSE = /* @__PURE__ */ new Set(PART_OF_THEM);
/** Whether «أحدهما»، «بعضهم» … stands between tokens `from` and `to`. */
function partOfThemBetween(ctx: Context, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (PART_OF_THOSE.has(ctx.words[k]!)) return true;
  return false;
}

/**
 * «لا يزال 40 مجهولي المصير»، «إن 37 لا يزالون مجهولي المصير»، «ولا يزال 12 تحت الأنقاض»: a figure right before a state
 * phrase (whose first word the noun phrase at `k` may have read as the figure's noun, or as no group at all), or before
 * «still» and the phrase, is the group.
 */
function figureBefore(ctx: Context, np: NounPhrase | null, k: number, i: number): NounPhrase | null {
  if (np && np.last < i) return np;
  const num = countingNumber(ctx, k);
  if (!num || num.firstToken !== k) return np;
  const gap = i - 1 - num.lastToken;
  return gap === 0 || (gap > 0 && gap <= 2 && stillBy(ctx, num.lastToken + 1, i)) ? bareFigure(num) : np;
}

/**
 * Length of state phrase `p` at token `i` (its first word one of the token's `readings`), 0 if it is not there: what
 * `phraseAt` reads, without a table per state (each table is a question kept with every word it meets).
 */
function statePhraseAt(ctx: Context, i: number, readings: readonly string[], p: Phrase): number {
  return readings.includes(p[0]!) && restOfPhraseAt(ctx, i, p) ? p.length : 0;
}

/**
 * A verb of still being so, or a word of there being («وهناك العشرات تحت الأنقاض»), in the two words before a group at
 * `first`, or between it and its state at `state`.
 */
function stillBy(ctx: Context, first: number, state: number): boolean {
  for (let k = Math.max(0, first - 2); k < state; k++) if (stillAt(ctx, k) || (wordIn(ctx, k, THERE_IS) && !THERE_DENIED.has(ctx.words[k - 1] ?? ''))) return true;
  return false;
}
const ANYONE = /* @__PURE__ */ new Set(['احد', 'احدا']);
// «لا يوجد أحد تحت الأنقاض»، «ليس هناك»، «لم يعد هناك»: there being denied.
const THERE_DENIED = /* @__PURE__ */ new Set(['لا', 'ولا', 'ليس', 'وليس', 'يعد', 'لم', 'ولم']);
const THERE_IS = /* @__PURE__ */ new Set(THERE_BEING);

/** «لا يزال»، «ما زالوا»، «مازال»: a verb of ceasing with its negation, which says «still» («لم يعد» says «no longer»). */
function stillAt(ctx: Context, k: number): boolean {
  const w = bareOfAnd(ctx.words[k]);
  if (!STILL.has(w) || /^[يت]عد$/u.test(w)) return false;
  return w.startsWith('ما') || w.startsWith('لا') || NOT_STILL.has(ctx.words[k - 1] ?? '');
}

function hasCasualtyBetween(ctx: Context, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ctx.casualtyAt.has(k)) return true;
  return false;
}

function hasFigureBetween(ctx: Context, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (countingNumber(ctx, k)) return true;
  return false;
}

const ONE_BODY = /* @__PURE__ */ new Set(BODY_OF_ONE);
const TWO_BODIES = /* @__PURE__ */ new Set(BODY_OF_TWO);
const RETRIEVES = /* @__PURE__ */ new Set(BODY_RETRIEVAL);
const FINDS = /* @__PURE__ */ new Set(BODY_FINDING);
// How many words (a subject) may stand between the verb and the body it found («عثر … على») or pulled out.
const FINDER_REACH = 8;

/**
 * Whether what follows a body word at `k` names nobody else's body: a break, a preposition, or an adjective of the body
 * (indefinite, in ة: «جثة مجهولة الهوية»، «جثث متحللة»). A noun in construct is whose body it is — an animal's
 * («جثث أبقار نافقة»), a known person's at a funeral («جثمان الفنان الراحل») — and no victim noun read as one.
 */
function bodyOfNoOne(ctx: Context, k: number): boolean {
  const w = ctx.words[k];
  if (w === undefined || ctx.doc.tokens[k]!.kind !== 'word' || ctx.bits[k]! & (F.END | F.COMMA | F.AND | F.TIME)) return true;
  // «انتشلت الفرق جثة أخرى»: one more. «جثة مجهولة»، «جثتين مجهولتي الهوية»: an adjective, singular or dual.
  return BODY_PLACE.has(w) || OTHER_WORDS.has(w) || /^[بل]/u.test(w) || (!w.startsWith('ال') && /(?:ه|تين|تي|تان)$/u.test(w));
}
// «جثتين تعودان إلى شقيقتين»: whose body it is, told by «تعود» (belongs) after it; «جثة عليها آثار تعذيب»، «جثة تظهر
// عليها آثار الرصاص»: marks on the body («تحمل» may bear a name: «جثة تحمل اسم فلان»).
const BODY_PLACE = /* @__PURE__ */ new Set([...PREPOSITION_WORDS, ...PLACE_PREPOSITIONS, 'تعود', 'يعود', 'تعودان', 'يعودان', 'عليه', 'عليها', 'عليهما', 'عليهم', 'تظهر', 'يظهر']);

/** Whether the body word at `i` is found or pulled out: «انتشال جثة»، «انتشلت الطواقم جثة»، «عثرت الشرطة على جثة». */
function foundBody(ctx: Context, i: number): boolean {
  // «عثر على ثمانية جثث في حلب، وجثتين في حمص»: bodies joined by «و» to bodies found before them are found too.
  if (ctx.bits[i]! & F.AND) {
    for (let k = i - 1; k >= 0 && k >= i - JOINED_BODIES_REACH && ctx.sentenceOf[k] === ctx.sentenceOf[i]; k--) {
      if (ctx.cues[k]! & CUE.BODY) return foundBody(ctx, ctx.numberEndingAt.get(k - 1)?.at ?? k);
    }
  }
  const on = ctx.words[i - 1] === 'علي';
  const verbs = on ? FINDS : RETRIEVES;
  for (let k = on ? i - 2 : i - 1; k >= 0 && k >= i - 1 - FINDER_REACH && ctx.clauseOf[k] === ctx.clauseOf[i]; k--) {
    if (wordIn(ctx, k, verbs)) return true;
    // «انتشل فريق الطوارئ … فرع درنة، جثتين»، «عثرت، ظهر اليوم، على جثة»: a comma may close the finder's subject
    // right before the body, or a time between commas.
    const aside = ctx.bits[k - 1]! & F.TIME || ctx.bits[k + 1]! & F.TIME;
    if (ctx.numberAt.has(k) || ctx.casualtyAt.has(k) || (ctx.bits[k]! & F.COMMA && k !== i - 1 && !aside)) return false;
  }
  return false;
}

// How far back a body word joined by «و» finds the bodies found before it: «ثمانية جثث مجهولة الهوية في حي … بمدينة حلب، وجثتين».
const JOINED_BODIES_REACH = 14;

// How many sentences back a body named by a definite noun finds the same noun told indefinite: «جثة شاب … جثة الشاب».
const RENAMED_REACH = 2;

/** The last token of each indefinite victim noun, by its lexicon form, inside the killings `found`. */
function indefiniteDead(ctx: Context, found: readonly Candidate[]): Map<string, number> {
  const at = new Map<string, number>();
  for (const c of found) {
    if (c.kind !== 'killed') continue;
    for (let k = c.first; k <= c.last; k++) {
      const w = ctx.victimAt.get(k);
      if (w && !w.article) at.set(w.form, Math.max(k, at.get(w.form) ?? -1));
    }
  }
  return at;
}

/**
 * «جثث القتلى التي تملأ الشوارع»: bodies of uncounted dead, unless they restate a toll just given; «جثة شاب» is one
 * dead, new when indefinite. An indefinite body found or pulled out with no victim noun is a dead person found
 * («انتشال جثة من رفح» → 1, «العثور على جثث مجهولة» → uncounted).
 */
function bodies(ctx: Context, out: Candidate[], earlier: readonly Candidate[], verbs: ObjectVerbs | undefined): void {
  const tolled = new Set<number>();
  for (const c of earlier) if (c.kind === 'killed' && c.count !== null && c.count.vague === undefined) tolled.add(ctx.sentenceOf[c.first]!);
  // «رفات أربعين شخصا أعدمهم التنظيم»: bodies of a group told as executed are those executions, not other dead.
  const executed = new Set<number>();
  for (const c of earlier) if (c.kind === 'executed') executed.add(c.first);
  const told = indefiniteDead(ctx, earlier);
  // Sentences holding any killing (of any count), for the definite dead of bodies below.
  const killedIn = new Set<number>();
  for (const c of earlier) if (c.kind === 'killed') killedIn.add(ctx.sentenceOf[c.first]!);
  for (let i = 0; i < ctx.n; i++) {
    if (!(ctx.cues[i]! & CUE.BODY) || countingNumber(ctx, i - 1)) continue;
    // «انتشلت جثث سبعة مدنيين»: counted bodies are counted dead.
    const counted = readNounPhrase(ctx, i + 1, false);
    if (counted?.countTokens && counted.victims !== null && !counted.participle) {
      if (!executed.has(counted.first)) out.push(fromNounPhrase('killed', [i, i], counted, 'bodies'));
      continue;
    }
    // «العثور على جثث ثمانية مختطفين»، «جثث المختطفين الأربعة»، «جثتي المختطفين»: bodies of the held or missing,
    // counted by their figure or by the body word's number, are the dead (persons, as detainees killed are) — not
    // bodies searched for or not found («البحث عن جثث 20 مفقوداً»، «لم يتم العثور على جثث …»); uncounted, they are
    // mostly sought («عن جثث المفقودين»).
    const one = wordIn(ctx, i, ONE_BODY);
    const two = wordIn(ctx, i, TWO_BODIES);
    const held = counted?.participle !== undefined && counted.participle.entry.kind !== 'killed' && counted.participle.entry.kind !== 'injured' ? counted : null;
    if (held) {
      const bodyCount = held.countTokens || held.count?.value !== undefined ? held.count : one ? { value: 1 } : two ? { value: 2 } : null;
      if (bodyCount === null || bodiesSoughtOrNotFound(ctx, i)) continue;
      const c = fromNounPhrase('killed', [i, i], held, 'bodies');
      c.count = bodyCount;
      out.push(c);
      continue;
    }
    const p = ctx.casualtyAt.get(i + 1);
    const v = ctx.victimAt.get(i + 1);
    // «ارتفع عدد القتلى إلى 10 بعد انتشال جثتين»: bodies after a toll in their sentence are part of it.
    if (killedTollBefore(ctx, earlier, i)) continue;
    const sentence = ctx.sentenceOf[i]!;
    const afterToll = tollBefore(ctx, tolled, sentence, i);
    if (!(p?.entry.kind === 'killed' && p.entry.pos === 'participle') && !v) {
      // One body is one more dead; uncounted bodies after a toll are its dead.
      // «جثة واحدة»، «جثتين اثنتين»: a numeral after the body that agrees with it is its adjective, no other count.
      const numeral = ctx.numberAt.get(i + 1);
      const agrees = numeral !== undefined && numeral.firstToken === numeral.lastToken && numeral.value === (one ? 1 : two ? 2 : -1);
      const found = !ctx.words[i]!.startsWith('ال') && (!numeral || agrees) && !p && foundBody(ctx, i);
      const bare = found && (one || two || !afterToll) && bodyOfNoOne(ctx, i + 1);
      // «عثر الأهالي على جثة محمود أحمد الحلاق»: a body found, the person's name after it.
      const names = found && one && !bare && opensName(ctx, i + 1) ? namesAt(ctx, i + 1) : null;
      if (bare) out.push({ kind: 'killed', first: i, last: i, trigger: [i, i], count: one ? { value: 1 } : two ? { value: 2 } : null, victims: 'unspecified', others: false, rule: 'bodies' });
      else if (names?.count === 1) out.push({ kind: 'killed', first: i, last: names.last, trigger: [i, i], count: { value: 1 }, victims: 'people', others: false, rule: 'bodies' });
      continue;
    }
    // «جثة شاب»: the body of one person named by a singular noun.
    const person = one && v !== undefined && countOfForm(v)?.value === 1;
    // «جثث الرجال الأربعة»: a definite figure after the noun counts the bodies.
    const figured = !person && !two && counted?.count?.value !== undefined && v !== undefined && counted.victimTokens?.[0] === v.firstToken ? counted : null;
    const count = person ? { value: 1 } : two ? { value: 2 } : figured ? figured.count : null;
    const named = (p ?? v)!.lastToken;
    // «رفات مدنيين وعسكريين»: the uncounted groups joined to the first are the bodies' people too.
    const joined = count === null && counted !== null && counted.victims !== null && !counted.countTokens && counted.last > named ? counted : null;
    const end = joined?.last ?? figured?.last ?? named;
    // «المقبرة تضم رفات مدنيين أعدمهم التنظيم»: bodies of the executed tell executions, a toll of bodies before or not.
    // «تعمل الطواقم على انتشال جثث القتلى»: the definite dead, after a killing told in this sentence or the two before,
    // are those dead — unless names follow («جثامين الشهداء حسين برجاوي وزوجته»).
    const theDead = p?.article === true && !count && tollBefore(ctx, killedIn, sentence, i) && !namesAt(ctx, named + 1);
    const restates = !(person && !v.article) && (afterToll || theDead) && !executionAfter(ctx, end + 1, verbs);
    if (restates || (person && v.article && renamed(ctx, told, v.form, named, i))) continue;
    // «جثة شاب كان قد قتل في الهجوم»: a killing verb describing the body's person tells the same death.
    let k = end + 1;
    if (WERE.has(ctx.words[k] ?? '')) k++;
    if (ctx.words[k] === 'قد') k++;
    const verb = ctx.casualtyAt.get(k);
    const last = verb?.entry.kind === 'killed' && verb.entry.pos === 'verb' && verb.prefix === '' ? verb.lastToken : end;
    out.push({ kind: 'killed', first: i, last, trigger: [i, named], count, victims: joined ? joined.victims : v ? victimClass(v) : 'unspecified', others: false, rule: 'bodies' });
    if (person && !v.article) told.set(v.form, named);
  }
}

/**
 * A search, a failure to reach or a negation a few words before the body word at `i`, in its clause: «البحث عن جثث»،
 * «تبحث فرق الدفاع المدني عن جثث»، «تعذر انتشال جثث»، «لم يتم العثور على جثث».
 */
function bodiesSoughtOrNotFound(ctx: Context, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - SOUGHT_REACH && ctx.clauseOf[k] === ctx.clauseOf[i]; k--) {
    const w = bareOfAnd(ctx.words[k]);
    if (NEGATED.has(w) || SOUGHT.has(w) || phraseAt(ctx, k, SEARCH)) return true;
  }
  return false;
}
/** Words of looking for what is not found yet, or failing to reach it. */
const SOUGHT = /* @__PURE__ */ new Set(['البحث', 'بحث', 'يبحث', 'تبحث', 'يبحثون', 'بحثا', 'تعذر', 'يتعذر', 'صعوبه']);
// How far before the bodies the search or negation may stand: «لم يتم العثور على جثث».
const SOUGHT_REACH = 5;

/**
 * «عثروا على جثة شاب … وتظهر آثار إطلاق نار على جثة الشاب»: the definite noun of `form`, ending at `named`, names
 * again the dead told by the same noun indefinite a sentence or two before `i` (`told`) — not when a name, quoted or
 * not, or an ordinal follows («جثة الشاب "محمد …"»، «جثة الشاب الآخر»).
 */
function renamed(ctx: Context, told: ReadonlyMap<string, number>, form: string, named: number, i: number): boolean {
  const before = told.get(form);
  if (before === undefined || before >= i || ctx.sentenceOf[i]! - ctx.sentenceOf[before]! > RENAMED_REACH) return false;
  const next = named + (ctx.bits[named + 1]! & F.QUOTE ? 2 : 1);
  return !opensName(ctx, next) && ctx.numberAt.get(named + 1)?.kind !== 'ordinal' && !THE_OTHER.has(ctx.words[named + 1] ?? '');
}

// The two tests below are functions of their own, not closures in `bodies`' loop: a closure there that reads the
// loop's token made the engine allocate a fresh scope for every token of the text.
/** Whether a killed toll of the sentence of token `i` ends before it. */
function killedTollBefore(ctx: Context, earlier: readonly Candidate[], i: number): boolean {
  for (const c of earlier) if (c.rule === 'toll' && c.kind === 'killed' && c.last < i && ctx.sentenceOf[c.first] === ctx.sentenceOf[i]) return true;
  return false;
}
/** Whether a sentence of `tolled`, `sentence` or one of the two before, starts before token `i`. */
function tollBefore(ctx: Context, tolled: ReadonlySet<number>, sentence: number, i: number): boolean {
  for (let s = sentence; s >= sentence - 2; s--) if (tolled.has(s) && ctx.sentenceStarts[s]! < i) return true;
  return false;
}

/**
 * «رفات مدنيين أعدمهم تنظيم الدولة»، «مائة جثة تعود لمدنيين أعدموا ميدانياً»: bodies of people an execution verb
 * describes right after them (past «تعود لـ» and its people) are of the executed — the reading becomes an execution,
 * to the verb.
 */
function executedRemains(ctx: Context, found: Candidate[], verbs: ObjectVerbs | undefined): void {
  for (const c of found) {
    if (c.kind !== 'killed' || !(wordIn(ctx, c.trigger[0], BODY_WORDS) || wordIn(ctx, c.trigger[1], BODY_WORDS))) continue;
    const execution = executionAfter(ctx, c.last + 1, verbs);
    if (!execution) continue;
    c.kind = 'executed';
    c.last = execution.last;
    // Read as the object of the verb with its pronoun, whose subject follows it («أعدمهم تنظيم الدولة»).
    if (execution.withPronoun) c.rule = 'object-pronoun';
    // Uncounted bodies of the executed are some: the verb tells they were people put to death.
    if (c.count === null) c.count = { vague: 'some' };
    const owners = execution.owners;
    if (owners && (c.victims === null || c.victims === 'unspecified')) c.victims = victimClass(owners);
  }
}

/**
 * An execution verb describing the dead of bodies told up to `k`: past «تعود لـ» and their people («تعود لمدنيين»,
 * returned as `owners`), a bare verb («أعدموا ميدانياً») or one with its pronoun back at them («أعدمهم»); its last
 * token, or null.
 */
function executionAfter(ctx: Context, k: number, verbs: ObjectVerbs | undefined): { last: number; withPronoun: boolean; owners?: LexMatch<'victims'> } | null {
  const owned = RETURNS_TO.has(ctx.words[k] ?? '') ? ctx.victimAt.get(k + 1) : undefined;
  const owners = owned?.prefix === 'ل' ? owned : undefined;
  if (owners) k = owners.lastToken + 1;
  const verb = ctx.casualtyAt.get(k);
  // A bare verb with a subject or object of its own after it tells another execution («جثث 7 أشخاص أعدم مسلحون 3
  // منهم»); the described dead take none («أعدموا ميدانيا»).
  const bare = verb?.entry.kind === 'executed' && verb.entry.pos === 'verb' && verb.prefix === '' && !ownArguments(ctx, verb.lastToken + 1);
  const withPronoun = !verb && verbs !== undefined && verbs.forms.get(ctx.words[k] ?? '')?.kind === 'executed';
  if (!bare && !withPronoun) return null;
  return { last: bare ? verb!.lastToken : k, withPronoun, ...(owners ? { owners } : {}) };
}
const RETURNS_TO = /* @__PURE__ */ new Set(BELONGING_TO);
/** A subject or object at `k`: an actor, an armed party, a figure or a group of victims. */
function ownArguments(ctx: Context, k: number): boolean {
  return ctx.actorsAt.has(k) || ctx.actorNounAt.has(k) || ctx.numberAt.has(k) || readNounPhrase(ctx, k) !== null;
}
const REFERRING = /* @__PURE__ */ new Set(REFERRING_HEADS);

/**
 * Original offset where the phrase starting at token `i` begins, leaving out an attached conjunction or
 * preposition: «وأصيب» starts at «أصيب», «لسقوط» at «سقوط», «و60» at «60».
 * @internal
 */
export function phraseStart(ctx: Context, i: number): number {
  const num = ctx.numberAt.get(i);
  if (num) return num.qualifier && num.firstToken !== i ? num.qualifier.start : num.start;
  const m = ctx.casualtyAt.get(i) ?? ctx.victimAt.get(i);
  if (m) return m.start;
  // The article stays with its noun: «والحصيلة» starts at «الحصيلة».
  const head = (w: string) => RESULTS.has(w) || KILLING.has(w) || SEIZING.has(w) || IDIOM_VERBS.has(w) || LOSS_VERBS.has(w) || RISE.has(w) || TOLL.has(w) || BODY_WORDS.has(w) || CAMPAIGN_WORDS.has(w) || AUX_WORDS.has(w) || CARRY_WORDS.has(w);
  return startAfterPrefix(ctx, i, (s) => s.prefix !== '' && !s.article && (head(s.stem) || (s.stem.startsWith('ال') && head(s.stem.slice(2)))));
}

const MASSACRE = /* @__PURE__ */ new Set(MASSACRES);
const COMMITS = /* @__PURE__ */ new Set(COMMITTING);
const COMMITTED_BY = /* @__PURE__ */ new Set(COMMITTED);

/**
 * «نظام الأسد يرتكب مجزرة في سوق شعبي»، «مجزرة ارتكبها العدو»: a massacre committed, with no killing read in its
 * sentence or the next (the toll that often follows tells its size) and none restated from the two sentences before,
 * is a killing of no size (rule `massacre`).
 */
function massacres(ctx: Context, found: Candidate[]): void {
  // Sentences with a killing read, marked once (one pass, so a text of many massacres stays linear).
  const killedIn = new Uint8Array(ctx.sentenceStarts.length + 1);
  for (const c of found) if (c.kind === 'killed') killedIn[ctx.sentenceOf[c.first]!] = killedIn[ctx.sentenceOf[c.last]!] = 1;
  let told = -3; // the sentence of the last massacre read
  for (let i = 1; i < ctx.n; i++) {
    if (!(ctx.cues[i]! & CUE.MASSACRE) || !wordIn(ctx, i, MASSACRE)) continue;
    const before = committerBefore(ctx, i);
    const committing = wordIn(ctx, before, COMMITS);
    if (!committing && !(i + 1 < ctx.n && COMMITTED_BY.has(ctx.words[i + 1]!))) continue;
    // A toll beside it tells its size; a massacre told in the two sentences before is the same one restated.
    const sentence = ctx.sentenceOf[i]!;
    if (killedIn[sentence] || killedIn[sentence + 1] || sentence - told <= 2) continue;
    told = sentence;
    // The massacre word is where its victims would be named: a subject between the verb and it stays the agent.
    const against = againstWhom(ctx, i + 1);
    found.push({ kind: 'killed', first: committing ? before : i, last: against?.last ?? i, trigger: [i, i], count: null, victims: against?.victims ?? null, victimTokens: [i, i], others: false, rule: 'massacre' });
  }
}

const IN_IT = /* @__PURE__ */ new Set(COMMITTED_IN);

/** «مجزرة (مروعة) بحق المدنيين / في صفوف المدنيين»: the group a massacre at `k - 1` was committed against, past an adjective. */
function againstWhom(ctx: Context, k: number): NounPhrase | null {
  if (ctx.bits[k]! === F.WORD && !ctx.victimAt.has(k) && !ctx.placeAt.has(k) && !LINKS_AGAINST.has(ctx.words[k]!) && ctx.words[k] !== 'في') k++;
  const at = LINKS_AGAINST.has(ctx.words[k] ?? '') ? k + 1 : ctx.words[k] === 'في' && ctx.words[k + 1] === 'صفوف' ? k + 2 : -1;
  const np = at > 0 ? readNounPhrase(ctx, at) : null;
  return np && np.victims !== null ? np : null;
}
const LINKS_AGAINST = /* @__PURE__ */ new Set(MASSACRE_AGAINST);
const RELATIVE_WORDS = /* @__PURE__ */ new Set(['التي', 'الذي']);
/** How many words a relative clause between a campaign and its victims may have: «التي تنفذها (القوات)». */
const RELATIVE_CLAUSE_WORDS = 3;

/** «التي تنفذها القوات»: the last token of a short relative clause of plain words opening at `k`, else `k - 1`. */
function relativeEnd(ctx: Context, k: number): number {
  if (!RELATIVE_WORDS.has(ctx.words[k] ?? '')) return k - 1;
  let e = k + 1;
  while (e <= k + RELATIVE_CLAUSE_WORDS && e < ctx.n && !LINKS_AGAINST.has(ctx.words[e]!) && ctx.words[e] !== 'في' && (plainWord(ctx, e) || ctx.actorsAt.has(e) || ctx.actorNounAt.has(e))) e++;
  return LINKS_AGAINST.has(ctx.words[e] ?? '') || ctx.words[e] === 'في' ? e - 1 : k - 1;
}

/**
 * Where the committing verb of the massacre at `i` would stand: past a figure of massacres («ثلاث مجازر»، «العديد من
 * المجازر»), then past the verb's subject when an actor ends there, and its «فيه» («ارتكب فيه العدو مجزرة»).
 */
function committerBefore(ctx: Context, i: number): number {
  let b = i - 1;
  if (countingNumber(ctx, b)) b--;
  else if (ctx.words[b] === 'من' && countingNumber(ctx, b - 1)) b -= 2;
  if (wordIn(ctx, b, COMMITS)) return b;
  // An actor ending at `b`: the verb's subject.
  const k = actorEndingAt(ctx, b, SUBJECT_WORDS);
  if (k < 0) return b;
  return IN_IT.has(ctx.words[k - 1] ?? '') ? k - 2 : k - 1;
}
// How many words the subject between a committing verb and its massacre may have: «ارتكبت قوات الدعم السريع مجزرة».
const SUBJECT_WORDS = 6;

const PENALTY = /* @__PURE__ */ new Set(PENALTY_NOUNS);
const DEATH_PENALTY = /* @__PURE__ */ new Set(DEATH_PENALTIES);
const ON = /* @__PURE__ */ new Set(PENALTY_ON);
const CARRIES = /* @__PURE__ */ new Set(PENALTY_CARRIERS);
const SENTENCE = /* @__PURE__ */ new Set(DEATH_SENTENCES);
// How far past the committing verb the penalty may stand (its subject between), and past the penalty its people.
const PENALTY_REACH = 10;
const PENALTY_OBJECT_REACH = 12;

/**
 * «نفذ التنظيم حكم الإعدام بحق ثلاثة رجال»، «نفذت الهيئة "حد الحرابة" عند الدوار، على شابين»: a sentence of death
 * carried out on a group is its execution (rule `penalty`). The people follow «على/في/بحق/في حق» past time and place
 * words.
 */
function penalties(ctx: Context, out: Candidate[]): void {
  for (let i = 0; i < ctx.n; i++) {
    if (!(ctx.cues[i]! & CUE.PENALTY) || !CARRIES.has(stripped(ctx.words[i])) || ctx.casualtyAt.has(i)) continue;
    const clause = ctx.clauseOf[i];
    let end = -1;
    for (let k = i + 1; k < ctx.n && k <= i + PENALTY_REACH && ctx.clauseOf[k] === clause; k++) {
      const w = ctx.words[k]!;
      const next = ctx.bits[k + 1]! & F.QUOTE ? k + 2 : k + 1;
      // «حكم الإعدام»، «حكماً بالإعدام»، «"حد الحرابة"».
      const death = ctx.words[next] ?? '';
      if (PENALTY.has(w) && (DEATH_PENALTY.has(death) || (death.startsWith('ب') && DEATH_PENALTY.has(death.slice(1))))) end = next;
      else if (SENTENCE.has(w)) end = k;
      if (end >= 0 || ctx.bits[k]! & (F.END | F.OPENER) || ctx.casualtyAt.has(k)) break;
    }
    if (end < 0) continue;
    for (let k = end + 1; k < ctx.n && k <= end + PENALTY_OBJECT_REACH && ctx.clauseOf[k] === clause; k++) {
      if (ctx.bits[k]! & (F.END | F.OPENER | F.RELATIVE)) break;
      // «نُفذ حكم الإعدام شنقاً بعشرة مدانين»، «بـ 10 مدانين»: a figure after «بـ» is the people too.
      const joined = !ON.has(ctx.words[k]!) && ctx.words[k]!.startsWith('ب') && countingNumber(ctx, k) !== undefined;
      const apart = ctx.words[k] === 'ب' && countingNumber(ctx, k + 1) !== undefined;
      if (!ON.has(ctx.words[k]!) && !joined && !apart) continue;
      // «في حق شخصين» is «بحق» written apart.
      const np = readNounPhrase(ctx, joined ? k : ctx.words[k] === 'في' && ctx.words[k + 1] === 'حق' ? k + 2 : k + 1, true, true);
      // Prisoners («ثلاثة أسرى») are persons named by what they were; the dead are no one to execute.
      if (!np || (np.participle ? np.participle.entry.kind === 'killed' : !np.victims)) continue;
      out.push({ ...fromNounPhrase('executed', [i, end], np, 'penalty'), first: i, victims: np.victims ?? 'people' });
      break;
    }
  }
}

const SEIZING = /* @__PURE__ */ new Set(SEIZING_ON);
// How many words the subject between «قبض» and «على» may have: «قبضت الأجهزة الأمنية في المحافظة على».
const SEIZER_GAP = 5;

/**
 * «قبضت الشرطة على 5 أشخاص»، «قبضت الأجهزة الأمنية على 3»: a verb of seizing, its subject, then «على» and the
 * arrested (a bare figure counts people). With no subject between, the lexicon's «قبض على» reads it.
 */
function arrestsPastSubject(ctx: Context, out: Candidate[]): void {
  for (let i = 0; i < ctx.n; i++) {
    if (!(ctx.cues[i]! & CUE_SEIZE) || ctx.words[i + 1] === 'علي') continue;
    for (let k = i + 1; k < ctx.n && k <= i + 1 + SEIZER_GAP; k++) {
      if (ctx.words[k] === 'علي') {
        const np = readNounPhrase(ctx, k + 1);
        // A definite group of no figure («على المتهمين») may be people already told: a figure or an indefinite group only.
        const fresh = np && (np.countTokens || (np.victims !== null && !ctx.victimAt.get(np.victimTokens?.[0] ?? -1)?.article));
        if (np && fresh && !np.participle) out.push({ ...fromNounPhrase('detained', [i, i], np, 'verb-subject-object'), first: i });
        break;
      }
      // «قبضت قوات جهاز الأمن الوطني العراقي على»: victim words that name a side («قوات») or its nation («العراقي») may
      // stand in the subject.
      const v = ctx.victimAt.get(k);
      const side = ctx.actorsAt.has(k) || ctx.actorNounAt.has(k) || (v?.entry.role === 'nationality' && v.article);
      if (ctx.doc.tokens[k]!.kind !== 'word' || ctx.bits[k]! & (F.END | F.COMMA | F.QUOTE) || ctx.numberAt.has(k) || ctx.casualtyAt.has(k) || (ctx.victimAt.has(k) && !side)) break;
    }
  }
}

/**
 * Every candidate mention of the text, in text order, one per kind and span. `verbs` are the lexicon's casualty verbs
 * with an object pronoun (without them that rule does not run).
 * @internal
 */
export function findCandidates(ctx: Context, verbs?: ObjectVerbs): Candidate[] {
  const found: Candidate[] = [];
  const groups = chunkNounGroups(ctx);
  triggerThenCount(ctx, groups, found);
  killingPhrases(ctx, found);
  arrestsPastSubject(ctx, found);
  reachedBy(ctx, found);
  bracketedStatus(ctx, found);
  idiomPredicates(ctx, groups, found);
  countThenParticiple(ctx, found);
  resultThenParticiple(ctx, found);
  tolls(ctx, found, verbs);
  groupInState(ctx, found);
  linkVerbs(ctx, groups, found);
  linkStates(ctx, groups, found);
  linkArrivals(ctx, groups, found);
  linkAmong(ctx, groups, found);
  linkRescues(ctx, groups, found);
  linkAliveRescues(ctx, groups, found);
  evacuated(ctx, found);
  linkStillAndFate(ctx, groups, found);
  linkSubjected(ctx, groups, found);
  linkPassives(ctx, groups, found);
  if (verbs) linkObjectPronouns(ctx, groups, found, verbs);
  linkLosses(ctx, groups, found);
  linkEllipses(ctx, groups, [...found], found);
  linkTollParts(ctx, found);
  linkPlaceItems(ctx, [...found], found);
  linkDualConjuncts(ctx, [...found], found);
  linkAsMany(ctx, groups, found);
  bareTolls(ctx, [...found], found, verbs);
  massacres(ctx, found);
  penalties(ctx, found);
  found.sort((a, b) => a.first - b.first || b.last - a.last);
  bodies(ctx, found, [...found], verbs);
  executedRemains(ctx, found, verbs);
  withCompany(ctx, found);
  theirCountAfter(ctx, found);
  for (let k = 0; k < found.length; k++) found[k] = ofOneShape(found[k]!);
  found.sort((a, b) => a.first - b.first || b.last - a.last);
  // A definite campaign told with its arrests or executions, or after them, refers back to them: «أعدموا خمسة شبان …
  // وتمت عمليات الإعدام قرب النهر».
  const definite = (c: Candidate) => ctx.casualtyAt.get(c.trigger[0])?.article === true;
  // «إن عملية الإعدام تمت بعد…»، «حملة الاعتقالات»: one operation made definite is the one the text is about, whether or
  // not its arrests or executions were read.
  const theOperation = (c: Candidate) => c.rule === 'campaign' && definite(c) && wordIn(ctx, c.first, ONE_OPERATION);
  // «مقتل الضحايا»، «الذين قتلوا اللاجئين»: a definite plural of no figure after a casualty word is people already
  // told; so is a definite person or figure after a casualty noun that is its clause's subject («إن مقتل الصيادين
  // الثلاثة أثار غضبا») or what an inquiry or a condemnation is about («بالتحقيق في مقتل الشاب»). Otherwise a counted
  // or single person is a restatement with its own word («واعتقلت الأشخاص الأربعة»، «وأكد الأهالي مقتل الشاب») — a
  // mention, as the annotators read it.
  // A name or «الآخر» after the noun makes it someone new: «الطفلة مريم»، «الحفيد الآخر».
  // A name in quotes («المسن "روحي صوافطة"») names someone new too.
  // «الطفل علي أحمد الوعل»: «علي» names someone only with a name after it («على يد مسلحين» does not).
  // «اقتادوا الطبيب لم يعلنوا …»: a particle opens no name.
  const nameAt = (k: number) => (plainWord(ctx, k) && !FOLLOWERS.has(ctx.words[k]!) && !SKIP.has(ctx.words[k]!) && !NOT_IN_NAMES.has(ctx.words[k]!)) || (aliName(ctx, k) && opensName(ctx, k + 1) && plainWord(ctx, k + 2) && !NOT_IN_NAMES.has(ctx.words[k + 2]!)) || (ctx.bits[k]! & (F.OTHERS | F.ORDINAL)) !== 0 || OTHER_WORDS.has(ctx.words[k]!) || ctx.words[k] === 'الاخر';
  const named = (k: number) => nameAt(k) || (QUOTES.has(ctx.words[k]!) && plainWord(ctx, k + 1));
  // «إصابة الأم وطفل»: an indefinite noun joined to the group is someone not told before.
  const joinedNew = (c: Candidate, k: number) => {
    const v = ctx.victimAt.get(k);
    return v !== undefined && v.prefix === 'و' && !v.article && !KIN_PRONOUN.test(v.suffix) && v.lastToken <= c.last;
  };
  // «وقاموا بقتل كل المهاجمين»: all of a group, with a verb of its own, tells a fact of its own.
  const known = (c: Candidate) =>
    (c.rule === 'verb-count' || c.rule === 'noun-count') && (c.count?.value === undefined || (c.rule === 'noun-count' && topicAt(c.trigger[0]))) && !c.countTokens && c.victimTokens !== undefined && ctx.victimAt.get(c.victimTokens[0])?.article === true && !ALL.has(ctx.words[c.victimTokens[0] - 1] ?? '') && !named(afterAdjectives(c.victimTokens[1] + 1)) && !joinedNew(c, afterAdjectives(c.victimTokens[1] + 1));
  const topicAt = (k: number) =>
    k === ctx.sentenceStarts[ctx.sentenceOf[k]!] || COMPLEMENTIZERS.has(ctx.words[k - 1]!) || wordIn(ctx, k - 1, REFERRING) || (ctx.words[k - 1] === 'في' && wordIn(ctx, k - 2, REFERRING));
  // «القائد العسكري السابق»: definite victim words after the noun are its adjectives.
  const afterAdjectives = (k: number): number => {
    for (let n = 0, v = ctx.victimAt.get(k); n < 3 && v?.article && v.prefix === ''; n++, v = ctx.victimAt.get(k)) k = v.lastToken + 1;
    return k;
  };
  // «اقتادوه»، «تم اقتيادهم»: words that state a casualty only with a counted group restate people already held.
  const uncounted = (c: Candidate) => {
    const id = ctx.casualtyAt.get(c.trigger[0])?.entry.id ?? '';
    if (!COUNTED.has(id)) return false;
    // «جرى توقيف شاب»، «اقتادت دورية شابا إلى جهة مجهولة»: one or two told by an indefinite noun are new people —
    // after a verb, one marked as its object («أوقف حارس أمن الانتحاري»: the guard is the subject).
    const noun = ctx.victimAt.get(c.victimTokens?.[0] ?? -1);
    const verb = ctx.casualtyAt.get(c.trigger[0])?.entry.pos === 'verb';
    const object = noun !== undefined && (!verb || noun.suffix === 'ا' || noun.suffix === 'ين');
    if (!c.countTokens && NEW_BY_NOUN.has(id) && object && !noun.article && (c.count?.value === 1 || c.count?.value === 2)) return false;
    // «اقتادت الطبيب فلان الفلاني إلى جهة مجهولة»: so is a titled person named after the title.
    if (!c.countTokens && NEW_BY_NOUN.has(id) && noun?.article && c.count?.value === 1 && nameAt(afterAdjectives(noun.lastToken + 1))) return false;
    if (!c.countTokens) return true;
    if (!COUNTED_TOUCHING.has(id)) return false;
    const [start, end] = c.countTokens;
    const groupEnd = Math.max(end, c.victimTokens?.[1] ?? end);
    return start !== c.trigger[1] + 1 && groupEnd !== c.trigger[0] - 1;
  };
  // «أعدموا أربعة شبان … ووصفت الحسابات الذين جرى إعدامهم بأنهم…»: a pronoun of no figure back at people is a group
  // already told when its kind was just read.
  // A counted group earlier in its sentence, or a counted reading, may be the pronoun's people, too far for the pronoun
  // to have taken its figure («تم تجميع عشرات المدنيين الذين … وتم إعدامهم»، «وفاة 133 معتقلاً …، احتجزتهم»): then it
  // is no restatement.
  const firstCounted = firstCountedBySentence(ctx, groups, found);
  const pronounBack = (c: Candidate) => PRONOUN_RULES.has(c.rule) && c.count?.vague === 'some' && firstCounted[ctx.sentenceOf[c.first]!]! >= c.first;
  // «شنت القوات حملة اعتقالات في القرية، اعتقلت خلالها 20 شابا»: a campaign whose arrests are counted in its sentence
  // is told by that count, as a massacre is by its toll.
  const counted = new Set<string>();
  for (const c of found) if (c.rule !== 'campaign' && c.countTokens) counted.add(`${ctx.sentenceOf[c.first]}:${c.kind}`);
  const toldByCount = (c: Candidate) => c.rule === 'campaign' && c.victims === null && counted.has(`${ctx.sentenceOf[c.first]}:${c.kind}`);
  // «بعد اعتقاله»، «الشخصين اللذين تم اعتقالهما»: the time of a detention, or a relative clause on people held, names
  // the detention a text told just before again.
  const describedAgain = (c: Candidate) => c.rule === 'held-pronoun' || (c.rule === 'passive' && (ctx.bits[c.first - 1]! & F.RELATIVE) !== 0);
  // «راح ضحيتها طفل صغير، تم إعدامه»: an execution told by a pronoun beside a killing of as many, in its sentence or
  // the two before, says how they died.
  // The killing's count must be the pronoun's: «قتل جنديان … وتم إعدامه» tells another. Counts of killings by sentence,
  // read once, so each execution asks three sentences.
  const killedCounts = new Map<number, Set<number>>();
  for (const k of found) {
    if (k.kind !== 'killed' || k.count?.value === undefined) continue;
    const s = ctx.sentenceOf[k.first]!;
    (killedCounts.get(s) ?? killedCounts.set(s, new Set()).get(s)!).add(k.count.value);
  }
  const executedAgain = (c: Candidate) => {
    if (c.rule !== 'passive' || c.kind !== 'executed' || c.count?.value === undefined) return false;
    const s = ctx.sentenceOf[c.first]!;
    for (let b = s; b >= s - 2; b--) if (killedCounts.get(b)?.has(c.count.value)) return true;
    return false;
  };
  // «في أكبر مجزرة بحق المختطفين، أعدمت المليشيا 9 مختطفين»: executions tell a massacre as killings do.
  const toldAgain = (c: Candidate) =>
    restated(ctx, found, c.kind, ctx.sentenceOf[c.first]!, c) || (c.kind === 'killed' && wordIn(ctx, c.trigger[0], MASSACRE) && restated(ctx, found, 'executed', ctx.sentenceOf[c.first]!, c));
  const prior = priorReadings(found);
  const dead = diedOfWoundsSentences(ctx, found);
  const kept = found.filter(
    (c, at) =>
      !resultRestates(ctx, found, at) && !diedOfIt(ctx, found, at) && !woundOfTheDead(ctx, c, dead) && (!((c.rule === 'campaign' && definite(c)) || known(c) || pronounBack(c) || describedAgain(c)) || !toldAgain(c)) && !theOperation(c) && !toldByCount(c) && !executedAgain(c) && !notOfViolence(ctx, c) && !uncounted(c) && !statesNoCasualty(ctx, c, prior),
  );
  const pairs = backoffPairs(ctx, found).map(ofOneShape);
  return dropOverlaps(pairs.length ? [...kept, ...pairs].sort((a, b) => a.first - b.first || b.last - a.last) : kept);
}

/**
 * The candidate with every field, in one order. The rules build candidates in a dozen shapes (each optional field
 * set or not, spreads of noun phrases); the filters and attachers read many fields of every one, and reads of objects
 * of one shape stay monomorphic (fast) where a dozen shapes make them megamorphic (the casualty layer ×1.06).
 */
function ofOneShape(c: Candidate): Candidate {
  return {
    kind: c.kind, first: c.first, last: c.last, trigger: c.trigger, count: c.count, countTokens: c.countTokens, victims: c.victims,
    victimTokens: c.victimTokens, others: c.others, placeTokens: c.placeTokens, rule: c.rule, describes: c.describes,
  };
}

/** The first token of a counted noun group or a counted reading in each sentence (`ctx.n` when none). */
function firstCountedBySentence(ctx: Context, groups: NounGroups, found: readonly Candidate[]): Int32Array {
  const first = new Int32Array(ctx.sentenceStarts.length).fill(ctx.n);
  const mark = (k: number) => {
    const s = ctx.sentenceOf[k]!;
    if (k < first[s]!) first[s] = k;
  };
  for (const g of groups.list) if (g.countTokens) mark(g.first);
  for (const c of found) if (c.countTokens) mark(c.first);
  return first;
}

const TOLL_COPULA = /* @__PURE__ */ new Set(['هو', 'هي', 'هم', 'هما']);

/**
 * The names of two or more after a definite uncounted plural or dual victim noun that ends the group `np` (a «؛» or
 * «:» may stand between), or null.
 */
function classThenNames(ctx: Context, np: NounPhrase): { count: number; last: number } | null {
  if (np.countTokens || np.participle || !np.victimTokens || np.last !== np.victimTokens[1]) return null;
  const v = ctx.victimAt.get(np.victimTokens[0]);
  if (!v?.article || v.entry.role !== undefined || (np.count?.vague !== 'some' && np.count?.value !== 2)) return null;
  const k = LIST_MARKS.has(ctx.words[np.last + 1] ?? '') ? np.last + 2 : np.last + 1;
  const names = namesAt(ctx, k);
  return names && names.count >= 2 && (np.count?.value === undefined || np.count.value === names.count) ? names : null;
}
const LIST_MARKS = /* @__PURE__ */ new Set(['؛', ':']);

/** Readings whose victims are a pronoun on the casualty word or verb. */
const PRONOUN_RULES = /* @__PURE__ */ new Set(['passive', 'result-pronoun', 'object-pronoun']);

// Of two readings of the same kind that overlap, keep the one that says more (a count, then victims, then length).
function dropOverlaps(found: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  const score = (c: Candidate) =>
    // A figure written out says more than a count read from a noun's form («30 حالة وفاة» over «وفاة» alone).
    (c.count && (c.count.value !== undefined || c.count.min !== undefined) ? (c.countTokens ? 8 : 7) : c.count ? 4 : 0) +
    (c.victims && c.victims !== 'unspecified' ? 2 : 0) + (c.last - c.first) / 1000;
  // `found` is sorted by start and readings are short, so only the last few can overlap: look back a bounded window.
  const WINDOW = 16;
  // «أعدمت المليشيا 9 مختطفين»، «إن 109 معتقلين لقوا حتفهم»: a group held or missing whom a harm word before them
  // befell, or who are its own subject, is the harm's victims — their captivity is what they were in, not news of its
  // own.
  const heldAndHarmed = (c: Candidate, k: Candidate) => c.rule === 'group-state' && HELD_KINDS.includes(c.kind) && HARM_KINDS.includes(k.kind) && (k.trigger[1] < c.first || k.first === c.first);
  const nested = (c: Candidate, at: number) => {
    if (c.rule !== 'count-noun' && c.rule !== 'group-state') return false;
    for (let j = Math.max(0, at - WINDOW); j < Math.min(found.length, at + WINDOW); j++) {
      const k = found[j]!;
      if (k !== c && k.kind !== c.kind && k.rule !== 'count-noun' && k.first <= c.first && c.last <= k.last && (c.rule === 'count-noun' || heldAndHarmed(c, k))) return true;
    }
    return false;
  };
  found.forEach((c, at) => {
    if (nested(c, at)) return;
    let clash = -1;
    for (let j = kept.length - 1; j >= Math.max(0, kept.length - WINDOW) && clash < 0; j--) {
      const k = kept[j]!;
      if (k.kind === c.kind && k.first <= c.last && c.first <= k.last) clash = j;
    }
    if (clash < 0) kept.push(c);
    else if (score(c) > score(kept[clash]!)) kept[clash] = c;
  });
  return kept.sort((a, b) => a.first - b.first || a.last - b.last);
}
