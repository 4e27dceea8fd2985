/**
 * A coverage grid for ATTRIBUTION (who did it): casualty statements composed from slots — an actor phrase of a
 * country pack, the position it takes (subject of an active casualty verb, an agent phrase after a passive or a verbal
 * noun, an attack in the sentence before, a relative clause) and distractors that must not be read as the agent (the
 * victims' side, a source, a side that mourns, a place held by a side, a side that only dates the toll, a headline
 * lead). Each sentence is correct Arabic (the verb agrees with the actor's gender, «لـ» joins the article as «لل») and
 * knows the actor ids expected (or none). test/attribution-grid.test.ts measures, per slot, the share read right.
 */

export interface AttribCase {
  text: string;
  /** The pack (packs/<pack>.json) the sentence is read with. */
  pack: string;
  /** The actor ids every casualty mention must carry; [] for none. */
  actors: string[];
  /** Ids that must not be read as the agent (a distractor). */
  not: string[];
  /** The actor slot is the phrase («قوات النظام»). */
  slots: { position: string; pack: string; actor: string };
}

/** An actor phrase: nominative, oblique (genitive/accusative, when it differs), and how a verb agrees with it. */
interface Actor { id: string; text: string; obl?: string; g: 'm' | 'f' | 'pl'; means?: boolean }

const a = (id: string, text: string, g: 'm' | 'f' | 'pl', obl?: string): Actor => ({ id, text, g, obl });
/** An air force: it strikes, it neither speaks, mourns nor has fighters, so no distractor position takes it. */
const air = (id: string, text: string): Actor => ({ id, text, g: 'm', means: true });

/**
 * Actors per pack, named as the news names them: each pack's main sides in a common name, then in other names the
 * pack lists (a short name, a militia or an air force, a plural of people).
 */
export const ACTORS: Record<string, Actor[]> = {
  syria: [a('syrian-government', 'قوات النظام', 'f'), a('russia', 'القوات الروسية', 'f'), a('isis', 'تنظيم الدولة', 'm'),
    a('sdf', 'قوات سوريا الديمقراطية', 'f'), a('turkey', 'الجيش التركي', 'm'),
    a('syrian-government', 'النظام', 'm'), air('russia', 'الطيران الروسي'), a('isis', 'داعش', 'm'), a('sdf', 'قسد', 'f'),
    a('international-coalition', 'التحالف الدولي', 'm'), a('opposition', 'فصائل المعارضة', 'f'), a('nusra', 'هيئة تحرير الشام', 'f'),
    a('pro-government-militias', 'ميليشيات الدفاع الوطني', 'f'), a('iran-backed', 'الحرس الثوري الإيراني', 'm')],
  iraq: [a('isis', 'تنظيم الدولة', 'm'), a('iraqi-forces', 'القوات العراقية', 'f'), a('pmf', 'الحشد الشعبي', 'm'),
    a('isis', 'عصابات داعش الإرهابية', 'f'), a('iraqi-forces', 'قوات الأمن العراقية', 'f'), a('pmf', 'عصائب أهل الحق', 'f'),
    a('turkey', 'الجيش التركي', 'm'), a('armed-groups', 'حزب العمال الكردستاني', 'm')],
  yemen: [a('houthis', 'جماعة الحوثي', 'f'), a('saudi-coalition', 'التحالف العربي', 'm'), a('aqap', 'تنظيم القاعدة', 'm'),
    a('houthis', 'الحوثيون', 'pl', 'الحوثيين'), a('houthis', 'ميليشيات الحوثي', 'f'), air('saudi-coalition', 'طيران التحالف'),
    a('yemen-government', 'القوات الحكومية', 'f'), a('aqap', 'عناصر القاعدة', 'pl')],
  lebanon: [a('israel', 'الجيش الإسرائيلي', 'm'), a('hezbollah', 'حزب الله', 'm'),
    a('israel', 'جيش الاحتلال', 'm'), air('israel', 'الطيران الحربي الإسرائيلي'), a('hezbollah', 'المقاومة الإسلامية', 'f')],
  palestine: [a('israel', 'قوات الاحتلال', 'f'), a('palestinian-factions', 'حركة حماس', 'f'),
    a('israel', 'جيش الاحتلال الإسرائيلي', 'm'), a('israel', 'الاحتلال', 'm'), a('palestinian-factions', 'كتائب القسام', 'f'),
    a('palestinian-factions', 'سرايا القدس', 'f')],
  libya: [a('lna-haftar', 'قوات حفتر', 'f'), a('gna', 'قوات حكومة الوفاق', 'f'),
    a('lna-haftar', 'الجيش الوطني الليبي', 'm'), air('lna-haftar', 'طيران حفتر'), a('gna', 'قوات الوفاق', 'f'), a('isis', 'تنظيم داعش', 'm')],
  somalia: [a('al-shabaab', 'حركة الشباب', 'f'), a('somali-forces', 'الجيش الصومالي', 'm'),
    a('al-shabaab', 'مسلحو حركة الشباب', 'pl', 'مسلحي حركة الشباب'), a('somali-forces', 'القوات الحكومية الصومالية', 'f'), a('usa', 'القوات الأمريكية', 'f')],
  sudan: [a('rsf', 'قوات الدعم السريع', 'f'), a('sudan-army', 'الجيش السوداني', 'm'),
    a('rsf', 'الدعم السريع', 'm'), a('rsf', 'ميليشيا الدعم السريع', 'f'), air('sudan-army', 'الطيران الحربي السوداني'), a('sudan-army', 'الجيش', 'm')],
};

