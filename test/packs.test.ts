import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packJson } from '../scripts/pack-json.mjs';
import { createAnalyzer } from '../src/analyzer.js';
import { createAnalyzer as createCoreAnalyzer } from '../src/core.js';
import { guessCategory } from '../src/lexicon/category.js';
import { actorCategory, actorLineage, compileLexicons, placeLineage } from '../src/lexicon/compile.js';
import { defineLexicon, LexiconError } from '../src/lexicon/define.js';
import { matchText } from '../src/lexicon/match.js';
import type { LexiconData } from '../src/lexicon/types.js';
import { coreLexicon } from '../src/lexicons/core/index.js';
import { PACKS } from '../src/cli/packs.js';
import { ORGANIZATION_FORMS, regionalActors } from '../src/lexicons/regional/actors.js';
import { PACK_CASES } from './data/pack-cases.js';

const json = (id: string) => JSON.parse(readFileSync(new URL(`../packs/${id}.json`, import.meta.url), 'utf8')) as LexiconData;
// Exactly how the shared scorer reads a country: one lexicon, the pack's JSON.
const scorerAnalyzer = (id: string) => createAnalyzer({ lexicons: [defineLexicon(json(id))] });

// The actor ids of the shared corpus (../shared/corpus/real/check.py, ACTORS), per country.
const CORPUS_ACTORS: Readonly<Record<string, readonly string[]>> = {
  syria: ['syrian-government', 'russia', 'international-coalition', 'usa', 'isis', 'sdf', 'opposition', 'nusra', 'turkey', 'iran-backed', 'hezbollah', 'israel'],
  yemen: ['houthis', 'saudi-coalition', 'yemen-government', 'aqap', 'usa'],
  iraq: ['isis', 'iraqi-forces', 'pmf', 'usa', 'turkey', 'armed-groups'],
  libya: ['lna-haftar', 'gna', 'isis', 'armed-groups'],
  sudan: ['rsf', 'sudan-army', 'armed-groups'],
  palestine: ['israel', 'palestinian-factions'],
  lebanon: ['israel', 'hezbollah'],
  somalia: ['al-shabaab', 'somali-forces', 'usa'],
};

