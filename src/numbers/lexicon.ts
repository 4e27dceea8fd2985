/**
 * Number words as data, and the lookup that reads a token as clitics + number word.
 *
 * Every table lists forms as they are written (with hamza, ة, ى); `buildLexicon` search-normalizes them with the
 * library's own `normalize`, so the tables always meet the tokens whatever the search preset folds. Case, gender and
 * spelling variants are generated from stems (ثلاث → ثلاثة; عشر → عشرون/عشرين; ثلاث → ثلاثمائة/ثلاثمئة; ألف → ألفاً).
 * @module numbers/lexicon
 */
import { normalize } from '../normalize/normalize.js';

/** What a number word is. */
export type WordClass =
  | 'unit' // 0..10, cardinal (واحد، اثنتان، ثلاث، عشرة)
  | 'ten' // 20..90 (عشرون، عشرين)
  | 'hundred' // 100..900 (مئة، مئتين، ثلاثمائة)
  | 'scale' // 10^3..10^12 (ألف، مليونين، آلاف)
  | 'ordinal' // 1..10 and the 11 stem (الأول، ثانية، الحادي)
  | 'fraction' // نصف، ثلث، ربع، ثلثان
  | 'denominator' // plural fraction nouns after a count (أرباع، أخماس)
  | 'vague' // number nouns without a figure (عشرات، مئات، بضعة)
  | 'quantifier' // عدة، عدد، عديد
  | 'keyword'; // words the grammar reads (فاصلة، سالب، ناقص)

/** Grammatical number of a scale word. */
export type ScaleNumber = 'singular' | 'dual' | 'plural';

