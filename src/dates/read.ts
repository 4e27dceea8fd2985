/**
 * The date grammar: a left-to-right reader over the tokens of a prepared document. Every rule looks a bounded number
 * of tokens ahead, and the reader goes on after the last token of what it read, so a text is read in linear time.
 * @module dates/read
 */
import type { Doc } from '../document.js';
import { NUMBER, PUNCT, tokenArrays, WORD, wordFact } from '../tokenize/words.js';
import type { DocNumber } from '../numbers/types.js';
import { PLACE_NOUNS } from '../places/grammar.js';
import { isDay } from './calendar.js';
import type { DatePart, DateReading, DateWhich } from './types.js';
import {
  AGO, APPROXIMATE, FUTURE_WORDS, MONTH_PREPOSITIONS, NOT_FUTURE, PART_ORDINALS, PARTS, QUALIFIERS, RELATIVE_DAYS, SINCE, THIS,
  TIMES_OF_DAY, TWO_WORD_MONTH, WEEKDAYS, YEAR_WORDS, MONTH_NAMES, UNIT_WORDS, type UnitWord,
} from './words.js';

/** A date read at tokens `first..last`; `skip` letters of the first token are a clitic outside the span. @internal */
export interface Draft {
  first: number;
  last: number;
  skip: number;
  /** The span's start in the original string when a number opens it (the numbers layer left out its clitic). */
  start?: number;
  reading: DateReading;
  rule: string;
}

interface Ctx {
  readonly doc: ReturnType<typeof tokenArrays>;
  readonly n: number;
  /** The number mention that starts at a token. */
  readonly numberAt: readonly (DocNumber | undefined)[];
}

/** A word without an attached conjunction (و ف) and preposition (ب ل ك) when the rest is in `known`. */
interface Bare<T> {
  value: T;
  key: string;
  skip: number;
}

const word = (c: Ctx, i: number): string => (i >= 0 && i < c.n ? c.doc.words[i]! : '');
// The document's kinds and words, not its token objects: the rules ask of most tokens they read (past the end, no kind).
const isPunct = (c: Ctx, i: number, signs: string): boolean => c.doc.kinds[i] === PUNCT && signs.includes(c.doc.words[i]!);

function lookup<T>(known: ReadonlyMap<string, T> | ReadonlySet<string>, key: string): T | undefined {
  return known instanceof Map ? known.get(key) : (known as ReadonlySet<string>).has(key) ? (key as T) : undefined;
}

const isConj = (ch: string | undefined): boolean => ch === 'و' || ch === 'ف';
const isPrep = (ch: string | undefined): boolean => ch === 'ب' || ch === 'ل' || ch === 'ك';

function bare<T>(c: Ctx, i: number, known: ReadonlyMap<string, T> | ReadonlySet<string>, clitics = true): Bare<T> | undefined {
  // Only words are in a set (no memo lookup for a number or a sign). Most words are in none: that depends on the word
  // alone, and the analyzer that prepared the text keeps it.
  if (i < 0 || i >= c.n || c.doc.kinds[i] !== WORD) return undefined;
  if (c.doc.memo !== undefined && !wordFact(c, i, known, hasBare)) return undefined;
  return bareRead(c, i, known, clitics);
}

/** Whether the word at `i`, bare or after its clitics, is a key of `known` (what `bare` keeps per word). */
const hasBare = (c: Ctx, i: number, known: ReadonlyMap<string, unknown> | ReadonlySet<string>): boolean => bareRead(c, i, known, true) !== undefined;

function bareRead<T>(c: Ctx, i: number, known: ReadonlyMap<string, T> | ReadonlySet<string>, clitics: boolean): Bare<T> | undefined {
  const w = word(c, i);
  if (!w || c.doc.kinds[i] !== WORD) return undefined;
  let v = lookup(known, w);
  if (v !== undefined) return { value: v, key: w, skip: 0 };
  if (!clitics) return undefined;
  // و/ف, then ب/ل/ك: each prefix in turn, the longest last.
  const k = isConj(w[0]) ? 1 : 0;
  for (let skip = Math.max(k, 1); skip <= k + (isPrep(w[k]) ? 1 : 0); skip++) {
    const key = w.slice(skip);
    v = lookup(known, key);
    if (v !== undefined) return { value: v, key, skip };
    // ل + ال is written لل: «للشهر الماضي».
    if (w[skip - 1] === 'ل' && w[skip] === 'ل' && (v = lookup(known, 'ا' + key)) !== undefined) return { value: v, key: 'ا' + key, skip: skip - 1 };
  }
  return undefined;
}

/** A word of a fixed set, with or without attached clitics. */
const is = (c: Ctx, i: number, words: ReadonlySet<string>): boolean => bare(c, i, words) !== undefined;

