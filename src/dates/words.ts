/**
 * The date vocabulary, in search-normalized spelling (أ إ آ → ا، ة → ه، ى → ي; a test checks every word).
 * Compact strings, unpacked on first use, keep the tables small in every bundle.
 * @module dates/words
 */
import type { DatePart, DateWhich } from './types.js';

/**
 * Month names per month, January first: Levantine/Iraqi, Egyptian/Gulf, Maghreb (Algeria, Tunisia, Morocco) and
 * common variants, `|` between names. A name that is also an everyday word (آب «father», مارس «practised», ماي،
 * جوان) is marked `*`: it needs a date around it (a day, a year, a paired name, شهر, a qualifier or a preposition).
 */
const MONTHS =
  'كانون الثاني|كانون ثاني|كانون التاني|يناير|جانفي;شباط|فبراير|فيفري|فبرار;اذار|مارس*;نيسان|ابريل|افريل|ابرايل;' +
  'ايار|مايو|ماي*;حزيران|يونيو|يونيه|جوان*;تموز|يوليو|يوليه|جويليه|يوليوز;اب*|اغسطس|اوت|غشت|اغشت;ايلول|سبتمبر|شتنبر;' +
  'تشرين الاول|تشرين اول|اكتوبر;تشرين الثاني|تشرين ثاني|تشرين التاني|نوفمبر|نونبر;كانون الاول|كانون اول|ديسمبر|دجنبر';

/** A month name: its number and whether it needs date context. */
export interface MonthName {
  readonly month: number;
  readonly weak: boolean;
}

/** Month names by their normalized spelling (two-word names under their full text). @internal */
export const MONTH_NAMES: ReadonlyMap<string, MonthName> = /* @__PURE__ */ (() => {
  const months = new Map<string, MonthName>();
  MONTHS.split(';').forEach((names, i) => {
    for (const name of names.split('|')) months.set(name.replace('*', ''), { month: i + 1, weak: name.endsWith('*') });
  });
  return months;
})();

/** First words of the two-word month names (كانون، تشرين). @internal */
export const TWO_WORD_MONTH = new Set(['كانون', 'تشرين']);

/** Weekdays, Sunday first. @internal */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map(
  ['الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت'].map((w, i) => [w, i]),
);

/** Days counted from the publication day, one or several words. @internal */
export const RELATIVE_DAYS: ReadonlyMap<string, number> = new Map([
  ['اليوم', 0], ['امس', -1], ['الامس', -1], ['البارحه', -1], ['غدا', 1],
  ['اول امس', -2], ['امس الاول', -2], ['اول من امس', -2], ['بعد غد', 2],
]);

/** Times of day written before a day («فجر اليوم»، «مساء أمس»): `true` for the night, which runs into the next day. @internal */
export const TIMES_OF_DAY: ReadonlyMap<string, boolean> = new Map([
  ['فجر', false], ['صباح', false], ['ظهر', false], ['ظهيره', false], ['عصر', false], ['مساء', false], ['ضحي', false],
  ['نهار', false], ['ليل', true], ['ليله', true],
]);

/** Words after a weekday, month or unit saying which one. @internal */
export const QUALIFIERS: ReadonlyMap<string, DateWhich> = /* @__PURE__ */ (() => {
  const out = new Map<string, DateWhich>();
  const add = (which: DateWhich, words: string) => words.split(' ').forEach((w) => out.set(w, which));
  add('previous', 'الماضي الماضيه الماضيين الفائت الفائته الفائتين المنصرم المنصرمه المنصرمين السابق السابقه الاخير الاخيره الاخيرين');
  add('current', 'الجاري الجاريه الحالي الحاليه');
  add('next', 'المقبل المقبله القادم القادمه');
  return out;
})();

