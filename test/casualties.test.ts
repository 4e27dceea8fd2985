import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer, extractCasualties, type CasualtyMention } from '../src/index.js';
import { lebanonPack } from '../src/packs/lebanon.js';
import { libyaPack } from '../src/packs/libya.js';
import { families, notCasualties, type ExpectedMention } from './data/casualty-patterns.js';

function check(text: string, got: CasualtyMention[], want: ExpectedMention[]): void {
  const used = new Set<number>();
  for (const w of want) {
    const i = got.findIndex((m, k) => !used.has(k) && m.kind === w.kind && (!w.contains || m.text.includes(w.contains)));
    expect(i, `no ${w.kind} mention${w.contains ? ` containing «${w.contains}»` : ''} in «${text}»: ${JSON.stringify(got.map((m) => [m.kind, m.text]))}`).toBeGreaterThanOrEqual(0);
    used.add(i);
    const m = got[i]!;
    if ('count' in w) expect(m.count, `count of «${m.text}»`).toEqual(w.count);
    if (w.victims) expect(m.victims, `victims of «${m.text}»`).toBe(w.victims);
    if (w.actors) expect(m.actors, `actors of «${m.text}»`).toEqual(w.actors);
    if ('cause' in w) expect(m.cause, `cause of «${m.text}»`).toBe(w.cause);
    if (w.location) expect(m.location?.text, `location of «${m.text}»`).toContain(w.location);
    if (w.source) expect(m.source?.text, `source of «${m.text}»`).toContain(w.source);
    if (w.includes) expect(m.includes.map((g) => ({ victims: g.victims, count: g.count })), `includes of «${m.text}»`).toEqual(w.includes);
    if (w.flags) for (const [flag, on] of Object.entries(w.flags)) expect(Boolean(m[flag as 'zero']), `${flag} of «${m.text}»`).toBe(on);
  }
  expect(got.length, `extra mentions in «${text}»: ${JSON.stringify(got.map((m) => [m.kind, m.text]))}`).toBe(want.length);
}

describe('casualty patterns', () => {
  for (const [family, cases] of Object.entries(families)) {
    describe(family, () => {
      for (const c of cases) {
        it(c.text, () => {
          const got = extractCasualties(c.text, c.options);
          for (const m of got) expect(c.text.slice(m.start, m.end)).toBe(m.text);
          check(c.text, got, c.expect);
        });
      }
    });
  }
});

describe('not casualties', () => {
  for (const { text, why } of notCasualties) {
    it(`${why}: ${text}`, () => expect(extractCasualties(text)).toEqual([]));
  }
});

describe('spans and evidence', () => {
  const text = 'وقال ناشطون إن 12 مدنياً قُتلوا، وأُصيب أكثر من ٢٠ آخرين، جراء غاراتٍ روسية على مدينة أريحا.';
  it('every span and piece of evidence slices the original string', () => {
    const got = extractCasualties(text);
    expect(got.length).toBe(2);
    for (const m of got) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      for (const e of [m.evidence.trigger, m.evidence.count, m.evidence.victims, m.location, m.source, ...m.includes]) {
        if (e) expect(text.slice(e.start, e.end)).toBe(e.text);
      }
    }
    expect(got[1]!.count).toEqual({ min: 20 });
    expect(got[1]!.text.startsWith('أُصيب')).toBe(true); // the conjunction و is outside the span
    expect(got[1]!.evidence.trigger.text).toBe('أُصيب');
    expect(got[1]!.evidence.count?.text).toBe('أكثر من ٢٠');
  });
  it('names the rule that read each mention', () => {
    expect(extractCasualties(text).map((m) => m.rule)).toEqual(['count-verb', 'verb-count']);
  });
});