// Head words of the rules, as sets for `bare`.
const SINCE_OR_AGO = new Set([SINCE, AGO]);
const SINCE_ONLY = new Set([SINCE]);
const MONTH_WORD = new Set(['شهر']);
const PART_HEADS = new Set(['الاسبوع', 'النصف']);
const DAY_WORDS = new Set(['يوم', 'يومي']);
const TONIGHT = new Set(['الليله']);
const LEAD_INS = new Set(['منتصف', 'بعد', 'قبيل']);
/** First words of the relative days written in several words («أول أمس»، «أمس الأول»، «بعد غد»). */
const MULTI_WORD_DAYS = new Set([...RELATIVE_DAYS.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]!));

/** A figure of digits only (no separator) at token i, else NaN. */
function digits(c: Ctx, i: number, maxLength = 4): number {
  const w = c.doc.words[i]!;
  return c.doc.kinds[i] === NUMBER && w.length <= maxLength && /^\d+$/.test(w) ? Number(w) : NaN;
}

/** A plain count at token i read by the numbers layer: value and the token after it. */
function countAt(c: Ctx, i: number, max = Infinity, qualified = false): { value: number; next: number; start: number } | undefined {
  let k = i;
  const paren = isPunct(c, k, '(');
  if (paren) k++;
  const num = c.numberAt[k];
  // «منذ أكثر من 10 أيام»: the qualifier was read by the caller; its bound is the count.
  const value = num && (qualified ? (num.value ?? num.min ?? num.max) : num.qualifier ? undefined : num.value);
  if (!num || value === undefined || num.name || !Number.isInteger(value) || value < 1 || value > max) return undefined;
  if (num.kind !== 'cardinal' && num.kind !== 'ordinal') return undefined;
  let next = num.lastToken + 1;
  if (paren) {
    if (!isPunct(c, next, ')')) return undefined;
    next++;
  }
  return { value, next, start: num.start };
}

const YEAR_MIN = 1900;
const YEAR_MAX = 2100;

/** A year in digits at token i («2016», «2016م»): its value and last token. */
function yearAt(c: Ctx, i: number): { year: number; last: number } | undefined {
  const y = digits(c, i);
  if (!(y >= YEAR_MIN && y <= YEAR_MAX)) return undefined;
  // «2016م»: the Gregorian era letter joined to the year.
  const era = word(c, i + 1) === 'م' && c.doc.tokens[i + 1]!.joined;
  return { year: y, last: era ? i + 1 : i };
}

/** A month name (one or two words, with clitics on the first) at token i. */
function monthAt(c: Ctx, i: number): { month: number; weak: boolean; last: number; skip: number } | undefined {
  const names = MONTH_NAMES;
  const first = bare(c, i, TWO_WORD_MONTH);
  if (first && i + 1 < c.n) {
    const two = names.get(`${first.key} ${word(c, i + 1)}`);
    if (two) return { ...two, last: i + 1, skip: first.skip };
  }
  const one = bare(c, i, names);
  return one && !TWO_WORD_MONTH.has(one.key) ? { ...one.value, last: i, skip: one.skip } : undefined;
}

/** A second name of the same month: «حزيران/يونيو»، «أيار - مايو»، «حزيران (يونيو)»; the last token of the pair. */
function pairedMonth(c: Ctx, i: number, month: number): number | undefined {
  if (!isPunct(c, i, '/-–(')) return undefined;
  const other = monthAt(c, i + 1);
  if (!other || other.month !== month || other.skip) return undefined;
  return isPunct(c, i, '(') ? (isPunct(c, other.last + 1, ')') ? other.last + 1 : undefined) : other.last;
}

const qualifierAt = (c: Ctx, i: number): DateWhich | undefined => bare(c, i, QUALIFIERS, false)?.value;

/** The offset of a relative unit by its qualifier: الماضي −1, الجاري 0, المقبل +1. */
const OFFSET: Readonly<Record<DateWhich, number>> = { previous: -1, latest: 0, current: 0, next: 1 };

/**
 * A relative calendar unit at i: «الشهر الماضي»، «العام الجاري»، «هذا الأسبوع»، «السنة المقبلة»; with `bareUnit`,
 * also «العام» alone (the current one, as in «منذ بداية العام»).
 */
function relativeUnitAt(c: Ctx, i: number, bareUnit = false): Draft | undefined {
  const self = bare(c, i, THIS);
  const u = bare(c, self ? i + 1 : i, UNIT_WORDS);
  if (!u || !u.value.definite || u.value.count !== 1 || u.value.unit === 'hour' || u.value.unit === 'day') return undefined;
  const at = self ? i + 1 : i;
  const which = self ? 'current' : qualifierAt(c, at + 1);
  if (!which && !bareUnit) return undefined;
  return {
    first: i, last: which && !self ? at + 1 : at, skip: self ? self.skip : u.skip,
    reading: { unit: u.value.unit, offset: OFFSET[which ?? 'current'] }, rule: 'period',
  };
}

