/**
 * Calendar arithmetic on UTC day numbers (days since 1970-01-01): no `Date`, no time zone, so a day read on a
 * machine in Kiritimati is the day read in Adak.
 * @module dates/calendar
 */
import { describe } from '../normalize/options.js';

/** The day number of a proleptic Gregorian date (month 1–12). @internal */
export function dayNumber(year: number, month: number, day: number): number {
  // Count years from March so that the leap day ends the year; eras of 400 years repeat exactly.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The year, month (1–12) and day of a day number. @internal */
export function civil(n: number): [year: number, month: number, day: number] {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/** 0 Sunday … 6 Saturday (1970-01-01 was a Thursday). @internal */
export const weekdayOf = (n: number): number => (((n + 4) % 7) + 7) % 7;

/** Days in a month of a year. @internal */
export const daysInMonth = (year: number, month: number): number => dayNumber(month === 12 ? year + 1 : year, (month % 12) + 1, 1) - dayNumber(year, month, 1);

/** True when year-month-day is a real calendar day. @internal */
export const isDay = (year: number, month: number, day: number): boolean =>
  Number.isInteger(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);

/** `YYYY-MM-DD` of a day number. @internal */
export function isoDay(n: number): string {
  const [y, m, d] = civil(n);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** The same day of the month `months` later (earlier when negative), on the month's last day when it is shorter. @internal */
export function addMonths(n: number, months: number): number {
  const [y, m, d] = civil(n);
  const index = y * 12 + m - 1 + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return dayNumber(year, month, Math.min(d, daysInMonth(year, month)));
}

/**
 * A publication day as given by a caller: `'YYYY-MM-DD'` (a timestamp `'YYYY-MM-DDT…'` counts by its written date,
 * the publisher's own day) or a `Date` (its UTC day). Anything else is an error naming `fn` and the `field`.
 * @internal
 */
export function publicationDay(value: unknown, fn: string, field = 'options.publishedAt'): number {
  if (value instanceof Date) {
    const t = value.getTime();
    if (Number.isNaN(t)) throw new RangeError(`${fn}: ${field} is an invalid Date`);
    return Math.floor(t / 86400000);
  }
  if (typeof value !== 'string') {
    throw new TypeError(`${fn}: ${field} must be a day 'YYYY-MM-DD' or a Date, got ${describe(value)}`);
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(value);
  if (!m) throw new RangeError(`${fn}: ${field} must be written 'YYYY-MM-DD', got ${describe(value)}`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isDay(year, month, day)) throw new RangeError(`${fn}: ${field} ${JSON.stringify(value.slice(0, 10))} is not a calendar day`);
  return dayNumber(year, month, day);
}
