/**
 * The playground's logic as pure functions, with cases as data: how a count is said, the table rows of an
 * analysis, the CSV export, the state in a link, the incidents `linkReports` forms, the lexicon
 * chooser, and the page's size beyond the library. The page itself is driven in Chromium by browser.test.ts.
 */
import fc from 'fast-check';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BOM, csvField, csvLines, parseCsv, tableCsv } from '../docs/playground/csv.js';
import { COLUMNS, namerOf, type Lang } from '../docs/playground/labels.js';
import { choiceLabel, lexiconChoices } from '../docs/playground/lexicons.js';
import { PACKS } from '../docs/playground/packs.js';
import { linkIncidents, linkInput, rangePhrase, reportId, reportIndex } from '../docs/playground/link.js';
import { countBounds, countPhrase, datePhrase, tableRows, type AnalysisLike, type MentionLike, type QuantityLike } from '../docs/playground/rows.js';
import { decodeState, DEFAULT_STATE, encodeState, type PageState } from '../docs/playground/state.js';
import { summaryItems } from '../docs/playground/summary.js';
import { analyze, createAnalyzer, defaultLexicon, linkReports, type PlaceMention } from '../src/index.js';
// @ts-expect-error -- a plain ES module script without types
import { pageCode } from '../scripts/playground.mjs';

const name = namerOf([defaultLexicon as never]);

describe('a count as a person says it', () => {
  const CASES: [QuantityLike | null, string, string, { min: number | null; max: number | null }][] = [
    [{ value: 12 }, '12', '12', { min: 12, max: 12 }],
    [{ value: 30, approximate: true }, 'نحو 30', 'about 30', { min: null, max: null }],
    [{ min: 20 }, 'أكثر من 20', 'more than 20', { min: 20, max: null }],
    [{ max: 5 }, 'أقل من 5', 'fewer than 5', { min: null, max: 5 }],
    [{ min: 20, max: 30 }, '20–30', '20–30', { min: 20, max: 30 }],
    [{ vague: 'tens', min: 10 }, 'عشرات', 'tens', { min: 10, max: null }],
    [{ vague: 'tens-of-thousands', min: 10000 }, 'عشرات الآلاف', 'tens of thousands', { min: 10000, max: null }],
    [{ vague: 'several', min: 3 }, 'عدة', 'several', { min: 3, max: null }],
    [{ vague: 'some' }, 'عدد من', 'some', { min: null, max: null }],
    [{ value: 0 }, '0', '0', { min: 0, max: 0 }],
    [null, '—', '—', { min: null, max: null }],
  ];
  it.each(CASES)('%j → «%s» / "%s"', (q, ar, en, bounds) => {
    expect(countPhrase(q, 'ar')).toBe(ar);
    expect(countPhrase(q, 'en')).toBe(en);
    expect(countBounds(q)).toEqual(bounds);
  });

  it.each([
    [{ from: '2016-06-22', to: '2016-06-22' }, '2016-06-22'],
    [{ from: '2016-06-18', to: '2016-06-19' }, '2016-06-18 – 2016-06-19'],
    [null, ''],
  ])('date %j → «%s»', (d, shown) => expect(datePhrase(d)).toBe(shown));
});