/** The largest count of each unit a period can have («منذ 2000 عام» is history, not a date). */
const MAX_COUNT: Readonly<Record<UnitWord['unit'], number>> = { hour: 1000, day: 1000, week: 200, month: 240, year: 100 };

/** A count of units back from the publication day: hours and days as day ranges, months and years counted back. */
function back(unit: UnitWord['unit'], n: number, since: boolean): DateReading | undefined {
  if (n > MAX_COUNT[unit]) return undefined;
  if (unit === 'hour') return since ? { unit: 'day', offset: -Math.ceil(n / 24), length: Math.ceil(n / 24) + 1 } : undefined;
  const days = unit === 'day' ? n : unit === 'week' ? 7 * n : 0;
  if (days) return since ? { unit: 'day', offset: -days, length: days + 1 } : { unit: 'day', offset: -days };
  return since ? { unit: unit as 'month' | 'year', offset: -n, ago: true, since: true } : { unit: unit as 'month' | 'year', offset: -n, ago: true };
}

/**
 * «الـ24 ساعة الماضية»، «(24) ساعة الماضية»، «الساعات الأربع والعشرين الماضية»، «اليومين الماضيين»، «الأيام التسعة
 * الماضية»، «الأشهر الثلاثة الأخيرة»: a period that ends on the publication day.
 */
function pastPeriodAt(c: Ctx, i: number): Draft | undefined {
  const units = UNIT_WORDS;
  let n: number | undefined;
  let u = bare(c, i, units);
  let k = i;
  const before = u ? undefined : countAt(c, i);
  if (before) {
    u = bare(c, before.next, units, false);
    // «و45 الشهر الماضي» is a count and a period of its own, not 45 months: a counted unit is indefinite.
    if (!u || u.value.count === 2 || u.value.definite) return undefined;
    n = before.value;
    k = before.next;
  } else if (u && u.value.definite && u.value.count !== 1) {
    if (u.value.count === 2) n = 2;
    else {
      const after = countAt(c, i + 1);
      if (after) {
        n = after.value;
        k = after.next - 1;
      }
    }
  } else return undefined;
  if (word(c, k + 1) === 'القليله') k++;
  if (qualifierAt(c, k + 1) !== 'previous') return undefined;
  // Unnumbered «الساعات الماضية» is the last day; unnumbered days, weeks or months are too vague to date.
  if (n === undefined && u!.value.unit === 'hour') n = 24;
  if (n === undefined) return undefined;
  const reading = back(u!.value.unit, n, true);
  return reading && { first: i, last: k + 1, skip: before ? 0 : u!.skip, reading, rule: 'period' };
}

/** «منذ ثلاثة أشهر»، «منذ أكثر من 10 أيام»، «قبل يومين»، «منذ أسبوع»: a count back from the publication day. */
function agoAt(c: Ctx, i: number): Draft | undefined {
  const head = bare(c, i, SINCE_OR_AGO);
  if (!head) return undefined;
  const since = head.key === SINCE;
  let k = i + 1;
  while (k < i + 4 && is(c, k, APPROXIMATE)) k++;
  const units = UNIT_WORDS;
  let n = 1;
  let at = k;
  const count = countAt(c, k, Infinity, k > i + 1);
  if (count) {
    n = count.value;
    at = count.next;
  }
  const u = bare(c, at, units, false);
  if (!u || u.value.definite || (!count && u.value.count === 0) || (count && u.value.count === 2)) return undefined;
  if (!count) n = u.value.count;
  // «قبل أسبوع من الانتخابات» counts back from another event.
  if (!since && word(c, at + 1) === 'من') return undefined;
  const reading = back(u.value.unit, n, since);
  return reading && { first: i, last: at, skip: head.skip, reading, rule: 'ago' };
}

/**
 * «عام 2011»، «سنة 2016م»: a year named by a year word; with `bareYear`, also a year alone («منذ 2011»، «منتصف
 * 2015»), where a figure of four digits cannot be a count.
 */
function yearWordAt(c: Ctx, i: number, bareYear = false): Draft | undefined {
  const w = bare(c, i, YEAR_WORDS);
  const y = w ? yearAt(c, i + 1) : bareYear && !bare(c, i + 1, UNIT_WORDS, false) ? yearAt(c, i) : undefined;
  return y && { first: i, last: y.last, skip: w?.skip ?? 0, reading: { year: y.year }, rule: 'year' };
}

