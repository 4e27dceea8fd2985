/**
 * The dates layer: the examples of test/data/date-cases.ts per shape, readings without a publication day, calendar
 * arithmetic property-tested against `Date` over 1990–2035, independence from the machine's time zone, errors,
 * and the date of events in `analyze`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { build } from 'esbuild';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, civil, dayNumber, isoDay, weekdayOf } from '../src/dates/calendar.js';
import { MONTH_PREPOSITIONS, PARTS, QUALIFIERS, RELATIVE_DAYS, TIMES_OF_DAY, WEEKDAYS, YEAR_WORDS, MONTH_NAMES, UNIT_WORDS } from '../src/dates/words.js';
import { analyze, createAnalyzer, extractDates, normalize } from '../src/index.js';
import { DIST, ROOT, inDist } from './helpers/dist.js';
import { PUBLISHED, dateFamilies } from './data/date-cases.js';

describe('date shapes (test/data/date-cases.ts)', () => {
  for (const [family, cases] of Object.entries(dateFamilies)) {
    describe(family, () => {
      it.each(cases.map((c) => [c.text, c]))('%s', (_, c) => {
        const found = extractDates(c.text, { publishedAt: c.publishedAt ?? PUBLISHED });
        expect(found.map(({ text, from, to }) => ({ text, from, to }))).toEqual(c.expect);
        for (const d of found) expect(c.text.slice(d.start, d.end)).toBe(d.text);
      });
    });
  }
});

describe('without a publication day', () => {
  it('relative expressions keep their reading and no day', () => {
    const [yesterday, night, tuesday, month, since] = extractDates('قتل 5 أمس، وقتل 3 ليلة أمس، و2 الثلاثاء الماضي، و4 في 16 أيار، و9 منذ عام 2011');
    expect(yesterday).toMatchObject({ text: 'أمس', from: null, to: null, relative: { unit: 'day', offset: -1 }, rule: 'relative-day' });
    expect(night?.relative).toEqual({ unit: 'day', offset: -1, length: 2 });
    expect(tuesday?.relative).toEqual({ weekday: 2, which: 'previous' });
    expect(month?.relative).toEqual({ month: 5, day: 16, which: 'latest' });
    // An open period keeps its first day; its end is the publication day.
    expect(since).toMatchObject({ from: '2011-01-01', to: null, relative: { year: 2011, since: true } });
  });

  it('absolute dates need none and carry no relative reading', () => {
    const [d] = extractDates('وقعت المجزرة في 22/6/2016');
    expect(d).toEqual({ start: 16, end: 25, text: '22/6/2016', from: '2016-06-22', to: '2016-06-22', rule: 'numeric' });
  });
});

describe('calendar arithmetic (UTC day numbers)', () => {
  const days = fc.integer({ min: dayNumber(1990, 1, 1), max: dayNumber(2035, 12, 31) });
  const utc = (n: number) => new Date(n * 86400000);

  it('agrees with Date on every day of 1990–2035: ISO day, weekday, round trip', () => {
    fc.assert(
      fc.property(days, (n) => {
        const date = utc(n);
        expect(isoDay(n)).toBe(date.toISOString().slice(0, 10));
        expect(weekdayOf(n)).toBe(date.getUTCDay());
        const [y, m, d] = civil(n);
        expect(dayNumber(y, m, d)).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it('adds months as Date does, on the month end when shorter', () => {
    fc.assert(
      fc.property(days, fc.integer({ min: -40, max: 40 }), (n, k) => {
        const [y, m, d] = civil(n);
        const last = new Date(Date.UTC(y, m - 1 + k + 1, 0)).getUTCDate();
        expect(isoDay(addMonths(n, k))).toBe(new Date(Date.UTC(y, m - 1 + k, Math.min(d, last))).toISOString().slice(0, 10));
      }),
    );
  });

  const names = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
  const offsetDays = (a: string, b: string) => (Date.parse(a) - Date.parse(b)) / 86400000;

  it('a weekday is the latest on or before publication; الماضي strictly before; المقبل strictly after', () => {
    fc.assert(
      fc.property(days, fc.integer({ min: 0, max: 6 }), (n, w) => {
        const publishedAt = isoDay(n);
        const read = (text: string) => extractDates(text, { publishedAt })[0]!.from!;
        const latest = read(`قتل 5 مدنيين يوم ${names[w]}`);
        const previous = read(`قتل 5 مدنيين ${names[w]} الماضي`);
        const next = read(`يعقد المجلس جلسة ${names[w]} المقبل`);
        for (const d of [latest, previous, next]) expect(new Date(d).getUTCDay()).toBe(w);
        expect(offsetDays(latest, publishedAt)).toBeGreaterThanOrEqual(-6);
        expect(offsetDays(latest, publishedAt)).toBeLessThanOrEqual(0);
        expect(offsetDays(previous, publishedAt)).toBeGreaterThanOrEqual(-7);
        expect(offsetDays(previous, publishedAt)).toBeLessThanOrEqual(-1);
        expect(offsetDays(next, publishedAt)).toBeGreaterThanOrEqual(1);
        expect(offsetDays(next, publishedAt)).toBeLessThanOrEqual(7);
      }),
      { numRuns: 300 },
    );
  });

  it('«أمس + weekday» is the named weekday nearest yesterday', () => {
    fc.assert(
      fc.property(days, fc.integer({ min: 0, max: 6 }), (n, w) => {
        const d = extractDates(`قتل 5 مدنيين أمس ${names[w]}`, { publishedAt: isoDay(n) })[0]!.from!;
        expect(new Date(d).getUTCDay()).toBe(w);
        expect(Math.abs(offsetDays(d, isoDay(n - 1)))).toBeLessThanOrEqual(3);
      }),
      { numRuns: 300 },
    );
  });

  it('a month without year is the latest such month not after publication', () => {
    const months = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'];
    fc.assert(
      fc.property(days, fc.integer({ min: 0, max: 11 }), (n, m) => {
        const d = extractDates(`قتل 5 في ${months[m]}`, { publishedAt: isoDay(n) })[0]!;
        expect(Number(d.from!.slice(5, 7))).toBe(m + 1);
        expect(d.from! <= isoDay(n)).toBe(true);
        expect(offsetDays(d.from!, isoDay(n))).toBeGreaterThan(-366);
      }),
      { numRuns: 300 },
    );
  });
});

describe('no dependence on the machine time zone', () => {
  // The same readings computed in child processes whose clocks sit at UTC+14 and UTC−10 (−9 in summer).
  const script = `
    const { extractDates, analyze } = await import(process.argv[1]);
    const out = [
      extractDates('قتل 5 أمس وقتل 3 الثلاثاء الماضي و4 في 16 أيار و7 خلال الشهر الماضي', { publishedAt: '2016-03-01' }),
      extractDates('قتل 5 أمس', { publishedAt: new Date('2016-06-22T23:30:00Z') }),
      extractDates('قتل 5 اليوم', { publishedAt: '2016-06-22T00:30:00+14:00' }),
      analyze('قتل 5 مدنيين أمس بغارة على أريحا', { publishedAt: '2019-07-23' }).events.map((e) => e.date),
    ];
    console.log(JSON.stringify({ out, offset: new Date(2016, 5, 22).getTimezoneOffset() }));`;
  const entry = inDist('./dist/index.js');

  it.skipIf(!existsSync(entry))('Pacific/Kiritimati and America/Adak read the same days as this process', () => {
    const results = ['Pacific/Kiritimati', 'America/Adak'].map((TZ) => {
      const run = spawnSync(process.execPath, ['--input-type=module', '-e', script, entry], { env: { ...process.env, TZ }, encoding: 'utf8' });
      expect(run.stderr).toBe('');
      return JSON.parse(run.stdout) as { out: unknown[]; offset: number };
    });
    // The two clocks are a day apart (−840 and +540 minutes), and the days read are the same.
    expect(results.map((r) => r.offset)).toEqual([-840, 540]);
    expect(results[0]!.out).toEqual(results[1]!.out);
    const [mixed, fromDate, fromStamp, events] = results[0]!.out as [{ from: string }[], { from: string }[], { from: string }[], { from: string }[]];
    expect(mixed.map((d) => d.from)).toEqual(['2016-02-29', '2016-02-23', '2015-05-16', '2016-02-01']);
    expect(fromDate[0]!.from).toBe('2016-06-21');
    // A timestamp counts by its written day, the publisher's own.
    expect(fromStamp[0]!.from).toBe('2016-06-22');
    expect(events[0]!.from).toBe('2019-07-22');
  });
});

describe('arguments', () => {
  it('throws TypeError on non-strings and malformed options, RangeError on impossible days', () => {
    expect(() => extractDates(5 as unknown as string)).toThrow(TypeError);
    expect(() => extractDates('أمس', { publishedAt: 20160622 as unknown as string })).toThrow(/publishedAt must be a day 'YYYY-MM-DD' or a Date/);
    expect(() => extractDates('أمس', { publishedAt: '22/06/2016' })).toThrow(RangeError);
    expect(() => extractDates('أمس', { publishedAt: '2016-02-30' })).toThrow(/"2016-02-30" is not a calendar day/);
    expect(() => extractDates('أمس', { publishedAt: new Date('x') })).toThrow(/invalid Date/);
    expect(() => extractDates('أمس', { published: '2016-06-22' } as never)).toThrow(/unknown option 'published'/);
    expect(() => analyze('قتل 5 أمس', { publishedAt: '2016-13-01' })).toThrow(/analyze: options.publishedAt/);
  });

  it('is on every analyzer', () => {
    expect(createAnalyzer().extractDates('أمس', { publishedAt: '2016-06-22' })[0]?.from).toBe('2016-06-21');
  });

  it('stays linear on long text full of date words', () => {
    const text = 'منذ بين من الثلاثاء الماضي 16 أيار / 22/6/2016 ليل '.repeat(20000);
    const found = extractDates(text, { publishedAt: PUBLISHED });
    expect(found.length).toBeGreaterThan(20000);
  });
});

describe('vocabulary', () => {
  const words = [
    ...MONTH_NAMES.keys(), ...WEEKDAYS.keys(), ...RELATIVE_DAYS.keys(), ...TIMES_OF_DAY.keys(), ...QUALIFIERS.keys(), ...PARTS.keys(),
    ...UNIT_WORDS.keys(), ...YEAR_WORDS, ...MONTH_PREPOSITIONS,
  ];
  it.each(words.map((w) => [w]))('«%s» is in search-normalized form', (w) => expect(normalize(w)).toBe(w));
});

describe('events and the summary carry a date', () => {
  const text =
    'مقتل 10 مدنيين بغارات على إدلب\n' +
    'قُتل عشرة مدنيين اليوم (الأربعاء) في غارات جوية على مدينة إدلب. ' +
    'وكان المرصد وثق أمس مقتل 17 مدنياً في بلدة سرمين. ' +
    'وفي حماة قتل 3 أشخاص بقصف مدفعي.';

  it('nearest in the sentence, else the sentence before; the summary takes the main event', () => {
    const { events, summary } = analyze(text, { publishedAt: PUBLISHED });
    expect(events.map((e) => [e.figures.killed, e.date && [e.date.text, e.date.from, e.date.to]])).toEqual([
      [{ value: 10 }, ['اليوم (الأربعاء)', '2016-06-22', '2016-06-22']],
      [{ value: 17 }, ['أمس', '2016-06-21', '2016-06-21']],
      [{ value: 3 }, ['أمس', '2016-06-21', '2016-06-21']],
    ]);
    for (const e of events) expect(text.slice(e.date!.start, e.date!.end)).toBe(e.date!.text);
    expect(summary.date?.from).toBe('2016-06-21');
  });

  it('falls back to the lead, and never to the publication day', () => {
    const lead = 'قتل 5 مدنيين يوم الثلاثاء في قصف على حلب.\nوأضاف المصدر أن القصف طال الأحياء الشرقية.\nوفي ريف المدينة قتل طفلان بانفجار لغم.';
    expect(analyze(lead, { publishedAt: PUBLISHED }).events.map((e) => e.date?.from)).toEqual(['2016-06-21', '2016-06-21']);
    const none = analyze('قتل 5 مدنيين في قصف على حلب', { publishedAt: PUBLISHED });
    expect(none.events[0]!.date).toBeNull();
    expect(none.summary.date).toBeNull();
    // Without a publication day, «أمس» dates nothing; an absolute date still does.
    expect(analyze('قتل 5 مدنيين أمس في قصف على حلب').events[0]!.date).toBeNull();
    expect(analyze('قتل 5 مدنيين في 22/6/2016 في قصف على حلب').events[0]!.date?.from).toBe('2016-06-22');
  });
});

describe('a day told between a report\'s source and its toll dates the statement', () => {
  // [why, text, each event's date text]; published on Wednesday 2016-06-22.
  it.each([
    ['the incident takes the day told after it', 'أعلن المرصد السوري اليوم الأربعاء مقتل 5 مدنيين بقصف نفذته قوات النظام أمس على مدينة إدلب', 'أمس'],
    ['in a relative clause of the attack too', 'أعلن الدفاع المدني، الأربعاء، مقتل 17 مدنيا في الغارات الروسية التي استهدفت فجر الثلاثاء سوق مدينة أريحا', 'فجر الثلاثاء'],
    ['the hours a toll is told over are its period', 'قالت وزارة الصحة اليوم إن 50 شهيدا سقطوا خلال الـ24 ساعة الماضية', 'الـ24 ساعة الماضية'],
    // Guards: with no other day after it, the statement's day is the incident's; a day before the source is none of it.
    ['with no other day, the statement\'s', 'أعلن الدفاع المدني اليوم الأربعاء مقتل 17 مدنيا في الغارات الروسية على سوق مدينة أريحا', 'اليوم الأربعاء'],
    ['a dateline before the source is not what it reports', 'إدلب، الثلاثاء 21 يونيو 2016 - أعلن الدفاع المدني اليوم مقتل 4 مدنيين بقصف على المدينة', 'اليوم'],
    // Guard: a day past another mention of the sentence is that mention's, no statement's.
    ['a day past another toll is that toll\'s', 'أعلن الدفاع المدني اليوم مقتل 3 أشخاص في غارات فجر الثلاثاء، وذلك بعد مقتل 27 في غارات يوم الأربعاء', 'فجر الثلاثاء|يوم الأربعاء'],
    ['nor a span since a day', 'أعلن المرصد اليوم الأربعاء مقتل 5 مدنيين بقصف على أريحا، وهو الهجوم الأعنف منذ الثلاثاء الماضي', 'اليوم الأربعاء'],
    ['nor another toll\'s day', 'أعلن المرصد اليوم الأربعاء مقتل 5 مدنيين بقصف على أريحا، بعد يوم من مقتل 3 آخرين في سراقب أمس', 'اليوم الأربعاء|أمس'],
    ['nor a day after the statement\'s', 'أعلن الجيش اليوم الأربعاء مقتل 3 جنود في هجوم، وحذر من هجمات أخرى غدا على المدينة', 'اليوم الأربعاء'],
    ['a year of the place told is no day', 'أعلن الجيش اليوم الأربعاء مقتل 3 جنود في هجوم على قاعدة أنشئت عام 2014', 'اليوم الأربعاء'],
  ])('%s', (_why, text, dates) => {
    expect(analyze(text, { publishedAt: PUBLISHED }).events.map((e) => e.date?.text)).toEqual(dates.split('|'));
  });
});

describe('hasila/dates is its own entry', () => {
  const entry = inDist('./dist/dates.js');
  it.skipIf(!existsSync(entry))('bundles without lexicon data', async () => {
    const result = await build({
      stdin: { contents: `import { extractDates } from ${JSON.stringify(entry)}; console.log(extractDates('أمس'));`, resolveDir: ROOT, loader: 'js' },
      bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent',
    });
    const code = result.outputFiles[0]!.text;
    expect(code).not.toMatch(/syrian-government|airstrike/);
    expect(DIST).toBeTruthy();
  });
});
