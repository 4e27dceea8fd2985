/**
 * Stage 1 of the casualty cascade: per-token facts, computed once per document into flat typed arrays that every
 * later stage reads by index (no per-token objects, no Maps keyed by token).
 * @module casualties/tokens
 */

export { TokenIndex } from '../tokenize/token-index.js';

/** Feature bits of a token (stage 1), one Uint16 per token. @internal */
export const F = {
  /** A word (not punctuation, digit run or symbol). */
  WORD: 1,
  /** A comma, colon, semicolon or dash: a soft break inside a clause. */
  COMMA: 1 << 1,
  /** Opening or closing quotation mark or bracket, stepped over inside a phrase. */
  QUOTE: 1 << 2,
  /** «آخرين»، «آخر»: a noun standing for a victim class already named. */
  OTHERS: 1 << 3,
  /** «بينهم»، «منهم»، «معظمهم»: opens a sub-group. */
  INCLUDES: 1 << 4,
  /** Time words that may stand inside a phrase («أمس»، «صباح»، weekdays). */
  TIME: 1 << 5,
  /** An ordinal standing for one more victim: «وأصيب ثالث». */
  ORDINAL: 1 << 6,
  /** Relative pronouns and complementizers («الذي»، «أن»): a subject before them is not this verb's. */
  RELATIVE: 1 << 7,
  /** Words that open a clause of their own («فيما»، «بينما»، «كما»). */
  OPENER: 1 << 8,
  /** Carries a leading conjunction و (a word of four letters or more starting with و, or a bare «و»). */
  AND: 1 << 9,
  /** «من», «في صفوف», «بين»: may open the victims' side or a refinement after a noun. */
  OF: 1 << 10,
  /** Sentence-ending mark. */
  END: 1 << 11,
} as const;

/**
 * Words the patterns' whole-text scans start at, and words the attachers' clause and sentence scans stop at, one
 * Uint32 per token (`Context.cues`): a scan tests a bit instead of asking each token's word its question. A bit is
 * set exactly where its scan's own first test of the word holds (the same word list, read the same way), so a scan
 * that skips the tokens without it finds what it found before; the scan still asks its question where the bit is set.
 * @internal
 */
export const CUE = {
  /** One of `STILL_WORDS` or `FATE_WORDS` («يزال»، «مصير»). */
  STILL_OR_FATE: 1,
  /** One of `TOLL_RISE` («ارتفع»). */
  RISE: 1 << 1,
  /** One of `BODIES`, also after a conjunction و on a word of four letters or more («وجثث»). */
  BODY: 1 << 2,
  /** The first word of a `KILLED_PHRASES` phrase, through its clitics (`killingPhrases`). */
  KILLING: 1 << 3,
  /** One of `TOLL_NOUNS`, through its clitics («حصيلة»: `tolls`). */
  TOLL: 1 << 4,
  /** The first word of a `STATE_PHRASES` phrase, through its clitics (`groupInState`; `linkRescues` reads a part of them). */
  STATE: 1 << 5,
  /** One of `SUBJECTED`, through its clitics («تعرض»: `linkSubjected`). */
  SUBJECTED: 1 << 6,
  /** One of `LOSS_NOUNS`, `LOSING`, `LOSING_OR_MISSING`, through its clitics (`linkLosses`). */
  LOSS: 1 << 7,
  /** One of `MODIFIER_OPENERS`, `INCLUDES_SOME`, `INCLUDES_MOST`, `WARS`, `DURING_WORDS`, `SINCE_WORDS`, `CUMULATIVE_WORDS`, through its clitics (`standsAlone`). */
  ALONE: 1 << 8,
  /** The first word of an `ACCORDING_TO` phrase or one of `SOURCE_MARKERS`, through its clitics (`sourceFor`). */
  SOURCE: 1 << 9,
  /** A verb of a death idiom (`DEATH_IDIOMS`, `NEEDS_DEATH_OBJECT`) or of falling (`FALL_WORDS`), through its clitics (`idiomPredicates`). */
  IDIOM: 1 << 10,
  /** One of `CLASH_WORDS`, through its clitics (`causeFor`'s clause scan). */
  CLASH: 1 << 11,
  /** One of `DENIAL`, `HYPOTHETICAL` or `NEGATION` through its clitics, «ما» of `NONE_THERE`, or «قد» (`nonFactFlags`' clause scans). */
  NON_FACT: 1 << 12,
  /** The first word of a `YEARLY`, `HABITUAL` or `ONE_IN` phrase, or one of `HABIT_ENDS`, through its clitics (`habitual`). */
  HABIT: 1 << 13,
  /** One of `AMONG_WORDS` or «من», read as `withoutAnd` reads it, or «ومن» (`linkAmong`). */
  AMONG: 1 << 14,
  /** One of `ARRIVING`, as written or read as `withoutAnd` reads it (`linkArrivals`). */
  ARRIVAL: 1 << 15,
  /** One of `AS_MANY` («مثلهم»: `linkAsMany`). */
  AS_MANY: 1 << 16,
  /** One of `PENALTY_CARRIERS`, also after a conjunction و («نفذ»: `penalties`). */
  PENALTY: 1 << 17,
  /** One of `MASSACRES`, through its clitics (`massacres`). */
  MASSACRE: 1 << 18,
  /** A title of `NAME_RANKS`, `NAME_OFFICES` or `NAME_COMMANDERS`, through its clitics (`readNameTitles`). */
  TITLE: 1 << 19,
} as const;