/** A day of the month at i: «16»، «الـ16»، «الواحد والعشرين»، «الخامس عشر»، «1». */
const dayAt = (c: Ctx, i: number): ReturnType<typeof countAt> => {
  if (c.doc.kinds[i] === NUMBER && !/^\d{1,2}$/.test(c.doc.words[i]!)) return undefined;
  const d = countAt(c, i, 31);
  return d && !isPunct(c, i, '(') ? d : undefined;
};

/** Words that announce a day of the month: «في 16 الجاري»، «يوم 3 الشهر الماضي»، «بتاريخ 5 الجاري». */
const DAY_INTRODUCERS = /* @__PURE__ */ new Set(['في', 'يوم', 'بتاريخ', 'منذ', 'حتي', 'الي']);
/** Token i announces a day: one of those words, a weekday («الأحد 19 الجاري») or a time of day («مساء 19 الجاري»). */
const introducesDay = (c: Ctx, i: number): boolean =>
  bare(c, i, DAY_INTRODUCERS) !== undefined || bare(c, i, WEEKDAYS) !== undefined || bare(c, i, TIMES_OF_DAY) !== undefined;

/**
 * A named month with what surrounds it: an optional day before («16 من أيار»، «الحادي والعشرين من حزيران»، «17 من
 * شهر تشرين الثاني»), a paired name, a qualifier and a year after («حزيران/يونيو 2016»، «آذار من عام 2013»،
 * «مارس الماضي»). A day with «من الشهر الجاري» instead of a name is a day of the publication month.
 */
function monthDateAt(c: Ctx, i: number, requireDay = false): Draft | undefined {
  const day = dayAt(c, i);
  if (requireDay && !day) return undefined;
  let k = day ? day.next : i;
  if (day && word(c, k) === 'من') k++;
  const monthWord = bare(c, k, MONTH_WORD);
  if (monthWord && (day || monthWord.skip === 0 || k === i)) k++;
  // «قتل 3 الشهر الماضي» is a count: a day before a relative month needs «من» or a word that announces a day.
  if (day && (word(c, day.next) === 'من' || introducesDay(c, i - 1))) {
    const rel = relativeUnitAt(c, k);
    if (rel && rel.reading.unit === 'month') {
      return { first: i, last: rel.last, skip: 0, start: day.start, reading: { ...rel.reading, day: day.value }, rule: 'month-name' };
    }
    // «في 16 الجاري»: a day of the publication month, without «الشهر».
    const which = !monthWord && qualifierAt(c, k);
    if (which === 'current' || (which === 'previous' && word(c, k - 1) !== 'من')) {
      return { first: i, last: k, skip: 0, start: day.start, reading: { day: day.value, unit: 'month', offset: OFFSET[which] }, rule: 'month-name' };
    }
  }
  const name = monthAt(c, k);
  if (!name || (name.skip && (day || monthWord))) return undefined;
  let last = name.last;
  const pair = pairedMonth(c, last + 1, name.month);
  if (pair !== undefined) last = pair;
  const which = qualifierAt(c, last + 1);
  if (which) last++;
  let year: number | undefined;
  let yearUnit: Draft | undefined;
  let y = last + 1;
  if (word(c, y) === 'من') y++;
  if (YEAR_WORDS.has(word(c, y))) {
    yearUnit = relativeUnitAt(c, y);
    if (!yearUnit || yearUnit.reading.unit !== 'year') yearUnit = undefined;
    y++;
  }
  const found = !which && !yearUnit ? yearAt(c, y) : undefined;
  if (found && (y === last + 1 || YEAR_WORDS.has(word(c, y - 1)))) {
    year = found.year;
    last = found.last;
  } else if (yearUnit) last = yearUnit.last;
  const context = day || year !== undefined || yearUnit || pair !== undefined || which || monthWord || is(c, i - 1, MONTH_PREPOSITIONS);
  if (name.weak && !context) return undefined;
  if (day && year !== undefined && !isDay(year, name.month, day.value)) return undefined;
  if (day && !isDay(2000, name.month, day.value)) return undefined;
  const reading: DateReading = { month: name.month };
  if (day) reading.day = day.value;
  if (year !== undefined) reading.year = year;
  else if (yearUnit) Object.assign(reading, yearUnit.reading);
  else reading.which = which === 'current' ? 'latest' : (which ?? 'latest');
  return { first: i, last, skip: day ? 0 : monthWord ? monthWord.skip : name.skip, start: day?.start, reading, rule: 'month-name' };
}

