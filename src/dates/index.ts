/**
 * Layer: dates — the days an Arabic news text names, from «أمس» and «الثلاثاء الماضي» to «الحادي والعشرين من
 * حزيران/يونيو 2016», «٢٢-٦-٢٠١٦» and «خلال الـ24 ساعة الماضية», resolved against the publication day, with exact
 * spans in the caller's string.
 * @module dates
 */
import { prepare, spanOfNormalized, withoutTokens, type Doc } from '../document.js';
import { assertText, checkOptions } from '../normalize/options.js';
import { numbersInDoc } from '../numbers/index.js';
import type { DocNumber } from '../numbers/types.js';
import { isoDay, publicationDay } from './calendar.js';
import { readDates } from './read.js';
import { isRelative, resolve } from './resolve.js';
import type { DateMention, DocDate, ExtractDatesOptions } from './types.js';

export type { DateMention, DatePart, DateReading, DateWhich, ExtractDatesOptions } from './types.js';

/**
 * Checks `extractDates`-style options and returns the publication day number, if any.
 * @internal
 */
export function publicationOption(options: unknown, fn: string, known: readonly string[] = ['publishedAt']): number | undefined {
  checkOptions(options, fn, known);
  const value = (options as ExtractDatesOptions | undefined)?.publishedAt;
  return value === undefined ? undefined : publicationDay(value, fn);
}

/**
 * Every date expression of a prepared document, resolved against the publication day number `pub`.
 * @param doc - the result of `prepare(text)`
 * @param numbers - the document's numbers (`numbersInDoc(doc)`), read again when not given
 * @param pub - the publication day number (days since 1970-01-01), if known
 * @internal
 */
export function datesInDoc(doc: Doc, numbers: readonly DocNumber[] = numbersInDoc(doc), pub?: number): DocDate[] {
  return readDates(doc, numbers).map((d) => {
    let span = spanOfNormalized(doc, doc.tokens[d.first]!.start + d.skip, doc.tokens[d.last]!.end);
    if (d.start !== undefined && d.start > span.start) span = { start: d.start, end: span.end, text: doc.original.slice(d.start, span.end) };
    const [from, to] = resolve(d.reading, pub);
    const mention: DocDate = {
      start: span.start,
      end: span.end,
      text: span.text,
      from: from === null ? null : isoDay(from),
      to: to === null ? null : isoDay(to),
      rule: d.rule,
      firstToken: d.first,
      lastToken: d.last,
    };
    if (isRelative(d.reading)) mention.relative = d.reading;
    return mention;
  });
}

/**
 * Every date expression of an Arabic text, in order, with the calendar days it denotes: relative days (اليوم، أمس،
 * أول أمس، غداً، فجر اليوم، ليلة أمس), weekdays (يوم الثلاثاء، الثلاثاء الماضي، ليل السبت-الأحد), month names of
 * the Levantine, Egyptian/Gulf and Maghreb calendars with or without day and year, paired («حزيران/يونيو») and with
 * spelled-out days («الحادي والعشرين من حزيران»), numeric dates in any digits (22/6/2016، ٢٢-٦-٢٠١٦، 2016-06-22), years
 * («عام 2011») and periods (خلال الـ24 ساعة الماضية، الأسبوع الماضي، منذ بداية الشهر الجاري، منذ ثلاثة أشهر).
 *
 * Days counted from the publication need `options.publishedAt`; without it they come with `from`/`to` `null` and
 * their reading in `relative`. A weekday alone is the latest such day on or before publication («المقبل» or a
 * future verb before it make it the next); a month without year is the latest such month not after publication.
 *
 * @param text - Arabic text
 * @param options - `publishedAt`: the publication day, `'YYYY-MM-DD'` or a `Date` (its UTC day)
 * @returns the date mentions; `text.slice(m.start, m.end) === m.text` for each
 * @throws TypeError when `text` is not a string or options are malformed; RangeError when `publishedAt` is not a day
 * @example
 * ```ts
 * extractDates('قتل 5 مدنيين أمس الأحد وأصيب 3 فجر اليوم', { publishedAt: '2017-07-24' })
 *   .map((d) => [d.text, d.from, d.to]);
 * // → [['أمس الأحد', '2017-07-23', '2017-07-23'], ['فجر اليوم', '2017-07-24', '2017-07-24']]
 * extractDates('في 22/6/2016')[0]?.from; // → '2016-06-22'
 * extractDates('ليلة أمس')[0]?.relative; // → { unit: 'day', offset: -1, length: 2 }
 * ```
 */
export function extractDates(text: string, options?: ExtractDatesOptions): DateMention[] {
  assertText(text, 'extractDates');
  const pub = publicationOption(options, 'extractDates');
  return datesInDoc(prepare(text), undefined, pub).map(withoutTokens);
}
