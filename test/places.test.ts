import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer, extractCasualties, findPlaces, linkReports } from '../src/index.js';
import { iraqPack } from '../src/packs/iraq.js';
import { lebanonPack } from '../src/packs/lebanon.js';
import { libyaPack } from '../src/packs/libya.js';
import { palestinePack } from '../src/packs/palestine.js';
import { somaliaPack } from '../src/packs/somalia.js';
import { sudanPack } from '../src/packs/sudan.js';
import { yemenPack } from '../src/packs/yemen.js';
import { packPlaceCases } from './data/pack-place-cases.js';
import { placeCases } from './data/place-cases.js';

describe('findPlaces', () => {
  for (const [shape, cases] of Object.entries(placeCases)) {
    describe(shape, () => {
      for (const c of cases) {
        it(c.text, () => {
          const got = findPlaces(c.text);
          for (const p of got) expect(c.text.slice(p.start, p.end)).toBe(p.text);
          expect(got.map((p) => [p.text, p.place, p.governorate])).toEqual(c.places);
        });
      }
    });
  }

  it('gives the type and the places around', () => {
    const [p] = findPlaces('قتل مدنيان في بلدة كفرنبل بريف إدلب الجنوبي');
    expect(p).toMatchObject({ place: 'kafranbel', type: 'town', governorate: 'idlib', within: ['idlib-governorate', 'syria'] });
  });

  it('rejects non-strings', () => {
    expect(() => findPlaces(5 as unknown as string)).toThrow(TypeError);
  });

  it('reads a custom gazetteer by its types: the governorate is the nearest governorate up isIn', () => {
    const yemen = createAnalyzer({ builtin: false, lexicons: [{ id: 'yemen', places: [
      { id: 'yemen', labels: { ar: 'اليمن', en: 'Yemen' }, forms: ['اليمن'], type: 'country' },
      { id: 'marib-governorate', labels: { ar: 'محافظة مأرب', en: 'Marib' }, forms: ['محافظة مأرب'], type: 'governorate', isIn: 'yemen' },
      { id: 'marib', labels: { ar: 'مأرب', en: 'Marib' }, forms: ['مأرب'], type: 'city', isIn: 'marib-governorate' },
      { id: 'sirwah', labels: { ar: 'صرواح', en: 'Sirwah' }, forms: ['صرواح'], type: 'town', isIn: 'marib-governorate' },
    ] }] });
    const [p] = yemen.findPlaces('سقط صاروخ على مديرية صرواح غرب مأرب');
    expect([p?.text, p?.place, p?.governorate]).toEqual(['مديرية صرواح غرب مأرب', 'sirwah', 'marib']);
  });

  it('spans are exact and phrases ordered and disjoint on any text', () => {
    const words = ['في', 'بلدة', 'بريف', 'إدلب', 'حي', 'الشعار', 'بمدينة', 'حلب', 'و', 'جنوب', 'قرية', '"', 'ال', 'مدينة', '،', 'قتل', '5', 'الباب'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...words), { maxLength: 30 }), (list) => {
      const text = list.join(' ');
      let end = 0;
      for (const p of findPlaces(text)) {
        expect(text.slice(p.start, p.end)).toBe(p.text);
        expect(p.start).toBeGreaterThanOrEqual(end);
        end = p.end;
      }
    }), { numRuns: 300 });
  });
});

describe('casualty mentions, events and the summary carry the resolved place', () => {
  const text = 'قتل 4 مدنيين في بلدة كفرنبل بريف إدلب الجنوبي جراء غارات روسية.';
  it('on the mention, the whole chain', () => {
    const [m] = extractCasualties(text);
    expect(m?.location).toMatchObject({ text: 'بلدة كفرنبل بريف إدلب الجنوبي', place: 'kafranbel', type: 'town', governorate: 'idlib' });
  });
  it('on the event and the summary', () => {
    const { events, summary } = analyze(text);
    expect(events[0]?.location?.governorate).toBe('idlib');
    expect(summary.location?.place).toBe('kafranbel');
  });
  it('a toll update names its place', () => {
    const [m] = extractCasualties('ارتفعت حصيلة القتلى في معرة مصرين إلى 31 قتيلا');
    expect(m?.location).toMatchObject({ text: 'معرة مصرين', place: 'maarat-misrin', governorate: 'idlib' });
  });
});

describe('packs give their countries their governorates', () => {
  const PACKS = { yemen: yemenPack, iraq: iraqPack, libya: libyaPack, sudan: sudanPack, palestine: palestinePack, lebanon: lebanonPack, somalia: somaliaPack };
  const analyzers = Object.fromEntries(Object.entries(PACKS).map(([id, pack]) => [id, createAnalyzer({ packs: [pack] })]));
  for (const [id, cases] of Object.entries(packPlaceCases)) {
    describe(id, () => {
      for (const c of cases) {
        it(c.text, () => {
          const got = analyzers[id]!.findPlaces(c.text);
          for (const p of got) expect(c.text.slice(p.start, p.end)).toBe(p.text);
          expect(got.map((p) => [p.text, p.place, p.governorate])).toEqual(c.places);
        });
      }
    });
  }

  it('every pack has cases', () => expect(Object.keys(packPlaceCases).sort()).toEqual(Object.keys(PACKS).sort()));

  it.each([
    ['yemen', 'قتل 4 مدنيين بقصف حوثي على مديرية حيس جنوب الحديدة', 'hodeidah'],
    ['iraq', 'قتل 5 مدنيين بتفجير انتحاري في قضاء تلعفر غرب الموصل', 'nineveh'],
    ['sudan', 'قتل 9 مدنيين بقصف مدفعي على مدينة نيالا بجنوب دارفور', 'south-darfur'],
    ['palestine', 'استشهد 6 فلسطينيين في غارة على منزل في بيت لاهيا شمال القطاع', 'north-gaza'],
    ['lebanon', 'قتل 3 أشخاص بغارة إسرائيلية على بلدة عيتا الشعب في جنوب لبنان', 'nabatieh'],
    ['somalia', 'قتل 8 أشخاص في انفجار سيارة مفخخة في حي هودن بالعاصمة مقديشو', 'banadir'],
  ])('%s: the event and the summary carry the governorate («%s»)', (id, text, governorate) => {
    const { events, summary } = analyzers[id]!.analyze(text);
    expect(events[0]?.location?.governorate).toBe(governorate);
    expect(summary.location?.governorate).toBe(governorate);
  });

  it('a town and the region of its governorate link: «بيت لاهيا» and «شمال قطاع غزة», «قطاع غزة»', () => {
    const gaza = analyzers.palestine!;
    const read = (text: string) => gaza.analyze(text, { publishedAt: '2024-10-20' });
    const incidents = linkReports([
      { id: 'a', analysis: read('استشهد 6 فلسطينيين في غارة إسرائيلية على منزل في بيت لاهيا شمال قطاع غزة'), publishedAt: '2024-10-20' },
      { id: 'b', analysis: read('استشهد 6 فلسطينيين بغارة إسرائيلية على منزل في قطاع غزة'), publishedAt: '2024-10-20' },
    ]);
    expect(incidents.map((i) => [i.reports, i.place, i.governorate])).toEqual([[['a', 'b'], 'beit-lahia', 'north-gaza']]);
  });
});