/** «22/6/2016»، «٢٢-٦-٢٠١٦»، «2016-06-22»، «5.3.2017»: day first unless the year comes first. */
function numericAt(c: Ctx, i: number): Draft | undefined {
  if (c.doc.kinds[i] !== NUMBER) return undefined;
  const text = c.doc.words[i]!;
  let parts: number[];
  let last = i;
  if (/^\d{1,4}\.\d{1,2}\.\d{1,4}$/.test(text)) parts = text.split('.').map(Number);
  else {
    const sep = word(c, i + 1);
    if (!isPunct(c, i + 1, '/-') || word(c, i + 3) !== sep) return undefined;
    const [a, b, d] = [digits(c, i), digits(c, i + 2, 2), digits(c, i + 4)];
    if ([a, b, d].some(Number.isNaN)) return undefined;
    parts = [a, b, d];
    last = i + 4;
    // A longer chain («1/2/2016/5») is a reference number, not a date.
    if (isPunct(c, last + 1, '/-') && c.doc.kinds[last + 2] === NUMBER) return undefined;
  }
  const yearFirst = String(parts[0]).length === 4 && (text.length >= 4);
  const [year, month, day] = yearFirst ? parts : [parts[2]!, parts[1]!, parts[0]!];
  if (!(year! >= YEAR_MIN && year! <= YEAR_MAX) || !isDay(year!, month!, day!)) return undefined;
  return { first: i, last, skip: 0, reading: { year, month, day }, rule: 'numeric' };
}

/**
 * A part of a month or year: «مطلع العام الحالي»، «منتصف أيار الماضي»، «نهاية نيسان - أبريل»، «أوائل الشهر الماضي»،
 * «النصف الأول من عام 2024»، «الأسبوع الأول من حزيران».
 */
function partAt(c: Ctx, i: number): Draft | undefined {
  let part: DatePart | undefined;
  let k = i + 1;
  let skip = 0;
  const p = bare(c, i, PARTS);
  if (p) {
    part = p.value;
    skip = p.skip;
  } else {
    const head = bare(c, i, PART_HEADS);
    const nth = head && PART_ORDINALS.get(word(c, i + 1));
    if (!head || nth === undefined) return undefined;
    if (head.key === 'النصف') {
      if (nth !== 1 && nth !== 2) return undefined;
      part = nth === 1 ? 'half-1' : 'half-2';
    } else part = nth === 0 ? 'week-last' : (`week-${nth}` as DatePart);
    skip = head.skip;
    k = i + 2;
  }
  if (word(c, k) === 'من') k++;
  const weeks = part.startsWith('week');
  const halves = part.startsWith('half');
  const rel = relativeUnitAt(c, k, true);
  const target = rel ?? yearWordAt(c, k, true) ?? (word(c, k) === 'شهر' || monthAt(c, k) ? monthDateAt(c, k) : undefined);
  if (!target) return undefined;
  const ofMonth = target.reading.unit === 'month' || (target.reading.month !== undefined && target.reading.unit === undefined);
  const ofYear = target.reading.unit === 'year' || (target.reading.year !== undefined && target.reading.month === undefined);
  if ((weeks && !ofMonth) || (halves && !ofYear) || (!ofMonth && !ofYear) || target.reading.day !== undefined) return undefined;
  if (target.reading.unit === 'week') return undefined;
  return { first: i, last: target.last, skip, reading: { ...target.reading, part }, rule: target.rule };
}

/** Words after which a word is a noun, not a verb: prepositions and place nouns. */
const NOUN_BEFORE = /* @__PURE__ */ new Set(['في', 'علي', 'من', 'الي', 'عن', 'بين', 'قرب', 'نحو', 'باتجاه', ...PLACE_NOUNS]);

/** True when a future marker stands in the few words before token i in its clause («سيعقد … الأحد»). */
function futureBefore(c: Ctx, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const t = c.doc.tokens[k]!;
    if (t.kind === 'punct') return false;
    if (FUTURE_WORDS.has(t.text)) return true;
    const w = t.text[0] === 'و' || t.text[0] === 'ف' ? t.text.slice(1) : t.text;
    // A verb does not follow a preposition or a place noun: «على مدينة سنجار»، «في سيئون» are names.
    if (w.length >= 4 && /^س[يتن]/.test(w) && !NOT_FUTURE.test(w) && bare(c, k - 1, NOUN_BEFORE) === undefined) return true;
  }
  return false;
}

/** An absolute date that may follow a day name: «الخميس 16 من أيار»، «اليوم الأحد 5/3/2017»، «الإثنين (22 مايو 2017)». */
function datedAfter(c: Ctx, i: number): { draft: Draft; last: number } | undefined {
  let k = i;
  if (isPunct(c, k, '،,')) k++;
  // «الثلاثاء الموافق 21 حزيران»
  if (word(c, k) === 'الموافق') k++;
  const paren = isPunct(c, k, '(');
  if (paren) k++;
  const draft = numericAt(c, k) ?? monthDateAt(c, k, true);
  if (!draft) return undefined;
  if (paren && !isPunct(c, draft.last + 1, ')')) return undefined;
  return { draft, last: paren ? draft.last + 1 : draft.last };
}

