/**
 * Number words as data, and the lookup that reads a token as clitics + number word.
 *
 * Every table lists forms as they are written (with hamza, ة, ى); `buildLexicon` search-normalizes them with the
 * library's own `normalize`, so the tables always meet the tokens whatever the search preset folds. Case, gender and
 * spelling variants are generated from stems (ثلاث → ثلاثة; عشر → عشرون/عشرين; ثلاث → ثلاثمائة/ثلاثمئة; ألف → ألفاً).
 * @module numbers/lexicon
 */
import { searchNormalize } from '../normalize/normalize.js';

/** What a number word is. A const enum: the grammar compares classes everywhere, and numbers bundle smaller than strings. */
export const enum WordClass {
  unit, // 0..10, cardinal (واحد، اثنتان، ثلاث، عشرة)
  ten, // 20..90 (عشرون، عشرين)
  hundred, // 100..900 (مئة، مئتين، ثلاثمائة)
  scale, // 10^3..10^12 (ألف، مليونين، آلاف)
  ordinal, // 1..10 (الأول، ثانية), and الحادي (1) that only opens a teen or a compound
  fraction, // نصف، ثلث، ربع، ثلثان
  denominator, // plural fraction nouns after a count (أرباع، أخماس)
  vague, // number nouns without a figure (عشرات، مئات، بضعة)
  quantifier, // عدة، عدد، عديد
  keyword, // words the grammar reads (فاصلة، سالب، ناقص)
}

/** Which quantifier or keyword a word is (a const enum, as `WordClass`). */
export const enum WordKey { idda = 1, adad, adid, adadPlural, kathir, point, minus }

/** Grammatical number of a scale word. */
export const enum ScaleNumber { singular, dual, plural }

/**
 * What else the grammar must know of a number word: bits of `WordEntry.flags` (a const enum, as `WordClass`: a bit
 * test is shorter in the bundle than a named boolean, and every entry keeps the same fields).
 */
export const enum Flag {
  /** Only meaningful before عشر/عشرة (اثنا، اثني) or عشر/و+tens (الحادي، نيف). */
  teenOnly = 1,
  /** أحد / إحدى: a count only in «أحد + noun», «أحد عشر». */
  oneOf = 2,
  /** May carry only و/ف, never ب ل ك or the article («لست» is "I am not", «الست» "the lady"). */
  conjOnly = 4,
  /** A weekday when it carries the article (الاثنين Monday, الأحد Sunday). */
  weekday = 8,
  /**
   * A spoken form that is also an ordinary word («مية» water, «ميتين» dead, «تاني» again): a number only inside a
   * longer number («مية وعشرين»، «خمسة بالمية»), as an ordinal with the article («التالت»), or in `parseNumber`.
   */
  contextual = 16,
  /** Written with final ى in the ordinal (الأولى) but ي in another word (أوّلي "initial"): check the original. */
  needsAlefMaqsura = 32,
  /** «ألفا»، «مليونا»: accusative singular with tanween (ألفاً), construct dual without (ألفا شخص). */
  tanweenOrDual = 64,
}

/** One reading of a normalized number word. */
export interface WordEntry {
  readonly cls: WordClass;
  /** The figure: the unit, ten, hundred or scale value; an ordinal's rank; a fraction's value; a denominator. */
  readonly value: number;
  /** Scale words: singular (ألف), dual (ألفين = 2 × 1000), plural (آلاف). */
  readonly number?: ScaleNumber;
  /** {@link Flag} bits, or-ed. */
  readonly flags?: number;
  /** Number nouns without a figure (vague words, آلاف, ملايين): the label; `value` is its conservative lower bound. */
  readonly vague?: 'tens' | 'hundreds' | 'thousands' | 'millions' | 'several';
  /** Keyword / quantifier identity. */
  readonly key?: WordKey;
}

// ---------------------------------------------------------------------------------------------------------------
// Data. Lists are space-separated words as written; `|` separates values. Only one spelling per search-normalized
// form is needed (إثنان and اثنان, ثمانى and ثماني, عدداً and عددا meet after folding), so hamza and ى variants and
// tanween are not repeated.

const words = (s: string): string[] => s.split(' ');

