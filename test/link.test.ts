import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAnalyzer as createCoreAnalyzer } from '../src/core.js';
import { analyze, linkReports, type Analysis, type LinkOptions, type LinkReport } from '../src/index.js';
import { yemenPack } from '../src/packs/yemen.js';

/** The default reading: each report analyzed with its publication day, so that its date expressions date events. */
const link = (reports: LinkReport[]) => linkReports(reports);
/** The day before `day` (the reports say «أمس»). */
const isoBefore = (day: string) => new Date(Date.parse(day) - 86_400_000).toISOString().slice(0, 10);
const grouping = (reports: LinkReport[]) => link(reports).map((i) => i.reports);

describe('linkReports groups reports of one incident', () => {
  it('same town, same day, compatible actor and cause: one incident; its governorate and figures per report', () => {
    const incidents = link([
      { id: 'a', text: 'قتل 12 مدنيا في غارات روسية على بلدة كفرنبل بريف إدلب الجنوبي.', publishedAt: '2019-05-14' },
      { id: 'b', text: 'قُتل 12 مدنياً بقصف جوي روسي استهدف كفرنبل جنوب إدلب.', publishedAt: '2019-05-14T18:00:00Z' },
    ]);
    expect(incidents).toHaveLength(1);
    const [i] = incidents;
    expect(i).toMatchObject({ id: 'a#0', reports: ['a', 'b'], place: 'kafranbel', governorate: 'idlib', actors: ['russia'], cause: 'airstrike', conflict: false });
    const killed = i!.figures.find((f) => f.kind === 'killed' && f.victims === 'civilians')!;
    expect(killed.figures.map((f) => [f.report, f.count, f.evidence.text])).toEqual([
      ['a', { value: 12 }, 'قتل 12 مدنيا'],
      ['b', { value: 12 }, 'قُتل 12 مدنياً'],
    ]);
    expect(killed.agreed).toEqual({ min: 12, max: 12 });
  });

  it('a town and its countryside are nested places: one incident named by the town', () => {
    const [i, ...rest] = link([
      { id: 'a', text: 'قتل 7 مدنيين بغارات على ريف إدلب الجنوبي.', publishedAt: '2019-05-14' },
      { id: 'b', text: 'مقتل 7 مدنيين في غارات على بلدة كفرنبل.', publishedAt: '2019-05-14' },
    ]);
    expect(rest).toEqual([]);
    expect(i?.place).toBe('kafranbel');
  });

  it('different towns, governorates, days or actors stay apart', () => {
    expect(grouping([
      { id: 'a', text: 'قتل 5 مدنيين في غارات على بلدة كفرنبل.', publishedAt: '2019-05-14' },
      { id: 'b', text: 'قتل 5 مدنيين في غارات على مدينة سراقب.', publishedAt: '2019-05-14' },
      { id: 'c', text: 'قتل 5 مدنيين في غارات على مدينة دوما.', publishedAt: '2019-05-14' },
      { id: 'd', text: 'قتل 5 مدنيين في غارات على بلدة كفرنبل.', publishedAt: '2019-06-20' },
    ])).toEqual([['a'], ['b'], ['c'], ['d']]);
    expect(grouping([
      { id: 'a', text: 'قتل 5 مدنيين في غارات روسية على بلدة كفرنبل.', publishedAt: '2019-05-14' },
      { id: 'b', text: 'قتل 5 مدنيين في قصف لتنظيم الدولة على بلدة كفرنبل.', publishedAt: '2019-05-14' },
    ])).toEqual([['a'], ['b']]);
  });

  it('each event says whether the text dates it or its report\'s publication does', () => {
    const [i] = link([
      { id: 'a', text: 'قتل 12 مدنيا في غارات روسية على بلدة كفرنبل أمس.', publishedAt: '2019-05-14' },
      { id: 'b', text: 'قُتل 15 مدنياً بقصف جوي روسي استهدف كفرنبل.', publishedAt: '2019-05-14' },
    ]);
    expect(i!.events.map((e) => [e.report, e.date, e.datedBy])).toEqual([
      ['a', { from: '2019-05-13', to: '2019-05-13' }, 'text'],
      ['b', { from: '2019-05-12', to: '2019-05-14' }, 'publication'],
    ]);
  });

  it("an incident's actors and cause are those its events name most often", () => {
    const [i] = link([
      { id: 'a', text: 'قتل 6 مدنيين بقصف على بلدة كفرنبل.', publishedAt: '2019-05-14' },
      { id: 'b', text: 'قتل 6 مدنيين بغارات لقوات النظام على بلدة كفرنبل.', publishedAt: '2019-05-14' },
      { id: 'c', text: 'قُتل 7 مدنيين في غارات لطائرات النظام على كفرنبل.', publishedAt: '2019-05-15' },
    ]);
    expect(i).toMatchObject({ reports: ['a', 'b', 'c'], actors: ['syrian-government'], cause: 'airstrike' });
  });

  it('an arrest is not the strike: custody alone and harm alone stay apart', () => {
    expect(grouping([
      { id: 'a', text: 'قتل 4 مدنيين بقصف مدفعي لقوات النظام على بلدة سرمين.', publishedAt: '2019-05-14' },
      { id: 'b', text: 'اعتقلت قوات النظام 5 شبان من بلدة سرمين.', publishedAt: '2019-05-14' },
      { id: 'c', text: 'قتل 4 مدنيين واعتقل 3 آخرون في قصف واقتحام لقوات النظام على بلدة سرمين.', publishedAt: '2019-05-14' },
    ])).toEqual([['a', 'c'], ['b']]);
  });

  it('event dates come before publication dates: reports a week apart of the same day link', () => {
    const incidents = link([
      { id: 'a', text: 'قتل 9 مدنيين في غارات على مدينة أريحا أمس السبت.', publishedAt: '2019-07-28' },
      { id: 'b', text: 'وكانت غارات على مدينة أريحا يوم 27 تموز قد أسفرت عن مقتل 9 مدنيين.', publishedAt: '2019-08-05' },
    ]);
    expect(incidents.map((i) => [i.reports, i.date])).toEqual([[['a', 'b'], { from: '2019-07-27', to: '2019-07-27' }]]);
    // Without their dates, the reports are eight days apart: two incidents.
    expect(linkReports([
      { id: 'a', analysis: analyze('قتل 9 مدنيين في غارات على مدينة أريحا.'), publishedAt: '2019-07-28' },
      { id: 'b', analysis: analyze('قتل 9 مدنيين في غارات على مدينة أريحا.'), publishedAt: '2019-08-05' },
    ]).map((i) => i.reports)).toEqual([['a'], ['b']]);
  });

  it('an event dated over more than a week (a cumulative toll) is an incident of its own', () => {
    const [a] = analyze('قتل 9 مدنيين في غارات على مدينة أريحا.').events;
    const long = { ...a!, date: { start: 0, end: 0, text: '', from: '2019-07-01', to: '2019-07-31' } };
    const analysis = (events: Analysis['events']): Analysis => ({ ...analyze('قتل 9 مدنيين في غارات على مدينة أريحا.'), events });
    expect(linkReports([
      { id: 'a', analysis: analysis([long]), publishedAt: '2019-07-31' },
      { id: 'b', analysis: analysis([a!]), publishedAt: '2019-07-31' },
    ]).map((i) => i.reports)).toEqual([['a'], ['b']]);
  });

  it('a running total is an incident of its own, dated or not', () => {
    expect(grouping([
      { id: 'a', text: 'قتل 9 مدنيين في غارات على مدينة أريحا.', publishedAt: '2019-07-31' },
      { id: 'b', text: 'وبلغ عدد القتلى في مدينة أريحا منذ بدء الحرب 900 قتيل.', publishedAt: '2019-07-31' },
      { id: 'c', text: 'وبلغت الحصيلة التراكمية للقتلى في مدينة أريحا 905 قتلى.', publishedAt: '2019-07-31' },
    ])).toEqual([['a'], ['b'], ['c']]);
  });

  it('undated events without a publication date are not linked', () => {
    expect(grouping([
      { id: 'a', text: 'قتل 5 مدنيين في غارات على بلدة كفرنبل.' },
      { id: 'b', text: 'قتل 5 مدنيين في غارات على بلدة كفرنبل.' },
    ])).toEqual([['a'], ['b']]);
  });

  it('two events of one report never join one incident', () => {
    const incidents = link([
      { id: 'a', text: 'قتل 5 مدنيين في غارات على بلدة كفرنبل. وفي سياق آخر، قتل 3 مدنيين في قصف على بلدة كفرنبل مساء.', publishedAt: '2019-05-14' },
      { id: 'b', text: 'قتل 5 مدنيين في غارات على بلدة كفرنبل.', publishedAt: '2019-05-14' },
    ]);
    for (const i of incidents) expect(new Set(i.events.map((e) => e.report)).size).toBe(i.events.length);
  });
});