/** «ليل السبت-الأحد»، «ليلة السبت إلى الأحد»، «ليل الاثنين الثلاثاء»: the second day of a night named by two days. */
function nightPair(c: Ctx, i: number, weekday: number, night: boolean): number | undefined {
  const next = (weekday + 1) % 7;
  if (isPunct(c, i, '-/–') || ['الي', 'علي', 'و'].includes(word(c, i))) return bare(c, i + 1, WEEKDAYS, false)?.value === next ? i + 1 : undefined;
  if (night && bare(c, i, WEEKDAYS, false)?.value === next) return i;
  const joined = bare(c, i, WEEKDAYS);
  return joined && joined.value === next && word(c, i).startsWith('و') && joined.skip === 1 ? i : undefined;
}

/** Words after «اليوم» that make it a noun, not today: «اليوم التالي»، «اليوم الأول من الهجوم»، «اليوم العالمي». */
const notToday = (c: Ctx, i: number): boolean => {
  const next = word(c, i + 1);
  const prev = word(c, i - 1);
  return (next.startsWith('ال') && !WEEKDAYS.has(next) && c.doc.tokens[i + 1]!.kind === 'word') || ['نفسه', 'ذاته'].includes(next) || ['نفس', 'ذات', 'ذلك', 'هذا'].includes(prev);
};

/**
 * A day: an optional time of day and «يوم», then a day counted from the publication day («أمس»، «أول أمس»،
 * «الليلة الماضية») and/or a weekday («الثلاثاء الماضي»، «ليل السبت-الأحد»), then an optional date
 * («الخميس 16 من أيار»). A night («ليل»، «ليلة») runs into the next day.
 */
function dayAtWords(c: Ctx, i: number): Draft | undefined {
  // Every reading here opens with a word: a figure or a bracket (most tokens asked) reads none.
  if (c.doc.kinds[i] !== WORD) return undefined;
  let k = i;
  let skip = 0;
  if (LEAD_INS.has(word(c, k))) k++;
  const tod = bare(c, k, TIMES_OF_DAY);
  if (tod) {
    if (k === i) skip = tod.skip;
    k++;
  } else k = i;
  const night = tod?.value === true;
  // «يوم الثلاثاء»، «يومي السبت والأحد»
  const yawm = bare(c, k, DAY_WORDS);
  if (yawm) {
    if (k === i) skip = yawm.skip;
    k++;
  }
  let reading: DateReading | undefined;
  let last = k;
  // «الليلة» is tonight, «الليلة الماضية» last night.
  const lail = !tod && bare(c, k, TONIGHT);
  if (lail) {
    const past = qualifierAt(c, k + 1) === 'previous';
    reading = { unit: 'day', offset: past ? -1 : 0, length: 2 };
    if (k === i) skip = lail.skip;
    last = past ? k + 1 : k;
  } else {
    // «أول أمس»، «وأمس الأول»: a conjunction may open the first word of several.
    const head = word(c, k);
    const cut = head.length > 2 && (head[0] === 'و' || head[0] === 'ف') && MULTI_WORD_DAYS.has(head.slice(1)) ? 1 : 0;
    let found: { key: string; skip: number; size: number } | undefined;
    if (MULTI_WORD_DAYS.has(head.slice(cut))) {
      for (const size of [3, 2]) {
        let key = head.slice(cut);
        for (let j = 1; j < size; j++) key += ' ' + word(c, k + j);
        if (RELATIVE_DAYS.has(key)) {
          found = { key, skip: cut, size };
          break;
        }
      }
    }
    if (!found) {
      const single = bare(c, k, RELATIVE_DAYS);
      if (single) found = { key: single.key, skip: single.skip, size: 1 };
    }
    if (found) {
      if (found.key === 'اليوم' && notToday(c, k)) return undefined;
      reading = { unit: 'day', offset: RELATIVE_DAYS.get(found.key)! };
      if (night) reading.length = 2;
      if (k === i) skip = found.skip;
      last = k + found.size - 1;
    }
  }
  // A weekday, alone or after the relative day: «أمس الأحد»، «اليوم (السبت)».
  let w = reading ? last + 1 : k;
  if (reading && isPunct(c, w, '،,') && WEEKDAYS.has(word(c, w + 1))) w++;
  const paren = reading && isPunct(c, w, '(');
  if (paren) w++;
  const weekday = bare(c, w, WEEKDAYS, !reading);
  if (weekday && (!paren || isPunct(c, w + 1, ')'))) {
    if (!reading && k === i) skip = weekday.skip;
    last = paren ? w + 1 : w;
    if (reading) reading.weekday = weekday.value;
    else {
      const second = nightPair(c, w + 1, weekday.value, night);
      if (second !== undefined) last = second;
      const which = qualifierAt(c, last + 1);
      if (which) last++;
      reading = { weekday: weekday.value, which: which === 'previous' || which === 'next' ? which : futureBefore(c, i) ? 'next' : 'latest' };
      if (night || second !== undefined) reading.length = 2;
    }
  } else if (!reading) {
    // «يوم الخامس عشر من حزيران»، «مساء 16 أيار».
    if (k === i) return undefined;
    const dated = monthDateAt(c, k, true) ?? numericAt(c, k);
    if (!dated) return undefined;
    return { ...dated, first: i, skip, start: undefined, reading: night ? { ...dated.reading, length: 2 } : dated.reading };
  }
  const dated = datedAfter(c, last + 1);
  if (dated) {
    const r = dated.draft.reading;
    return { first: i, last: dated.last, skip, reading: night ? { ...r, length: 2 } : r, rule: 'weekday' };
  }
  return { first: i, last, skip, reading: reading!, rule: reading!.unit === 'day' ? 'relative-day' : 'weekday' };
}