describe('source and summary', () => {
  it('a closing «بحسب …» sources the sentence', () => {
    const [m] = extractCasualties('قتل 5 مدنيين بغارة روسية على مدينة أريحا، بحسب الدفاع المدني');
    expect(m?.source?.text).toBe('الدفاع المدني');
  });
  it('a body that counts the dead reports them; a toll is no source', () => {
    expect(extractCasualties('وأحصى المرصد السوري مقتل 1200 شخص خلال الشهر الماضي')[0]?.source?.text).toBe('المرصد السوري');
    expect(extractCasualties('وارتفعت حصيلة القتلى إلى 150 قتيلا، بحسب حصيلة جديدة')[0]?.source).toBeNull();
    // …unless its owner follows it, who reports it.
    expect(extractCasualties('وقتل 5 مدنيين في القصف، بحسب حصيلة للمرصد السوري')[0]?.source?.text).toBe('حصيلة للمرصد السوري');
    expect(extractCasualties('وقتل 5 مدنيين في القصف، بحسب عدد من الشهود')[0]?.source?.text).toContain('الشهود');
    expect(extractCasualties('وقتل 5 مدنيين في القصف، بحسب آخر حصيلة لوزارة الصحة')[0]?.source?.text).toBe('حصيلة لوزارة الصحة');
  });
  it('the summary counts sub-groups given by any report of an event', () => {
    const { events, summary } = analyze('مقتل 12 مدنيا بقصف على دوما\nقتل 12 مدنيا، بينهم 3 أطفال، بقصف مدفعي على مدينة دوما.');
    expect(events.length).toBe(1);
    expect(summary.killed).toMatchObject({ total: 12, civilians: 12, children: 3 });
  });
  it('a figure for either of two kinds joined by «أو» counts once, with the injured, never as deaths', () => {
    const { events, summary } = analyze('أسفر القصف عن مقتل أو إصابة 40 شخصا في السوق، وقتل 3 جنود في هجوم على حاجز قريب.');
    expect(events.some((e) => e.figures.killed?.value === 40 && e.figures.injured?.value === 40)).toBe(true);
    expect(summary.killed.total).toBe(3);
    expect(summary.injured).toBe(40);
  });
  it('a rise to a figure with its casualty nouns updates the toll, and the deaths told right after it are among it', () => {
    const rose = analyze('قتل 5 مدنيين في قصف على دوما صباح اليوم. وفي وقت لاحق ارتفعت الحصيلة إلى 9 قتلى و14 جريحا.');
    expect(rose.casualties.map((m) => [m.count?.value, m.rule])).toEqual([[5, 'verb-count'], [9, 'toll'], [14, 'toll']]);
    expect(rose.events.length).toBe(1);
    expect(rose.summary.killed.total).toBe(9);
    const by = analyze('قتل 5 مدنيين في قصف على دوما صباح اليوم. وارتفع عدد القتلى إلى 9 بعد وفاة 4 جرحى متأثرين بجراحهم.');
    expect(by.events.length).toBe(1);
    expect(by.summary.killed.total).toBe(9);
    // Guard: deaths further on in the sentence of a rise are an incident of their own, unless told as what it rose by.
    const apart = analyze('ارتفعت حصيلة القتلى في قحزة إلى 10 شهداء و13 جريحا، كما أسفر القصف في صعدة عن مقتل شخصين في عزلة الشعف.');
    expect(apart.summary.killed.total).toBe(12);
    expect(analyze('ارتفعت حصيلة قتلى القصف على دوما إلى 25 قتيلا، كما قتل 3 مدنيين في درعا').summary.killed.total).toBe(28);
    expect(analyze('ارتفع عدد قتلى قوات النظام إلى 30 قتيلا، فيما قتل 5 من مقاتلي الفصائل').summary.killed.total).toBe(35);
  });
  // The summary's deaths, as data: the same report told twice is one incident, another incident is not.
  const totals: [why: string, text: string, total: number][] = [
    ['a headline figure and the body\'s same figure as a bound are one report', 'مقتل 9 مدنيين بقصف على دوما\n\nقتل 9 مدنيين على الأقل بقصف على مدينة دوما.', 9],
    ['an earlier report the toll has replaced is no second incident', 'قتل 104 أشخاص في هجوم على بلدة كفرنبل. وكانت حصيلة أولية قد تحدثت عن مقتل 55 شخصا.', 104],
    ['…told «في وقت سابق»', 'ارتفعت حصيلة التفجير في مدينة حمص إلى 32 قتيلا. وكانت مصادر طبية قد أفادت في وقت سابق بمقتل 28 شخصا.', 32],
    // Guards.
    ['another place\'s same figure is another incident', 'قتل 9 مدنيين بقصف على دوما، وقتل 9 آخرون على الأقل بقصف على درعا.', 18],
    ['so is one told as another incident', 'قتل 9 مدنيين على الأقل في قصف على سراقب. وفي حادث آخر قتل 9 مدنيين بقصف على سراقب أيضا صباح أمس.', 18],
    ['an earlier event is no earlier report', 'قتل 6 مدنيين بانفجار في مدينة حمص. وفي وقت سابق، قتل رجل ووالده برصاص مجهولين في المدينة.', 8],
    ['nor a larger figure a replaced one', 'قتل 6 مدنيين في قصف على حمص. وكانت قوات النظام قد قتلت 4 مدنيين في قصف على المدينة أمس.', 10],
    ['nor a figure told with a time of its own', 'قتل 12 مدنيا بقصف على بلدة كفرنبل. وكانت مصادر محلية قد أفادت بمقتل 7 مدنيين في قصف مماثل على البلدة الشهر الماضي.', 19],
    ['nor one told with a weapon of its own', 'قتل 12 مدنيا بغارات روسية على مدينة أريحا. وفي وقت سابق، قال الدفاع المدني إن 4 مدنيين قتلوا بقصف مدفعي على مدينة أريحا صباحا.', 16],
    ['a rise told with its time before «إلى» updates the toll', 'قتل 25 مدنيا أمس في قصف على دوما، وارتفعت الحصيلة اليوم إلى 32.', 32],
    ['…with its time between commas', 'قتل 25 مدنيا أمس في قصف على دوما، وارتفعت الحصيلة، اليوم الأحد، إلى 32 قتيلا.', 32],
    ['…or «لاحقاً» or «حتى الآن»', 'قتل 25 مدنيا أمس في قصف على دوما، وارتفعت الحصيلة حتى الآن إلى 32 قتيلا.', 32],
    ['the deaths a rise is by are among it, past the rise\'s injured', 'ارتفعت حصيلة ضحايا الغارات الروسية على سوق مدينة أريحا إلى 18 قتيلا و30 جريحا، بعد وفاة 6 مصابين متأثرين بجراحهم.', 18],
    ['…the injured told first, or a third kind between', 'ارتفعت حصيلة القصف على مدينة أريحا إلى 30 جريحا و18 قتيلا و5 مفقودين، بعد وفاة 6 مصابين.', 18],
    ['…with a time before the rise', 'قتل 12 مدنيا في غارة على بلدة كفرنبل. وارتفعت الحصيلة اليوم إلى 15 قتيلا و20 جريحا بعد وفاة 3 من المصابين.', 15],
    ['…with its figure in words and its noun', 'قتل 25 مدنيا أمس في قصف على دوما، وارتفعت الحصيلة صباح اليوم إلى اثنين وثلاثين قتيلا.', 32],
    ['a figure told again in a place the gazetteer nests in the first is one report', 'مقتل 15 مدنيا بقصف على مدينة حلب\n\nقتل 15 مدنيا في قصف على حي الفردوس.', 15],
    // Guards: others of the kind told before are more; another class or cause in a nested place is another incident.
    ['others of the kind told before are more victims', 'قتل 20 مدنيا في قصف على مدينة دوما. وقتل 20 آخرون في غارات على الغوطة الشرقية.', 40],
    ['a nested place with another class and cause is another incident', 'قتل 10 مدنيين في غارة روسية على مدينة سراقب. وقتل 10 عناصر من هيئة تحرير الشام في اشتباكات بمحافظة إدلب.', 20],
    // Guard: small figures coincide between the villages of a governorate.
    ['two deaths in a governorate and two in one of its towns are two incidents', 'قتل مدنيان في قصف على محافظة إدلب. وقتل مدنيان بقصف على بلدة سرمين.', 4],
    // A running total is no incident's toll, nor a rise of one.
    ['a total since the war began is no toll of the day', 'قتل 45 مدنيا في غارات على مدينة دوما، ليرتفع عدد القتلى منذ بدء الحرب إلى 4005 قتلى.', 45],
    ['nor one since a day of a month', 'قتل 18 شخصا في قصف على مدينة حلب اليوم، فيما بلغ عدد القتلى منذ العاشر من أيار أكثر من 700 قتيل.', 18],
    ['nor a toll called cumulative', 'قتل 3 مدنيين بقصف على دوما. وبلغت الحصيلة التراكمية للضحايا في الغوطة 3189 قتيلا.', 3],
    ['nor one of the months past', 'قتل 7 مدنيين بقصف على بلدة سرمين أمس. ووثق المرصد مقتل 250 مدنيا في إدلب خلال الشهر الماضي.', 7],
    ['a total named by its source is still a running total', 'قتل 300 شخص بحسب حصيلة المرصد منذ بداية العام في درعا.', 0],
    ['two kinds joined before the period are both running totals', 'قتل 3 مدنيين وأصيب 5 آخرون في درعا منذ مطلع الشهر الجاري.', 0],
    ['a running total told past a comma with its own verb is its own', 'قتل 7 أشخاص في غارة على مدينة دوما اليوم، وقتل منذ بداية الحرب أكثر من 150 ألف شخص.', 7],
    // Guards: a period that dates something else makes no running total.
    ['an attack the first since a month is one incident', 'قتل 12 شخصا في هجوم على فندق في مدينة إدلب أمس، في أول هجوم على المدينة منذ آذار.', 12],
    ['so is a strike on a quarter besieged since a month', 'قتل 5 مدنيين في قصف على حي الوعر المحاصر منذ تشرين الأول.', 5],
    ['so is one told «خلال» an attack in a month', 'قتل 12 شخصا خلال هجوم في تشرين الأول الماضي على بلدة سراقب.', 12],
  ];
  it.each(totals)('summary: %s', (_, text, total) => expect(analyze(text).summary.killed.total).toBe(total));
  it('a dateline is where the report was filed, not the place of the casualties', () => {
    const text = 'استشهاد 3 مسعفين في غارة إسرائيلية على الجنوب\n\nبيروت - الوكالة الوطنية للإعلام\n\nاستشهد 3 مسعفين في غارة على بلدة الناقورة';
    const { casualties, events } = createAnalyzer({ packs: [lebanonPack] }).analyze(text);
    expect(casualties.map((m) => m.location?.text ?? null)).toEqual([null, 'بلدة الناقورة']);
    expect(events.length).toBe(1);
    // The agency in brackets may stand before the dash.
    const reuters = 'طرابلس (رويترز) - قالت الحكومة إن 44 مهاجرا على الأقل قتلوا وأصيب أكثر من 130 آخرين في غارة جوية استهدفت مركز إيواء للمهاجرين في ضاحية تاجوراء شرقي طرابلس.';
    expect(createAnalyzer({ packs: [libyaPack] }).extractCasualties(reuters)[0]?.location?.text).toContain('تاجوراء');
    // Guard: a place that heads its line before a colon is the story's place.
    expect(extractCasualties('إدلب: مقتل 5 مدنيين بقصف روسي')[0]?.location?.text).toBe('إدلب');
  });
  it('a running total is an event of its own, flagged and dated by its own clause; the summary keeps it apart', () => {
    const text = 'قتل 45 مدنيا أمس في غارات على مدينة دوما، ليرتفع عدد القتلى منذ السابع من أيار إلى 4005 قتلى.';
    const { casualties, events, summary } = analyze(text, { publishedAt: '2024-08-15' });
    expect(casualties.map((m) => m.cumulative)).toEqual([undefined, true]);
    expect(events.map((e) => [e.figures.killed, e.cumulative, e.date?.text])).toEqual([
      [{ value: 45 }, undefined, 'أمس'],
      [{ value: 4005 }, true, 'منذ السابع من أيار'],
    ]);
    expect(summary).toMatchObject({ killed: { total: 45 }, cumulative: { killed: 4005, injured: 0 }, events: 2 });
    expect(summary.location?.text).toBe('مدينة دوما');
    // An article of running totals alone has them as its main event, and no incident's deaths.
    const alone = analyze('وبلغت الحصيلة التراكمية للضحايا في الغوطة 3189 قتيلا و14078 جريحا.').summary;
    expect(alone).toMatchObject({ killed: { total: 0 }, injured: 0, cumulative: { killed: 3189, injured: 14078 }, events: 1 });
    expect(analyze('قتل 3 مدنيين بقصف على دوما').summary.cumulative).toBeNull();
  });
  it('an incident is not dated by a span «منذ» opens over months', () => {
    const { events } = analyze('قتل 5 مدنيين في قصف على حي الوعر المحاصر منذ تشرين الأول.', { publishedAt: '2024-05-10' });
    expect(events.map((e) => e.date)).toEqual([null]);
  });
  it('an article of no deaths has its first incident as its main event', () => {
    const { summary } = analyze('أصيب 5 مدنيين في قصف على مدينة إدلب أمس. ووثق المرصد إصابة 300 مدني في إدلب منذ مطلع العام.', { publishedAt: '2024-05-10' });
    expect([summary.location?.text, summary.date?.from, summary.cause, summary.injured]).toEqual(['مدينة إدلب', '2024-05-09', 'shelling', 5]);
    expect(analyze('اعتقلت قوات النظام 20 شابا في مدينة دوما.').summary.actors).toEqual(['syrian-government']);
  });
  it('the sub-groups of a group of their own class are among its figure', () => {
    expect(analyze('قتل 10 أطفال بينهم 4 طفلات في غارة على دوما.').summary.killed).toMatchObject({ total: 10, children: 10, civilians: 10 });
  });
  it('the summary counts the sub-groups of a group of no class by their class', () => {
    expect(analyze('قتل 6 جنود ومدنيان في هجوم على حاجز.').summary.killed).toMatchObject({ total: 8, civilians: 2, nonCivilians: 6, unspecified: 0 });
    expect(analyze('استشهد 100 شخص بينهم 45 طفلا و30 امرأة في قصف على دوما').summary.killed).toMatchObject({ total: 100, civilians: 75, children: 45, women: 30, unspecified: 25 });
    // A report's sub-groups never count more than its figure.
    expect(analyze('قتل 5 أشخاص بينهم 4 أطفال و3 نساء في قصف على دوما').summary.killed).toMatchObject({ total: 5, civilians: 5, unspecified: 0 });
  });
  it('the summary counts the women and children a joined group names («مقتل امرأة وطفلين»)', () => {
    expect(analyze('ما أدى إلى مقتل امرأة وطفلين في قصف على الحي').summary.killed).toMatchObject({ total: 3, civilians: 3, women: 1, children: 2 });
  });
  it('a figure for the killed and the injured together counts once, with the injured', () => {
    const { summary } = analyze('سقط 20 قتيلا وجريحا في قصف على مدينة إدلب، وقتل 3 جنود في هجوم على حاجز قريب.');
    expect(summary.killed.total).toBe(3);
    expect(summary.injured).toBe(20);
    // Guard: the dead told on their own beside it still count; its sub-groups may be of the injured.
    expect(analyze('استشهد 20 مواطنا، وأصيب العشرات بجروح، وهو ما رفع حصيلة الشهداء والجرحى إلى 300').summary.killed.total).toBe(20);
    expect(analyze('مقتل وإصابة 15 شخصا بينهم 4 أطفال في القصف').summary.killed).toMatchObject({ total: 0, children: 0 });
  });
  it('a statement that is no fact, shown with includeNonFacts, makes no event and counts in no summary', () => {
    const { casualties, events, summary } = analyze('نفت الوزارة مقتل 12 مدنيا في الغارة، وقالت إن 3 مسلحين قتلوا فيها', { includeNonFacts: true });
    expect(casualties.map((m) => [m.count?.value, m.denied ?? false])).toEqual([[12, true], [3, false]]);
    expect(events.length).toBe(1);
    expect(summary.killed.total).toBe(3);
  });

  it('the executed died: the summary counts them among the deaths, by class, and on their own', () => {
    const { events, summary } = analyze('أعدم تنظيم داعش 12 مدنيا بينهم 3 أطفال في ريف دير الزور، وقتل 4 جنود في هجوم على حاجز.');
    expect(events.flatMap((e) => Object.keys(e.figures)).sort()).toEqual(['executed', 'killed']);
    expect(summary.killed).toEqual({ total: 16, civilians: 12, children: 3, women: 0, nonCivilians: 4, unspecified: 0, executed: 12 });
  });
  it('an article about executions alone has them as its main event and its deaths', () => {
    const { summary } = analyze('أصيب 3 مدنيين بقصف على بلدة الهبيط.\nوأعدم تنظيم داعش 9 أشخاص رميا بالرصاص في مدينة الميادين.');
    expect(summary.killed).toMatchObject({ total: 9, unspecified: 9, executed: 9 });
    expect(summary.actors).toEqual(['isis']);
    expect(summary.location?.text).toContain('الميادين');
  });
  it('an event told only in the pluperfect takes no date from the sentence before or the lead', () => {
    const text = 'قتل 4 مدنيين اليوم في بلدة سرمين. وكانت غارات روسية قد قتلت 12 مدنيا في مدينة معرة النعمان.';
    expect(analyze(text, { publishedAt: '2024-03-13' }).events.map((e) => e.date?.from ?? null)).toEqual(['2024-03-13', null]);
    // A report in the pluperfect may tell the story's own event.
    // Figure first, «قد» after it; a definite weapon between «كان» and «قد» points back at the strike told.
    const counted = 'قتل 4 مدنيين اليوم في بلدة سرمين. وكان 3 مدنيين قد قتلوا في قصف على مدينة معرة النعمان.';
    expect(analyze(counted, { publishedAt: '2024-03-13' }).events.map((e) => e.date?.from ?? null)).toEqual(['2024-03-13', null]);
    // In one sentence, each clause's event takes its own date; the earlier event's lends the other none.
    const clauses = 'قتل 4 جنود في هجوم أمس، وكان 6 جنود قد قتلوا في هجوم مماثل الشهر الماضي.';
    expect(analyze(clauses, { publishedAt: '2024-03-13' }).events.map((e) => e.date?.text ?? null)).toEqual(['أمس', 'الشهر الماضي']);
    const own = 'قتل 5 مدنيين في قصف على بلدة كفرنبل، وكانت غارات روسية قد قتلت 35 مدنيا في البلدة الشهر الماضي.';
    expect(analyze(own, { publishedAt: '2024-03-13' }).events.map((e) => e.date?.text ?? null)).toEqual([null, 'الشهر الماضي']);
    const back = 'شنت الطائرات غارات على البلدة يوم السبت. وكانت الغارة قد أسفرت عن مقتل 5 مدنيين.';
    expect(analyze(back, { publishedAt: '2024-03-13' }).events.map((e) => e.date?.from ?? null)).toEqual(['2024-03-09']);
    const reported = 'قتل 4 مدنيين اليوم في بلدة سرمين. وكانت قناة محلية قد ذكرت أن 12 مدنيا قتلوا في مدينة معرة النعمان.';
    expect(analyze(reported, { publishedAt: '2024-03-13' }).events.map((e) => e.date?.from ?? null)).toEqual(['2024-03-13', '2024-03-13']);
  });
  it("an event's place is its reports' narrowest: a town the body names inside the headline's area", () => {
    const headline = 'مقتل 5 مدنيين بقصف على ريف إدلب\nقتل خمسة مدنيين صباح اليوم بقصف مدفعي على بلدة سرمين في ريف إدلب الشرقي';
    const { events, summary } = analyze(headline);
    expect(events.map((e) => [e.mentions, e.location?.place])).toEqual([[[0, 1], 'sarmin']]);
    expect(summary.location?.place).toBe('sarmin');
    // The city a countryside is named after is not in it: the first report's area stays.
    const city = analyze('مقتل 3 مدنيين بقصف على ريف حلب\nوقتل 3 مدنيين بقصف على مدينة حلب');
    expect(city.events.map((e) => e.location?.place)).toEqual(['aleppo-countryside']);
  });
});