describe('linkReports flags conflicting figures', () => {
  it('exact tolls outside each other published the same day conflict', () => {
    const [i] = link([
      { id: 'a', text: 'قتل 20 مدنيا في غارات روسية على مدينة معرة النعمان.', publishedAt: '2019-07-22' },
      { id: 'b', text: 'قتل 35 مدنيا في غارات روسية على مدينة معرة النعمان.', publishedAt: '2019-07-22' },
    ]);
    expect(i?.reports).toEqual(['a', 'b']);
    expect(i?.conflict).toBe(true);
    const killed = i!.figures.find((f) => f.kind === 'killed')!;
    expect(killed).toMatchObject({ agreed: null, spread: { min: 20, max: 35 }, conflict: true });
  });

  it('each report\'s toll is set beside the others whatever class it names; tolls that differ conflict', () => {
    const [i] = link([
      { id: 'a', text: 'قتل 9 مدنيين في قصف على مدينة أريحا بريف إدلب.', publishedAt: '2024-03-12' },
      { id: 'b', text: 'مقتل 11 شخصا بقصف على مدينة أريحا جنوب إدلب.', publishedAt: '2024-03-12' },
      { id: 'c', text: 'سقوط 9 قتلى في قصف استهدف أريحا.', publishedAt: '2024-03-12' },
    ]);
    expect(i?.reports).toEqual(['a', 'b', 'c']);
    // Each class alone agrees with itself: only the tolls show the outlets disagree.
    expect(i!.figures.every((f) => !f.conflict)).toBe(true);
    const killed = i!.tolls.find((t) => t.kind === 'killed')!;
    expect(killed.victims).toBe('all');
    expect(killed.figures.map((f) => [f.report, f.count.value, f.evidence.text])).toEqual([['a', 9, 'قتل 9 مدنيين'], ['b', 11, 'مقتل 11 شخصا'], ['c', 9, '9 قتلى']]);
    expect(killed).toMatchObject({ agreed: null, spread: { min: 9, max: 11 }, conflict: true });
    expect(i!.conflict).toBe(true);
  });

  it('a toll that falls as time passes conflicts; one that rises is an update', () => {
    const falling = link([
      { id: 'a', text: 'قتل 30 مدنيا في غارات على مدينة معرة النعمان.', publishedAt: '2019-07-22T09:00:00Z' },
      { id: 'b', text: 'قتل 12 مدنيا في غارات على مدينة معرة النعمان.', publishedAt: '2019-07-22T20:00:00Z' },
    ]);
    expect(falling.map((i) => i.conflict)).toEqual([true]);
    const rising = link([
      { id: 'a', text: 'قتل 12 مدنيا في غارات على مدينة معرة النعمان.', publishedAt: '2019-07-22T09:00:00Z' },
      { id: 'b', text: 'قتل 30 مدنيا في غارات على مدينة معرة النعمان.', publishedAt: '2019-07-22T20:00:00Z' },
    ]);
    expect(rising.map((i) => i.conflict)).toEqual([false]);
  });

  it('a range that holds the other report\'s figure agrees', () => {
    const [i] = link([
      { id: 'a', text: 'قتل أكثر من 20 مدنيا في غارات على مدينة معرة النعمان.', publishedAt: '2019-07-22' },
      { id: 'b', text: 'قتل 23 مدنيا في غارات على مدينة معرة النعمان.', publishedAt: '2019-07-22' },
    ]);
    expect(i?.figures.find((f) => f.kind === 'killed')).toMatchObject({ agreed: { min: 23, max: 23 }, conflict: false });
  });

  it('a figure without any bound («عدد من») widens the spread only when no other figure bounds it', () => {
    const [i] = link([
      { id: 'a', text: 'قتل عدد من المدنيين في غارات على مدينة معرة النعمان.', publishedAt: '2019-07-22' },
      { id: 'b', text: 'قتل 23 مدنيا في غارات على مدينة معرة النعمان.', publishedAt: '2019-07-22' },
    ]);
    expect(i?.reports).toEqual(['a', 'b']);
    expect(i?.figures.find((f) => f.kind === 'killed')).toMatchObject({ spread: { min: 23, max: 23 }, conflict: false });
    const [alone] = link([{ id: 'a', text: 'قتل عدد من المدنيين في غارات على مدينة معرة النعمان.', publishedAt: '2019-07-22' }]);
    expect(alone?.figures.find((f) => f.kind === 'killed')?.spread).toEqual({ min: 0, max: null });
  });

  it('the spread runs between the figures as told: a bound is its figure, a vague one its minimum', () => {
    const [i] = link([
      { id: 'a', text: 'قتل أكثر من 100 مدني في غارات على مدينة معرة النعمان.', publishedAt: '2019-07-22' },
      { id: 'b', text: 'قتل عشرات المدنيين في غارات على مدينة معرة النعمان.', publishedAt: '2019-07-22' },
      { id: 'c', text: 'ارتفعت حصيلة قتلى الغارات على مدينة معرة النعمان إلى 150 قتيلا.', publishedAt: '2019-07-23' },
    ]);
    expect(i?.reports).toEqual(['a', 'b', 'c']);
    expect(i?.tolls.find((f) => f.kind === 'killed')?.spread).toEqual({ min: 10, max: 150 });
    // An upper bound is its figure too.
    const [j] = link([
      { id: 'a', text: 'قتل أقل من 10 مدنيين في غارات على مدينة معرة النعمان.', publishedAt: '2019-07-22' },
      { id: 'b', text: 'قتل 8 مدنيين في غارات على مدينة معرة النعمان.', publishedAt: '2019-07-22' },
    ]);
    expect(j?.tolls.find((f) => f.kind === 'killed')?.spread).toEqual({ min: 8, max: 10 });
  });
});