describe('table rows', () => {
  const span = (text: string, start: number) => ({ start, end: start + text.length, text });
  const place = (text: string, start: number, id: string | null, governorate: string | null): PlaceMention =>
    ({ ...span(text, start), place: id, type: id ? 'town' : null, governorate, within: governorate ? [`${governorate}-governorate`, 'syria'] : [] });
  const mention = (m: Partial<MentionLike>): MentionLike => ({
    ...span('قتل 12 مدنيا', 0), kind: 'killed', count: { value: 12 }, victims: 'civilians', includes: [], actors: [], cause: null,
    coCauses: [], location: null, source: null, ...m,
  });
  const CASES: { about: string; analysis: AnalysisLike; lang: Lang; cells: Partial<Record<(typeof COLUMNS)[number]['id'], string>> }[] = [
    {
      about: 'sub-groups, two actors, a cause and a co-cause, in Arabic',
      analysis: { events: [], casualties: [mention({
        includes: [{ ...span('5 أطفال', 20), victims: 'children', count: { value: 5 } }, { ...span('نساء', 30), victims: 'women', count: { vague: 'some' } }],
        actors: ['russia', 'syrian-government'], cause: 'airstrike', coCauses: ['barrel-bomb'],
      })] },
      lang: 'ar',
      cells: { kind: 'قتلى', count: '12', victims: 'مدنيون (بينهم 5 أطفال، نساء)', actor: 'روسيا، النظام السوري', cause: 'غارة جوية، براميل متفجرة' },
    },
    {
      about: 'the same in English',
      analysis: { events: [], casualties: [mention({ includes: [{ ...span('5 أطفال', 20), victims: 'children', count: { value: 5 } }], actors: ['russia'] })] },
      lang: 'en',
      cells: { kind: 'killed', victims: 'civilians (incl. 5 children)', actor: 'Russia' },
    },
    {
      about: 'place with governorate (the places layer) and the date of the event (the dates layer)',
      analysis: {
        casualties: [mention({ location: place('بلدة كفرنبل', 40, 'kafranbel', 'idlib'), source: span('الدفاع المدني', 60) })],
        events: [{ mentions: [0], date: { ...span('أمس', 70), from: '2019-05-14', to: '2019-05-14' } }],
      },
      lang: 'ar',
      cells: { place: 'بلدة كفرنبل', governorate: 'إدلب', source: 'الدفاع المدني', date: '2019-05-14' },
    },
    {
      about: 'a place the gazetteer does not know: the phrase, no governorate',
      analysis: { events: [], casualties: [mention({ location: place('قرية المزرعة', 40, null, null) })] },
      lang: 'en',
      cells: { place: 'قرية المزرعة', governorate: '' },
    },
    {
      about: 'a governorate on the location, in English',
      analysis: { events: [], casualties: [mention({ location: place('دوما', 40, 'douma', 'rif-dimashq') })] },
      lang: 'en',
      cells: { place: 'دوما', governorate: 'Rif Dimashq' },
    },
    {
      about: 'a bare figure, a flag, an unknown id shown as is',
      analysis: { events: [], casualties: [mention({ kind: 'injured', count: { vague: 'tens', min: 10 }, victims: 'unspecified', denied: true, actors: ['someone-new'] })] },
      lang: 'ar',
      cells: { kind: 'جرحى (منفي)', count: 'عشرات', victims: 'غير محدد', actor: 'someone-new', place: '', date: '' },
    },
  ];
  it.each(CASES)('$about', ({ analysis, lang, cells }) => {
    const [row] = tableRows(analysis, lang, name);
    expect(row!.cells).toMatchObject(cells);
    expect(row!.cells.text).toBe(analysis.casualties[0]!.text);
  });

  it('names entries from the lexicons, later ones first; a governorate id falls back to its governorate entry', () => {
    const places = [{ id: 'sanaa-governorate', labels: { ar: 'محافظة صنعاء', en: 'Sanaa Governorate' }, forms: ['محافظة صنعاء'], type: 'governorate' }];
    const own = namerOf([defaultLexicon as never, { actors: [{ id: 'russia', labels: { ar: 'الروس', en: 'the Russians' } }], places }]);
    expect(own('actors', 'russia', 'en')).toBe('the Russians');
    expect(own('places', 'sanaa', 'ar')).toBe('محافظة صنعاء');
    expect(own('causes', 'airstrike', 'en')).toBe(name('causes', 'airstrike', 'en'));
    expect(own('victims', 'nobody-knows', 'ar')).toBe('nobody-knows');
  });

  it('one row per casualty mention of analyze, with its span, on any mix of report sentences', () => {
    const parts = ['قتل 23 مدنيا بينهم 7 أطفال', ' وأصيب أكثر من 40 آخرين', ' بغارات روسية على ريف إدلب', '، وفق الدفاع المدني.', ' ارتفعت الحصيلة إلى 31 قتيلا', ' ونزح 2500 شخص', ' Reuters 2019 ', '\n'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 8 }), (chosen) => {
        const text = chosen.join('');
        const analysis = analyze(text);
        const rows = tableRows(analysis, 'ar', name);
        expect(rows.map((r) => [r.index, r.start, r.end, r.kind, r.cells.text])).toEqual(
          analysis.casualties.map((m, i) => [i, m.start, m.end, m.kind, text.slice(m.start, m.end)]),
        );
      }),
      { numRuns: 60 },
    );
  });
});