/** The stems of the units 3..10: ثلاث → ثلاثة (units), ثلاثون (tens), ثلاثمائة (hundreds). */
const STEMS = 'ثلاث أربع خمس ست سبع ثمان تسع عشر';

/** A spoken form that is also an ordinary word. */
const IN_CONTEXT: Partial<WordEntry> = { flags: Flag.contextual };

/**
 * Number words listed as they are, by class and value, with what else the grammar must know of them. The first
 * entry for a form wins: «أحد» and «اثنين» are listed with their weekday flag before the forms generated from stems.
 */
const LISTED: readonly (readonly [WordClass, number, string, Partial<WordEntry>?])[] = [
  [WordClass.unit, 1, 'أحد', { flags: Flag.oneOf | Flag.weekday }], // one of (11 with عشر); with the article, Sunday
  [WordClass.unit, 1, 'إحدى', { flags: Flag.oneOf }],
  [WordClass.unit, 2, 'اثنين', { flags: Flag.weekday }], // with the article, Monday
  [WordClass.unit, 2, 'اثنا اثني اثنتا اثنتي', { flags: Flag.teenOnly }], // the construct forms of twelve (اثنا عشر)
  [WordClass.unit, 6, 'ست', { flags: Flag.conjOnly }], // «لست» is "I am not", «الست» "the lady"
  [WordClass.unit, 0, 'صفر'],
  [WordClass.unit, 1, 'واحد واحدة واحدا'],
  [WordClass.unit, 2, 'اثنان اثنتان اثنتين ثنتان ثنتين'],
  [WordClass.unit, 8, 'ثماني ثمانية'],
  // Hundred; two hundred (nominative, oblique, construct); older and variant stems before مئة/مائة.
  [WordClass.hundred, 100, 'مئة مائة'],
  [WordClass.hundred, 200, 'مئتان مئتين مئتا مئتي مائتان مائتين مائتا مائتي'],
  [WordClass.hundred, 300, 'ثلثمئة ثلثمائة'],
  [WordClass.hundred, 800, 'ثمانيمئة ثمانيمائة'],
  [WordClass.ordinal, 2, 'ثان'],
  [WordClass.ordinal, 1, 'أولى', { flags: Flag.needsAlefMaqsura }], // the feminine of أول
  [WordClass.ordinal, 1, 'حادي حادية', { flags: Flag.teenOnly }], // the "first" of الحادي عشر (11th) and الحادي والعشرون (21st)
  [WordClass.fraction, 1 / 2, 'نصف'],
  [WordClass.fraction, 1 / 3, 'ثلث'],
  [WordClass.fraction, 1 / 4, 'ربع'],
  [WordClass.fraction, 1 / 6, 'سدس'],
  [WordClass.fraction, 2 / 3, 'ثلثان ثلثين ثلثا ثلثي'],
  // Number nouns without a figure, with their lower bound. Compounds (عشرات الآلاف) are rules over these.
  [WordClass.vague, 10, 'عشرات', { vague: 'tens' }],
  [WordClass.vague, 100, 'مئات', { vague: 'hundreds' }],
  [WordClass.vague, 3, 'بضع بضعة', { vague: 'several' }],
  [WordClass.vague, 1, 'نيف', { vague: 'several', flags: Flag.teenOnly }], // only before a ten: «نيف وعشرون»
  // Quantifier heads and grammar keywords.
  [WordClass.quantifier, 0, 'عدة', { key: WordKey.idda }],
  // «مجموعة من» (a group of) quantifies as «عدد من» does.
  [WordClass.quantifier, 0, 'عدد عددا مجموعة', { key: WordKey.adad }],
  [WordClass.quantifier, 0, 'عديد عديدا عديدة', { key: WordKey.adid }],
  [WordClass.quantifier, 0, 'أعداد أعدادا', { key: WordKey.adadPlural }],
  [WordClass.quantifier, 0, 'كثير', { key: WordKey.kathir }],
  [WordClass.keyword, 0, 'فاصلة', { key: WordKey.point }],
  [WordClass.keyword, 0, 'سالب ناقص', { key: WordKey.minus }],
  // Spoken forms (Egyptian, Levantine, Gulf) that news quotes carry: ت for ث, teens in ـتاشر/ـطعش, مية for مئة. Some
  // are a weekday with the article (التلات Tuesday); some are a number only in context (see Flag.contextual:
  // «مية» water, «ميتين» dead, «تمن» price, «متين» solid, «تاني» again).
  [WordClass.unit, 2, 'اتنين', { flags: Flag.weekday }],
  [WordClass.unit, 3, 'تلات', { flags: Flag.weekday }],
  [WordClass.unit, 3, 'تلاتة'],
  [WordClass.unit, 8, 'تمانية تمنية'],
  [WordClass.unit, 8, 'تمن', IN_CONTEXT],
  [WordClass.unit, 11, 'حداشر حدعش'], // a spoken teen is one word: a unit above ten
  [WordClass.unit, 12, 'اتناشر اطناشر اتنعش اطنعش'],
  [WordClass.unit, 16, 'سطعش'],
  [WordClass.ten, 30, 'تلاتين تلاتون'],
  [WordClass.ten, 80, 'تمانين تمانون تمنين'],
  [WordClass.hundred, 100, 'مية ميت', IN_CONTEXT],
  [WordClass.hundred, 200, 'ميتين متين', IN_CONTEXT],
  [WordClass.ordinal, 2, 'تاني تانية', IN_CONTEXT],
  [WordClass.ordinal, 3, 'تالت تالتة', IN_CONTEXT],
  [WordClass.ordinal, 8, 'تامن تامنة', IN_CONTEXT],
];