describe('an incident\'s events quote the date expression that dates them', () => {
  it('dateSpan is the span of the report\'s own date, null for one dated by its publication', () => {
    const reports = [
      { id: 'a', text: 'قتل 12 مدنيا أمس في غارات روسية على بلدة كفرنبل بريف إدلب.', publishedAt: '2019-05-15' },
      { id: 'b', text: 'مقتل 15 مدنيا بقصف على كفرنبل.', publishedAt: '2019-05-14' },
    ];
    const [i] = link(reports);
    expect(i?.events.map((e) => [e.report, e.datedBy, e.dateSpan])).toEqual([
      ['a', 'text', { start: 13, end: 16, text: 'أمس' }],
      ['b', 'publication', null],
    ]);
    expect(reports[0]!.text.slice(13, 16)).toBe('أمس');
  });
});

describe('a report placed only in an area that fits two incidents apart joins neither', () => {
  const ariha = { id: 'a', text: 'قتل 17 مدنيا في غارات روسية على سوق مدينة أريحا اليوم الثلاثاء', publishedAt: '2024-03-12' };
  const maarat = { id: 'm', text: 'قتل 6 مدنيين بغارات روسية على مدينة معرة النعمان اليوم الثلاثاء', publishedAt: '2024-03-12' };
  const area = (n: number) => ({ id: 'g', text: `قتل ${n} مدنيا في غارات جوية على محافظة إدلب اليوم.`, publishedAt: '2024-03-12' });
  it('kept apart whatever the ids', () => {
    expect(link([ariha, maarat, area(14)]).map((i) => i.reports)).toEqual([['a'], ['g'], ['m']]);
    expect(link([ariha, { ...maarat, id: 'z' }, area(14)]).map((i) => i.reports)).toEqual([['a'], ['g'], ['z']]);
  });
  // Guards: one incident in the area, or one that fits it better (the same figure), takes it.
  it('joins the one that fits it alone or best', () => {
    expect(link([ariha, area(14)]).map((i) => i.reports)).toEqual([['a', 'g']]);
    expect(link([ariha, maarat, area(17)]).map((i) => i.reports)).toEqual([['a', 'g'], ['m']]);
  });
});