describe('summary line', () => {
  it('gives killed by class, injured, events, actor, cause and place of analyze', () => {
    const { summary } = analyze('قتل 12 مدنيا بينهم 5 أطفال وأصيب 20 آخرون بغارات روسية على مدينة إدلب');
    const items = Object.fromEntries(summaryItems(summary, 'ar', name).map((i) => [i.id, i.value]));
    expect(items).toMatchObject({ killed: '12 (مدنيون 12، أطفال 5)', injured: '20', events: '1', actor: 'روسيا', cause: 'غارة جوية' });
    expect(items.place).toContain('إدلب');
    expect(summaryItems({ killed: { total: 0 } }, 'en', name).map((i) => i.id)).toEqual(['killed', 'injured', 'events']);
  });
});

describe('CSV', () => {
  it.each([
    ['plain', 'plain'],
    ['قتل 12، بينهم 5', 'قتل 12، بينهم 5'], // the Arabic comma needs no quotes
    ['a,b', '"a,b"'],
    ['say "twelve"', '"say ""twelve"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['-5', "'-5"],
    [12, '12'],
    [null, ''],
  ] as const)('field %j → %s', (value, field) => expect(csvField(value)).toBe(field));

  it('reads back what it writes (fields a spreadsheet would not run as formulas)', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'ق', '1', ',', '"', '\n', '\r', ' ', '،', '٣') }).filter((s) => !/^[=+\-@\t\r]/u.test(s));
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (records) => {
        expect(parseCsv(csvLines(records))).toEqual(records);
      }),
    );
  });

  it('starts with the UTF-8 BOM, a header in the chosen language, one record per row with bounds and span', () => {
    const analysis = analyze('قتل 12 مدنيا وأصيب أكثر من 20 آخرين');
    const rows = tableRows(analysis, 'en', name);
    const csv = tableCsv([{ id: 'r1', publishedAt: '2019-05-14', rows }], 'en');
    expect(csv.startsWith(BOM)).toBe(true);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const [header, ...records] = parseCsv(csv);
    expect(header).toEqual(['Report', 'Published', ...COLUMNS.map((c) => c.en), 'min', 'max', 'start', 'end']);
    expect(records.map((r) => r.slice(-4))).toEqual(analysis.casualties.map((m, i) => [String(rows[i]!.min ?? ''), String(rows[i]!.max ?? ''), String(m.start), String(m.end)]));
    expect(records.map((r) => r[3])).toEqual(['12', 'more than 20']);
  });
});