/** «لـ» before a noun: «للجيش»، «لقوات». */
const li = (s: string): string => (s.startsWith('ال') ? `لل${s.slice(2)}` : `ل${s}`);
/** The oblique form: after a preposition, in a construct, after «إن». */
const o = (x: Actor): string => x.obl ?? x.text;
/** A past verb agreeing with the actor, before it (singular) or after it (`after`: «الحوثيين قتلوا»). */
const v = (x: Actor, stem: string, after = false): string => (x.g === 'f' ? `${stem}ت` : x.g === 'pl' && after ? `${stem}وا` : stem);
/** A pronoun suffix for the actor: «ها/ه/هم». */
const its = (x: Actor): string => (x.g === 'f' ? 'ها' : x.g === 'pl' ? 'هم' : 'ه');

const PLACES = ['البلدة', 'القرية', 'حي سكني', 'السوق الشعبي', 'المدينة'];
/** Victims, as the object of an active verb or after «إن»/«مقتل» (acc, gen) and as the subject of a passive (nom). */
const VICTIMS: [string, string][] = [['ثلاثة مدنيين', 'ثلاثة مدنيين'], ['طفلين', 'طفلان'], ['أربعة أشخاص', 'أربعة أشخاص'],
  ['خمس نساء', 'خمس نساء'], ['12 مدنيا', '12 مدنيا']];

interface Position {
  id: string;
  /** The actor speaks in it (a claim): no air force takes it. */
  speaks?: boolean;
  /** true: the actor is the agent; false: a distractor (no agent, or `other` when given). */
  agent: boolean;
  build: (x: Actor, acc: string, nom: string, place: string, other?: Actor) => string;
  /** The distractor shape with a real agent elsewhere in the sentence. */
  withOther?: boolean;
}