describe('linkReports is deterministic and order-independent', () => {
  const reports: LinkReport[] = [
    { id: 'r1', text: 'قتل 12 مدنيا في غارات روسية على بلدة كفرنبل بريف إدلب الجنوبي.', publishedAt: '2019-05-14' },
    { id: 'r2', text: 'قُتل 14 مدنياً بقصف جوي على كفرنبل.', publishedAt: '2019-05-14' },
    { id: 'r3', text: 'مقتل 12 مدنيا في ريف إدلب الجنوبي.', publishedAt: '2019-05-15' },
    { id: 'r4', text: 'قتل 4 أطفال بقصف على حي الشعار بمدينة حلب.', publishedAt: '2019-05-14' },
    { id: 'r5', text: 'قتل 4 أطفال في حي الشعار.', publishedAt: '2019-05-14' },
    { id: 'r6', text: 'قتل 3 مدنيين بقذائف على مدينة دوما.', publishedAt: '2019-05-13' },
    { id: 'r7', text: 'مقتل 3 مدنيين في دوما بريف دمشق.', publishedAt: '2019-05-14' },
    { id: 'r8', text: 'قتل 2 في مدينة سراقب.', publishedAt: '2019-05-14' },
  ];
  const analyses = new Map(reports.map((r) => [r.id, { id: r.id, analysis: analyze(r.text!), publishedAt: r.publishedAt }]));
  const expected = linkReports([...analyses.values()]);

  it('groups the set as a person would', () => {
    expect(expected.map((i) => i.reports)).toEqual([['r1', 'r2', 'r3'], ['r4', 'r5'], ['r6', 'r7'], ['r8']]);
  });

  it('shuffling the reports gives the same incidents', () => {
    fc.assert(fc.property(fc.shuffledSubarray([...analyses.values()], { minLength: 8, maxLength: 8 }), (shuffled) => {
      expect(linkReports(shuffled)).toEqual(expected);
    }), { numRuns: 50 });
  });
});

