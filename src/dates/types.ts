/**
 * The shapes date mentions come in.
 * @module dates/types
 */
import type { Span } from '../document.js';

/**
 * Which occurrence of a named weekday or of a month named without its year:
 * - `latest` — the latest one on or before the publication day (the default: news reports what has happened);
 * - `previous` — strictly before the publication day's week or month («الثلاثاء الماضي»، «أيار الماضي»);
 * - `current` — the publication day's own month or year («الشهر الجاري»);
 * - `next` — strictly after («السبت المقبل»، or a weekday after a future verb: «سيعقد الاجتماع الأحد»).
 * @example
 * ```ts
 * const which: DateWhich = 'previous'; // «الثلاثاء الماضي»: the Tuesday before the publication day
 * ```
 */
export type DateWhich = 'latest' | 'previous' | 'current' | 'next';

/**
 * Part of a month or a year: `early` (مطلع، بداية، أوائل: days 1–10 of a month, January–March of a year),
 * `mid` (منتصف، أواسط: days 11–20, June–July), `late` (أواخر، نهاية: day 21 to the end, October–December),
 * `half-1`/`half-2` (النصف الأول/الثاني), `week-1` … `week-4` (الأسبوع الأول … الرابع من: days 1–7 … 22–28) and
 * `week-last` (the month's last seven days).
 * @example
 * ```ts
 * const part: DatePart = 'early'; // «مطلع الشهر الجاري»: days 1–10 of the publication month
 * ```
 */
export type DatePart = 'early' | 'mid' | 'late' | 'half-1' | 'half-2' | 'week-1' | 'week-2' | 'week-3' | 'week-4' | 'week-last';

/**
 * What a date expression says, before it meets a publication day. Calendar fields the text states (`year`,
 * `month`, `day`) and fields counted from the publication day (`unit` + `offset`, `weekday` + `which`) combine:
 * «الخامس من الشهر الجاري» is `{ day: 5, unit: 'month', offset: 0 }`, «اليوم الأربعاء» is
 * `{ unit: 'day', offset: 0, weekday: 3 }` (the Wednesday nearest the publication day).
 * @example
 * ```ts
 * // «أمس» → { unit: 'day', offset: -1 }; «ليلة أمس» → { unit: 'day', offset: -1, length: 2 }
 * // «خلال الـ24 ساعة الماضية» → { unit: 'day', offset: -1, length: 2 }
 * // «الثلاثاء الماضي» → { weekday: 2, which: 'previous' }; «ليل السبت-الأحد» → { weekday: 6, which: 'latest', length: 2 }
 * // «16 أيار» → { month: 5, day: 16, which: 'latest' }; «الشهر الماضي» → { unit: 'month', offset: -1 }
 * // «منذ ثلاثة أشهر» → { unit: 'month', offset: -3, ago: true, since: true }; «منذ عام 2011» → { year: 2011, since: true }
 * ```
 */
export interface DateReading {
  /** The year the text states. */
  year?: number;
  /** The month the text states, 1–12. */
  month?: number;
  /** The day of the month the text states. */
  day?: number;
  /** A named weekday, 0 Sunday … 6 Saturday. */
  weekday?: number;
  /** Which occurrence of a weekday or of a month without year. */
  which?: DateWhich;
  /** A calendar unit counted from the publication day's: today/yesterday, this/last week, month, year. */
  unit?: 'day' | 'week' | 'month' | 'year';
  /** How many `unit`s from the publication day's (−1 yesterday, last month; 0 today; 1 tomorrow). */
  offset?: number;
  /** `offset` counts back from the publication day itself («قبل شهر»، «منذ ثلاثة أشهر»), not to a calendar unit. */
  ago?: true;
  /** Days covered from the first one: 2 for a night («ليلة أمس»، «ليل السبت-الأحد»), 3 for «اليومين الماضيين». */
  length?: number;
  /** A part of the month or year. */
  part?: DatePart;
  /** «منذ …»: the period runs from the date to the publication day. */
  since?: true;
  /** «بين … و…»، «من … إلى …»: the period runs to the last day of this second date. */
  until?: DateReading;
}

/**
 * One date expression in the caller's text and the calendar days it denotes. `from`/`to` are `YYYY-MM-DD` (equal
 * for one day). An expression counted from the publication day carries its reading in `relative`; without a
 * publication day its `from`/`to` are `null` (an open period such as «منذ عام 2011» keeps its `from`).
 * @example
 * ```ts
 * // extractDates('قتل 5 مدنيين أمس الأحد', { publishedAt: '2017-07-24' })[0] →
 * // { start: 13, end: 22, text: 'أمس الأحد', from: '2017-07-23', to: '2017-07-23',
 * //   relative: { unit: 'day', offset: -1, weekday: 0 }, rule: 'relative-day' }
 * ```
 */
export interface DateMention extends Span {
  /** First day, `YYYY-MM-DD`, or `null` when the publication day would be needed. */
  from: string | null;
  /** Last day, `YYYY-MM-DD`, or `null`. */
  to: string | null;
  /** What the text says, for an expression whose days depend on the publication day (absent for «22/6/2016»). */
  relative?: DateReading;
  /** The grammar rule that read it: `relative-day`, `weekday`, `month-name`, `numeric`, `year`, `period`, `ago`, `range`. */
  rule: string;
}

/**
 * A date mention with the indices of the document tokens it covers.
 * @internal
 */
export interface DocDate extends DateMention {
  firstToken: number;
  lastToken: number;
}

/**
 * Options of `extractDates`.
 * @example
 * ```ts
 * const options: ExtractDatesOptions = { publishedAt: '2016-06-22' }; // «أمس» is then 2016-06-21
 * ```
 */
export interface ExtractDatesOptions {
  /**
   * The day the text was published: `'YYYY-MM-DD'` (a timestamp counts by its written date) or a `Date` (its UTC
   * day). Relative expressions (اليوم، أمس، الثلاثاء الماضي، a month without year) are resolved against it.
   */
  publishedAt?: string | Date;
}