export const POSITIONS: Position[] = [
  { id: 'subject of active verb', agent: true, build: (x, acc, _n, p) => `${v(x, 'قتل')} ${x.text} ${acc} في ${p} أمس.` },
  { id: 'subject after إن', agent: true, build: (x, acc, _n, p) => `وقالت مصادر محلية إن ${o(x)} ${v(x, 'قتل', true)} ${acc} في ${p}.` },
  { id: 'برصاص X', agent: true, build: (x, _a, nom, p) => `قتل ${nom} برصاص ${o(x)} في ${p}.` },
  { id: 'بنيران X', agent: true, build: (x, _a, nom, p) => `أصيب ${nom} بنيران ${o(x)} في ${p}.` },
  { id: 'على يد X', agent: true, build: (x, _a, nom, p) => `قتل ${nom} على يد ${o(x)} في ${p}.` },
  { id: 'في قصف لـX', agent: true, build: (x, _a, nom, p) => `قتل ${nom} في قصف مدفعي ${li(o(x))} على ${p}.` },
  { id: 'بغارة نفذها X', agent: true, build: (x, _a, nom, p) => `قتل ${nom} بغارة جوية ${v(x, 'نفذ')}ها ${x.text} على ${p}.` },
  { id: 'جراء قصف X', agent: true, build: (x, _a, nom, p) => `قتل ${nom} جراء قصف ${o(x)} على ${p}.` },
  { id: 'مقتل + برصاص X', agent: true, build: (x, acc, _n, p) => `مقتل ${acc} برصاص ${o(x)} في ${p}.` },
  { id: 'attack in previous sentence', agent: true, build: (x, _a, nom, p) => `${v(x, 'قصف')} ${x.text} ${p} بالمدفعية الثقيلة. وقتل ${nom} وأصيب آخرون.` },
  { id: 'relative clause', agent: true, build: (x, _a, nom, p) => `قتل ${nom} في الغارة التي ${x.g === 'f' ? 'شنتها' : 'شنها'} ${x.text} على ${p}.` },
  { id: 'غارة لطائرات X', agent: true, build: (x, _a, nom, p) => `قتل ${nom} في غارة لطائرات ${o(x)} على ${p}.` },
  { id: 'بقذيفة أطلقها X', agent: true, build: (x, _a, nom, p) => `أصيب ${nom} بقذيفة ${x.g === 'f' ? 'أطلقتها' : 'أطلقها'} ${x.text} على ${p}.` },
  { id: 'attack + ما أسفر عن', agent: true, build: (x, acc, _n, p) => `${v(x, 'شن')} ${x.text} غارات على ${p}، ما أسفر عن مقتل ${acc}.` },
  { id: 'استهدف X … مقتل', agent: true, build: (x, acc, _n, p) => `${v(x, 'استهدف')} ${x.text} ${p} بالصواريخ، ما أدى إلى مقتل ${acc}.` },
  { id: 'في هجوم تبناه X', agent: true, build: (x, _a, nom, p) => `قتل ${nom} في هجوم ${x.g === 'f' ? 'تبنته' : 'تبناه'} ${x.text} في ${p}.` },
  { id: 'اتهام: اتهم ناشطون X بقتل', agent: true, build: (x, acc, _n, p) => `اتهم ناشطون ${o(x)} بقتل ${acc} في ${p}.` },
  { id: 'إثر استهداف X', agent: true, build: (x, _a, nom, p) => `قتل ${nom} إثر استهداف ${o(x)} سيارة مدنية في ${p}.` },
  { id: 'anaphor in next sentence', agent: true, build: (x, _a, nom, p) => `${v(x, 'صعد')} ${x.text} هجمات${its(x)} على ${p}. وقتل ${nom} في قصف ل${its(x)} صباح اليوم.` },
  { id: 'من قبل X', agent: true, build: (x, _a, nom, p) => `قتل ${nom} من قبل ${o(x)} في ${p}.` },
  { id: 'بطائرة مسيرة تابعة لـX', agent: true, build: (x, _a, nom, p) => `قتل ${nom} بطائرة مسيرة تابعة ${li(o(x))} في ${p}.` },
  { id: 'خلال اشتباكات مع X', agent: true, build: (x, _a, _n, p) => `قتل أربعة جنود خلال اشتباكات مع ${o(x)} في ${p}.` },
  { id: 'claim in next sentence', agent: true, speaks: true, build: (x, _a, nom, p) => `قتل ${nom} في هجوم على حاجز قرب ${p}. ${x.g === 'f' ? 'وأعلنت' : 'وأعلن'} ${x.text} مسؤوليت${its(x)} عن الهجوم.` },
  { id: 'تبنى X الهجوم الذي أسفر', agent: true, build: (x, acc, _n, p) => `${v(x, 'تبنى').replace('ىت', 'ت')} ${x.text} الهجوم الذي أسفر عن مقتل ${acc} في ${p}.` },
  { id: 'X says it killed', agent: true, speaks: true, build: (x, _a, _n, p) => `${x.g === 'f' ? 'أعلنت' : 'أعلن'} ${x.text} أن${its(x)} ${x.g === 'f' ? 'قتلت' : x.g === 'pl' ? 'قتلوا' : 'قتل'} سبعة مسلحين في ${p}.` },
  { id: 'accused: اتهمت X Y بقتل', agent: false, withOther: true, build: (x, acc, _n, p, y) => `${x.g === 'f' ? 'اتهمت' : 'اتهم'} ${x.text} ${o(y!)} بقتل ${acc} في ${p}.` },
  { id: 'blamed: حملت X Y مسؤولية', agent: false, withOther: true, build: (x, acc, _n, p, y) => `${x.g === 'f' ? 'حملت' : 'حمل'} ${x.text} ${o(y!)} مسؤولية مقتل ${acc} في ${p}.` },
  { id: 'shelling on areas of X, agent Y', agent: false, withOther: true, build: (x, _a, nom, _p, y) => `قتل ${nom} في قصف ${li(o(y!))} على مناطق سيطرة ${o(x)}.` },
  // Distractors: the actor named is not the agent.
  { id: 'X condemns', agent: false, build: (x, acc, _n, p) => `${x.g === 'f' ? 'دانت' : 'دان'} ${x.text} مقتل ${acc} في انفجار سيارة مفخخة في ${p}.` },
  { id: 'topic shift after X attack', agent: false, build: (x, _a, nom, p) => `${v(x, 'قصف')} ${x.text} مواقع عسكرية أمس. وفي سياق آخر، قتل ${nom} في انفجار لغم أرضي في ${p}.` },
  { id: 'source أعلنت X مقتل', agent: false, build: (x, acc, _n, p) => `${x.g === 'f' ? 'أعلنت' : 'أعلن'} ${x.text} مقتل ${acc} في انفجار لغم أرضي في ${p}.` },
  { id: 'victims مقاتلي X', agent: false, build: (x, _a, _n, p) => `قتل خمسة من مقاتلي ${o(x)} في انفجار عبوة في ${p}.` },
  { id: 'blame: ردا على هجوم X', agent: false, build: (x, _a, nom, p) => `قتل ${nom} في انفجار مجهول في ${p}، بعد يومين من هجوم ${o(x)} على المدينة.` },
  { id: 'victims of X', agent: false, build: (x, _a, _n, p) => `مقتل ثلاثة عناصر من ${o(x)} في انفجار لغم قرب ${p}.` },
  { id: 'victims of X, agent Y', agent: false, withOther: true, build: (x, _a, _n, p, y) => `قتل ثلاثة عناصر من ${o(x)} بقصف ${o(y!)} على ${p}.` },
  { id: 'source بحسب X', agent: false, build: (x, _a, nom, p) => `قتل ${nom} في انفجار عبوة ناسفة في ${p}، بحسب ${o(x)}.` },
  { id: 'source قالت X إن', agent: false, build: (x, acc, _n, p) => `${x.g === 'f' ? 'قالت' : 'قال'} ${x.text} إن ${acc} قتلوا في انفجار سيارة مفخخة في ${p}.` },
  { id: 'X mourns', agent: false, build: (x) => `${x.g === 'f' ? 'نعت' : 'نعى'} ${x.text} ثلاثة من عناصر${its(x)} قتلوا في اشتباكات.` },
  { id: 'place held by X', agent: false, build: (x, _a, nom) => `قتل ${nom} في انفجار مجهول في منطقة خاضعة لسيطرة ${o(x)}.` },
  { id: 'toll since X offensive', agent: false, build: (x) => `ارتفع عدد القتلى المدنيين إلى 230 منذ بدء هجوم ${o(x)} على المدينة قبل شهرين.` },
  { id: 'headline lead X:', agent: false, build: (x, acc, _n, p) => `${x.text}: مقتل ${acc} في انفجار سيارة مفخخة في ${p}` },
];

