/**
 * From what a date expression says to calendar days, given the publication day.
 * @module dates/resolve
 */
import { addMonths, civil, dayNumber, daysInMonth, weekdayOf } from './calendar.js';
import type { DatePart, DateReading } from './types.js';

/** First and last day numbers; either is `null` when it needs a publication day that is not known. */
export type DayRange = [from: number | null, to: number | null];

const NONE: DayRange = [null, null];

/** True when the reading's days depend on the publication day. @internal */
export const isRelative = (r: DateReading): boolean => r.year === undefined || r.since === true || (r.until !== undefined && isRelative(r.until));

/** The days of a part of month `m` of year `y` (a whole month without part). */
function monthDays(y: number, m: number, part: DatePart | undefined): [number, number] {
  const first = dayNumber(y, m, 1);
  const end = first + daysInMonth(y, m) - 1;
  switch (part) {
    case 'early': return [first, first + 9];
    case 'mid': return [first + 10, first + 19];
    case 'late': return [first + 20, end];
    case 'week-last': return [end - 6, end];
    case 'week-1': case 'week-2': case 'week-3': case 'week-4': {
      const start = first + 7 * (Number(part.slice(5)) - 1);
      return [start, start + 6];
    }
    default: return [first, end];
  }
}

/** Months of a part of a year. */
const YEAR_PARTS: Partial<Record<DatePart, [number, number]>> = { early: [1, 3], mid: [6, 7], late: [10, 12], 'half-1': [1, 6], 'half-2': [7, 12] };

function yearDays(y: number, part: DatePart | undefined): [number, number] {
  const [a, b] = (part && YEAR_PARTS[part]) || [1, 12];
  return [dayNumber(y, a, 1), dayNumber(y, b, daysInMonth(y, b))];
}

/** The year of a month (and day) named without one, by which occurrence it is. */
function yearOf(r: DateReading, pub: number): number {
  const [py, pm, pd] = civil(pub);
  const m = r.month!;
  // With a day, «الماضي/الفائت» is the latest such day before publication («21 حزيران الفائت» the day after it);
  // a month alone with «الماضي» is one before the publication month.
  const d = r.day ?? 0;
  switch (r.which) {
    case 'previous': return m < pm || (m === pm && d > 0 && d < pd) ? py : py - 1;
    case 'current': return py;
    case 'next': return m > pm || (m === pm && d > pd) ? py : py + 1;
    default: {
      // A day told a day after the publication day is that day, not a year back: a report filed across midnight in
      // another time zone («في 13 آذار» published on 12 March; «1 كانون الثاني» on 31 December).
      for (const y of [py, py + 1]) if (d > 0 && d <= daysInMonth(y, m) && dayNumber(y, m, d) - pub === SKEW_DAYS) return y;
      return m < pm || (m === pm && Math.max(d, 1) <= pd) ? py : py - 1;
    }
  }
}

/** How many days after its publication a report may date what it tells, its clock being another time zone's. */
const SKEW_DAYS = 1;

/** The day of a named weekday: nearest a given day, or the latest / previous / next one from the publication day. */
function weekdayDay(r: DateReading, pub: number): number {
  const w = r.weekday!;
  if (r.unit === 'day') {
    // «أمس الأحد»: the weekday wins over the relative word when the two disagree (a late publication day).
    const target = pub + (r.offset ?? 0);
    const back = (weekdayOf(target) - w + 7) % 7;
    return back <= 3 ? target - back : target + 7 - back;
  }
  const back = (weekdayOf(pub) - w + 7) % 7;
  if (r.which === 'previous') return pub - (back || 7);
  if (r.which === 'next') return pub + ((7 - back) % 7 || 7);
  return pub - back;
}

/**
 * The first and last day numbers a reading denotes.
 * @param r - the reading
 * @param pub - the publication day number, if known
 * @internal
 */
export function resolve(r: DateReading, pub: number | undefined): DayRange {
  if (r.until) {
    const [, to] = resolve(r.until, pub);
    let start: DateReading = { ...r, until: undefined };
    // The first end of «بين 21 أيار و21 حزيران» takes the second's year, or the year before when its month is later.
    if (start.year === undefined && start.month !== undefined && to !== null && !start.unit) {
      const [ty, tm] = civil(to);
      start = { ...start, year: start.month <= tm ? ty : ty - 1 };
    }
    const [from] = resolve(start, pub);
    return from !== null && to !== null && from > to ? NONE : [from, to];
  }
  if (r.since) {
    const [from] = resolve({ ...r, since: undefined }, pub);
    return [from, pub ?? null];
  }
  const extra = (r.length ?? 1) - 1;
  if (r.year !== undefined) {
    if (r.month === undefined) return yearDays(r.year, r.part);
    if (r.day !== undefined) {
      const d = dayNumber(r.year, r.month, r.day);
      return [d, d + extra];
    }
    return monthDays(r.year, r.month, r.part);
  }
  if (pub === undefined) return NONE;
  if (r.weekday !== undefined) {
    const d = weekdayDay(r, pub);
    return [d, d + extra];
  }
  if (r.ago) {
    const d = r.unit === 'year' ? addMonths(pub, 12 * r.offset!) : addMonths(pub, r.offset!);
    return [d, d];
  }
  const [py, pm] = civil(pub);
  switch (r.unit) {
    case 'day': {
      const d = pub + r.offset!;
      return [d, d + extra];
    }
    case 'week':
      return r.offset! < 0 ? [pub + 7 * r.offset!, pub - 1] : r.offset === 0 ? [pub - 6, pub] : [pub + 1 + 7 * (r.offset! - 1), pub + 7 * r.offset!];
    case 'month': {
      const index = py * 12 + pm - 1 + r.offset!;
      const y = Math.floor(index / 12);
      const m = index - y * 12 + 1;
      if (r.day !== undefined) {
        if (r.day > daysInMonth(y, m)) return NONE;
        const d = dayNumber(y, m, r.day);
        return [d, d + extra];
      }
      return monthDays(y, m, r.part);
    }
    case 'year': {
      const y = py + r.offset!;
      if (r.month !== undefined) return monthDays(y, r.month, r.part);
      return yearDays(y, r.part);
    }
  }
  if (r.month !== undefined) {
    let y = yearOf(r, pub);
    // «29 شباط» without a year: the latest leap year (the next one after «المقبل»).
    if (r.month === 2 && r.day === 29) while (daysInMonth(y, 2) < 29) y += r.which === 'next' ? 1 : -1;
    if (r.day !== undefined) {
      if (r.day > daysInMonth(y, r.month)) return NONE;
      const d = dayNumber(y, r.month, r.day);
      return [d, d + extra];
    }
    return monthDays(y, r.month, r.part);
  }
  return NONE;
}