describe('options and input', () => {
  it('a text that opens with a word of affiliation reads (a vehicle before it was looked for at -1)', () => {
    expect(extractCasualties('تابع طيران الأسد إلقاء البراميل على مدينة داريا ما أدى إلى سقوط ضحايا وجرحى.').map((m) => m.kind)).toEqual(['killed', 'injured']);
  });
  it('rejects non-strings and unknown options with clear errors', () => {
    expect(() => extractCasualties(42 as unknown as string)).toThrow(/argument 'text' must be a string/);
    expect(() => extractCasualties('قتل 5', { foo: true } as never)).toThrow(/unknown option 'foo'/);
    expect(() => extractCasualties('قتل 5', { includeNonFacts: 'yes' } as never)).toThrow(/must be a boolean/);
  });
  it('non-facts are left out by default and flagged on request', () => {
    const text = 'نفت وزارة الدفاع مقتل مدنيين في الغارة';
    expect(extractCasualties(text)).toEqual([]);
    expect(extractCasualties(text, { includeNonFacts: true })[0]?.denied).toBe(true);
  });
  it('long runs of names, kin and conjunctions are read without deep recursion', () => {
    // A coordination is summed in a bounded loop: thousands of «و» never deepen the stack.
    for (const unit of ['محمد و ', 'رجل وزوجته و', 'سامر علي (20 عاما) و']) {
      const text = `قتل ${unit.repeat(20000)}`;
      expect(() => extractCasualties(text)).not.toThrow();
    }
  });
  it('an analyzer with an added lexicon reads the same way', () => {
    const yemen = createAnalyzer({
      lexicons: [{ id: 'yemen', actors: [{ id: 'houthis', labels: { ar: 'الحوثيون', en: 'Houthis' }, forms: ['الحوثيون', 'جماعة الحوثي'] }] }],
    });
    const [m] = yemen.extractCasualties('قتل 4 مدنيين بقصف مدفعي لجماعة الحوثي على مدينة تعز');
    expect(m?.actors).toEqual(['houthis']);
    expect(m?.count).toEqual({ value: 4 });
    expect(m?.cause).toBe('shelling');
  });
});
