import type { ActorNounEntry } from '../../lexicon/types.js';

/**
 * Nouns that stand for an actor's forces, aircraft, attacks or speaking organs. `findActors` joins them with a
 * following name («طائرات النظام»، «الطيران الحربي لقوات الأسد») unless `takesName` is false, with following
 * actor adjectives («الغارات الروسية والسورية»), and reports the `anaphoric` ones standing alone («الطيران
 * الحربي»، «الوزارة») as mentions of an actor named earlier.
 * @example
 * ```ts
 * actorNouns.find((n) => n.id === 'aircraft')?.anaphoric; // → true («الطيران الحربي»)
 * ```
 */
export const actorNouns: readonly ActorNounEntry[] = [
  {
    id: 'aircraft',
    labels: { ar: 'الطيران الحربي', en: 'military aircraft' },
    anaphoric: true,
    forms: [
      'الطيران', 'الطيران الحربي', 'الطيران المروحي', 'الطيران الحربي والمروحي', 'طيران', 'طيران حربي', 'طيران مروحي',
      'الطائرات', 'الطائرات الحربية', 'الطائرات المروحية', 'طائرات', 'طائرات حربية',
      'طائرات مروحية', 'طائرة', 'طائرة حربية', 'طائرة مروحية', 'طائرة قاذفة',
      'طائرات قاذفة', 'القاذفات', 'قاذفات', 'المقاتلات', 'مقاتلات', 'المقاتلات الحربية', 'المروحيات', 'مروحيات',
      'مروحية', 'سلاح الجو', 'القوات الجوية',
    ],
  },
  {
    // Drones apart from warplanes: in several wars both sides fly drones where only one flies warplanes, so a pack
    // may give bare warplanes a default actor and drones none.
    id: 'drones',
    labels: { ar: 'الطائرات المسيرة', en: 'drones' },
    anaphoric: true,
    forms: [
      // Bare «مسيرة» is also a march («مسيرة العودة»): read as a drone, it names an actor only where a pack gives drones one.
      'الطائرات المسيرة', 'طائرات مسيرة', 'طائرة مسيرة', 'الطائرة المسيرة', 'المسيرات', 'مسيرات', 'مسيرة', 'مسيرة انتحارية',
      'مسيرات انتحارية', 'المسيرات الانتحارية', 'مسيرة انقضاضية', 'طائرة بدون طيار', 'طائرات بدون طيار',
      'طائرة من دون طيار', 'طائرات من دون طيار', 'طائرة دون طيار', 'الطائرات بدون طيار', 'الطائرات من دون طيار',
      // «استهداف حوثي بطيران مسير»: drones named as an air arm.
      'طيران مسير', 'الطيران المسير', 'سلاح المسيرات',
    ],
  },
  {
    id: 'forces',
    labels: { ar: 'القوات', en: 'forces' },
    forms: [
      'القوات', 'قوات', 'جيش', 'جنود', 'عناصر', 'مقاتلي', 'مسلحي', 'كتائب', 'ألوية', 'وحدات', 'القوات الخاصة',
      'قوات خاصة', 'مدفعية', 'المدفعية', 'دبابات', 'بوارج', 'البوارج', 'سفن', 'السفن الحربية', 'قطع بحرية',
      'ميليشيات', 'مليشيات', 'ميلشيات', 'ميليشيا', 'مليشيا', 'الميليشيات', 'المليشيات', 'الميلشيات', 'قوة', 'قوة عسكرية',
      'دورية', 'وحدة', 'مخابرات', 'استخبارات', 'جهاز', 'أجهزة', 'فرع',
      // «آلة الحرب الروسية»: an army named by the war machine it is.
      'آلة الحرب', 'آلة القتل',
    ],
  },
  {
    id: 'fighters',
    labels: { ar: 'المسلحون', en: 'gunmen' },
    anaphoric: true,
    // Gunmen and militants are never what a report calls a state's army: a bare one does not point to it.
    irregular: true,
    forms: [
      'المسلحين', 'مسلحين', 'المسلحون', 'مسلحون', 'المقاتلين', 'المقاتلون', 'الجهاديين', 'جهاديين', 'الجهاديون', 'جهاديون',
      'المتشددين', 'متشددين', 'المتشددون', 'متشددون',
    ],
  },
  {
    id: 'own-forces',
    labels: { ar: 'قواتها', en: 'its forces' },
    anaphoric: true,
    forms: ['قواتها', 'قواته', 'قواتهم', 'قواتها الخاصة', 'قواته الخاصة', 'جنودها', 'جنوده', 'عناصرها', 'عناصره'],
    inflect: false,
  },
  {
    id: 'attacks',
    labels: { ar: 'الغارات', en: 'attacks' },
    takesName: false,
    forms: [
      'الغارات', 'غارات', 'غارة', 'الضربات', 'ضربات', 'ضربة', 'القصف', 'قصف', 'الهجوم', 'هجوم', 'الهجمات', 'هجمات',
      'العملية العسكرية', 'عملية عسكرية', 'العمليات العسكرية', 'الحملة العسكرية', 'الحملة الجوية', 'العدوان',
      'الغارات الجوية', 'غارات جوية', 'الضربات الجوية', 'ضربات جوية', 'الضربات الصاروخية', 'ضربات صاروخية', 'القصف الجوي',
      'قصف جوي', 'القصف المدفعي', 'قصف مدفعي', 'القصف الصاروخي', 'قصف صاروخي', 'الاعتداءات', 'اعتداءات', 'الاعتداء',
      'اعتداء', 'عدوان', 'الغارة الجوية', 'غارة جوية', 'الضربة الجوية', 'ضربة جوية', 'الضربة الصاروخية', 'ضربة صاروخية',
      'الهجوم الصاروخي', 'هجوم صاروخي', 'الهجمات الصاروخية', 'الهجوم الجوي', 'هجوم جوي', 'الهجمات الجوية', 'هجمات جوية',
      // Breaches of a truce are its attacks: «سلسلة خروقات إسرائيلية متواصلة».
      'الخروقات', 'خروقات', 'الخرق', 'خرق',
      // «عدوان جوي صهيوني»، «جراء تصعيد تركي»: an air aggression and an escalation, named by their adjective.
      'العدوان الجوي', 'عدوان جوي', 'التصعيد', 'تصعيد', 'التصعيد العسكري', 'تصعيد عسكري',
    ],
  },
  {
    // «بانفجار لغم حوثي»، «بقذيفة إسرائيلية»، «بنيران إسرائيلية»: a weapon with an actor adjective names whose it is,
    // like an attack noun; a bare weapon names no one.
    id: 'weapons',
    labels: { ar: 'الأسلحة', en: 'weapons' },
    takesName: false,
    forms: [
      'لغم', 'ألغام', 'لغم أرضي', 'ألغام أرضية', 'عبوة', 'عبوة ناسفة', 'عبوات ناسفة', 'قذيفة', 'قذائف', 'قذيفة مدفعية',
      'قذائف مدفعية', 'نيران', 'مخلفات', 'قنبلة', 'قنابل',
    ],
  },
  {
    // «اختطفت جماعة مسلحة شخصين»: an armed group of no name — a subject, never the victims; a pack may name it.
    id: 'armed-group',
    labels: { ar: 'جماعة مسلحة', en: 'armed group' },
    takesName: false,
    forms: ['جماعة مسلحة', 'جماعات مسلحة', 'مجموعة مسلحة', 'مجموعات مسلحة', 'عصابة مسلحة', 'عصابات مسلحة'],
    inflect: false,
  },
  {
    // «مسلحون مجهولون»: an agent the text does not name. Read as one noun, it keeps «مسلحون» from pointing back to
    // an actor named earlier.
    id: 'unknown-attackers',
    labels: { ar: 'مجهولون', en: 'unidentified attackers' },
    takesName: false,
    forms: ['مسلحون مجهولون', 'مسلحين مجهولين', 'مجهولون', 'مجهولين', 'أشخاص مجهولون', 'أشخاص مجهولين', 'جهة مجهولة', 'جهات مجهولة'],
    inflect: false,
  },
  {
    id: 'ministry',
    labels: { ar: 'الوزارة', en: 'ministry' },
    speaks: true,
    anaphoric: true,
    forms: ['الوزارة', 'وزارة الدفاع', 'وزارة الخارجية', 'وزارة الداخلية', 'وزارة الإعلام', 'وزير الدفاع', 'وزير الخارجية'],
  },
  {
    id: 'spokesman',
    labels: { ar: 'المتحدث', en: 'spokesman' },
    speaks: true,
    forms: [
      'المتحدث', 'متحدث', 'المتحدث باسم', 'متحدث باسم', 'المتحدث العسكري', 'متحدث عسكري', 'المتحدث الرسمي',
      'الناطق', 'ناطق', 'الناطق باسم', 'ناطق باسم', 'الناطق العسكري', 'الناطق الرسمي',
    ],
  },
  {
    id: 'command',
    labels: { ar: 'القيادة', en: 'command' },
    speaks: true,
    forms: [
      'القيادة العامة', 'القيادة العامة للجيش', 'قيادة الجيش', 'هيئة الأركان', 'رئاسة الأركان', 'هيئة الأركان العامة',
      'رئاسة الأركان العامة', 'مركز المصالحة',
      'مركز حميميم', 'مديرية الصحة', 'مديرية', 'مصدر عسكري', 'مصادر عسكرية', 'مكتب', 'المكتب الإعلامي',
      // A side's media wing: «نائب رئيس الهيئة الإعلامية للحوثيين» speaks for them.
      'الهيئة الإعلامية', 'المركز الإعلامي', 'الجناح الإعلامي', 'الدائرة الإعلامية',
    ],
  },
  {
    id: 'broadcaster',
    labels: { ar: 'التلفزيون', en: 'broadcaster' },
    speaks: true,
    anaphoric: true,
    forms: ['التلفزيون', 'التليفزيون', 'التلفاز', 'القناة', 'الوكالة'],
  },
  {
    id: 'media',
    labels: { ar: 'وكالة', en: 'news outlet' },
    speaks: true,
    forms: ['وكالة', 'وكالة الأنباء', 'قناة', 'إذاعة', 'تليفزيون', 'تلفزيون', 'التلفزيون الرسمي', 'الإعلام الرسمي', 'الإعلام الحربي', 'صحيفة', 'وسائل الإعلام'],
  },
];