/** مئة and مائة, after a unit stem: ثلاثمئة، ثلاثمائة. */
const HUNDRED = ['مئة', 'مائة'];

/**
 * Scale words: the singular (its accusative ـاً and the duals ـان ـين ـي are generated), then the plurals, and the
 * label of a plural that is a number noun without a figure (آلاف thousands, ملايين millions). The construct dual in ـا
 * (ألفا شخص) is told from the accusative (ألفاً) by the tanween in the original.
 */
const SCALES: readonly (readonly [number, string, string, WordEntry['vague']?])[] = [
  [1e3, 'ألف', 'آلاف ألوف', 'thousands'],
  [1e6, 'مليون', 'ملايين', 'millions'],
  [1e9, 'مليار', 'مليارات'],
  [1e9, 'بليون', 'بلايين'],
  [1e12, 'تريليون', 'تريليونات'],
  [1e12, 'ترليون', 'ترليونات'],
];

/** Ordinals 1..10, masculine; the feminine is generated (ثالث → ثالثة; أولى is listed). */
const ORDINALS = 'أول ثاني ثالث رابع خامس سادس سابع ثامن تاسع عاشر';

/** The plural denominators 3..10 that follow a count (ثلاثة أرباع). */
const DENOMINATORS = 'أثلاث أرباع أخماس أسداس أسباع أثمان أتساع أعشار';

/** Spoken stems of 3..9, `|` between values: the teens (تلتاشر، خمسطعش) and hundreds (خمسمية) are generated from them. */
const DIALECT_STEMS = 'تلت تلات|اربع ربع|خمس|ست|سبع|تمن تمان|تسع';

// ---------------------------------------------------------------------------------------------------------------
// Build

/** Normalized form → entry, with an index of word endings that lets most words be rejected without slicing. */
export interface Lexicon {
  readonly forms: ReadonlyMap<string, WordEntry>;
  /**
   * 1 at the {@link endingCode} of every form (2-letter forms with each possible clitic letter before them): a typed
   * array read by index, where a `Set` lookup cost a hash per word of the text.
   */
  readonly endings: Uint8Array;
}

const n = searchNormalize;

/**
 * Builds the normalized lexicon from the tables (first entry for a form wins). @internal
 * @example
 * ```ts
 * buildLexicon().forms.get('ثلاثمائه'); // → { cls: WordClass.hundred, value: 300 }
 * ```
 */