describe('conflict packs read their country', () => {
  it.each(PACK_CASES.map((c) => [c.pack, c.text, c] as const))('%s: «%s»', (pack, text, c) => {
    for (const analyzer of [scorerAnalyzer(pack), createAnalyzer({ packs: [PACKS[pack]!] })]) {
      expect(analyzer.findActors(text).map((m) => m.actor)).toEqual(c.actors);
      expect(analyzer.extractCasualties(text).map((m) => m.actors)).toEqual(c.casualties);
    }
  });

  it('a Yemen analyzer from the pack alone tags the Saudi-led coalition, and nothing Syrian', () => {
    const yemen = scorerAnalyzer('yemen');
    expect(yemen.findActors('غارات طيران التحالف بقيادة السعودية على صعدة').map((m) => m.actor)).toEqual(['saudi-coalition']);
    expect(yemen.lexicons.map((l) => l.id)).toEqual(['core', 'yemen']);
    // Syrian names mean nothing to it; the language still reads.
    const syrian = 'قتل خمسة مدنيين بقصف لقوات النظام وقسد وهيئة تحرير الشام على دوما';
    expect(yemen.findActors(syrian)).toEqual([]);
    expect(yemen.extractCasualties(syrian).map((m) => [m.text, m.actors])).toEqual([['قتل خمسة مدنيين', []]]);
  });

  it.each(Object.keys(PACKS).filter((id) => id !== 'syria'))('%s read alone names nothing Syrian', (id) => {
    const syrian = 'قتل خمسة مدنيين بقصف لقوات النظام وقسد وهيئة تحرير الشام والطيران الروسي على دوما';
    const analyzer = scorerAnalyzer(id);
    // «الطيران» is the language, not a Syrian name; «الروسي» names an owner the pack does not know, so not even the
    // pack's own default for warplanes stands for it: unresolved (actor null).
    expect(analyzer.findActors(syrian).map((m) => m.actor)).toEqual([null]);
    expect(analyzer.extractCasualties(syrian).map((m) => m.actors)).toEqual([[]]);
  });

  it('a bare noun the text gives no owner stands for the pack default, reported as assumed', () => {
    const sudan = scorerAnalyzer('sudan');
    const [warplanes] = sudan.findActors('قصف الطيران الحربي سوقا في مدينة نيالا');
    expect(warplanes).toMatchObject({ text: 'الطيران الحربي', actor: 'sudan-army', anaphoric: true, assumed: true });
    // Both sides fly drones: no default.
    expect(sudan.findActors('قصفت طائرة مسيرة سوقا في مدينة نيالا').map((m) => m.actor)).toEqual([null]);
    // A named owner, here or earlier in the article, wins over the default.
    expect(sudan.findActors('قصف الطيران الحربي للدعم السريع سوقا').map((m) => m.actor)).toEqual(['rsf']);
    const later = 'شن الطيران الأمريكي غارات على ميناء الحديدة. وعاد الصيادون إلى قواربهم. ونفذ الطيران الحربي غارة ثانية على الميناء.';
    expect(scorerAnalyzer('yemen').findActors(later).map((m) => [m.actor, m.actorContext])).toEqual([['usa', undefined], [null, ['usa']]]);
  });

  it('no default where the text names an owner the pack does not know, a possessive, or an armed speaker', () => {
    const yemen = scorerAnalyzer('yemen');
    // A nationality adjective the pack has no actor for still names an owner, here and for the same noun after it.
    expect(yemen.findActors('شنت طائرات إسرائيلية غارات على ميناء الحديدة').map((m) => m.actor)).toEqual([null]);
    const israeli = 'شن الطيران الإسرائيلي غارات على ميناء الحديدة، وقتل 6 عمال في غارات الطيران الحربي';
    expect(yemen.extractCasualties(israeli).map((m) => m.actors)).toEqual([[]]);
    // Descriptive nisba adjectives name no owner.
    expect(yemen.findActors('قصفت الطائرات الحربية المعادية سوقا في صعدة').map((m) => m.assumed)).toEqual([true]);
    // «طائراته» is the quoted army's, and the article has then named the owner of warplanes.
    const usa = 'أعلن الجيش الأمريكي أن طائراته قصفت مواقع في صعدة. وقال إن الطيران الحربي قتل 4 مسلحين';
    expect(yemen.findActors(usa).map((m) => m.actor)).toEqual(['usa', 'usa', null, null]);
    // An armed actor speaking may tell of its own drones; a medium reports others' strikes.
    expect(scorerAnalyzer('palestine').findActors('أعلنت سرايا القدس أنها أطلقت طائرة مسيرة نحو موقع عسكري').map((m) => m.actor)).toEqual(['palestinian-factions', null]);
    // No Israeli default for the drone: the movement tells of its own strike on soldiers.
    const hezbollah = 'قال حزب الله إن مسيرة انقضاضية استهدفت موقعا عسكريا في الجليل، ما أدى إلى إصابة 3 جنود';
    expect(scorerAnalyzer('lebanon').extractCasualties(hezbollah).map((m) => m.actors)).toEqual([['hezbollah']]);
    const saba = 'أفادت وكالة سبأ التابعة للحوثيين بأن الطيران الحربي شن غارات على صعدة أدت إلى مقتل 5 مدنيين';
    expect(yemen.extractCasualties(saba).map((m) => m.actors)).toEqual([['saudi-coalition']]);
  });

  it('no default where «من» and a noun group after the bare noun say whose it is', () => {
    const somalia = scorerAnalyzer('somalia');
    const clan = 'اقتحم مسلحون من إحدى العشائر قرية قرب بلدوين وقتلوا 6 رعاة';
    expect(somalia.extractCasualties(clan).map((m) => m.actors)).toEqual([[]]);
    expect(somalia.findActors('أغار مسلحون من المهربين على نقطة تفتيش قرب الحدود').map((m) => m.actor)).toEqual([null]);
    // Bare, the noun still takes the pack's default; a known side after «من» names it.
    expect(somalia.extractCasualties('هاجم مسلحون قاعدة عسكرية في شبيلي السفلى وقتلوا 4 جنود').map((m) => m.actors)).toEqual([['al-shabaab']]);
    expect(somalia.extractCasualties('هاجم مسلحون من حركة الشباب قاعدة عسكرية وقتلوا 4 جنود').map((m) => m.actors)).toEqual([['al-shabaab']]);
  });

  it('with several packs no pack default holds: the text may be about any of their wars', () => {
    const both = createAnalyzer({ packs: [PACKS.yemen!, PACKS.sudan!] });
    expect(both.extractCasualties('قتل 12 مدنيا في قصف للطيران الحربي على سوق مدينة نيالا.').map((m) => m.actors)).toEqual([[]]);
    expect(both.findActors('قصف الطيران الحربي سوقا في صعدة').map((m) => m.actor)).toEqual([null]);
    // A lexicon of the user's own keeps its default next to several packs.
    const mine = defineLexicon({ id: 'mine', actors: [{ id: 'a', labels: { ar: 'س', en: 'a' }, forms: ['قوات الشمال'], defaultFor: ['aircraft'] }] });
    expect(createAnalyzer({ packs: [PACKS.yemen!, PACKS.sudan!], lexicons: [mine] }).findActors('قصف الطيران الحربي سوقا').map((m) => m.actor)).toEqual(['a']);
  });

  it('a default names an actor noun the analyzer knows, one actor per noun', () => {
    const actor = { id: 'a', labels: { ar: 'س', en: 'a' }, forms: ['قوات الشمال'], defaultFor: ['warplanes'] };
    expect(() => createAnalyzer({ lexicons: [defineLexicon({ id: 'mine', actors: [actor] })] })).toThrow(/lexicon 'mine': actors 'a': defaultFor names no actor noun 'warplanes'/);
    // A later lexicon's default replaces the pack's.
    const mine = defineLexicon({ id: 'mine', actors: [{ ...actor, defaultFor: ['aircraft'] }] });
    const analyzer = createAnalyzer({ packs: [PACKS.sudan!], lexicons: [mine] });
    expect(analyzer.findActors('قصف الطيران الحربي سوقا').map((m) => m.actor)).toEqual(['a']);
  });

  it('the actors several conflicts share have one source, which packs extend', () => {
    for (const shared of regionalActors) {
      for (const pack of Object.values(PACKS)) {
        const own = pack.actors?.find((a) => a.id === shared.id);
        // Yemen's «التنظيم» is whichever organization the text named: a pack may leave those forms to the context.
        if (own) expect(own.forms).toEqual(expect.arrayContaining(shared.forms.filter((f) => !ORGANIZATION_FORMS.includes(f))));
      }
    }
    // The bare occupation words are Israel's only where Israel occupies: Syrian news says «الاحتلال الروسي».
    const israel = (id: string) => PACKS[id]!.actors!.find((a) => a.id === 'israel')!.forms;
    expect(israel('palestine')).toContain('قوات الاحتلال');
    expect(israel('lebanon')).toContain('الاحتلال');
    expect(israel('syria')).not.toContain('الاحتلال');
  });

  // Beyond the corpus's ids, a pack may name a regional actor the corpus leaves out there (ISIS in Yemen).
  it.each(Object.keys(PACKS))('%s names its actors with the corpus ids (sub-units by isA) or regional ones, each with a category', (id) => {
    const compiled = compileLexicons([coreLexicon, PACKS[id]!]);
    const regional = new Set(regionalActors.map((a) => a.id));
    const roots = PACKS[id]!.actors!.map((a) => actorLineage(compiled, a.id).find((at) => CORPUS_ACTORS[id]!.includes(at)) ?? (regional.has(a.id) ? 'regional' : a.id));
    expect(new Set(roots.filter((r) => r !== 'regional'))).toEqual(new Set(CORPUS_ACTORS[id]));
    for (const a of PACKS[id]!.actors!) expect(actorCategory(compiled, a.id)).toBeTruthy();
  });

  const check = new URL('../../shared/corpus/real/check.py', import.meta.url);
  it.skipIf(!existsSync(check))('the corpus ids above are those of ../shared/corpus/real/check.py (skipped when ../shared is absent)', () => {
    const text = readFileSync(check, 'utf8');
    for (const [country, ids] of Object.entries(CORPUS_ACTORS)) {
      const line = new RegExp(`'${country}': \\{([^}]*)\\}`, 'u').exec(text)?.[1] ?? '';
      expect([...line.matchAll(/'([^']+)'/gu)].map((m) => m[1]).sort()).toEqual([...ids].sort());
    }
  });

  it.each(Object.keys(PACKS))('%s: governorates are in the country, and every place reaches the country', (id) => {
    const compiled = compileLexicons([PACKS[id]!]);
    const places = PACKS[id]!.places!;
    const governorates = places.filter((p) => p.type === 'governorate');
    expect(governorates.length).toBeGreaterThan(3);
    // In the country, or in a region of it that holds several governorates (the Gaza Strip, South Lebanon).
    for (const g of governorates) expect(placeLineage(compiled, g.id).slice(1).map((at) => compiled.entries.places.get(at)?.type)).toEqual(expect.arrayContaining(['country']));
    for (const g of governorates) expect(placeLineage(compiled, g.id).slice(1, -1).every((at) => compiled.entries.places.get(at)?.type === 'region')).toBe(true);
    for (const g of governorates) expect(placeLineage(compiled, g.id).at(-1)).toBe(id);
    // Every place reaches a country (the pack's, or a neighbour the pack names).
    for (const p of places) expect(compiled.entries.places.get(placeLineage(compiled, p.id).at(-1)!)?.type).toBe('country');
    // Towns sit in a governorate.
    for (const p of places.filter((x) => x.type === 'town')) {
      expect(placeLineage(compiled, p.id).some((at) => compiled.entries.places.get(at)?.type === 'governorate')).toBe(true);
    }
  });

  it.each(Object.keys(PACKS))('packs/%s.json is current (regenerate with `node scripts/packs.mjs`)', (id) => {
    expect(readFileSync(new URL(`../packs/${id}.json`, import.meta.url), 'utf8')).toBe(packJson(PACKS[id]));
  });
});

describe('choosing packs', () => {
  const text = 'قتل ثلاثة مدنيين بقصف لقوات النظام';
  const mine: LexiconData = { id: 'mine', actors: [{ id: 'x', labels: { ar: 'س', en: 'x' }, forms: ['جماعة سين'] }] };

  it('the root reads with the core and the Syria pack', () => {
    expect(createAnalyzer().lexicons.map((l) => l.id)).toEqual(['core', 'syria']);
    expect(createAnalyzer().extractCasualties(text)[0]?.actors).toEqual(['syrian-government']);
  });

  it('a lexicon without a country adds to the default pack, as before; one with a country replaces it', () => {
    expect(createAnalyzer({ lexicons: [mine] }).lexicons.map((l) => l.id)).toEqual(['core', 'syria', 'mine']);
    expect(createAnalyzer({ lexicons: [{ ...mine, country: 'x' }] }).lexicons.map((l) => l.id)).toEqual(['core', 'mine']);
  });

  it('`packs` chooses the packs; `builtin: false` leaves the default out and keeps the language; `core: false` drops the core', () => {
    expect(createAnalyzer({ packs: [PACKS.sudan!, PACKS.yemen!] }).lexicons.map((l) => l.id)).toEqual(['core', 'sudan', 'yemen']);
    const bare = createAnalyzer({ lexicons: [mine], builtin: false });
    expect(bare.lexicons.map((l) => l.id)).toEqual(['core', 'mine']);
    expect(bare.extractCasualties('قتل ثلاثة مدنيين بقصف لجماعة سين')[0]?.actors).toEqual(['x']);
    expect(createAnalyzer({ lexicons: [mine], builtin: false, core: false }).extractCasualties(text)).toEqual([]);
  });

  it('hasila/core has no default pack', () => {
    expect(createCoreAnalyzer().lexicons.map((l) => l.id)).toEqual(['core']);
    expect(createCoreAnalyzer().findActors(text)).toEqual([]);
    expect(createCoreAnalyzer({ packs: [json('lebanon')] }).findActors('غارة إسرائيلية على النبطية')[0]?.actor).toBe('israel');
  });

  it('a pack entry wins over a core entry sharing a form', () => {
    // The core's generic «وزارة الصحة» is a health ministry; a pack may read it as its own body.
    const pack = { id: 'p', country: 'p', sources: [{ id: 'gaza-moh', labels: { ar: 'و', en: 'w' }, forms: ['وزارة الصحة'] }] };
    const [m] = matchText(compileLexicons([coreLexicon, defineLexicon(pack)]), 'وزارة الصحة', ['sources']);
    expect(m?.id).toBe('gaza-moh');
  });

  it('rejects malformed options', () => {
    expect(() => createAnalyzer({ packs: 'yemen' as never })).toThrow(TypeError);
    expect(() => createAnalyzer({ core: 1 as never })).toThrow(TypeError);
    expect(() => createAnalyzer({ packs: [{ id: 'p', country: '' }] })).toThrow(LexiconError);
    // A misspelt option, and a pack named as the command line names it, are errors that say what was wanted.
    expect(() => createAnalyzer({ lexicon: [] } as never)).toThrow(/unknown option 'lexicon' \(known: packs, lexicons, builtin, core\)/);
    expect(() => createAnalyzer({ packs: ['yemen'] } as never)).toThrow(/options\.packs\[0\] must be lexicon data \(an object\), got the string "yemen" \(a pack is data to import, e\.g\. import \{ yemenPack \}/);
  });
});

describe('actor categories for users', () => {
  const cases: readonly [string[], string | undefined][] = [
    [['الحوثيون', 'ميليشيا الحوثي'], 'armed-group'],
    [['الجيش الصومالي'], 'government'],
    [['قوات التحالف العربي'], 'international-coalition'],
    [['عصابات داعش'], 'isis'],
    [['حركة الشباب'], 'armed-group'],
    [['فلان الفلاني'], undefined],
  ];
  it.each(cases)('%j → %s', (forms, category) => {
    expect(guessCategory({ labels: { ar: forms[0]!, en: 'x' }, forms })).toBe(category);
  });

  it('an actor written without a category gets the guessed one; a written one stays', () => {
    const analyzer = createCoreAnalyzer({ lexicons: [{ id: 'y', actors: [
      { id: 'houthis', labels: { ar: 'الحوثيون', en: 'Houthis' }, forms: ['الحوثيون', 'جماعة الحوثي'] },
      { id: 'army', labels: { ar: 'الجيش', en: 'army' }, forms: ['الجيش اليمني'], category: 'other' },
    ] }] });
    expect(analyzer.findActors('قصفت جماعة الحوثي مواقع الجيش اليمني').map((m) => [m.actor, m.category])).toEqual([['houthis', 'armed-group'], ['army', 'other']]);
  });
});

describe('form gaps', () => {
  const lexicon = defineLexicon({ id: 'f', causes: [{ id: 'strike', labels: { ar: 'ضربة', en: 'strike' }, forms: ['ضربة'] }] });
  it.each(['ضرباته', 'ضرباتهم', 'ضربتها', 'وبضرباتها'])('«%s» is read from «ضربة»', (word) => {
    expect(matchText(compileLexicons([lexicon]), word, ['causes']).map((m) => m.id)).toEqual(['strike']);
  });

  it.each([['مقاتلين', 'مقاتليه'], ['مقاتلين', 'مقاتلوهم'], ['مسلحون', 'مسلحيهم']])('a pronoun on a sound plural: «%s» → «%s»', (form, word) => {
    const fighters = defineLexicon({ id: 'v', victims: [{ id: 'fighters', labels: { ar: form, en: 'f' }, forms: [form] }] });
    expect(matchText(compileLexicons([fighters]), word, ['victims']).map((m) => m.id)).toEqual(['fighters']);
  });

  it('«يه» stays the feminine nisba: «الإسرائيلية» is the adjective, not «إسرائيل» with a pronoun', () => {
    const [m] = createAnalyzer().findActors('جراء الغارات الإسرائيلية على دمشق');
    expect([m?.actor, m?.text]).toEqual(['israel', 'الغارات الإسرائيلية']);
  });

  it('the duplicate-form check reads inflected places as the compiler does', () => {
    // The compiler keys an inflected place apart from one matched as written, so the check must too.
    const place = (id: string, form: string, inflect?: boolean) => ({ id, labels: { ar: form, en: id }, forms: [form], type: 'city' as const, ...(inflect === undefined ? {} : { inflect }) });
    expect(() => defineLexicon({ id: 'a', places: [place('x', 'الرقة', true), place('y', 'الرقة')] })).not.toThrow();
    expect(() => defineLexicon({ id: 'b', places: [place('x', 'الرقة', true), place('y', 'الرقة', true)] })).toThrow(/also belongs to places 'x'/u);
    expect(() => defineLexicon({ id: 'c', places: [place('x', 'الرقة'), place('y', 'الرقة')] })).toThrow(/also belongs to places 'x'/u);
  });
});