/** Words that name a part of the month or year before it («مطلع»، «منتصف»، «أواخر»). @internal */
export const PARTS: ReadonlyMap<string, DatePart> = new Map([
  ['مطلع', 'early'], ['بدايه', 'early'], ['اوائل', 'early'], ['مستهل', 'early'],
  ['منتصف', 'mid'], ['اواسط', 'mid'], ['وسط', 'mid'],
  ['اواخر', 'late'], ['نهايه', 'late'], ['اخر', 'late'], ['ختام', 'late'],
]);

/** Ordinals after «الأسبوع»/«النصف» that name a part. @internal */
export const PART_ORDINALS: ReadonlyMap<string, number> = new Map([
  ['الاول', 1], ['الثاني', 2], ['الثالث', 3], ['الرابع', 4], ['الاخير', 0],
]);

/** A unit word: the unit, how many it says by itself (1 singular, 2 dual, 0 plural) and whether it is definite. */
export interface UnitWord {
  readonly unit: 'hour' | 'day' | 'week' | 'month' | 'year';
  readonly count: number;
  readonly definite: boolean;
}

const UNIT_FORMS: Readonly<Record<UnitWord['unit'], string>> = {
  // singular, plurals, dual (accusative/genitive and nominative), each also with the article
  hour: 'ساعه ساعات ساعتين ساعتان',
  day: 'يوم ايام يومين يومان',
  week: 'اسبوع اسابيع اسبوعين اسبوعان',
  month: 'شهر اشهر شهور شهرين شهران',
  year: 'عام اعوام عامين عامان سنه سنوات سنين سنتين سنتان',
};

/** Unit words by their normalized spelling, with and without the article. @internal */
export const UNIT_WORDS: ReadonlyMap<string, UnitWord> = /* @__PURE__ */ (() => {
  const units = new Map<string, UnitWord>();
  for (const [unit, forms] of Object.entries(UNIT_FORMS) as [UnitWord['unit'], string][]) {
    for (const form of forms.split(' ')) {
      const count = /(ين|ان)$/.test(form) && form !== 'سنين' ? 2 : form === 'سنه' || /^(ساعه|يوم|اسبوع|شهر|عام)$/.test(form) ? 1 : 0;
      units.set(form, { unit, count, definite: false });
      units.set('ال' + form, { unit, count, definite: true });
    }
  }
  return units;
})();

/** «منذ» opens a period that runs to the publication day; «قبل» a point that far back. @internal */
export const SINCE = 'منذ';
/** @internal */
export const AGO = 'قبل';

/** Words that may stand between «منذ/قبل» and the count («منذ نحو ثلاثة أشهر»، «قبل أكثر من أسبوع»). @internal */
export const APPROXIMATE = new Set(['نحو', 'حوالي', 'قرابه', 'زهاء', 'اكثر', 'اقل', 'من', 'ما', 'يقارب']);

/** Words before a year («عام 2011»، «سنة 2016»). @internal */
export const YEAR_WORDS = new Set(['عام', 'العام', 'سنه', 'السنه', 'لعام', 'للعام']);

/** «هذا الأسبوع»، «هذه السنة». @internal */
export const THIS = new Set(['هذا', 'هذه']);

/** Prepositions that let a weak month name stand alone («في آب»، «منذ مارس»). @internal */
export const MONTH_PREPOSITIONS = new Set(['في', 'منذ', 'حتي', 'خلال', 'طيله', 'طوال', 'شهر', 'مطلع', 'بدايه', 'منتصف', 'اواخر', 'نهايه', 'اوائل', 'اواسط']);

/**
 * Future markers before a weekday: the weekday is then the next one («سيعقد المجلس اجتماعا الأحد»). Words that begin
 * like a future verb but are nouns are listed in {@link NOT_FUTURE}.
 * @internal
 */
export const FUTURE_WORDS = new Set(['سوف', 'المقرر', 'المزمع', 'المرتقب', 'المتوقع']);
/** @internal */
export const NOT_FUTURE = /^(سيار|سياس|سيطر|سيد|سير|سيف|سين|سيل|سيول|ستار|سته|ستين|ستون|ستر|سنه|سنو|سنين|سنت|سند)/;