/** Every position × pack × actor, in three variants of victims and place (the same on every run). */
export function attributionCases(): AttribCase[] {
  const out: AttribCase[] = [];
  let i = 0;
  for (const [pack, actors] of Object.entries(ACTORS)) {
    for (const pos of POSITIONS) {
      actors.forEach((x, k) => {
        if (x.means && (!pos.agent || pos.speaks)) return;
        for (let r = 0; r < 3; r++, i++) {
          const [acc, nom] = VICTIMS[i % VICTIMS.length]!;
          const place = PLACES[(i * 3) % PLACES.length]!;
          // The other side: the next actor of another id.
          const other = [...actors.slice(k + 1), ...actors.slice(0, k)].find((y) => y.id !== x.id)!;
          const text = pos.build(x, acc, nom, place, other);
          const actorsWanted = pos.agent ? [x.id] : pos.withOther ? [other.id] : [];
          out.push({ text, pack, actors: actorsWanted, not: pos.agent ? [] : [x.id], slots: { position: pos.id, pack, actor: x.text } });
        }
      });
    }
  }
  // Variants may coincide when a slot has fewer values than three: keep each sentence once.
  const seen = new Set<string>();
  return out.filter((c) => !seen.has(`${c.pack}\u0000${c.text}`) && seen.add(`${c.pack}\u0000${c.text}`));
}