export function buildLexicon(): Lexicon {
  const map = new Map<string, WordEntry>();
  /** Adds `stem` + each of `endings` with one entry (the first entry for a form wins). */
  const add = (stem: string, entry: WordEntry, endings = ['']): void => {
    for (const end of endings) {
      const key = n(stem + end);
      if (!map.has(key)) map.set(key, entry);
    }
  };
  for (const [cls, value, list, more] of LISTED) for (const f of words(list)) add(f, { cls, value, ...more });
  words(STEMS).forEach((stem, k) => {
    const v = k + 3;
    add(stem, { cls: WordClass.unit, value: v }, ['', 'ة']); // «ست» stays as listed (conjOnly): the first entry wins
    // The accusative «خمساً وعشرين»; with the article «الثلاثا»، «الأربعا» are Tuesday and Wednesday, hamza dropped.
    add(stem, { cls: WordClass.unit, value: v, flags: Flag.weekday }, ['ا']);
    add(stem, { cls: WordClass.ten, value: v === 10 ? 20 : v * 10 }, ['ون', 'ين']); // عشرون is twenty
    if (v <= 9) add(stem, { cls: WordClass.hundred, value: v * 100 }, HUNDRED);
  });
  for (const [value, singular, plurals, vague] of SCALES) {
    add(singular, { cls: WordClass.scale, value, number: ScaleNumber.singular });
    add(singular + 'ا', { cls: WordClass.scale, value, number: ScaleNumber.singular, flags: Flag.tanweenOrDual });
    add(singular, { cls: WordClass.scale, value, number: ScaleNumber.dual }, ['ان', 'ين', 'ي']);
    for (const f of words(plurals)) add(f, { cls: WordClass.scale, value, number: ScaleNumber.plural, vague });
  }
  words(ORDINALS).forEach((m, k) => add(m, { cls: WordClass.ordinal, value: k + 1 }, k ? ['', 'ة'] : ['']));
  DIALECT_STEMS.split('|').forEach((group, k) => {
    for (const f of words(group)) {
      for (const teen of ['تاشر', 'طاشر', 'تعش', 'طعش']) add((f + teen).replace('تت', 'ت'), { cls: WordClass.unit, value: 13 + k }); // تلت+تاشر: تلتاشر
      add(f + 'مية', { cls: WordClass.hundred, value: (k + 3) * 100 });
    }
  });

  // Teens written as one word: «اثناعشر»، «ثلاثةعشر»، «إحدىعشرة» (a unit above ten, like a dialect teen).
  for (const [form, e] of [...map]) if (e.cls === WordClass.unit && e.value >= 1 && e.value <= 9) add(form, { cls: WordClass.unit, value: 10 + e.value }, ['عشر', 'عشره']);
  words(DENOMINATORS).forEach((f, k) => add(f, { cls: WordClass.denominator, value: k + 3 }));
  const endings = new Uint8Array(1 << 18);
  for (const key of map.keys()) {
    if (key.length >= 3) endings[endingCode(key)] = 1;
    else for (const c of 'وفبلكا') endings[endingCode(c + key)] = 1;
  }
  return { forms: map, endings };
}

// ---------------------------------------------------------------------------------------------------------------
// Lookup with clitics

/** A token read as clitic letters + optional article + number word: the word's entry, with how the token carries it. */
export interface WordReading extends WordEntry {
  /** {@link Flag} bits (0 for none). */
  readonly flags: number;
  /** The normalized stem that matched. */
  readonly stem: string;
  /**
   * Length of the clitic letters before the article or stem (و ف ب ل ك), which are not part of a number's span. A
   * ل fused with the article (لل) stays with it: «للعشرين» has clitic 0.
   */
  readonly clitic: number;
  /** True when the stem carries the article (ال, or لل after ل). */
  readonly article: boolean;
  /** True when the clitics start with the conjunction و. */
  readonly conj: boolean;
}

/**
 * Visits every way to read a normalized word as clitics + stem, fewest clitic letters first — the word itself, after
 * و/ف, after ب/ل/ك, after the article (ال, or لل = ل + ال) — and returns the first result `visit` gives (null when
 * none). `clitic` is the length of the clitic letters before the article or stem (a ل fused with the article, لل, is
 * not counted: «للعشرين» has clitic 0); the stem starts at `stemAt` and is empty when the word is nothing but
 * clitics. Nothing is allocated: this runs for every candidate word. @internal
 * @example
 * ```ts
 * findSplit('وبالعشرين', (clitic, article, at) => (article ? [clitic, 'وبالعشرين'.slice(at)] : null)); // → [2, 'عشرين']
 * ```
 */