/** One date starting at token i, the longest reading. */
function dateAt(c: Ctx, i: number): Draft | undefined {
  return dayAtWords(c, i) ?? partAt(c, i) ?? numericAt(c, i) ?? monthDateAt(c, i) ?? yearWordAt(c, i) ?? relativeUnitAt(c, i) ?? pastPeriodAt(c, i);
}

/** «منذ» + a date: the period from that date to the publication day. */
function sinceAt(c: Ctx, i: number): Draft | undefined {
  const head = bare(c, i, SINCE_ONLY);
  if (!head || i + 1 >= c.n || !mayStart(c, i + 1)) return undefined;
  const inner = dateAt(c, i + 1) ?? yearWordAt(c, i + 1, true);
  if (!inner || inner.reading.since) return inner && { ...inner, first: i, skip: head.skip, start: undefined };
  return { ...inner, first: i, skip: head.skip, start: undefined, reading: { ...inner.reading, since: true } };
}

/** Words between the two ends of a range: «بين 1 و5 حزيران»، «من 16 إلى 18 أيار». */
const RANGE_LINKS = new Set(['و', 'الي', 'حتي', 'لغايه', '-', '–']);
const RANGE_HEADS = new Set(['بين', 'من']);

/** «بين الحادي والعشرين من أيار والحادي والعشرين من حزيران»، «بين 1 و5 حزيران»، «من 16 إلى 18 أيار». */
function rangeAt(c: Ctx, i: number): Draft | undefined {
  const head = bare(c, i, RANGE_HEADS);
  if (!head || i + 1 >= c.n || !mayStart(c, i + 1)) return undefined;
  const days = dayRangeAt(c, i + 1);
  if (days) return { ...days, first: i, skip: head.skip };
  const pair = pairAt(c, i + 1);
  return pair && { ...pair, first: i, skip: head.skip };
}

/**
 * «في 3 و4 آذار»، «يومي 3 و4 آذار»، «خلال 3 و4 و5 آذار»: days that follow one another, joined by «و» after one of
 * {@link DAYS_LEADS}, read as the span from the first to the last (two days apart are two dates, not a span: «في 3 و5
 * آذار»). After «بين» the pair is a range whatever the days ({@link rangeAt}).
 */
function daysAt(c: Ctx, i: number): Draft | undefined {
  const first = c.numberAt[i] && DAYS_LEADS.has(word(c, i - 1)) ? dayAt(c, i) : undefined;
  if (!first) return undefined;
  let last = first.value;
  let k = first.next;
  for (let listed = 1; listed < DAYS_LISTED; listed++) {
    const joined = word(c, k) === 'و' ? k + 1 : word(c, k).startsWith('و') ? k : -1;
    if (joined < 0) return undefined;
    const date = dateAt(c, joined);
    if (date && date.reading.day === last + 1 && !date.reading.since && !date.reading.until) {
      return { first: i, last: date.last, skip: 0, start: c.numberAt[i]!.start, reading: { ...date.reading, day: first.value, until: date.reading }, rule: 'range' };
    }
    const day = dayAt(c, joined);
    if (!day || day.value !== last + 1) return undefined;
    last = day.value;
    k = day.next;
  }
  return undefined;
}
/** The words before a list of days («في 3 و4 آذار»، «يومي 3 و4 آذار»). */
const DAYS_LEADS = new Set(['في', 'يومي', 'ليلتي', 'خلال']);
/** How many days such a list may name. */
const DAYS_LISTED = 7;