describe('linkReports on a dense day: thousands of reports of one governorate and day', () => {
  const town = analyze('قتل 5 مدنيين بغارة روسية على بلدة كفرنبل', { publishedAt: '2019-05-14' });
  const other = analyze('قتل 5 مدنيين بغارة روسية على مدينة سراقب', { publishedAt: '2019-05-14' });
  const countryside = analyze('قتل 5 مدنيين بغارة روسية على ريف إدلب الجنوبي', { publishedAt: '2019-05-14' });
  const reports = Array.from({ length: 600 }, (_, i) => ({
    id: `r${String(i).padStart(4, '0')}`, analysis: [town, other, countryside][i % 3]!, publishedAt: '2019-05-14',
  }));
  const incidents = linkReports(reports);

  it('each incident holds one event per report, all of them fitting each other', () => {
    for (const i of incidents) {
      expect(new Set(i.events.map((e) => e.report)).size).toBe(i.events.length);
      expect(new Set(i.events.map((e) => e.location?.place)).size, i.id).toBeLessThanOrEqual(2);
    }
  });

  it('the towns stay apart, and every report is in one incident', () => {
    expect(incidents.filter((i) => i.events.some((e) => e.location?.place === 'kafranbel')).every((i) => i.events.every((e) => e.location?.place !== 'saraqib'))).toBe(true);
    expect(incidents.flatMap((i) => i.reports).sort()).toEqual(reports.map((r) => r.id));
    expect(incidents.length).toBeLessThan(20);
  });

  it('is order-independent', () => {
    expect(linkReports([...reports].reverse())).toEqual(incidents);
  });
});

