/**
 * Victim and casualty words a lexicon adds: sentences read by an analyzer made from a pack's JSON (as the shared scorer reads a
 * country) or from a user's lexicon, each with the mentions expected. Written for these tests, modeled on real reports.
 */
import type { LexiconData } from '../../src/lexicon/types.js';
import type { CasualtyCase } from './casualty-patterns.js';

/** Per pack id: demonyms of armed sides (`role: 'member'`) are fighters when counted, never the side itself. */
export const PACK_VICTIM_CASES: Readonly<Record<string, readonly CasualtyCase[]>> = {
  yemen: [
    { text: 'وأعلن التحالف مقتل 40 حوثيا في غارات على مديرية حيران', expect: [{ kind: 'killed', count: { value: 40 }, victims: 'fighters' }] },
    { text: 'لقي ثلاثة من الحوثيين مصرعهم في المواجهات جنوب مأرب', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'fighters' }] },
    { text: 'وأصيب حوثيان في انفجار لغم زرعوه قرب الطريق', expect: [{ kind: 'injured', count: { value: 2 }, victims: 'fighters' }] },
    { text: 'وسقط عشرات الانقلابيين بين قتيل وجريح في جبهة نهم', expect: [{ kind: 'killed', victims: 'fighters' }, { kind: 'injured', victims: 'fighters' }] },
    // The definite plural is the side, the agent of its verb: the victims are the object.
    { text: 'وقتل الحوثيون طفلين بقذيفة على حي سكني في تعز', expect: [{ kind: 'killed', count: { value: 2 }, victims: 'children', actors: ['houthis'] }] },
    // A singular after a victim noun is its adjective.
    { text: 'وأكدت مصادر مقتل قيادي حوثي بارز في غارة جوية', expect: [{ kind: 'killed', count: { value: 1 }, victims: 'fighters' }] },
  ],
  iraq: [
    { text: 'وقالت خلية الإعلام الأمني إن القوات قتلت 25 داعشيا في صحراء الأنبار', expect: [{ kind: 'killed', count: { value: 25 }, victims: 'fighters' }] },
    { text: 'وأسفر القصف عن مقتل تسعة من الدواعش بينهم قيادي', expect: [{ kind: 'killed', count: { value: 9 }, victims: 'fighters' }] },
    // The Kurdistan Region's army: its members are soldiers.
    { text: 'وأصيب أربعة من عناصر البيشمركة في هجوم على نقطة تفتيش', expect: [{ kind: 'injured', count: { value: 4 }, victims: 'soldiers' }] },
  ],
  // Each side's fighters by their Sudanese names.
  sudan: [
    { text: 'وقتل 20 دعاميا في معارك مع الجيش شرق الفاشر', expect: [{ kind: 'killed', count: { value: 20 }, victims: 'fighters' }] },
    { text: 'وأصيب 12 مستنفرا في هجوم على قرية شمال الأبيض', expect: [{ kind: 'injured', count: { value: 12 }, victims: 'fighters' }] },
  ],
};

/** A user's lexicon that adds a victim word of its own, beside the core's (a new id that reports a core group). */
export const USER_VICTIM_LEXICON: LexiconData = {
  id: 'my-yemen',
  actors: [{ id: 'houthis', labels: { ar: 'الحوثيون', en: 'Houthis' }, forms: ['الحوثيون', 'جماعة الحوثي'], category: 'armed-group' }],
  victims: [{ id: 'houthi-fighters', labels: { ar: 'مقاتلون حوثيون', en: 'Houthi fighters' }, reportsAs: 'fighters', role: 'member', forms: ['حوثي'] }],
};

export const USER_VICTIM_CASES: readonly CasualtyCase[] = [
  { text: 'وأعلنت القوات الحكومية مقتل 17 حوثيا في هجوم فاشل', expect: [{ kind: 'killed', count: { value: 17 }, victims: 'fighters' }] },
  // The core's victim words stay: a new entry adds, it does not replace.
  { text: 'وقتل 5 مسلحين في اشتباك قرب الحدود', expect: [{ kind: 'killed', count: { value: 5 }, victims: 'fighters' }] },
  { text: 'وقتلت جماعة الحوثي 3 مدنيين في قصف على القرية', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'civilians', actors: ['houthis'] }] },
];

/** A user's lexicon that adds a casualty verb: it reads with a count after it and with an object pronoun alike. */
export const USER_VERB_LEXICON: LexiconData = {
  id: 'my-verbs',
  casualtyWords: [{ id: 'slew-verb', labels: { ar: 'صرع', en: 'slew' }, kind: 'killed', pos: 'verb', forms: ['صرع'] }],
};

export const USER_VERB_CASES: readonly CasualtyCase[] = [
  { text: 'وصرع المسلحون 3 مدنيين على الطريق', expect: [{ kind: 'killed', count: { value: 3 }, victims: 'civilians' }] },
  { text: 'وأطلق الحارس النار على اللص فصرعه', expect: [{ kind: 'killed', count: { value: 1 } }] },
  { text: 'وداهم المسلحون منزلا يقيم فيه أربعة شبان وصرعوهم', expect: [{ kind: 'killed', count: { value: 4 }, victims: 'people' }] },
];