export function findSplit<T>(word: string, visit: (clitic: number, article: boolean, stemAt: number) => T | null): T | null {
  let found = visit(0, false, 0);
  // Letters compared as code units: `word[0]` would make a new string of each Arabic letter.
  let c = word.charCodeAt(0);
  let j = c === 0x648 || c === 0x641 ? 1 : 0; // و ف
  if (j && found === null) found = visit(1, false, 1);
  c = word.charCodeAt(j);
  if (c === 0x628 || c === 0x644 || c === 0x643) { // ب ل ك
    j++;
    if (found === null) found = visit(j, false, j);
    if (found === null && c === 0x644 && word.charCodeAt(j) === c) found = visit(j - 1, true, j + 1); // «للعشرين»: لل kept
  }
  if (found === null && word.startsWith('ال', j)) found = visit(j, true, j + 2);
  return found;
}

/**
 * Reads a normalized word as clitics + number word, preferring the fewest clitic letters (so «واحد» is one, not
 * و + أحد). A stem after clitics has at least two letters. Returns null when no reading is a number word. @internal
 * @example
 * ```ts
 * readWord(buildLexicon(), 'والعشرين'); // → { cls: WordClass.ten, value: 20, stem: 'عشرين', clitic: 1, article: true, conj: true }
 * readWord(buildLexicon(), 'الخميس');   // → null
 * ```
 */
export function readWord(lex: Lexicon, word: string): WordReading | null {
  // Clitics never change a word's end: most words are rejected here by one integer lookup, without slicing them.
  if (word.length >= 3 && !lex.endings[endingCode(word)]) return null;
  // The bare word is the first split tried: most number words carry no clitic.
  return findSplit(word, (clitic, article, stemAt) => stemReading(lex, word, clitic, article, stemAt));
}

/** The reading of `word` with `clitic` letters (and the article) before the stem at `stemAt`, when it is a number word. */
function stemReading(lex: Lexicon, word: string, clitic: number, article: boolean, stemAt: number): WordReading | null {
  if (word.length - stemAt < 2) return null; // a number word has two letters at least
  const stem = word.slice(stemAt);
  const entry = lex.forms.get(stem);
  if (!entry) return null;
  const r = wordReading(entry, stem, clitic, article, clitic > 0 && word[0] === 'و');
  // «لست» is "I am not", «الست» "the lady": a conjOnly word carries only و/ف.
  return r.flags & Flag.conjOnly && (article || clitic > ('وف'.includes(word[0]!) ? 1 : 0)) ? null : r;
}

/**
 * A reading of entry `e` as a token carries it. Every field is written out, in one order, so that all readings share one
 * shape: the grammar reads them everywhere, and spread entries (each combination of flags its own hidden class in V8)
 * made those reads 10–20 % slower. @internal
 */
export function wordReading(e: WordEntry, stem: string, clitic: number, article: boolean, conj: boolean): WordReading {
  return {
    cls: e.cls, value: e.value, number: e.number, flags: e.flags ?? 0, vague: e.vague, key: e.key, stem, clitic, article, conj,
  };
}

/**
 * A number below 2^18 for the last three letters of a word (six low bits of each code unit: the Arabic letters
 * U+0621–U+064A do not collide with each other; other characters may, which only lets a word through to the lookup).
 * @internal
 * @example
 * ```ts
 * endingCode('عشرين') === endingCode('والعشرين'); // → true
 * ```
 */
export function endingCode(word: string): number {
  const n = word.length;
  return ((word.charCodeAt(n - 3) & 63) << 12) | ((word.charCodeAt(n - 2) & 63) << 6) | (word.charCodeAt(n - 1) & 63);
}

/**
 * The clitic length and article of a word that is nothing but clitics, optionally ending in the article («و», «بـ»,
 * «وال», «بالـ», «لل»), or null. Used for «و60», «الـ72», «بالـ 24». @internal
 * @example
 * ```ts
 * cliticOnly('بال'); // → { clitic: 1, article: true }  (بالـ24)
 * cliticOnly('و');   // → { clitic: 1, article: false } (و60)
 * ```
 */
export function cliticOnly(word: string): { clitic: number; article: boolean } | null {
  return findSplit(word, (clitic, article, stemAt) => (stemAt === word.length && (clitic > 0 || article) ? { clitic, article } : null));
}