describe("an analyzer's linkReports reads with that analyzer", () => {
  const reports: LinkReport[] = [
    { id: 'a', text: 'قتل 6 مدنيين بقصف حوثي على مديرية صرواح غرب مأرب', publishedAt: '2021-03-02' },
    { id: 'b', text: 'مقتل 6 مدنيين في قصف للحوثيين على صرواح أمس', publishedAt: '2021-03-03' },
  ];
  it('links reports of its packs, dated with their publication days', () => {
    const yemen = createCoreAnalyzer({ packs: [yemenPack] });
    expect(yemen.linkReports(reports).map((i) => [i.reports, i.place, i.governorate, i.date])).toEqual([
      [['a', 'b'], 'sirwah', 'marib', { from: '2021-03-02', to: '2021-03-02' }],
    ]);
    // The root reads with the Syria pack: no Yemeni place, nothing to link.
    expect(linkReports(reports).map((i) => i.reports)).toEqual([['a'], ['b']]);
  });
});

describe('linkReports input checks', () => {
  it('rejects what is not a report', () => {
    expect(() => linkReports('x' as unknown as LinkReport[])).toThrow(TypeError);
    expect(() => linkReports([{ id: 'a' }])).toThrow(/needs a text or an analysis/);
    expect(() => linkReports([{ id: 'a', text: 'x' }, { id: 'a', text: 'y' }])).toThrow(/duplicate report id 'a'/);
    expect(() => linkReports([{ id: 'a', text: 'x', publishedAt: 'yesterday' }])).toThrow(/publishedAt/);
    expect(() => linkReports([{ id: 'a', text: 'x', publishedAt: '2019-02-30' }])).toThrow(/publishedAt/);
  });

  it('a figure keeps its publication as given, a Date as its ISO string', () => {
    const [i] = linkReports([
      { id: 'a', text: 'قتل 5 مدنيين بغارة على بلدة كفرنبل', publishedAt: '2019-05-14T18:00:00+03:00' },
      { id: 'b', text: 'مقتل 5 مدنيين بغارة على كفرنبل', publishedAt: new Date(Date.UTC(2019, 4, 14, 20)) },
    ]);
    expect(i!.figures[0]!.figures.map((f) => f.publishedAt)).toEqual(['2019-05-14T18:00:00+03:00', '2019-05-14T20:00:00.000Z']);
  });

  // Options are checked as every function checks them: an object of known keys, each of its type.
  const badOptions: [options: unknown, error: RegExp][] = [
    [{ pubishedAt: '2019-05-14' }, /unknown option 'pubishedAt' \(known: analyze\)/],
    [[], /argument 'options' must be an object, got an array/],
    [null, /argument 'options' must be an object, got null/],
    [{ analyze: null }, /option 'analyze' must be a function, got null/],
    [{ analyze: 'yes' }, /option 'analyze' must be a function/],
  ];
  it.each(badOptions)('rejects options %o', (options, error) => {
    expect(() => linkReports([], options as LinkOptions)).toThrow(error);
  });

  // Publication days are read as `analyze` reads them (one mechanism); an error names the report.
  const publications: [publishedAt: string | Date, day: string | RegExp][] = [
    ['2019-05-14', '2019-05-14'],
    ['2019-05-14T23:30:00+03:00', '2019-05-14'],
    ['2019-05-14Tfoo', '2019-05-14'],
    [new Date(Date.UTC(2019, 4, 14, 10)), '2019-05-14'],
    ['2019-05-14 10:00', /report 'a': publishedAt must be written 'YYYY-MM-DD', got the string "2019-05-14 10:00"/],
    ['14/05/2019', /report 'a'.*publishedAt must be written/],
    [new Date('x'), /report 'a': publishedAt is an invalid Date/],
  ];
  it.each(publications)('publishedAt %s', (publishedAt, day) => {
    const run = () => linkReports([{ id: 'a', text: 'قتل 5 مدنيين أمس بغارة على بلدة كفرنبل', publishedAt }]);
    if (day instanceof RegExp) expect(run).toThrow(day);
    else expect(run()[0]?.date?.to).toBe(isoBefore(day));
  });
});