/** Two ends from token `i` after a head such as «بين», linked by «و»، «إلى»، «حتى»، a dash: two dates, or a day and a date of a later day of its month. */
function pairAt(c: Ctx, i: number): Omit<Draft, 'first' | 'skip'> | undefined {
  const a = dateAt(c, i);
  const aDay = a ? undefined : dayAt(c, i);
  const aLast = a ? a.last : aDay ? aDay.next - 1 : -1;
  if (aLast < 0) return undefined;
  const link = RANGE_LINKS.has(word(c, aLast + 1));
  const joined = !link && word(c, aLast + 1).startsWith('و');
  if (!link && !joined) return undefined;
  const b = dateAt(c, link ? aLast + 2 : aLast + 1);
  if (!b || b.reading.since || b.reading.until) return undefined;
  let from: DateReading;
  if (a) {
    from = a.reading;
    if (from.since || from.until) return undefined;
    // «… الفائتين»: a qualifier after the second date covers both.
    if (from.which === 'latest' && b.reading.which === 'previous') from = { ...from, which: 'previous' };
  } else {
    if (b.reading.month === undefined || b.reading.day === undefined || aDay!.value >= b.reading.day) return undefined;
    from = { ...b.reading, day: aDay!.value };
  }
  return { last: b.last, reading: { ...from, until: b.reading }, rule: 'range' };
}

/**
 * «1 و5 حزيران»، «16 إلى 18 أيار»: the numbers layer reads the two days as one range; the month after it dates both.
 */
function dayRangeAt(c: Ctx, i: number): Omit<Draft, 'first' | 'skip'> | undefined {
  const num = c.numberAt[i];
  if (!num || num.rule !== 'range' || num.min === undefined || num.max === undefined) return undefined;
  const { min, max } = num;
  if (!Number.isInteger(min) || !Number.isInteger(max) || min < 1 || max > 31 || min >= max) return undefined;
  const month = dateAt(c, num.lastToken + 1);
  if (!month || month.reading.month === undefined || month.reading.day !== undefined || month.reading.since || month.reading.until) return undefined;
  return { last: month.last, reading: { ...month.reading, day: min, until: { ...month.reading, day: max } }, rule: 'range' };
}

/** Every word a date expression can begin with (after its clitics): the rules' first words. */
const START_WORDS: ReadonlySet<string> = /* @__PURE__ */ (() =>
  new Set([
    ...RANGE_HEADS, SINCE, AGO, ...PARTS.keys(), ...PART_HEADS, ...TIMES_OF_DAY.keys(), ...LEAD_INS, ...DAY_WORDS, ...TONIGHT,
    ...[...RELATIVE_DAYS.keys()].map((k) => k.split(' ')[0]!), ...WEEKDAYS.keys(), ...TWO_WORD_MONTH, ...MONTH_NAMES.keys(),
    ...MONTH_WORD, ...YEAR_WORDS, ...THIS, ...UNIT_WORDS.keys(),
  ]))();

/** True when token i may begin a date: a number, «(», the first word of a number, or a rule's first word. */
const startsDate = (c: Ctx, i: number): boolean => bare(c, i, START_WORDS) !== undefined;

function mayStart(c: Ctx, i: number): boolean {
  const kind = c.doc.kinds[i];
  if (kind !== WORD) return kind === NUMBER || c.doc.words[i] === '(';
  if (c.numberAt[i]) return true;
  // Whether a word may start a date depends on the word alone: the answer is kept with it, across documents.
  return wordFact(c, i, START_WORDS, startsDate);
}

/**
 * Every date expression of a prepared document, in text order.
 * @param doc - a prepared document
 * @param numbers - its number mentions (`numbersInDoc`), for spelled-out days and counts
 * @internal
 */
export function readDates(doc: Doc, numbers: readonly DocNumber[]): Draft[] {
  // A plain array: a typed one of the document's length would be an allocation outside the heap, dearer than the rest.
  const n = doc.tokens.length;
  const numberAt: (DocNumber | undefined)[] = new Array(n);
  for (const num of numbers) numberAt[num.firstToken] = num;
  const c: Ctx = { doc: tokenArrays(doc), n, numberAt };
  const out: Draft[] = [];
  for (let i = 0; i < c.n; i++) {
    if (!mayStart(c, i)) continue;
    const d = rangeAt(c, i) ?? sinceAt(c, i) ?? agoAt(c, i) ?? daysAt(c, i) ?? dateAt(c, i);
    if (!d) continue;
    out.push(d);
    i = d.last;
  }
  return out;
}