// More {@link CUE} bits, as exported constants rather than keys of `CUE`, so that bundlers inline them.
/** A bare parent word, `PARENT_MOTHERS` or `PARENT_FATHERS` as written (`readParents`). @internal */
export const CUE_PARENT = 0x100000;
/** One of `REACHING_LINKS`, also after a conjunction و on a word of four letters or more («وطالت»: `reachedBy`). @internal */
export const CUE_REACH = 0x200000;
/** One of `SEIZING_ON`, through its clitics («قبض»: `arrestsPastSubject`). @internal */
export const CUE_SEIZE = 0x400000;
/** The first word of an `ALIVE` phrase, through its clitics («حيا»: `linkAliveRescues`). @internal */
export const CUE_ALIVE = 0x800000;
/** One of `NO_WEAPON_DEATHS` or `WHOLE_WARS`, through its clitics (`causeFor`'s scans, each still asking its own set). @internal */
export const CUE_NO_WEAPON = 0x1000000;
/** One of `MEMBERED_GROUPS` («خلية»، «عصابة»), through its clitics: a group told by its members may open there. @internal */
export const CUE_CELL = 0x2000000;

/**
 * Grammatical agreement of a predicate or a noun, one Uint8 per token: the low two bits are the number
 * (1 singular, 2 dual, 3 plural; 0 unknown), bit 2 feminine.
 * @internal
 */
export const AGREE = { SINGULAR: 1, DUAL: 2, PLURAL: 3, NUMBER: 3, FEMININE: 4 } as const;

/**
 * Number and gender a past verb shows by its ending: «قتلوا» plural, «قتلا» dual, «قتلت» feminine singular
 * (or a non-human plural), «قتل» masculine singular.
 * @internal
 */
export function verbAgreement(suffix: string): number {
  if (suffix.endsWith('وا') || suffix.endsWith('ون') || suffix === 'ن') return AGREE.PLURAL;
  if (suffix === 'تا') return AGREE.DUAL | AGREE.FEMININE;
  if (suffix === 'ا' || suffix === 'ان') return AGREE.DUAL;
  if (suffix === 'ت') return AGREE.SINGULAR | AGREE.FEMININE;
  return AGREE.SINGULAR;
}

/**
 * True when a verb of agreement `verb` can take a subject of agreement `noun` standing BEFORE it (where Arabic
 * verbs agree in full): a plural verb a plural or a count of three or more, a dual verb a dual or two joined
 * singulars, a singular verb a singular. Feminine «ت» also takes non-human plurals, a plural verb a dual (informal
 * reports: «شخصين قتلوا»), and unknown numbers pass.
 * @internal
 */
export function agreesBefore(verb: number, noun: number): boolean {
  const v = verb & AGREE.NUMBER;
  const g = noun & AGREE.NUMBER;
  if (!v || !g) return true;
  if (v === g) return true;
  // «شخصين قتلوا»: a plural verb after a dual, as informal reports write it.
  if (v === AGREE.PLURAL && g === AGREE.DUAL) return true;
  return v === AGREE.SINGULAR && (verb & AGREE.FEMININE) !== 0 && g === AGREE.PLURAL;
}

/** The victim class a victim-noun match reports: its entry's `reportsAs` («زوجته» → `people`), else its id. @internal */
export function victimClass(m: { readonly id: string; readonly entry: { readonly reportsAs?: string } }): string {
  return m.entry.reportsAs ?? m.id;
}