describe('state in the link', () => {
  const state = (s: Partial<PageState>): PageState => ({ ...DEFAULT_STATE, ...s });
  it('round-trips texts, dates and options through the fragment, deflated', async () => {
    const arb = fc.record({
      reports: fc.array(fc.record({ text: fc.string({ unit: 'grapheme' }), publishedAt: fc.constantFrom('', '2019-05-14', '2016-06-22') }), { minLength: 1, maxLength: 4 }),
      lang: fc.constantFrom<Lang>('ar', 'en'),
      pack: fc.constantFrom('builtin', 'pack:yemen'),
      nonFacts: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(arb, async (s) => {
        const value = await encodeState(state(s));
        expect(value).toMatch(/^z[\w-]*$/u);
        expect(await decodeState(value)).toEqual(state(s));
      }),
      { numRuns: 50 },
    );
  });

  it('compresses a long article', async () => {
    const text = 'قتل 12 مدنيا بينهم 5 أطفال جراء غارات روسية على ريف إدلب. '.repeat(40);
    const value = await encodeState(state({ reports: [{ text, publishedAt: '' }] }));
    expect(value.length).toBeLessThan(text.length / 4);
  });

  it.each([
    ['plain base64url JSON', `j${Buffer.from(JSON.stringify({ r: [['نص', '2019-05-14']], l: 'en', v: 0 })).toString('base64url')}`, state({ reports: [{ text: 'نص', publishedAt: '2019-05-14' }], lang: 'en' })],
    ['a bad date and view', `j${Buffer.from(JSON.stringify({ r: [['a', 'yesterday']], v: 7, l: 'fr' })).toString('base64url')}`, state({ reports: [{ text: 'a', publishedAt: '' }] })],
    ['a truncated link', 'zq1ZKzs', DEFAULT_STATE],
    ['garbage', '%%%', DEFAULT_STATE],
  ])('reads %s', async (_, value, expected) => expect(await decodeState(value)).toEqual(expected));
});

describe('incidents (the library\'s linkReports)', () => {
  // Two reports of one strike: 12 killed on the day, 8 «yesterday» in the next day's report — a toll that falls.
  const REPORTS = [
    { text: 'قُتل 12 مدنياً وأصيب أكثر من 20 آخرين جراء غارات جوية روسية على بلدة كفرنبل في ريف إدلب الجنوبي.', publishedAt: '2019-05-14' },
    { text: 'قالت مصادر محلية إن 8 مدنيين قتلوا في غارات روسية استهدفت كفرنبل جنوبي إدلب أمس الثلاثاء.', publishedAt: '2019-05-15' },
    { text: 'قتل جندي في اشتباكات بريف حلب.', publishedAt: '' },
  ];
  const page = REPORTS.map((r) => ({ analysis: analyze(r.text, r.publishedAt ? { publishedAt: r.publishedAt } : {}), publishedAt: r.publishedAt }));

  it('lists each report\'s figures side by side with their spans, the agreed range or the spread, and the flag', () => {
    const views = linkIncidents(linkReports, page, 'ar', name);
    const both = views.find((v) => v.reports.length === 2)!;
    expect(both).toMatchObject({ title: '2019-05-14 · كفرنبل · إدلب', reports: ['r1', 'r2'], conflict: true });
    const killed = both.rows[0]!;
    expect(killed).toMatchObject({ kind: 'قتلى', victims: 'مدنيون', agreed: '—', spread: '8–12', conflict: true });
    expect(Object.keys(killed.values)).toEqual(['r1', 'r2']);
    for (const [id, figures] of Object.entries(killed.values)) {
      for (const f of figures) expect(f.evidence.text).toBe(REPORTS[reportIndex(id)]!.text.slice(f.evidence.start, f.evidence.end));
    }
    expect(killed.values.r2!.map((f) => f.count)).toEqual([{ value: 8 }]);
    expect(both.rows.find((r) => r.kind === 'جرحى')).toMatchObject({ agreed: 'أكثر من 20', conflict: false });
    // The soldier in Aleppo's countryside is an incident of its own, told by one report.
    expect(views.find((v) => v.reports[0] === 'r3')).toMatchObject({ reports: ['r3'], conflict: false, rows: [{ victims: 'جنود', agreed: '1' }] });
    expect(linkIncidents(linkReports, page, 'en', name).find((v) => v.reports.length === 2)!.rows[0]!.kind).toBe('killed');
  });

  it('gives linkReports each report\'s id, analysis and publication day (when known)', () => {
    expect(linkInput(page).map(({ id, publishedAt }) => ({ id, publishedAt }))).toEqual([
      { id: 'r1', publishedAt: '2019-05-14' }, { id: 'r2', publishedAt: '2019-05-15' }, { id: 'r3', publishedAt: undefined },
    ]);
    expect('publishedAt' in linkInput(page)[2]!).toBe(false);
    expect(linkInput(page)[0]!.analysis).toBe(page[0]!.analysis);
  });

  it.each([
    [{ min: 12, max: 12 }, '12', '12'],
    [{ min: 8, max: 12 }, '8–12', '8–12'],
    [{ min: 20, max: null }, 'أكثر من 20', 'more than 20'],
    [null, '—', '—'],
  ])('range %j → «%s» / "%s"', (range, ar, en) => {
    expect(rangePhrase(range, 'ar')).toBe(ar);
    expect(rangePhrase(range, 'en')).toBe(en);
  });

  it.each([[0, 'r1'], [11, 'r12']])('report %i is %s and back', (i, id) => {
    expect(reportId(i)).toBe(id);
    expect(reportIndex(id)).toBe(i);
  });
  it.each(['r0', 'x1', 'r', 'r01'])('%s is no report', (id) => expect(reportIndex(id)).toBe(-1));
});

describe('lexicon chooser', () => {
  const yemen = { id: 'yemen', labels: { ar: 'اليمن', en: 'Yemen' }, actors: [{ id: 'houthis', labels: { ar: 'الحوثيون', en: 'Houthis' }, forms: ['جماعة الحوثي'] }] };
  it('lists the built-in lexicon, the packs of the library and dropped files', () => {
    const choices = lexiconChoices(PACKS, [{ name: 'mine.json', data: { id: 'mine' } }]);
    expect(choices.map((c) => [c.id, choiceLabel(c, 'en')])).toEqual([
      ['builtin', 'built-in lexicon'],
      ...PACKS.map((p) => [`pack:${p.id}`, p.labels!.en]),
      ['file:mine.json', 'mine (mine.json)'],
    ]);
    expect(choices.map((c) => c.id)).toContain('pack:yemen');
    expect(lexiconChoices([], []).map((c) => c.id)).toEqual(['builtin']);
    // The built-in choice gives createAnalyzer no option at all: an empty `packs` would leave out the Syria pack.
    expect(choices[0]!.options).toEqual({});
  });

  it('a chosen pack reads its country: its actors and its governorates', () => {
    const choice = lexiconChoices(PACKS, []).find((c) => c.id === 'pack:yemen')!;
    const analyzer = createAnalyzer(choice.options as never);
    const analysis = analyzer.analyze('قتل 4 مدنيين بقصف جماعة الحوثي على مديرية صرواح غرب مأرب');
    const rows = tableRows(analysis, 'en', namerOf(analyzer.lexicons as never));
    expect(rows[0]!.cells).toMatchObject({ actor: 'Houthis (Ansar Allah)', governorate: "Ma'rib" });
  });

  it('a chosen file reads its text through createAnalyzer, and names its entries in the table', () => {
    const [, choice] = lexiconChoices([], [{ name: 'yemen.json', data: yemen }]);
    const analyzer = createAnalyzer(choice!.options as never);
    const analysis = analyzer.analyze('قتل 4 مدنيين بقصف جماعة الحوثي على مدينة تعز');
    const rows = tableRows(analysis, 'en', namerOf(analyzer.lexicons as never));
    expect(rows[0]!.cells.actor).toBe('Houthis');
  });
});

describe('page size', () => {
  it('the page adds at most 60 KB gzip to the library', async () => {
    const code = (await pageCode()) as string;
    expect(code).not.toMatch(/normalizeWithOffsets\s*\(|defaultLexicon\s*=/u); // the library stays outside
    const gzip = gzipSync(code, { level: 9 }).length;
    console.log(`size: playground page beyond the library: ${(gzip / 1024).toFixed(2)} KB min+gzip`);
    expect(gzip).toBeLessThanOrEqual(60 * 1024);
  });
});