/** One reading of a normalized number word. */
export interface WordEntry {
  readonly cls: WordClass;
  /** The figure: the unit, ten, hundred or scale value; an ordinal's rank; a fraction's value; a denominator. */
  readonly value: number;
  /** Scale words: singular (ألف), dual (ألفين = 2 × 1000), plural (آلاف). */
  readonly number?: ScaleNumber;
  /** Only meaningful before عشر/عشرة (اثنا، اثني) or عشر/و+tens (الحادي). */
  readonly teenOnly?: boolean;
  /** أحد / إحدى: a count only in «أحد + noun», «أحد عشر». */
  readonly oneOf?: boolean;
  /** May carry only و/ف, never ب ل ك or the article («لست» is "I am not", «الست» "the lady"). */
  readonly conjOnly?: boolean;
  /** A weekday when it carries the article (الاثنين Monday, الأحد Sunday). */
  readonly weekday?: boolean;
  /** Written with final ى in the ordinal (الأولى) but ي in another word (أوّلي "initial"): check the original. */
  readonly needsAlefMaqsura?: boolean;
  /** Written with final ة; the same letters with ه are another word («بعدة» several vs «بعده» after it). */
  readonly needsTaMarbuta?: boolean;
  /** «ألفا»، «مليونا»: accusative singular with tanween (ألفاً), construct dual without (ألفا شخص). */
  readonly tanweenOrDual?: boolean;
  /** Vague words: the label and its conservative lower bound. */
  readonly vague?: 'tens' | 'hundreds' | 'thousands' | 'millions' | 'several';
  /** Keyword / quantifier identity. */
  readonly key?: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Data

/** Units by value: masculine-counted (ثلاثة) and feminine-counted (ثلاث) forms, case variants, common spellings. */
const UNITS: readonly (readonly [number, readonly string[]])[] = [
  [0, ['صفر']],
  [1, ['واحد', 'واحدة', 'واحداً']],
  [2, ['اثنان', 'اثنين', 'اثنتان', 'اثنتين', 'ثنتان', 'ثنتين', 'إثنان', 'إثنين', 'إثنتان', 'إثنتين']],
  [3, ['ثلاث', 'ثلاثة']],
  [4, ['أربع', 'أربعة']],
  [5, ['خمس', 'خمسة']],
  [6, ['ستة', 'ستّة']],
  [7, ['سبع', 'سبعة']],
  [8, ['ثمان', 'ثماني', 'ثمانى', 'ثمانية']],
  [9, ['تسع', 'تسعة']],
  [10, ['عشر', 'عشرة']],
];

/** «ست» is six but also "lady"/"I am not" with clitics: it takes only و/ف. */
const SIX_SHORT = 'ست';

/** The 12 construct forms and «أحد/إحدى» (one of; 11 with عشر). */
const TEEN_ONLY_TWO = ['اثنا', 'اثني', 'اثنى', 'اثنتا', 'اثنتي', 'اثنتى', 'إثنا', 'إثني', 'إثنى', 'إثنتا', 'إثنتي', 'إثنتى'];
const ONE_OF = ['أحد', 'إحدى', 'احدى', 'إحدي'];

/** Tens by the stem that takes ون (nominative) / ين (oblique). */
const TENS: readonly (readonly [number, readonly string[]])[] = [
  [20, ['عشر']],
  [30, ['ثلاث']],
  [40, ['أربع']],
  [50, ['خمس']],
  [60, ['ست']],
  [70, ['سبع']],
  [80, ['ثمان']],
  [90, ['تسع']],
];

/** Hundred, two hundred (nominative, oblique, construct), and the unit stems that prefix مئة/مائة. */
const HUNDRED = ['مئة', 'مائة'];
const TWO_HUNDRED = ['مئتان', 'مئتين', 'مئتا', 'مئتي', 'مائتان', 'مائتين', 'مائتا', 'مائتي', 'مائتى', 'مئتى'];
const HUNDRED_STEMS: readonly (readonly [number, readonly string[]])[] = [
  [3, ['ثلاث', 'ثلث']],
  [4, ['أربع']],
  [5, ['خمس']],
  [6, ['ست']],
  [7, ['سبع']],
  [8, ['ثمان', 'ثماني']],
  [9, ['تسع']],
];

/** Scale words: singular (with the accusative ـاً), dual (nominative, oblique, construct) and plural. */
const SCALES: readonly { value: number; singular: string[]; dual: string[]; plural: string[] }[] = [
  { value: 1e3, singular: ['ألف', 'ألفاً', 'ألفا'], dual: ['ألفان', 'ألفين', 'ألفي', 'ألفى'], plural: ['آلاف', 'ألوف'] },
  { value: 1e6, singular: ['مليون', 'مليوناً'], dual: ['مليونان', 'مليونين', 'مليونا', 'مليوني'], plural: ['ملايين'] },
  { value: 1e9, singular: ['مليار', 'ملياراً', 'بليون', 'بليوناً'], dual: ['ملياران', 'مليارين', 'مليارا', 'بليونين'], plural: ['مليارات', 'بلايين'] },
  { value: 1e12, singular: ['تريليون', 'تريليوناً', 'ترليون', 'ترليوناً'], dual: ['تريليونان', 'تريليونين', 'ترليونين'], plural: ['تريليونات', 'ترليونات'] },
];

/** Ordinals 1..10 and the 11 stem: masculine, feminine. */
const ORDINALS: readonly (readonly [number, readonly string[], readonly string[]])[] = [
  [1, ['أول'], ['أولى']],
  [2, ['ثاني', 'ثان'], ['ثانية']],
  [3, ['ثالث'], ['ثالثة']],
  [4, ['رابع'], ['رابعة']],
  [5, ['خامس'], ['خامسة']],
  [6, ['سادس'], ['سادسة']],
  [7, ['سابع'], ['سابعة']],
  [8, ['ثامن'], ['ثامنة']],
  [9, ['تاسع'], ['تاسعة']],
  [10, ['عاشر'], ['عاشرة']],
  [11, ['حادي'], ['حادية']],
];

/** Simple fractions and the plural denominators that follow a count (ثلاثة أرباع). */
const FRACTIONS: readonly (readonly [number, readonly string[]])[] = [
  [1 / 2, ['نصف']],
  [1 / 3, ['ثلث']],
  [1 / 4, ['ربع']],
  [1 / 6, ['سدس']],
  [2 / 3, ['ثلثان', 'ثلثين', 'ثلثا', 'ثلثي']],
];
const DENOMINATORS: readonly (readonly [number, string])[] = [
  [3, 'أثلاث'], [4, 'أرباع'], [5, 'أخماس'], [6, 'أسداس'], [7, 'أسباع'], [8, 'أثمان'], [9, 'أتساع'], [10, 'أعشار'],
];

/** Number nouns without a figure. Compounds (عشرات الآلاف) are rules over these. */
const VAGUE: readonly (readonly [WordEntry['vague'], number, readonly string[]])[] = [
  ['tens', 10, ['عشرات']],
  ['hundreds', 100, ['مئات']],
  ['several', 3, ['بضع', 'بضعة']],
];

/** Quantifier heads and grammar keywords. */
const KEYWORDS: readonly (readonly [WordClass, string, readonly string[]])[] = [
  ['quantifier', 'idda', ['عدة']],
  ['quantifier', 'adad', ['عدد', 'عدداً']],
  ['quantifier', 'adid', ['عديد', 'عديداً', 'عديدة']],
  ['quantifier', 'adad-pl', ['أعداد']],
  ['keyword', 'point', ['فاصلة']],
  ['keyword', 'minus', ['سالب', 'ناقص']],
];

// ---------------------------------------------------------------------------------------------------------------
// Build

/** Normalized form → entry, with an index of word endings that lets most words be rejected without slicing. */
export interface Lexicon {
  readonly forms: ReadonlyMap<string, WordEntry>;
  /** The last three letters of every form (2-letter forms with each possible letter before them). */
  readonly endings: ReadonlySet<string>;
}

const n = (s: string): string => normalize(s);

/** Builds the normalized lexicon from the tables (first entry for a form wins). */
export function buildLexicon(): Lexicon {
  const map = new Map<string, WordEntry>();
  const add = (form: string, entry: WordEntry): void => {
    const key = n(form);
    if (!map.has(key)) map.set(key, entry);
  };
  for (const f of TEEN_ONLY_TWO) add(f, { cls: 'unit', value: 2, teenOnly: true });
  for (const f of ONE_OF) add(f, { cls: 'unit', value: 1, oneOf: true, weekday: f === 'أحد' });
  for (const [value, forms] of UNITS) {
    for (const f of forms) add(f, { cls: 'unit', value, weekday: value === 2 && n(f) === n('اثنين') });
  }
  add(SIX_SHORT, { cls: 'unit', value: 6, conjOnly: true });
  for (const [value, stems] of TENS) {
    for (const s of stems) for (const end of ['ون', 'ين']) add(s + end, { cls: 'ten', value });
  }
  for (const f of HUNDRED) add(f, { cls: 'hundred', value: 100 });
  for (const f of TWO_HUNDRED) add(f, { cls: 'hundred', value: 200 });
  for (const [unit, stems] of HUNDRED_STEMS) {
    for (const s of stems) for (const h of HUNDRED) add(s + h, { cls: 'hundred', value: unit * 100 });
  }
  for (const { value, singular, dual, plural } of SCALES) {
    for (const f of singular) add(f, { cls: 'scale', value, number: 'singular', tanweenOrDual: f.includes('\u064b') });
    for (const f of dual) add(f, { cls: 'scale', value, number: 'dual' });
    for (const f of plural) add(f, { cls: 'scale', value, number: 'plural' });
  }
  for (const [value, masc, fem] of ORDINALS) {
    for (const f of masc) add(f, { cls: 'ordinal', value, teenOnly: value === 11 });
    for (const f of fem) add(f, { cls: 'ordinal', value, teenOnly: value === 11, needsAlefMaqsura: value === 1 });
  }
  for (const [value, forms] of FRACTIONS) for (const f of forms) add(f, { cls: 'fraction', value });
  for (const [value, f] of DENOMINATORS) add(f, { cls: 'denominator', value });
  for (const [vague, value, forms] of VAGUE) for (const f of forms) add(f, { cls: 'vague', value, vague });
  for (const [cls, key, forms] of KEYWORDS) {
    for (const f of forms) add(f, { cls, value: 0, key, needsTaMarbuta: key === 'idda' });
  }
  const endings = new Set<string>();
  for (const key of map.keys()) {
    if (key.length >= 3) endings.add(key.slice(-3));
    else for (const c of 'وفبلكا') endings.add(c + key);
  }
  return { forms: map, endings };
}

// ---------------------------------------------------------------------------------------------------------------
// Lookup with clitics

/** A token read as clitic letters + optional article + number word. */
export interface WordReading {
  readonly entry: WordEntry;
  /** The normalized stem that matched. */
  readonly stem: string;
  /** Length of the clitic letters before the article or stem (و ف ب ل ك), which are not part of a number's span. */
  readonly clitic: number;
  /** True when the stem carries the article (ال, or لل after ل). */
  readonly article: boolean;
  /** True when the clitics start with the conjunction و. */
  readonly conj: boolean;
}

const CONJ = 'وف';
const PREP = 'بلك';

/**
 * Reads a normalized word as clitics + number word, preferring the fewest clitic letters (so «واحد» is one, not
 * و + أحد). Returns null when no reading is a number word.
 */
export function readWord(lex: Lexicon, word: string): WordReading | null {
  const bare = lex.forms.get(word);
  if (bare) return { entry: bare, stem: word, clitic: 0, article: false, conj: false };
  if (word.length < 3 || !lex.endings.has(word.slice(-3))) return null;
  const conj = CONJ.includes(word[0]!) ? 1 : 0;
  const prep = word.length > conj + 2 && PREP.includes(word[conj]!) ? 1 : 0;
  const j = conj + prep;
  // Split points, fewest clitic letters first: after و/ف, after ب/ل/ك, after the article (ال, or لل = ل + ال).
  if (conj) {
    const r = stemReading(lex, word, 1, false, 1, conj);
    if (r) return r;
  }
  if (prep) {
    const r = stemReading(lex, word, j, false, j, conj);
    if (r) return r;
  }
  if (prep && word[conj] === 'ل' && word[j] === 'ل') return stemReading(lex, word, j, true, j + 1, conj);
  if (word.startsWith('ال', j)) return stemReading(lex, word, j, true, j + 2, conj);
  return null;
}

/** The reading of `word` with clitics before `at` and the stem from `stemAt`, when the stem is a number word. */
function stemReading(lex: Lexicon, word: string, at: number, article: boolean, stemAt: number, conj: number): WordReading | null {
  if (word.length - stemAt < 2) return null;
  const stem = word.slice(stemAt);
  const entry = lex.forms.get(stem);
  if (!entry || (entry.conjOnly && (article || at > conj))) return null;
  return { entry, stem, clitic: at, article, conj: conj === 1 && word[0] === 'و' };
}

/**
 * Length of the clitic letters of a word that is nothing but clitics, optionally ending in the article («و», «بـ»,
 * «وال», «بالـ», «لل»), or null. Used for «و60», «الـ72», «بالـ 24».
 */
export function cliticOnly(word: string): { clitic: number; article: boolean } | null {
  let i = 0;
  if (i < word.length && CONJ.includes(word[i]!)) i++;
  if (i < word.length && PREP.includes(word[i]!)) i++;
  if (i === word.length) return i > 0 ? { clitic: i, article: false } : null;
  if (word.length === i + 2 && word.startsWith('ال', i)) return { clitic: i, article: true };
  if (word.length === i + 1 && word[i] === 'ل' && word[i - 1] === 'ل') return { clitic: i, article: true }; // لل: the second ل is the article
  return null;
}
