/**
 * The function words of casualty reporting, as data: the words around a casualty phrase that decide whether it is
 * one, and what it attaches to. Everything is written in search-normalized form (no hamza on alef, ه for ة,
 * ي for ى, no diacritics) — a test checks that `normalize(word) === word` for every entry — except the two lists
 * of cause forms, which name lexicon forms as the lexicon writes them.
 * Domain vocabulary (casualty words, victims, causes, actors, places) lives in the lexicons instead.
 * @module casualties/grammar
 */

/** Past verbs with their feminine form: «قال» → «قال»، «قالت». */
function withFeminine(verbs: readonly string[]): string[] {
  return verbs.flatMap((v) => [v, `${v}ت`]);
}

/** A word sequence, each word matched after clitic stripping. */
export type Phrase = readonly string[];

// Falling, a result word («سقوط قتلى») and the verb of «سقط شهيدا» ({@link FALL_WORDS}). A plural or dual verb
// («سقطوا») has its fallen in its ending, so it is no result word.
const FALLING: readonly string[] = ['سقط', 'سقطت', 'يسقط', 'تسقط', 'سقوط'];

/** Searching for («البحث عن مفقودين»): a result word, except before bodies, which are not yet found («البحث عن جثث»). */
export const SEARCHING: readonly Phrase[] = [['البحث', 'عن'], ['بحث', 'عن'], ['يبحث', 'عن'], ['تبحث', 'عن']];

/** «قتلوا أو جرحوا 18 جنديا»، «قتل أو أصيب»: a conjunction other than «و» between casualty words that share a group. */
export const OR_WORDS: readonly string[] = ['او'];

const LEAVING_VERBS: readonly string[] = ['ترك', 'تركت', 'يترك', 'تترك'];
/**
 * «هجوم يترك قتلى وإصابات»: verbs of leaving behind, result words only before an indefinite casualty noun that is no
 * body («تركت الجثث في العراء»، «تركت جثث القتلى في الشوارع» leave the dead already told where they lie).
 */
export const LEAVING: readonly string[] = [...LEAVING_VERBS, 'تاركا', 'تاركه', 'تاركين'];

/**
 * «راح ضحيته»، «راحت ضحيته أسرة بأكملها»: fell victim to it, in either gender. The past only: the present tells a habit,
 * most often a figurative one («الفساد الذي يذهب ضحيته المواطن»).
 */
const FELL_VICTIM: readonly Phrase[] = ['راح', 'راحت', 'ذهب', 'ذهبت'].flatMap((v): Phrase[] => [[v, 'ضحيته'], [v, 'ضحيتها'], [v, 'ضحيتهم']]);

/**
 * Verbs and nouns that report a result («the strike left…»), after which a bare casualty plural is a mention:
 * «سقوط قتلى»، «أسقط قتلى وجرحى»، «أوقع 31 قتيلا»، «خلفت ثلاثة شهداء»، «تركت قتلى»، «أسفرت عن…»، «راح ضحيتها…».
 */
export const RESULT_TRIGGERS: readonly Phrase[] = [
  ...FALLING.map((w) => [w]), ['اسقط'], ['اسقطت'], ['وقوع'], ['موقعا'], ['موقعه'], ['موقعين'], ['اوقع'], ['اوقعت'], ['اوقعوا'], ['توقع'], ['يوقع'], ['ايقاع'], ['خلف'], ['خلفت'], ['تخلف'], ['يخلف'], ['مخلفا'], ['مخلفه'], ['مخلفين'],
  ...LEAVING.map((w) => [w]),
  ['اسفر', 'عن'], ['اسفرت', 'عن'], ['يسفر', 'عن'], ['تسفر', 'عن'], ['اسفر'], ['اسفرت'], ['يسفر'], ['تسفر'],
  ...FELL_VICTIM,
  ['ادي', 'الي'], ['ادت', 'الي'], ['يودي', 'الي'], ['تودي', 'الي'], ['ادي'], ['ادت'],
  ['تسبب', 'في'], ['تسببت', 'في'], ['متسببا', 'في'], ['متسببه', 'في'], ['تسبب', 'ب'], ['تسببت', 'ب'],
  // «ما تسبب بمقتله»: the «ب» written on the noun.
  ['تسبب'], ['تسببت'],
  ['حصد'], ['حصدت'], ['هناك'], ...SEARCHING, ['سجل'], ['سجلت'], ['تسجيل'], ['ارتفاع'], ['وجود'],
];

/** Result verbs of {@link RESULT_TRIGGERS} whose subject may stand before the casualty noun: «خلف القصف قتيلين». */
export const RESULT_VERBS: readonly string[] = ['اسقط', 'اسقطت', 'اوقع', 'اوقعت', 'يوقع', 'خلف', 'خلفت', 'تخلف', 'يخلف', ...LEAVING_VERBS, 'حصد', 'حصدت'];

/** Phrases that are killed-triggers on their own and take the victims after them: «أودى بحياة 5 أشخاص». */
export const KILLED_PHRASES: readonly Phrase[] = [
  ['اودي', 'بحياه'], ['اودت', 'بحياه'], ['اودوا', 'بحياه'], ['يودي', 'بحياه'], ['تودي', 'بحياه'], ['يودون', 'بحياه'], ...FELL_VICTIM, ['بحياه'],
  ['قضت', 'علي'], ['قضي', 'علي'], ['تقضي', 'علي'], ['يقضي', 'علي'], ['القضاء', 'علي'],
  // Reaping and taking lives: «حصدت أرواح 130 طفلا»، «إزهاق أرواح المدنيين» (a subject between: {@link TAKING_LIVES}).
  // One life too: «غارة تحصد روح مواطن».
  ...['حصد', 'حصدت', 'حصدوا', 'يحصد', 'تحصد', 'يحصدون', 'ازهق', 'ازهقت', 'يزهق', 'تزهق', 'ازهاق'].flatMap((v): Phrase[] => [[v, 'ارواح'], [v, 'روح']]),
  // The participle of «أودى»: «قصفت القرية مودية بحياة خمسة مدنيين».
  ['موديه', 'بحياه'], ['موديا', 'بحياه'],
  // Ending a life: «عبوة ناسفة تنهي حياة شخصين»، «أنهت الغارة حياة أربعة أطفال».
  ['انهي', 'حياه'], ['انهت', 'حياه'], ['ينهي', 'حياه'], ['تنهي', 'حياه'],
];

/** Verbs of reaping, taking or ending lives whose subject may stand before «أرواح/حياة»: «أزهق القصف أرواح 12 مدنيا». */
export const TAKING_LIVES: readonly string[] = ['حصد', 'حصدت', 'حصدوا', 'يحصد', 'تحصد', 'يحصدون', 'ازهق', 'ازهقت', 'يزهق', 'تزهق', 'انهي', 'انهت', 'ينهي', 'تنهي'];
export const LIVES: readonly string[] = ['ارواح', 'روح', 'حياه'];
/** «قضت الغارة على عائلة كاملة»: finishing off, its subject between the verb and its «على». */
export const FINISHING_OFF: readonly string[] = ['قضي', 'قضت', 'يقضي', 'تقضي'];
/** «قضت المحكمة على المتهم بالسجن»: a court or a ruling decrees; it finishes no one off. */
export const DECREEING: readonly string[] = ['محكمه', 'المحكمه', 'محاكم', 'المحاكم', 'الحكم', 'حكم', 'القاضي', 'قاضي', 'القرار', 'قرار'];

/** «دعت إلى وقف إزهاق أرواح المدنيين»: stopping or ending what the casualty noun right after names states none. */
export const STOPPING: readonly string[] = ['وقف', 'انهاء', 'ايقاف'];

/** Verbs of {@link KILLED_PHRASES} that mean death only with a death object: «لقي 5 أشخاص حتفهم». */
export const NEEDS_DEATH_OBJECT: readonly string[] = [
  'لقي', 'لقيت', 'لقوا', 'لقين', 'لقيا', 'لقيتا',
  // «لاقى» and the present of both: «خمسة أشخاص لاقوا حتفهم»، «قبل أن يلقى مصرعه».
  'لاقي', 'لاقت', 'لاقوا', 'لاقيا', 'لاقتا', 'يلقي', 'تلقي', 'يلقون', 'يلاقي', 'تلاقي', 'يلاقون',
];

/** «لقي X حتفه/مصرعه»: the killed reading of «لقي» needs one of these after the count. */
export const DEATH_OBJECTS: readonly string[] = ['حتف', 'حتفه', 'حتفها', 'حتفهم', 'حتفهما', 'حتفهن', 'مصرع', 'مصرعه', 'مصرعها', 'مصرعهم', 'مصرعهما', 'مصرعهن', 'حتفيهما', 'مصرعيهما', 'مصارعهم', 'مصارعهن', 'نحبه', 'نحبهم'];

/**
 * Verbs that mean death only with their complement, which may stand past the victims («لفظ أحد الأطفال أنفاسه
 * الأخيرة»، «فارق الحياة»، «قضى الشاب نحبه»). With no victims named the verb's ending counts them.
 */
export const DEATH_IDIOMS: readonly { verbs: readonly string[]; objects: readonly string[]; kind?: 'injured' | 'trapped' }[] = [
  { verbs: ['لفظ', 'لفظت', 'لفظوا', 'لفظا', 'لفظتا', 'لفظن', 'يلفظ', 'تلفظ'], objects: ['انفاسه', 'انفاسها', 'انفاسهم', 'انفاسهما', 'انفاسهن'] },
  { verbs: ['فارق', 'فارقت', 'فارقوا', 'فارقا', 'فارقتا', 'فارقن', 'يفارق', 'تفارق'], objects: ['الحياه'] },
  { verbs: ['قضي', 'قضت', 'قضوا', 'قضيا', 'قضتا'], objects: ['نحبه', 'نحبها', 'نحبهم', 'نحبهما'] },
  // Losing one's life: «فقد 6 من المدنيين حياتهم»، «ما أدى لفقدان مدني حياته»، «فقدان عنصر لحياته» (not missing).
  { verbs: ['فقد', 'فقدت', 'فقدوا', 'فقدا', 'فقدتا', 'فقدن', 'يفقد', 'تفقد', 'فقدان'], objects: ['حياته', 'حياتها', 'حياتهم', 'حياتهما', 'حياتهن'] },
  // Fighting death is a wound, not yet death: «شقيقتاها تصارعان الموت»، «لا يزال يصارع الموت في المستشفى».
  { verbs: ['يصارع', 'تصارع', 'يصارعون', 'يصارعان', 'تصارعان', 'يصارعن', 'صارع', 'صارعت'], objects: ['الموت'], kind: 'injured' },
  // Caught under rubble is trapped: «علق خمسة أشخاص تحت الأنقاض»، «أن 9 علقوا تحت الركام» («علق على» comments).
  { verbs: ['علق', 'علقت', 'علقوا', 'علقا', 'علقتا', 'علقن'], objects: ['تحت'], kind: 'trapped' },
];

/**
 * Falling: «سقط شاب شهيدا»، «ارتقى شهيدا»، «سقط ثلاثة مدنيين جرحى» — the casualty participle after the victims says how;
 * with none, the fallen are killed («سقوط مدنيين»).
 */
export const FALL_WORDS: readonly string[] = [...FALLING, 'سقطوا', 'سقطا', 'سقطتا', 'سقطن', 'ارتقي', 'ارتقت', 'ارتقوا', 'ارتقيا', 'يرتقي'];

/**
 * Where or how the fallen fell, when that is no casualty: captivity, hands, a trap, a pit («سقط 3 جنود في الأسر»),
 * the ground, a faint, an exam or a vote («سقطوا أرضا»، «سقطوا في الامتحان»).
 */
export const FALLS_INTO: readonly Phrase[] = [
  ['في', 'الاسر'], ['في', 'اسر'], ['في', 'قبضه'], ['في', 'ايدي'], ['في', 'يد'], ['بيد'], ['بايدي'], ['بقبضه'], ['في', 'فخ'], ['في', 'شرك'], ['في', 'حفره'], ['في', 'بئر'],
  ['ارضا'], ['مغشيا'], ['في', 'امتحان'], ['في', 'الامتحان'], ['في', 'الامتحانات'], ['في', 'اختبار'], ['في', 'الانتخابات'],
];

/**
 * Openers of a sentence that turns to another story («وفي سياق آخر»، «من جهة أخرى»، «في حادث منفصل»): the attacker
 * of the headline and lead does not reach past them.
 */
export const TOPIC_SHIFTS: readonly Phrase[] = [
  ['في', 'سياق', 'اخر'], ['في', 'سياق', 'منفصل'], ['في', 'شان', 'اخر'], ['في', 'حادث', 'منفصل'], ['في', 'حادثه', 'منفصله'],
  ['في', 'حادث', 'اخر'], ['في', 'حادثه', 'اخري'], ['من', 'جهه', 'اخري'], ['من', 'ناحيه', 'اخري'], ['علي', 'صعيد', 'اخر'],
  ['في', 'هجوم', 'منفصل'], ['في', 'هجوم', 'اخر'],
];

/** Wounds after a verb of harm: only a person is so hurt («وأصابوه بجروح») — shrapnel and bullets also hit things. */
export const WOUNDS: readonly string[] = ['بجروح', 'بجراح'];
/**
 * Wounds and what made them, after a casualty verb; its own noun as the cognate object («أصيب إصابة بليغة»، «بإصابات
 * متوسطة»).
 */
export const WOUND_ADJUNCTS: readonly string[] = [
  ...WOUNDS, 'برصاصه', 'برصاصتين', 'برصاصتي', 'بشظايا', 'بشظيه', 'بطلق', 'بطلقه', 'بطلقات', 'بعيار', 'بعيارات', 'اصابه', 'باصابه', 'باصابات',
];

/**
 * Words that may follow a casualty verb whose victims are only in its ending («وقد قتل في الاشتباك»، «استشهد متأثرا
 * بجروحه»، «وأصيب برصاص الاحتلال»): prepositions, circumstances and the weapon. A noun after the verb would be its
 * subject or genitive instead («جرح بليغ»).
 */
export const VERB_ADJUNCTS: readonly string[] = [
  'في', 'علي', 'جراء', 'اثر', 'نتيجه', 'بسبب', 'تحت', 'بعد', 'خلال', 'عند', 'قرب', 'داخل', 'اثناء', 'متاثرا', 'متاثره', 'متاثرين', 'متاثرات', 'برصاص', 'بنيران',
  ...WOUND_ADJUNCTS, 'اليوم', 'امس', 'مساء', 'صباح', 'فجر', 'ليل', 'ظهر',
];

/**
 * Verbs of dying that also tell a natural death («وتوفي في باريس عام 2016»): alone, they report a casualty only with a
 * wound or weapon after them ({@link VIOLENT_ADJUNCTS}, or a cause: «توفي متأثرا بجروحه»، «توفي جراء القصف»).
 */
export const NATURAL_DEATH_VERBS: readonly string[] = ['توفي', 'توفيت', 'توفوا', 'توفيا', 'مات', 'ماتت', 'ماتوا', 'ماتا'];
export const VIOLENT_ADJUNCTS: readonly string[] = ['متاثرا', 'متاثره', 'متاثرين', 'متاثرات', 'جراء', 'اثر', 'نتيجه', 'برصاص', 'بنيران', ...WOUND_ADJUNCTS, 'تحت'];

/**
 * «استشهد متأثرا بجراحه التي أصيب بها»، «شهيد متأثرا بجراح أصيب بها»: dying of wounds. An injury told of those wounds
 * just after is the past of that death, no injury of its own. Search-normalized.
 */
export const OF_WOUNDS: readonly string[] = ['متاثرا', 'متاثره', 'متاثرين', 'متاثرات', 'متاثران', 'متاثرتين', 'متاثرتان'];

/**
 * Hunger and famine; malnutrition («سوء» before «التغذية») is told apart where a disease is read. Deaths «جراء
 * الجوع»، «بسبب سوء التغذية» under siege are counted by health ministries and annotated as the conflict's dead; only as
 * a verb's subject («قتلت المجاعة …») is hunger, like a disease, no agent.
 */
export const HUNGER: readonly string[] = ['المجاعه', 'مجاعه', 'الجوع', 'جوع'];

/**
 * Diseases and hunger: as the subject of a casualty verb they are no conflict agent, and what they kill is no
 * casualty of one («قتلت المجاعة في الصومال العام الماضي 43 ألف شخص»، «قتلت الكوليرا أكثر من 2000 شخص»); a disease,
 * not hunger, is no such casualty after a word of cause either.
 */
export const DISEASES: readonly string[] = [
  ...HUNGER, 'سوء', 'الجفاف', 'الكوليرا', 'كوليرا', 'الحصبه', 'الملاريا', 'الدفتيريا', 'الوباء', 'وباء', 'الاوبئه', 'كورونا', 'الفيروس', 'فيروس',
  'المرض', 'الامراض', 'الحمي', 'الاسهال', 'التيفوئيد',
  'مرض', 'امراض', 'السرطان', 'سرطان', 'حصبه', 'ملاريا', 'الطاعون', 'الجدري', 'الانفلونزا', 'انفلونزا', 'الايدز',
  // «بالفشل الكلوي»: organ failure, of patients cut off from care.
  'الفشل', 'فشل',
];
/**
 * Words of cause before a disease: «توفي 3 أطفال جراء الكوليرا». With «بـ» on the disease itself («إصابتين بالكوليرا»،
 * «أصيب 40 شخصا بالحصبة») the phrase tells a case of disease, no casualty of violence either.
 */
export const BECAUSE_OF: readonly string[] = ['جراء', 'بسبب', 'اثر', 'نتيجه', 'من'];

/** Nouns of the sick before «بـ» and a disease: the disease describes the victims, it is not what harmed them («أطفال مرضى بالسرطان»). */
export const DISEASE_BEARERS: readonly string[] = ['مرضي', 'المرضي', 'مريض', 'المريض', 'مريضه', 'مريضات', 'المريضات', 'مصابين', 'مصابون', 'المصابين', 'المصابون'];

/**
 * Abstract nouns that kill only in a figure of speech or by nature — feelings, waiting, heat and cold, prices and
 * poverty (not a siege, a weapon of war): as the subject of a killing verb they are no agent («يقتله الملل»، «ثم قتله الندم»، «الغلاء يقتل الأسر»).
 */
export const NOT_AGENTS: readonly string[] = [
  'الملل', 'الانتظار', 'الندم', 'الحزن', 'الشوق', 'الفضول', 'القلق', 'الخوف', 'الرعب', 'الغيره', 'الضجر', 'الحنين', 'الفراغ',
  'الوحده', 'الروتين', 'الغضب', 'الحسره', 'الياس', 'الاحباط', 'الالم', 'الحر', 'البرد', 'الصقيع',
  'الغلاء', 'الفقر', 'التضخم', 'البطاله', 'الاسعار', 'الديون', 'الضرائب',
  // What befalls a person without a wound («أصابه الذعر»).
  'الذعر', 'الهلع', 'الدهشه', 'الصدمه', 'الذهول', 'الارهاق', 'التعب', 'الدوار', 'الاغماء', 'الجنون', 'العمي', 'الشلل',
];

/** Decades, which date a past event told in a biography: «كان قد اعتقل في السبعينيات». */
export const DECADES: readonly string[] = [
  'الخمسينيات', 'الستينيات', 'السبعينيات', 'الثمانينيات', 'التسعينيات', 'الخمسينات', 'الستينات', 'السبعينات', 'الثمانينات', 'التسعينات',
];
// Words that introduce a year: «عام 1982»، «سنة 1975».
export const YEAR_WORDS: readonly string[] = ['عام', 'العام', 'سنه', 'السنه'];

/** «جميعهم»، «كلهم»: all of a group told, by its pronoun. */
const ALL_BY_PRONOUN: readonly string[] = ['جميعهم', 'جميعهن', 'كلهم', 'كلهن'];
/** «أحدهم»، «إحداهما»: one of a group told, by its pronoun. */
const ONE_BY_PRONOUN: readonly string[] = ['احدهم', 'احداهم', 'احداهن', 'احدهما', 'احداهما'];

/** «ثمانية أشخاص، جميعهم مدنيون، قتلوا»: words that open a remark on the subject between commas. */
export const APPOSITIVES: readonly string[] = [...ALL_BY_PRONOUN, 'هم', 'وهم', 'هن', 'وهن', 'وجميعهم'];
/** Words that open a description of one person just named, between commas: «أن فلان، وهو مدني …، توفي». */
export const DESCRIBING_ONE: readonly string[] = ['وهو', 'وهي'];

/** Words before a casualty verb that let it open its clause with no subject: «وقد قتل»، «حيث استشهد»، «بعدما أصيب». */
export const VERB_OPENERS: readonly string[] = ['قد', 'وقد', 'لقد', 'ثم', 'حيث', 'بعدما', 'عندما', 'حين', 'لكنه', 'لكنها', 'ان', 'انه', 'انها', 'بانه', 'بانها', 'كما', 'فيما', 'بينما'];

/** «خسائر بشرية»، «خسائر كبيرة في الأرواح»: losses, which these words after them (past an adjective or two) make human. */
export const LOSS_NOUNS: readonly string[] = ['خسائر'];
export const HUMAN_LOSSES: readonly Phrase[] = [
  ['بشريه'], ['بالارواح'], ['في', 'الارواح'], ['بصفوف'], ['في', 'صفوف'], ['بين', 'صفوف'], ['في', 'صفوفه'], ['في', 'صفوفها'], ['في', 'صفوفهم'],
];
/** Inflicting or suffering losses, before them past the one who suffers: «كبدت القوات العدو خسائر»، «تكبد الجيش خسائر». */
export const INFLICTING: readonly string[] = [
  'كبد', 'كبدت', 'كبدوا', 'كبدا', 'تكبيد', 'تكبد', 'تكبدت', 'تكبدوا', 'يتكبد', 'الحق', 'الحقت', 'الحقوا', 'الحاق', 'اوقع', 'اوقعت', 'اوقعا',
  'اوقعوا', 'ايقاع', 'وقوع', 'وقعت', 'وقع', 'تقع', 'يقع', 'سقوط', 'خلف', 'خلفت', 'مخلفا', 'مخلفه',
];
/**
 * Losing one's own people: «خسر الجيش 14 من مقاتليه». «فقد» also means "went missing" («فقد 3 صيادين»): it is a loss
 * only past a subject, with an object in the accusative («فقد جنديا») or in the first person or plural («فقدنا»).
 */
export const LOSING: readonly string[] = ['خسر', 'خسرت', 'خسروا', 'خسرنا', 'يخسر', 'تخسر'];
export const LOSING_OR_MISSING: readonly string[] = ['فقد', 'فقدت', 'فقدوا', 'فقدنا'];
/** «فشلت في القبض على»، «تسعى إلى القبض على»: prepositions before an arrest to be made, not made. */
export const ARREST_AIMED: readonly string[] = ['في', 'الي'];
/** What «فقد» loses that is no one's life, between its subject and a group: «فقد الأهالي الاتصال بثلاثة صيادين». */
export const LOST_NOT_LIVES: readonly string[] = ['الاتصال', 'اتصال', 'التواصل', 'اثر', 'اثار', 'الامل', 'السيطره'];
/** Suffering losses, of the inflicting words: «تكبد التنظيم خسائر» — its subject is the side that lost them. */
export const SUFFERING_LOSSES: readonly string[] = ['تكبد', 'تكبدت', 'تكبدوا', 'يتكبد', 'تتكبد'];

/** The toll as a noun («حصيلة القتلى»، «عدد الضحايا»): a mention only with a figure after «إلى» or a verb. */
export const TOLL_NOUNS: readonly string[] = ['حصيله', 'عدد', 'اعداد', 'ارقام', 'اجمالي', 'مجموع', 'تعداد'];
/** Adjectives of a toll noun: «الحصيلة الإجمالية»، «العدد الكلي». */
export const TOLL_ADJECTIVES: readonly string[] = ['الاجمالي', 'الاجماليه', 'الكلي', 'الكليه', 'النهائي', 'النهائيه', 'الاوليه', 'الجديده', 'بذلك'];
/** Verbs of reaching a figure after a casualty plural: «قتلى القصف بلغوا 23». */
export const TOLL_REACH_VERBS: readonly string[] = ['بلغ', 'بلغت', 'بلغوا', 'وصل', 'وصلت', 'وصلوا', 'تجاوز', 'تجاوزت', 'تجاوزوا', 'يتجاوز', 'يتجاوزون', 'تتجاوز'];
/** Verbs and nouns of a rising toll: «ارتفاع حصيلة القتلى»، «ارتفع إلى 53 عدد الذين قضوا». */
export const TOLL_RISE: readonly string[] = ['ارتفاع', 'ارتفع', 'ارتفعت', 'يرتفع', 'ترتفع', 'رفع', 'رفعت', 'يرفع', 'ترفع'];
/** «ارتفعت الحصيلة إلى…»، «بلغت الحصيلة…» */
export const TOLL_TO: readonly string[] = ['الي', 'بلغ', 'بلغت', 'وصل', 'وصلت'];
/** Words of two letters that take «و» as a conjunction («وست نساء»، «وأم»، «وأب»، «وأخ»); other three-letter words in «و» are words of their own («وقت»). */
export const SHORT_AFTER_AND: readonly string[] = ['ست', 'ام', 'اب', 'اخ'];
/**
 * «ارتفع عدد الضحايا ليصل إلى 19»، «عدد الضحايا يصل إلى 55 قتيلاً»: a toll reaching its figure — not «up to» it as after
 * «ما» (and its joined forms), «ربما»، «قد» or «لا» ({@link UP_TO_BEFORE}: «قتل ما يصل إلى 12»، «قد يصل إلى 100»).
 */
export const TOLL_REACHING: readonly string[] = ['ليصل', 'لتصل', 'يصل', 'تصل'];
export const UP_TO_BEFORE: readonly string[] = ['ما', 'بما', 'مما', 'فيما', 'لما', 'ربما', 'قد', 'لا'];
/** «تجاوز عدد المصابين 500»: the figure is a lower bound. */
export const TOLL_EXCEEDS: readonly string[] = ['تجاوز', 'تجاوزت', 'تجاوزوا', 'يتجاوز', 'يتجاوزون', 'تتجاوز', 'تخطي', 'تخطت', 'فاق', 'فاقت', 'يفوق', 'زاد', 'زادت'];

/** Verbs of reaching that link a casualty noun to its count; a relative may stand before them: «الاعتقالات التي طالت 30 شخصا». The present («تطال») tells a practice more often than arrests. */
export const REACHING_LINKS: readonly string[] = ['طالت', 'طال', 'شملت', 'شمل', 'طاولت'];
/** Words a casualty noun may take before its count: «إعدامات ميدانية بحق 5 أسرى»، «فقدان الاتصال بأربعة»، «طالت 40 شخصا». */
export const NOUN_LINKS: readonly string[] = ['بحق', 'الاتصال', ...REACHING_LINKS];

/**
 * Verbs of receiving or carrying the hurt, past tense: «استقبل المستشفى جريحين»، «نقلت الطواقم مصاباً». Their object, a
 * singular or dual casualty participle, counts itself. Search-normalized.
 */
export const RECEIVING: readonly string[] = ['استقبل', 'استقبلت', 'نقل', 'نقلت', 'نقلوا', 'اسعف', 'اسعفت', 'اسعفوا', 'عالج', 'عالجت', 'عالجوا'];
/** Verbs of arriving somewhere, past: «أن مدنياً وصل إلى المشفى مفارقاً الحياة». */
export const ARRIVING: readonly string[] = ['وصل', 'وصلت', 'وصلوا', 'وصلا', 'وصلتا', 'وصلن'];
/**
 * Nouns of arriving, which bring the uncounted casualty noun right after them as a result word does: «وصول شهيدين إلى
 * مستشفى جنين»، «بوصول إصابات خطيرة إلى المستشفى». The arrival verbs bring one told before them: «إن شهيدين وصلا إلى…».
 */
export const ARRIVAL_NOUNS: readonly string[] = ['وصول'];
/** How the arrived arrived, when dead (a wounded participle from the lexicon says wounded): «مفارقاً الحياة»، «متوفياً». */
export const ARRIVED_DEAD: readonly Phrase[] = [
  ['مفارقا', 'الحياه'], ['مفارقه', 'الحياه'], ['مفارقين', 'الحياه'], ['مفارقا', 'للحياه'], ['مفارقه', 'للحياه'], ['مفارقين', 'للحياه'],
  ['متوفيا'], ['متوفاه'], ['متوفين'], ['متوفيين'], ['ميتا'], ['ميته'], ['ميتين'], ['جثه', 'هامده'],
];

/** «حالة» and its pronouns, and the grave conditions of a wounded person: «في حالة حرجة»، «حالتهم خطيرة». */
export const CONDITION_WORDS: readonly string[] = ['حاله', 'حالته', 'حالتها', 'حالتهم', 'حالتهما', 'حالتهن'];
export const CRITICAL_STATES: readonly string[] = ['حرجه', 'خطيره', 'خطره'];

/**
 * «في عداد المفقودين»، «تحت الأنقاض»: a state phrase after a counted group, and the kind it gives. A `bare` phrase
 * names the casualty itself, so a bare figure may be its group («لا يزال المئات في عداد المفقودين»). An `adjacent` one
 * follows its group directly.
 */
export const STATE_PHRASES: readonly { phrase: Phrase; kind: 'trapped' | 'missing' | 'killed' | 'detained' | 'injured'; needs?: string; bare?: boolean; adjacent?: boolean }[] = [
  { phrase: ['مجهولا'], kind: 'missing', needs: 'مصير' },
  { phrase: ['مجهول'], kind: 'missing', needs: 'مصير' },
  { phrase: ['تحت', 'الانقاض'], kind: 'trapped' },
  { phrase: ['تحت', 'الركام'], kind: 'trapped' },
  { phrase: ['تحت', 'انقاض'], kind: 'trapped' },
  { phrase: ['تحت', 'ركام'], kind: 'trapped' },
  { phrase: ['تحت', 'الحطام'], kind: 'trapped' },
  { phrase: ['تحت', 'حطام'], kind: 'trapped' },
  // «انتشال الرضيع من بين الركام»: among the rubble, as under it.
  { phrase: ['بين', 'الركام'], kind: 'trapped' },
  { phrase: ['بين', 'ركام'], kind: 'trapped' },
  { phrase: ['بين', 'الانقاض'], kind: 'trapped' },
  { phrase: ['بين', 'انقاض'], kind: 'trapped' },
  { phrase: ['في', 'عداد', 'المفقودين'], kind: 'missing', bare: true },
  { phrase: ['مجهولي', 'المصير'], kind: 'missing', bare: true },
  { phrase: ['مجهول', 'المصير'], kind: 'missing' },
  { phrase: ['في', 'عداد', 'القتلي'], kind: 'killed', bare: true },
  { phrase: ['في', 'عداد', 'المعتقلين'], kind: 'detained', bare: true },
  // Suffocation («والعشرات بحالات الاختناق»، «و8 بالاختناق»، «أصاب عشرات الشبان بحالات اختناق»): injured. The first
  // word is read past its clitics, so «بالاختناق» is «الاختناق».
  { phrase: ['حالات', 'اختناق'], kind: 'injured', bare: true, adjacent: true },
  { phrase: ['حالات', 'الاختناق'], kind: 'injured', bare: true, adjacent: true },
  { phrase: ['حاله', 'اختناق'], kind: 'injured', bare: true, adjacent: true },
  { phrase: ['الاختناق'], kind: 'injured', bare: true, adjacent: true },
  { phrase: ['اختناق'], kind: 'injured', bare: true, adjacent: true },
  // A grave condition is a wound: «11 شخصا في حالة حرجة»، «وطفل ثالث بحالة خطيرة»، «شاب حالته خطرة» (injured).
  ...CRITICAL_STATES.flatMap((state) => CONDITION_WORDS.map((w) => ({ phrase: [w, state], kind: 'injured' as const }))),
];

/** Rescue verbs and nouns with their pronoun endings: «انتشلت»، «ينتشلون»، «انتشالها»، «سحبهم». */
function withEndings(stems: readonly string[], endings: readonly string[]): string[] {
  return stems.flatMap((s) => ['', ...endings].map((e) => s + e));
}

/**
 * Pulling people out from under rubble («انتشل الدفاع المدني طفلين من تحت الأنقاض»، «تم سحبهم من تحت الركام»):
 * before «من» and a trapped state these make the people rescued from it trapped casualties (the dead when they are
 * «ضحايا»). Bodies pulled out («انتشال جثث») are no new trapped victims.
 */
/** «أنقذوا طفلا بعد 16 ساعة تحت الركام»: how long the rescued lay under the rubble, after «بعد». */
export const RESCUE_AFTER: readonly string[] = ['بعد'];
export const DURATIONS: readonly string[] = ['ساعه', 'ساعات', 'ساعتين', 'يوم', 'ايام', 'يومين', 'اسبوع', 'اسبوعين', 'ليله', 'ليال'];

/** Alive, after the rescued: «انتشال طفلة على قيد الحياة»، «انتشال أحياء» (the living themselves). */
export const ALIVE: readonly Phrase[] = [['علي', 'قيد', 'الحياه'], ['حيا'], ['حيه'], ['احياء']];
/**
 * Words of pulling out, which say from under something (rubble, water) as a rescue or evacuation does not: alive
 * after them, the pulled out were trapped («انتشال طفلة على قيد الحياة»; «إنقاذ 205 أشخاص» from a siege is not).
 */
export const PULLING_OUT: readonly string[] = withEndings(['انتشل', 'ينتشل', 'تنتشل', 'انتشال', 'استخرج', 'يستخرج', 'تستخرج', 'استخراج'], ['ت', 'وا', 'ون', 'ان']);

export const RESCUE_WORDS: readonly string[] = withEndings(
  ['انتشل', 'ينتشل', 'تنتشل', 'انتشال', 'سحب', 'يسحب', 'تسحب', 'اخرج', 'يخرج', 'تخرج', 'اخراج', 'انقذ', 'ينقذ', 'تنقذ', 'انقاذ', 'اجلاء', 'اجلي', 'يجلي', 'تجلي',
    'استخرج', 'يستخرج', 'تستخرج', 'استخراج'],
  ['ت', 'وا', 'ون', 'ان', 'ه', 'ها', 'هم', 'هما', 'هن', 'ته', 'تها', 'تهم', 'وه', 'وها', 'وهم'],
);

/** Words of an age in brackets after a name: «محمد عبد الله (23 عاما)». */
export const AGE_WORDS: readonly string[] = ['عاما', 'عام', 'اعوام', 'سنه', 'سنوات', 'سنين', 'عمر', 'اشهر', 'شهرا', 'شهور'];
/** An age of two told by the dual alone, in brackets after a name: «فلان (سنتان)». */
export const AGE_DUALS: readonly string[] = ['سنتان', 'سنتين', 'عامان', 'عامين', 'شهران', 'شهرين'];
/** «3 شقيقات صغار»، «أشقاء في سن الطفولة»: after persons of no class (kin, people), words that tell them children. */
export const TOLD_YOUNG: readonly Phrase[] = [
  ['صغار'], ['الصغار'], ['صغيرات'], ['الصغيرات'], ['صغيران'], ['صغيرتان'], ['صغيرين'], ['صغيرتين'], ['قاصرين'], ['قاصرات'],
  ['في', 'سن', 'الطفوله'],
];
/** Age words that count months: whoever is aged by them is an infant. */
export const AGE_MONTH_WORDS: readonly string[] = ['اشهر', 'شهرا', 'شهور'];

/**
 * Words that open an age after a victim noun: «فتى يبلغ من العمر 12 عاماً»، «الطفلة البالغة 5 سنوات»، «والده (58 عاما)»،
 * «عمره 12 عاماً».
 */
export const AGE_OPENERS: readonly string[] = ['يبلغ', 'تبلغ', 'البالغ', 'البالغه', 'يناهز', 'تناهز', 'عمره', 'عمرها', 'بعمر'];

/** «ضابط برتبة نقيب»، «ضابط برتبة ملازم أول»: the word that gives a victim's rank after him, and a rank's second word. */
export const OF_RANK: readonly string[] = ['برتبه'];
export const RANK_SECOND_WORDS: readonly string[] = ['اول', 'ثان', 'ثاني', 'ركن'];

/**
 * Titles that are common words too, so name a person only before a personal name ({@link module:casualties/titles}):
 * ranks with the article («المقدم فلان», while «مقدم» is a presenter, «لواء» a brigade, «رائد» a pioneer, «فريق» a
 * team) report soldiers; offices, with the article or in construct with what they head («رئيس الهيئة العامة للأوقاف
 * فلان», while «رئيس» heads many sentences, «محافظ» is the governorate's), report people, and commanders («آمر اللواء
 * فلان», while «أمر» is an order) fighters, as «قائد» does. «الدكتور فلان» (a doctor of any field) and «الفنان فلان» are persons, «الطيار فلان» a soldier;
 * alone they stay no victims («وفاة فنان» may be a natural death, «طيار» flies airliners too).
 */
export const NAME_RANKS: readonly string[] = ['مقدم', 'رائد', 'لواء', 'عميد', 'مشير', 'فريق', 'طيار'];
export const NAME_OFFICES: readonly string[] = ['رئيس', 'محافظ', 'عمده', 'دكتور', 'فنان', 'شيخ'];
export const NAME_COMMANDERS: readonly string[] = ['امر'];
/**
 * «قائد اللواء»، «عضو المجلس المحلي»: offices told after a personal name, in construct with what they head (a definite
 * word or a place noun); there a name of two words or more has ended. Search-normalized; not «أمين»، «عميد»، «شيخ»,
 * «نقيب», which are names of their own, nor «أمام» (before) or «أمر» (an order).
 */
export const TITLES_AFTER_NAME: readonly string[] = ['رئيس', 'قائد', 'عضو', 'خطيب', 'مدير', 'مسؤول', 'نائب', 'زعيم', 'محافظ', 'مدرس', 'مؤذن', 'عمده', 'قاضي', 'مفتي', 'متحدث'];
/** «فلان الفلاني مختار البلدة»: offices that are personal names too («أحمد محمد مختار الحسن»), titles only before a place. */
export const NAMED_TITLES_AFTER_NAME: readonly string[] = ['مختار', 'امير', 'وجيه'];
/** Ranks that, in construct with what they head, are offices: «عميد بلدية» (a mayor), «عميد كلية» (a dean). */
export const RANKS_HEADING: readonly string[] = ['عميد'];

/**
 * «بالإضافة إلى ثمانية مدنيين»، «فضلاً عن خمسة مدنيين»: phrases that add a toll of its own to one just told — what
 * they add with a figure of its own (or as «others», or by an ordinal) is counted apart.
 */
export const ADDING_APART: readonly Phrase[] = [['بالاضافه', 'الي'], ['اضافه', 'الي'], ['بالاضافه', 'ل'], ['اضافه', 'ل'], ['فضلا', 'عن'], ['علاوه', 'علي']];
/**
 * Phrases that add a group to a toll or a list, like «و»: those of {@link ADDING_APART}, and «إلى جانب أربعة آخرين»،
 * «وكذلك عنصر من الشرطة», which join what they add to the toll before.
 */
export const ADDING: readonly Phrase[] = [...ADDING_APART, ['الي', 'جانب'], ['وكذلك'], ['وايضا']];

/** «اعتقلت جميع العاملين»، «تم اعتقال كل الشبان»: all of a definite group after a casualty word, of no size given. */
export const ALL_OF: readonly string[] = ['كل', 'جميع', 'كافه'];
/** «قتلوا جميعهم»: all of them, after a verb — an emphasis of its subject, no object. */
export const ALL_OF_THEM: readonly string[] = [...ALL_BY_PRONOUN, 'جميعا', 'كافتهم'];
/** «ومقتل من فيها»، «مقتل جميع من عليها»: who were in or on it (a car, a house), after «من» — people of no size given. */
export const WHO_IN_IT: readonly string[] = ['فيها', 'فيه', 'فيهما', 'عليها', 'عليه', 'بداخلها', 'بداخله', 'داخلها', 'داخله'];

/**
 * A massacre committed («يرتكب مجزرة في سوق»، «مجزرة ارتكبها العدو»، «موقعة ثلاث مجازر») is a killing of no size when no
 * toll stands beside it: the nouns, the committing words before them (past a figure of massacres) and after them.
 */
export const MASSACRES: readonly string[] = ['مجزره', 'مذبحه', 'مجازر', 'مذابح'];
export const COMMITTING: readonly string[] = ['ارتكب', 'ارتكبت', 'ارتكبوا', 'يرتكب', 'ترتكب', 'نفذ', 'نفذت', 'نفذوا', 'موقعا', 'موقعه', 'مرتكبا', 'مرتكبه',
  // The verb of «موقعاً»: «الطيران يوقع مجزرة»، «أوقعت الغارات مجزرة» («توقع» is also "expected": left out).
  'اوقع', 'اوقعت', 'اوقعوا', 'يوقع'];
/** Words of a name after which the next word is a name too, whatever else it reads as: «ياسر أبو شباب»، «علي بن جمعة». */
export const KUNYA_WORDS: readonly string[] = ['ابو', 'ابن', 'بن', 'بنت'];
/** Verbs of seizing whose subject may stand before their «على»: «قبضت الشرطة على 5 أشخاص» (lexicon «قبض على» without it). */
export const SEIZING_ON: readonly string[] = ['قبض', 'قبضت', 'قبضوا', 'يقبض', 'تقبض'];
/** Words before the group a massacre was committed against: «مجزرة بحق المدنيين»، «مجازر تجاه المواطنين» («في صفوف» too). */
export const MASSACRE_AGAINST: readonly string[] = ['بحق', 'تجاه', 'ضد'];
/** Words a massacre's committing verb may have between it and the massacre: its «فيه» and its subject («ارتكب فيه العدو مجزرة»). */
export const COMMITTED_IN: readonly string[] = ['فيه', 'فيها', 'فيهم', 'بها', 'به'];
export const COMMITTED: readonly string[] = ['ارتكبها', 'ارتكبتها', 'ارتكبه', 'ارتكبته', 'نفذها', 'نفذتها', 'نفذه', 'نفذته', 'ارتكبوها', 'نفذوها'];

/** «اعتقلت كلاً من: فلان وفلان»: «each of», opening a list of named persons, one each. */
export const EACH_OF: readonly string[] = ['كل', 'كلا'];
/** «كلاً من: …»، «كلاً من؛ …»: marks that may open the list after «each of», a colon or a semicolon used as one. */
export const LIST_OPENERS: readonly string[] = [':', '؛', ';'];

/** «بعض المسؤولين»: a vague «some» before a definite victim noun. */
export const SOME_OF: readonly string[] = ['بعض', 'وبعض'];

/** «مصير آلاف المختطفين»، «مصير مجهول للمفقودين»: the fate of a group, which is missing. */
export const FATE_WORDS: readonly string[] = ['مصير'];
/** «ولا يزال مصيرهم مجهولا»: a fate with a pronoun, missing when said unknown (one, two or some by the pronoun). */
export const FATE_PRONOUNS: readonly { word: string; count: { value: number } | { vague: 'some' } }[] = [
  { word: 'مصيره', count: { value: 1 } }, { word: 'مصيرها', count: { value: 1 } }, { word: 'مصيرهما', count: { value: 2 } },
  { word: 'مصيرهم', count: { vague: 'some' } }, { word: 'مصيرهن', count: { vague: 'some' } },
];
/** «لا يزال مصير الأسرى مجهولا»: words saying a fate is unknown; without one, «مصير» + a definite group refers back. */
export const UNKNOWN_FATE: readonly string[] = [
  'مجهول', 'مجهولا', 'مجهوله', 'مجهولين', 'يعرف', 'تعرف', 'يعرفون', 'يعلم', 'تعلم', 'نعرف', 'نعلم', 'معروف', 'معروفا', 'يجهل', 'غامض', 'غامضا',
];

/**
 * «إعدام ميداني»، «الإعدامات الميدانية»: the adjective that makes an execution noun a summary killing in the field, which
 * states that such killings took place, of unknown size, singular or definite too.
 */
export const FIELD_EXECUTION: readonly string[] = ['ميداني', 'ميدانيه', 'الميداني', 'الميدانيه', 'ميدانيا'];

/** «أسر الشهداء»: «أسر» is also the plural of «أسرة» (family). */
export const CAPTURE_OR_FAMILIES: readonly string[] = ['اسر'];
/**
 * Feminine adjectives that describe families, agreeing with «أسر» as a broken plural: «أسر نازحة»، «أسر فقيرة» (a capture
 * would take its captives here, «أسر مجندة»).
 */
export const FAMILY_ADJECTIVES: readonly string[] = [
  'نازحه', 'مهجره', 'مشرده', 'لاجئه', 'فقيره', 'محتاجه', 'متعففه', 'معدمه', 'منكوبه', 'متضرره', 'عديده', 'كثيره', 'كامله', 'باكملها', 'بكاملها',
];

/** Verbs and nouns of freeing captives: «أفرج عن»، «أطلق سراح»، «تحرير»، «تبادل» (read through clitics). */
export const RELEASING: readonly string[] = ['افرج', 'افرجت', 'افرجوا', 'يفرج', 'تفرج', 'الافراج', 'افراج', 'سراح', 'تحرير', 'تبادل', 'مبادله'];

/** «أكبر عدد من الضحايا»، «أضخم عملية إعدام»: a superlative before a figure or an event noun compares, it tells none. */
/**
 * What is done for the dead once they are counted — searched for, mourned, prayed over, identified, buried: «البحث عن
 * القتلى»، «تشييع عدد من الشهداء»، «التعرف على جثامين 15 فرداً». Not evacuating or carrying the wounded and dead
 * («إخلاء الشهداء والجرحى»), which may be their first telling. Search-normalized.
 */
export const TENDING_THE_DEAD: readonly string[] = ['البحث', 'بحث', 'تشييع', 'شيع', 'تشييعهم', 'الصلاه', 'صلاه', 'صلوا', 'دفن', 'التعرف', 'تعرف', 'مواراه'];
/**
 * Evacuating or carrying the wounded and the dead: «لإجلاء الشهداء والجرحى»، «إسعاف المصابين». Where no casualty word
 * of their kind stands before, this is their first telling. Not treating («علاج الجرحى»), said of policy and aid too.
 * Search-normalized.
 */
export const EVACUATING: readonly string[] = ['اسعاف', 'اجلاء', 'اخلاء', 'نقل'];

export const SUPERLATIVES: readonly string[] = ['اكبر', 'اسوا', 'اعلي', 'اضخم', 'افدح', 'ادمي'];

/** «تعرض شابان للاعتقال»: being subjected to what a casualty noun after «ل» names. */
export const SUBJECTED: readonly string[] = ['تعرض', 'تعرضت', 'تعرضوا', 'تعرضا', 'تعرضتا', 'تعرضن', 'يتعرض', 'تتعرض', 'يتعرضون', 'تعرضه', 'تعرضها', 'تعرضهم'];
/** Identifying or examining the dead, who were told already: «التعرف على هوية ثمانية من القتلى»، «الكشف على 23 جثة». */
export const IDENTIFYING: readonly string[] = ['التعرف', 'الكشف', 'فحص', 'تحديد', 'معاينه'];
/** What stands between such a word and the dead: «على»، «هوية»، «أصحاب» (not «عن»: «الكشف عن» discloses new dead). */
export const IDENTIFYING_LINKS: readonly string[] = ['علي', 'هويه', 'هويات', 'اصحاب'];
/**
 * «تعرض طفل لعيار ناري»، «تعرضوا لشظايا»، «تعرض لحروق»: what hits or hurts a body after «لـ», a wound to whom is
 * subjected to it (not «لرصاص»، «لطلقات»: coming under fire).
 */
export const HIT_BY: readonly string[] = ['لعيار', 'لطلق', 'لطلقه', 'لرصاصه', 'لشظايا', 'لشظيه', 'لطعنه', 'لطعنات', 'لجروح', 'لحروق', 'لكسور', 'لرضوض'];
/** «تعرض لعملية اغتيال»: an operation the casualty noun after it names, standing for the noun's own «لـ» (not «لمحاولة», an attempt). */
export const SUBJECTED_TO_OPERATION: readonly string[] = ['لعمليه', 'لعمليات'];
/** «لعملية اغتيال فاشلة»: an operation that failed, after its noun — an attempt after all. */
export const FAILED: readonly string[] = ['فاشله', 'فاشل', 'فاشلتين', 'فاشلين', 'فاشلتان'];
/** «عشرات الضحايا بين قتلى وجرحى»: casualty words of no one kind, which «بين قتيل وجريح» splits into both. */
export const VICTIMS_OF_BOTH_KINDS: readonly string[] = ['ضحيه', 'ضحايا', 'الضحيه', 'الضحايا'];

/**
 * «عانى العشرات من الاختناق»، «معاناة 20 طفلا من حالات اختناق»: suffering from what an injury noun after «من» names
 * is an injury of the group after the verb (or before it); read like {@link SUBJECTED}, the noun after «من».
 */
export const SUFFERING: readonly string[] = ['عاني', 'عانت', 'عانوا', 'عانين', 'عانيا', 'يعاني', 'تعاني', 'يعانون', 'يعانين', 'يعانيان', 'تعانيان', 'معاناه'];

/**
 * Campaigns and operations of a verbal noun («حملة اعتقالات»، «عملية إعدام علنية»، «عمليات إعدام كثيرة»): an arrest or
 * execution campaign carried out is a mention of unknown size, where the bare plural («الإعدامات») names nobody.
 */
export const CAMPAIGNS: readonly string[] = ['حمله', 'حملات', 'عمليه', 'عمليات', 'موجه'];
/** The campaign nouns of one operation: with a definite verbal noun («عملية الإعدام») it is the one the text is about. */
export const ONE_CAMPAIGN: readonly string[] = ['حمله', 'عمليه', 'موجه'];

/** «تم اعتقاله»، «جرى إعدامهم»: an auxiliary of the passive before a verbal noun with a pronoun for its victims. */
export const PASSIVE_AUX: readonly string[] = ['تم', 'تمت', 'جري', 'جرت'];

/**
 * Active casualty verbs take their victim as an object pronoun: «أطلق النار على المهاجم وقتله»، «فقتلوه»، «يباغت 4 جنود
 * ويقتلهم»، «اعتقلته قوات الاحتلال». Which verbs do is read from the lexicon — its one-word casualty verbs (`pos: 'verb'`)
 * of these kinds — so a verb a user adds takes the pronoun as well. Past verbs take the endings of
 * {@link PAST_OBJECT_ENDINGS}, present ones (opening with «ي/ت») those of {@link PRESENT_OBJECT_ENDINGS}.
 */
export const OBJECT_KINDS: readonly string[] = ['killed', 'executed', 'detained', 'injured'];
/** The kinds that harm a body: a group held or missing whom one befalls is its victims, not news of its own. */
export const HARM_KINDS: readonly string[] = ['killed', 'injured', 'executed'];
/** The kinds of people held or lost: a figure of them is a group of people («9 مختطفين»), whom a harm may befall. */
export const HELD_KINDS: readonly string[] = ['detained', 'missing'];
/**
 * Casualty verbs of the lexicon that take no object: the intransitive («استشهد»، «توفي»، «مات»، «قضى»، «ارتقى») and
 * passive («اغتيل»، «أصيب»، «يصاب») ones. What follows their subject is never a group they acted on.
 */
export const INTRANSITIVE_VERBS: readonly string[] = [
  'استشهد', 'يستشهد', 'توفي', 'توفيت', 'توفوا', 'مات', 'يموت', 'تموت', 'يموتون', 'قضي', 'قضت', 'قضوا', 'ارتقي', 'اغتيل',
  'اصيب', 'يصاب', 'تصاب',
];
/** Casualty verbs of the lexicon that take no object pronoun: the intransitive, and «أسر», whose «أسرهم» is "their families". */
export const NO_OBJECT: readonly string[] = [
  ...INTRANSITIVE_VERBS, 'اسر',
  // Led away: with a pronoun, people already held («اقتادوه»; see {@link COUNTED_ONLY}).
  'اقتاد', 'يقتاد', 'تقتاد',
];
/**
 * Casualty verb entries that take no object pronoun: mourning one mourns the dead already told («مقتل مقاتلين نعاهما
 * الفصيل»، «وقد نعتهما القناة»).
 */
export const NO_OBJECT_ENTRIES: readonly string[] = ['mourned-verb'];
/**
 * Past verbs written like a verbal noun the lexicon does not list («خطفه» is also "his kidnapping"); those it lists as
 * a casualty noun too («قتل») are known from it.
 */
export const LIKE_VERBAL_NOUNS: readonly string[] = ['خطف', 'اصاب'];
/**
 * Verbal nouns of verbs done to people, which take their agent in the genitive and their object after it: «إعدام
 * الجيش عشرات المدنيين»، «اعتقال قوات الاحتلال 20 فلسطينيا». Not «مقتل»، «استشهاد»، «إصابة», whose genitive is the
 * victim («مقتل الجنود»).
 */
export const AGENT_NOUNS: readonly string[] = ['قتل', 'اعدام', 'تصفيه', 'اعتقال', 'اختطاف', 'خطف', 'احتجاز', 'توقيف', 'ايقاف', 'اقتياد', 'اسر'];
/**
 * Past verbs of arrest, abduction, execution and assassination: after them (and their subject), a run of personal
 * names is the victims, one per name («اعتقلت قوات الأمن سامر عودة ونادر خليل» → 2، «وخطف مسلحون حسن الصغير»). Ships
 * and cars are held and hijacked too, but no name is read in them. «خطف» is also the verbal noun, which names its
 * victims the same way («أدانت النقابة خطف سامر يوسف»). The passive «قتل» and «جرح» name theirs right after the
 * verb («وقتل خالد يوسف برصاص قناص»). «أسر», written like «family», is left out.
 */
export const NAMING_VERBS: readonly string[] = ['اعتقل', 'اعدم', 'اغتال', 'خطف', 'اختطف', 'قتل', 'جرح'];
/**
 * The passive «أصيب» and the intransitive «استشهد», whose subject is the victim: a name right after them is one
 * («وأصيب خالد يوسف بجروح»، «وأصيب “هادي سعيد”»). With no verb of violence around it, a noun and its definite genitive
 * look like a name («أصيب مهاجم المنتخب»): unquoted, the name's second word must have no article.
 */
export const SUBJECT_NAMING_VERBS: readonly string[] = ['اصيب', 'استشهد'];
/** Words that give a person's nickname after his name: «الملقب بـ (أبو علي)»، «المعروف بالحاج». Search-normalized. */
export const NICKNAMED: readonly string[] = ['الملقب', 'الملقبه', 'الملقبين', 'المعروف', 'المعروفه', 'المكني', 'المكناه', 'الشهير', 'الشهيره'];

/** Verbs that give the name of a person just described: «امرأة تدعى مريم حسن»، «شخص يدعى أسعد». Search-normalized. */
export const CALLED: readonly string[] = ['يدعي', 'تدعي', 'يسمي', 'تسمي', 'اسمه', 'اسمها'];

/**
 * A toll broken down into groups, each a mention of the toll's kind: verbs by which the toll includes its parts
 * («عدد القتلى شمل 336 مقاتلا و298 مدنيا»), and the words between a toll and the colon that opens its parts («وزع
 * المرصد الحصيلة على الشكل التالي: 226 من …، 305 من …»). Search-normalized.
 */
export const TOLL_INCLUDING: readonly string[] = ['شمل', 'شملت', 'يشمل', 'تشمل', 'ضم', 'ضمت', 'يضم', 'تضم', 'تضمن', 'تضمنت', 'يتضمن', 'تتضمن'];
export const AS_FOLLOWS: readonly string[] = ['علي', 'الشكل', 'النحو', 'التالي', 'الاتي', 'كالتالي', 'كالاتي', 'كما', 'يلي'];
/** A toll noun that names a toll of casualties with no casualty word after it: «الحصيلة». */
export const TOLL_ITSELF: readonly string[] = ['حصيله'];

/** Words that tell what killed the dead of a sub-group list before its members: «من بين الضحايا جراء القصف فلان». */
export const AMONG_CAUSED_BY: readonly string[] = ['جراء', 'بسبب', 'اثر', 'نتيجه', 'في'];

/** Words of being among the dead: «بين القتلى»، «ضمن القتلى». Search-normalized. */
export const AMONG_WORDS: readonly string[] = ['بين', 'مابين', 'ضمن'];

/** Adverbs that may stand between such a verb and the names: «واعتقلت أيضا …». */
export const NAME_ADVERBS: readonly string[] = ['ايضا', 'كذلك', 'بدورها', 'بدوره'];
/** «على يد»: the hand(s) an agent acts by. */
export const HANDS: readonly string[] = ['يد', 'ايدي'];
/** Resumptives that may take «على» before them, a preposition there and no name: «قتل على إثرها شخصان». */
export const ON_RESUMPTIVES: readonly string[] = ['اثره', 'اثرها', 'اثرهم'];
/** «محمد علي حديد»: words before which «علي» is the preposition «على» written with «ي» («علي خلفية»، «علي الفور»), not a name. */
export const NOT_AFTER_ALI: readonly string[] = [...HANDS, 'الاقل', 'خلفيه', 'اثر', ...ON_RESUMPTIVES, 'الفور', 'طريق', 'حاجز', 'متن', 'راس', 'مدار', 'صعيد', 'قيد', 'اساس', 'بعد', 'مقربه'];
/** Words of cause and occasion: «وفاة بسبب التعذيب» names no one, and «اعتقلت فلان الفلاني عقب …» ends the name. */
export const CAUSE_WORDS: readonly string[] = ['بسبب', 'بفعل', 'نتيجه', 'عقب', 'اثناء'];
/** Adverbs of place and degree that stand in no personal name: «إعدام خارج نطاق القانون»، «إصابة بليغة جدا». */
export const NOT_NAME_WORDS: readonly string[] = [
  'او', 'بعض', 'خارج', 'داخل', 'خلف', 'امام', 'دون', 'بدون', 'جدا', 'فورا', 'فوري', 'مباشر', 'مباشره',
  // «قتل ما لايقل عن أربعة»: a bound, written joined, is no name («لايقل عن» alone the numbers layer leaves unread).
  'ما', 'لايقل',
  // «لم يتم اعتقال أحد حتى الآن»: «أحد» (anyone) and «حتى» open no name.
  'احد', 'احدا', 'حتي',
  ...CAUSE_WORDS,
  // Vehicles, which are hijacked as people are abducted: «واختطف مسلحون سيارة إسعاف»; and what a star or a team
  // «steals»: «خطف صلاح الأضواء»، «اختطف الفريق بطاقة التأهل».
  'سياره', 'حافله', 'شاحنه', 'سفينه', 'باخره', 'ناقله', 'قارب', 'طائره', 'مركبه', 'زورق', 'مركب',
  'الاضواء', 'الانظار', 'الفوز', 'بطاقه', 'اللقب', 'الصداره',
  // Damage a building or a vehicle is hit with: «أصيب المبنى بأضرار كبيرة».
  'باضرار', 'اضرارا', 'بضرر', 'باعطال',
];

/** A past verb's subject ending and object pronoun: «قتله»، «قتلته» (she)، «قتلوه» (they). */
export const PAST_OBJECT_ENDINGS: readonly string[] = ['ه', 'ها', 'هم', 'هما', 'هن', 'ته', 'تها', 'تهم', 'تهما', 'تهن', 'وه', 'وها', 'وهم', 'وهما', 'وهن'];
/**
 * A defective past verb («أردى»، its last letter ى) before an object pronoun: its ى turns to ا, or gives way to a
 * subject ending — «أرداه»، «أردته»، «أردوهم»، and the duals «أردياه»، «أردتاه».
 */
export const DEFECTIVE_OBJECT_ENDINGS: readonly string[] = [
  'اه', 'اها', 'اهم', 'اهما', 'ته', 'تها', 'تهم', 'تهما', 'وه', 'وها', 'وهم', 'وهما', 'ياه', 'ياها', 'ياهم', 'ياهما', 'تاه', 'تاها', 'تاهم', 'تاهما',
];
/** A present verb's subject ending and object pronoun: «يقتله»، «يقتلونهم». */
export const PRESENT_OBJECT_ENDINGS: readonly string[] = ['ه', 'ها', 'هم', 'هما', 'هن', 'ونه', 'ونها', 'ونهم', 'ونهما', 'ونهن'];

/** «اختناق مروري»، «اختناق السير»: a casualty noun qualified so that it names no harm to people (traffic, the economy). */
export const NOT_OF_PEOPLE: readonly string[] = [
  'مروري', 'مروريه', 'المروري', 'المروريه', 'السير', 'المرور', 'اقتصادي', 'اقتصاديه', 'الاقتصادي', 'الاقتصاديه',
];

/** Victim classes of armed people: as the subject of a verb with an object pronoun they make its object a person. */
export const ARMED_VICTIMS: readonly string[] = ['soldiers', 'fighters'];

/**
 * «أطلق النار على المهاجم وقتله»، «أطلق عليه النار فأرداه»: the one fired at is the object pronoun's antecedent, not
 * the shooter before.
 */
export const FIRED_AT: readonly Phrase[] = [
  ['النار', 'علي'], ['الرصاص', 'علي'],
  // Not «عليها»: a vehicle or a drone is fired at as often as a woman.
  ...['عليه', 'عليهما', 'عليهم'].flatMap((on): Phrase[] => [[on, 'النار'], [on, 'الرصاص']]),
];

/** «أعلنت الوزارة (عن) استشهاده»: announcing a death or an arrest that a pronoun on the verbal noun names. */
export const ANNOUNCING: readonly string[] = [...withFeminine(['اعلن', 'نعي']), 'اعلان', 'يعلن', 'تعلن'];
/**
 * A time after or before a detention, told by its verbal noun: with a plural pronoun it names the group counted right
 * before it («الإفراج عن أربعة موظفين بعد اختطافهم»).
 */
export const TIME_AFTER_HOLDING: readonly string[] = ['بعد', 'قبل', 'منذ', 'علي', 'اثر', 'عقب'];
/**
 * «بعد اعتقاله»، «قبل اعتقاله»، «بعد ثلاث سنوات على اختطافه»، «أثناء اعتقاله»: the time of an arrest or a kidnapping told
 * by its verbal noun with the pronoun of one or two persons is news of that detention (during it too).
 */
export const TIME_OF_HOLDING: readonly string[] = [...TIME_AFTER_HOLDING, 'اثناء', 'خلال'];
/** «يعتقد أنهم من القاعدة»، «يشتبه بأنه»: a hedged description of the persons just named, part of their phrase. */
export const HEDGING_VERBS: readonly string[] = ['يعتقد', 'يفترض', 'يشتبه', 'يرجح', 'يظن', 'يقال'];

/** «إصابات متفاوتة وسط المدنيين»: where a plural casualty noun names the people it befell. */
export const AMONG_PEOPLE: readonly Phrase[] = [['بين'], ['وسط'], ['في', 'صفوف'], ['بصفوف'], ['في', 'اوساط'], ['باوساط']];

/** «آخران»، «أخريان»: two others. */
export const TWO_OTHERS: readonly string[] = ['اخران', 'اخرتان', 'اخريان', 'اخرتين', 'اخريين'];
/** Words meaning "others" that stand for a victim noun already named: «وأصيب آخرون». */
export const OTHERS: readonly string[] = ['اخرين', 'اخرون', 'اخري', 'اخريات', ...TWO_OTHERS];

/** Ordinals that stand for one more victim of the class named before: «قتل رجلان وأصيب ثالث». */
export const ORDINALS: readonly string[] = [
  'ثان', 'ثاني', 'ثانيه', 'ثالث', 'ثالثه', 'ثالثا', 'رابع', 'رابعه', 'رابعا', 'خامس', 'خامسه', 'خامسا', 'سادس', 'سادسه', 'سابع', 'سابعه',
  'ثامن', 'تاسع', 'عاشر',
];

/** Relative pronouns and complementizers: a noun before one is not the subject of the verb after it. */
export const RELATIVES: readonly string[] = ['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللذان', 'اللتان', 'اللواتي', 'اللاتي', 'ممن', 'ان', 'انه', 'انها', 'انهم'];

/** Ways a sub-group is introduced: «بينهم 8 أطفال» (some) and «معظمهم من النساء» (most). */
export const INCLUDES_SOME: readonly string[] = ['بينهم', 'بينهن', 'بينهما', 'منهم', 'منهن', 'منهما', 'ضمنهم'];
/** Words with a dual pronoun that may follow a group and say it is two: «مدنيين بينهما طفل»، «مدنيين كلاهما من البلدة». */
export const DUAL_PRONOUN_WORDS: readonly string[] = ['بينهما', 'منهما', 'كلاهما', 'وهما'];
/** Words ending in «هما» that carry no dual pronoun: «مهما» (whatever). */
export const NOT_DUAL_PRONOUNS: readonly string[] = ['مهما', 'ومهما'];
export const INCLUDES_MOST: readonly string[] = ['معظمهم', 'اغلبهم', 'غالبيتهم', 'اكثرهم', 'معظمهن', 'اغلبهن', 'جلهم'];

/** «في صفوف المدنيين»: the victims follow these. */
export const RANKS: readonly Phrase[] = [['في', 'صفوف'], ['في', 'اوساط'], ['باوساط'], ['وسط'], ['بين'], ['من'], ['من', 'بين']];

/**
 * Bodies of a state's forces whose members are soldiers when a figure is of them: «اثنان من الشرطة»، «عنصرين من
 * شرطة المرور»، «خمسة في صفوف الأمن العراقي». Names of a body, not of its members («عناصر الشرطة» is a victim noun
 * of its own).
 */
export const FORCE_BODIES: readonly Phrase[] = [
  ['الشرطه'], ['شرطه'], ['الامن'], ['الجيش'], ['الدرك'], ['قوات', 'الامن'], ['قوات', 'الشرطه'], ['قوات', 'الجيش'], ['القوات', 'الامنيه'],
  ['الاجهزه', 'الامنيه'], ['حرس', 'الحدود'], ['قوات', 'حرس', 'الحدود'],
];


/** Words that make what follows hypothetical («يمكن أن تتسبب في مقتل»). `قد` is left out: before a past verb it asserts. */
export const HYPOTHETICAL: readonly string[] = [
  'يمكن', 'يمكنها', 'يمكنه', 'ربما', 'يحتمل', 'محتمل', 'المحتمل', 'يخشي', 'تخشي', 'خشيه', 'مخاوف', 'تخوف',
  'يهدد', 'تهدد', 'تهديد', 'سوف', 'لو', 'اذا', 'ستودي', 'حذر', 'حذرت', 'يحذر', 'تحذر', 'تحذير', 'سيودي', 'ستسفر', 'سيسفر', 'ستتسبب', 'سيتسبب',
  // A chance is no toll: «احتمال مقتل آخرين معه».
  'احتمال', 'باحتمال', 'احتماليه',
  // Expecting a toll to rise is no toll: «ومن المتوقع أن يرتفع العدد».
  'المتوقع', 'متوقع', 'يتوقع', 'تتوقع', 'توقعات', 'المرجح',
  // Avoiding or preventing casualties states none: «لتجنب إيقاع إصابات بين المدنيين».
  'تجنب', 'لتجنب', 'تفادي', 'لتفادي', 'منع', 'لمنع',
];

/**
 * Verbs and nouns of threatening and warning in any tense, the verbs with an object pronoun too («هددهم»): what they
 * threaten is no toll, when the casualty word is their object, after «بـ» or «أن» («هددت الجماعة بإعدام 5 رهائن»،
 * «توعد التنظيم بقتل الجنود»، «مهددون بالموت»). The present «يهدد» and the noun «تهديد» are in {@link HYPOTHETICAL}:
 * they also tell a risk («أزمة تهدد حياة الآلاف»). Not «وعيد», which is also «و» + «عيد» (a feast).
 */
export const THREATS: readonly string[] = /* @__PURE__ */ [
  'هدد', 'هددت', 'هددوا', 'هددا', 'يهددون', 'تهديدات', 'مهددا', 'مهدده', 'مهددين', 'مهددون',
  'توعد', 'توعدت', 'توعدوا', 'توعدا', 'يتوعد', 'تتوعد', 'يتوعدون', 'متوعدا', 'انذر', 'انذرت', 'لوح', 'لوحت',
].flatMap((w) => (w.startsWith('م') || w.endsWith('ون') || w.endsWith('ات') ? [w] : [w, ...['ه', 'ها', 'هم', 'هما'].map((p) => w + p)]));

/** «هدوء حذر»، «ترقب حذر»: nouns after which «حذر» is the adjective "cautious", not the verb "warned". */
export const CAUTIOUS_NOUNS: readonly string[] = ['هدوء', 'هدوءا', 'ترقب', 'تفاؤل', 'ترحيب'];

/**
 * Phrases that make what follows hypothetical where their words alone do not: «في حال» (in case; «في الحال» is "at
 * once"), «من شأنه» (likely to; «بشأن» is "about").
 */
/** «قد ترتفع الحصيلة لأن عدداً من المصابين حالتهم حرجة»: a cause given states a fact; what may be before it does not reach it. */
export const BECAUSE: readonly string[] = ['لان', 'لانه', 'لانها', 'لانهم', 'لكون'];
export const HYPOTHETICAL_PHRASES: readonly Phrase[] = [['في', 'حال'], ['من', 'شان'], ['من', 'شانه'], ['من', 'شانها'], ['من', 'شانهم']];

/**
 * «حاولت القوات اعتقال أمير العشائر»، «حاول القبض على شخص»: verbs of trying, a short subject before the verbal noun
 * they take — an attempt, no act.
 */
export const ATTEMPTING: readonly string[] = ['حاول', 'حاولت', 'حاولوا', 'يحاول', 'تحاول', 'يحاولون', 'سعي', 'سعت', 'يسعي', 'تسعي'];
/** «بعد اعتقال دام نحو عامين»: a detention that lasted a time is the one a death after it ends, no new arrest. */
export const LASTING: readonly string[] = ['دام', 'دامت', 'استمر', 'استمرت', 'امتد', 'امتدت'];
/**
 * Right before a casualty noun (or before its «على»), these say it has not happened: a future («وسيتم إعدام شخص آخر»),
 * an intent («عازمون على إعدام») or an attempt («محاولة اغتيال»، «نجا من محاولة لاغتياله»).
 */
export const NOT_YET: readonly string[] = [
  'سيتم', 'ستتم', 'سيجري', 'ستجري', 'عازم', 'عازمون', 'عازمين', 'عازمه', 'يعتزم', 'تعتزم', 'يعتزمون', 'ينوي', 'تنوي', 'ينوون',
  'محاوله', 'محاولات', 'محاولته', 'محاولتها', 'محاولتهم',
];

/**
 * Past verbs that open with «ت» (forms V and VI, and «تم»): after «قد» they assert («قد تعرض لإصابة»، «قد توفي»), where a
 * present «تـ» would make a possibility («قد تتسبب»).
 */
export const PAST_WITH_TA: readonly string[] = ['تعرض', 'تعرضت', 'تعرضوا', 'تعرضا', 'تعرضتا', 'تعرضن', 'توفي', 'توفيت', 'توفوا', 'توفيا',
  // «قد تم إعدام ثلاثة»: the passive's «تم» is past (its present is «يتم»).
  'تم', 'تمت'];

/**
 * A casualty verb in the present tells an event only where headlines and live reports use it («قوات الاحتلال تعتقل
 * 12 فلسطينيا»). Right after these particles it is negated («لم تعتقل»، «لن»، «لا»): the event did not happen.
 */
export const PRESENT_NEGATION: readonly string[] = ['لم', 'لن', 'لا', 'لما', 'ولم', 'ولن', 'ولا', 'فلم', 'فلا', 'فلن'];

/** …after these it is a wish, a demand or a purpose («تريد أن تغتال»، «طالب بأن تعتقل»، «لكي»): no event either. */
export const SUBJUNCTIVE: readonly string[] = ['ان', 'بان', 'وان', 'لكي', 'كي', 'لان'];
/** …except after a time word: «قبل أن يقتله عناصر الحاجز» narrates. */
export const NARRATING_AN: readonly string[] = ['قبل', 'بعد', 'وبعد', 'وقبل', 'منذ'];

/**
 * A clause with one of these phrases tells a habit or a statistic, no event: with a present verb («يصاب 5 ملايين طفل
 * كل عام»، «تغتال إسرائيل قادة المقاومة منذ عقود»، «تصاب امرأة من كل ثماني نساء»). {@link YEARLY} ones do so in any tense.
 */
export const HABITUAL: readonly Phrase[] = [
  ['عاده'], ['دائما'], ['باستمرار'], ['يوميا'], ['كل', 'يوم'], ['كل', 'اسبوع'], ['كل', 'شهر'],
  // A rate: «يموت طفل كل ساعة في المخيم».
  ['كل', 'ساعه'], ['كل', 'ساعتين'], ['كل', 'دقيقه'],
  ['منذ', 'عقود'], ['منذ', 'عقد'], ['منذ', 'سنوات'], ['منذ', 'اعوام'],
  // «تشن بين الحين والآخر حملات اعتقالات»، «تعمل على اعتقال الشبان بشكل مستمر».
  ['بين', 'الحين', 'والاخر'], ['بين', 'الحين', 'والاخري'], ['بشكل', 'مستمر'], ['بشكل', 'يومي'],
  ['بشكل', 'دوري'], ['بشكل', 'متكرر'], ['بصوره', 'مستمره'], ['بصوره', 'يوميه'], ['بصوره', 'دوريه'],
];
/**
 * Present verbs of doing whose object is a casualty noun («تشن حملات اعتقالات»، «تعمل على اعتقال الشبان»): the noun
 * is told in their tense, so a habit word makes it a habit as it does a present casualty verb.
 */
export const DOING_PRESENT: readonly string[] = [
  'تشن', 'يشن', 'يشنون', 'تعمل', 'يعمل', 'يعملون', 'تقوم', 'يقوم', 'يقومون', 'تنفذ', 'ينفذ', 'ينفذون', 'تواصل', 'يواصل', 'يواصلون',
  'تمارس', 'يمارس', 'يمارسون',
];
/**
 * After the mention, a relative pronoun (see {@link RELATIVES}) or one of these words opens a phrase of its own, and a
 * habit word past it qualifies that, not the mention: «تعتقل 15 فلسطينيا خلال مداهمات تشنها يوميا».
 */
export const HABIT_ENDS: readonly string[] = ['خلال', 'اثناء'];
/** «امرأة من كل ثماني نساء»: a ratio, a statistic — only with a figure after it («من كل مديريات إب» is a place). */
export const ONE_IN: readonly Phrase[] = [['من', 'كل']];
export const YEARLY: readonly Phrase[] = [['سنويا'], ['كل', 'عام'], ['كل', 'سنه'], ['في', 'العام', 'الواحد']];

/** Words that deny a report («نفى مقتل»، «نفت وقوع إصابات»); a claim («زعم») reports, it denies nothing. */
export const DENIAL_VERBS: readonly string[] = ['نفي', 'نفت', 'ينفي', 'تنفي', 'كذب', 'كذبت'];
/**
 * «واصلت إسرائيل نفيها المسؤولية عن مقتل…»: the noun of denial with its pronoun denies as the verbs do. («رفض» is
 * left out: «ترفض تسليم جثامين 5 شهداء» denies no death.)
 */
export const DENIAL: readonly string[] = [...DENIAL_VERBS, 'نافيا', 'نافيه', 'تكذيب', 'مزاعم', 'ادعاءات', 'نفيها', 'نفيه', 'نفيهم'];
/**
 * A denial told after the report, in its sentence: a relative and a verb of denial with the report as its pronoun
 * («اتهمت القوات الجيش بقتل 14 مدنيا، وهو ما نفاه الجيش»، «الأمر الذي تنفيه الحركة»), or the verb and a word pointing
 * back at it («… لكن الجيش نفى ذلك»). Either gender, past and present.
 */
export const DENIED_IT: readonly string[] = ['نفاه', 'نفته', 'ينفيه', 'تنفيه', 'نفوه', 'ينفونه', 'كذبه', 'كذبته', 'يكذبه', 'تكذبه'];
/** The relatives that take the report itself: «وهو ما نفاه»، «الأمر الذي نفته» (not «الهجوم الذي نفاه», the attack). */
export const DENIAL_RELATIVES: readonly Phrase[] = [['ما'], ['الامر', 'الذي']];
/** A claim told after the report («بزعم أنه حاول…»، «وقال الجيش إنه استهدف مسلحين»): what a denial after it denies. */
export const CLAIM_OPENERS: readonly string[] = ['ان', 'بان', 'انه', 'انها', 'انهم', 'بانه', 'بانها', 'بانهم', 'زاعما', 'زاعمه', 'مدعيا', 'مدعيه'];
/** What a verb of denial after the report points back at it by: «… لكن الجيش نفى ذلك»، «ونفت الحركة الاتهامات». */
export const DENIED_THAT: readonly string[] = ['ذلك', 'الاتهام', 'الاتهامات', 'الروايه', 'الانباء', 'التقارير'];

/**
 * A claim of responsibility («تبنت الحركة الهجوم»، «أعلن التنظيم مسؤوليته عن التفجير»): its verbs, and the noun
 * «مسؤولية» with its pronouns that a verb of announcing takes to claim.
 */
export const CLAIM_VERBS: readonly string[] = ['تبني', 'تبنت', 'يتبني', 'تتبني', ...withFeminine(['اعلن'])];
export const RESPONSIBILITY: readonly string[] = ['مسووليه', 'المسووليه', 'مسووليته', 'مسووليتها', 'مسووليتهم', 'مسؤوليه', 'المسؤوليه', 'مسؤوليته', 'مسؤوليتها', 'مسؤوليتهم'];

/** Relative pronouns proper (no complementizer): «الذي»، «التي»، «الذين»… */
export const RELATIVE_PRONOUNS: readonly string[] = ['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللذان', 'اللتان', 'اللواتي', 'اللاتي'];
/**
 * A denial before a relative clause that holds the mention denies something else («نفى الناشطون أن يكون القصف الذي
 * أسفر عن مقتل 6 أشخاص قد استهدف مواقع عسكرية»), unless the clause tells what a report denied said: «نفى الجيش
 * الرواية التي تحدثت عن مقتل 5 مدنيين».
 */
export const REPORT_NOUNS: readonly string[] = [
  'الروايه', 'الروايات', 'الانباء', 'الاخبار', 'التقارير', 'التقرير', 'المعلومات', 'الادعاءات', 'المزاعم', 'الاتهامات', 'الشائعات',
  'الاشاعات', 'الصور', 'المقاطع', 'البيانات', 'البيان',
];

/**
 * What calls a report false after it: «إن التقارير عن مقتل 30 مدنيا "مفبركة"»، «الأنباء عن إعدام أسرى عارية عن الصحة».
 */
export const CALLED_FALSE: readonly Phrase[] = [
  ['مفبركه'], ['مفبرك'], ['كاذبه'], ['ملفقه'], ['مختلقه'], ['مزيفه'], ['باطله'], ['مضلله'], ['عاريه', 'عن', 'الصحه'],
  ['غير', 'صحيحه'], ['لا', 'اساس', 'لها'], ['محض', 'افتراء'], ['محض', 'اكاذيب'],
];

/**
 * A speaker that denies or condemns a killing («نفت جماعة الحوثي إعدام…»، «أدانت الحكومة إعدام…») disowns it: it is
 * not taken for the agent as an announcer is.
 */
export const DISOWNING: readonly string[] = [...DENIAL_VERBS, ...withFeminine(['ادان', 'دان', 'استنكر', 'ندد', 'شجب'])];

/** «قتل على يد التنظيم»، «برصاص قناص»، «من قبل قوات النظام»: a phrase that names the agent after the casualty. */
export const AGENT_PHRASES: readonly Phrase[] = [['علي', 'يد'], ['علي', 'ايدي'], ['برصاص'], ['بنيران'], ['من', 'قبل']];

/**
 * Words after the victims whose pronoun points back at the side just named, each with how far after the victims it may
 * stand: «مقتل ثلاثة منهم» (right after), «أوقع الهجوم قتلى وجرحى في صفوفها» (within three words). Read past clitics.
 */
export const POINTS_BACK: readonly { readonly words: readonly string[]; readonly reach: number }[] = [
  { words: ['منهم', 'منهن'], reach: 1 },
  { words: ['صفوفه', 'صفوفها', 'صفوفهم'], reach: 3 },
];

/** Parts of words by which a speaker calls the dead its own martyrs («استشهد»، «شهداء»، «ارتقى»), never those it killed. */
export const MARTYRDOM: readonly string[] = ['ستشهد', 'شهيد', 'شهداء', 'ارتقي', 'ارتقاء'];
/**
 * Parts of words of «تحييد» ("neutralising") and «القضاء على» ("eliminating": «أعلن الجيش القضاء على أربعة من
 * عناصر الحركة»), only ever said by the side that killed.
 */
export const NEUTRALISING: readonly string[] = ['تحييد', 'حيدت', 'حيدنا', 'القضاء'];

/**
 * «قوة خاصة صومالية دربتها الولايات المتحدة»، «ميليشيا تدعمها إيران»: verbs of training, backing, funding and arming a
 * group, with the pronoun back to it — their subject is the group's sponsor, no agent of what it suffers or does.
 */
export const SPONSORING: readonly string[] = ['درب', 'دعم', 'مول', 'سلح'].flatMap((v) =>
  ['ه', 'ها', 'هم'].flatMap((p) => [`${v}${p}`, `${v}ت${p}`, `ي${v}${p}`, `ت${v}${p}`]),
);

/**
 * «أعدم 4 شبان بتهمة التعامل مع قسد»: a charge — the actor after it is what the victims were accused of; spying and
 * collaborating are charges by themselves («اتهمتهم بالتجسس لصالح المخابرات الأمريكية»).
 */
export const CHARGES: readonly string[] = ['بتهمه', 'تهمه', 'بتهم', 'بحجه', 'بذريعه', 'بدعوي', 'بزعم', 'متهمين', 'اتهامهم', 'لاتهامهم', 'بالتجسس', 'بالتخابر'];

/**
 * Membership and ties, read without their clitics: «14 شخصا يشتبه بانتمائهم إلى حركة الشباب»، «مسلحين ينتمون إلى
 * التنظيم»، «يشتبه في صلتهم بالحركة» — an actor a few words after one is the victims' body, no agent (as after a charge).
 */
export const MEMBERSHIP: readonly string[] = [
  'انتمائهم', 'انتمائه', 'انتمائها', 'انتمائهما', 'الانتماء', 'انتماء', 'ينتمون', 'ينتمي', 'ينتميان', 'تنتمي', 'المنتمين',
  'المنتمون', 'منتمين', 'منتمون', 'صلتهم', 'صلته', 'صلتها', 'صلتهما', 'ارتباطهم', 'ارتباطه', 'ارتباطهما', 'عضويه', 'العضويه', 'اعضاء',
];

/**
 * «بهدف اعتقال الشبان»، «بذريعة اعتقال عناصر التنظيم»: an aim or a pretext in construct with a verbal noun — what an
 * act would be for, not an act told.
 */
export const AIMS_OF_ACTS: readonly string[] = ['هدف', 'بهدف', 'لهدف', 'بغرض', 'لغرض', 'غرض', 'بذريعه', 'ذريعه', 'بحجه', 'حجه', 'غايه'];
/**
 * «أصدرت مذكرات توقيف بحق 4 ضباط»، «أمر القبض على المتهمين»: a warrant in construct with a verbal noun orders an act
 * not yet done — unless a warrant carried out is told («اعتقلتهم بموجب مذكرة توقيف»، «نفذت الشرطة مذكرة اعتقال»).
 */
export const WARRANTS: readonly string[] = ['امر', 'اوامر', 'مذكره', 'مذكرات'];

/**
 * «أماكن احتجاز المعتقلين»، «من يقف وراء مقتل الرجال»: a place or a hand behind an act, in construct with its verbal
 * noun — of an act told elsewhere when no figure counts it here («وراء مقتل 12 مدنيا» still tells the twelve).
 */
export const ABOUT_ACTS: readonly string[] = ['اماكن', 'مكان', 'وراء', 'ملابسات'];
/**
 * «ويأتي مقتل الشاب بعد ساعات من …»، «وأثار مقتل الناشط غضباً»: a verb that makes the act its subject — what came of it
 * or when it came — tells of an act told just before (a reading of its kind in the sentence or the two before), when a
 * definite noun alone names its victims; first told so, or of a person named or counted, it is news («وجاء اعتقال
 * الشاب بناء على أمر النائب العام»، «أثار مقتل ناشط غضباً»).
 */
export const ACT_AS_SUBJECT: readonly string[] = ['ياتي', 'جاء', 'اثار', 'اثارت', 'اشعل', 'اعقب', 'تلا'];
/** «بالتحقيق في مقتل الشاب»، «إدانة اعتقال الصحفي»: an inquiry or a condemnation is about an act already told. */
export const REFERRING_HEADS: readonly string[] = ['التحقيق', 'تحقيق', 'تحقيقا', 'مسؤوليه', 'ادانه', 'استنكار', 'خلفيه'];
/** «مائة جثة تعود لمدنيين»: bodies belong to. */
export const BELONGING_TO: readonly string[] = ['تعود', 'يعود', 'تعودان', 'يعودان'];

/** «بزعم محاولته الطعن»، «بحجة»: a pretext given for a killing, which denies nothing. */
export const PRETEXTS: readonly string[] = ['بزعم', 'بحجه', 'بدعوي', 'وبزعم'];

/**
 * Reports, signs and evidence: negated before a casualty phrase they say none is known — «لم ترد حتى الآن أي بلاغات
 * بوقوع إصابات»، «ما من مؤشرات على مقتل مدنيين» (a zero, or a denial when the phrase has a figure).
 */
/** «ما من مؤشرات على …»: "there is no", a negation of the evidence noun after it (cued at its first word). */
export const NONE_THERE: readonly Phrase[] = [['ما', 'من']];
export const EVIDENCE_NOUNS: readonly string[] = [
  'معلومات', 'بلاغات', 'بلاغ', 'انباء', 'اخبار', 'تقارير', 'مؤشرات', 'مؤشر', 'ادله', 'دلائل', 'اشارات', 'تاكيدات', 'تاكيد',
];

/** Negations that make a casualty statement a zero («لم تسفر عن إصابات»، «دون وقوع إصابات»). */
export const NEGATION: readonly string[] = ['لم', 'لا', 'دون', 'بدون', 'عدم', 'ولا', 'ليس', 'ليست', 'لن'];
/** «أي/أية» before a victim noun under a negation: no one at all («لم تعلن القبض على أي شخص»). */
export const ANY_ONE: readonly string[] = ['اي', 'ايه'];
/**
 * Verbs of result in the present (the jussive after «لم», the indicative after «لا/لن»): negated, they deny the
 * casualties they would bring however far into their clause they stand («ولم يسفر الهجوم عن سقوط عدد كبير من الضحايا»).
 */
export const NEGATED_RESULTS: readonly string[] = ['يسفر', 'تسفر', 'يوقع', 'توقع', 'يخلف', 'تخلف', 'يتسبب', 'تتسبب', 'يود', 'تود', 'يودي', 'تودي',
  // «لم ينجم عن سقوط الصاروخ أية خسائر»، «لم يؤد القصف إلى إصابات».
  'ينجم', 'تنجم', 'ينتج', 'تنتج', 'يؤد', 'تؤد'];

/** Words that open a new clause inside a sentence, with its own attribution: «، بينما قصف…». */
export const CLAUSE_OPENERS: readonly string[] = ['كما', 'بينما', 'فيما', 'حين', 'وكما', 'اما', 'بالمقابل', 'المقابل'];

/** Clause openers that contrast the clause with what came before: its event is another one. */
export const CONTRAST_OPENERS: readonly string[] = ['بينما', 'فيما', 'حين', 'اما', 'بالمقابل'];

/** Reporting verbs and prepositions: what follows them is a source, never the actor. */
export const SOURCE_MARKERS: readonly string[] = [
  'بحسب', 'حسب', 'وفقا', 'وفق', 'نقلا',
  ...withFeminine(['قال', 'افاد', 'ذكر', 'اكد', 'اعلن', 'اوضح', 'اشار', 'وثق', 'رصد', 'نشر', 'بث', 'تحدث']),
  // «أحصى المرصد مقتل 1200 شخص»: a body that counts the dead reports them.
  'احصي', 'احصت',
];

/** Words that end a source phrase («قال المرصد السوري إن…»). */
export const SOURCE_END: readonly string[] = ['ان', 'انه', 'انها', 'الي', 'عن', 'في', 'بان', 'اليوم', 'امس'];

/** Words that say the casualty figure is about bodies found, which may restate an earlier toll: «جثث القتلى». */
/** Body words of two persons: «عثر على جثتين»، «جثماني الشهيدين». */
export const BODY_OF_TWO: readonly string[] = ['جثتين', 'جثتان', 'جثتي', 'جثمانين', 'جثمانان', 'جثماني'];
export const BODIES: readonly string[] = ['جثث', 'جثه', 'جثامين', 'جثمان', 'اشلاء', 'رفات', ...BODY_OF_TWO];
/** Body words of one person: «جثة شاب» is one dead. */
export const BODY_OF_ONE: readonly string[] = ['جثه', 'جثمان'];
/**
 * A body found or pulled out is a death told («تم انتشال جثة من رفح»، «العثور على جثث مجهولة»): words of pulling out
 * right before the body word, and of finding («عثر … على»: a subject may stand between) before its «على».
 */
export const BODY_RETRIEVAL: readonly string[] = ['انتشال', 'انتشل', 'انتشلت', 'انتشلوا', 'ينتشل', 'تنتشل', 'ينتشلون', 'اخراج', 'استخراج', 'استخرج', 'استخرجت', 'استخرجوا'];
export const BODY_FINDING: readonly string[] = ['عثر', 'عثرت', 'عثروا', 'يعثر', 'تعثر', 'العثور', 'عثور',
  // Identifying bodies: «التعرف على جثتين تعودان إلى شقيقتين».
  'التعرف', 'تعرف'];

/** Prepositions with a pronoun back to the event, which may sit between a verb and its count: «قتل فيه 5»، «اعتقلت خلالها 20». */
export const RESUMPTIVES: readonly string[] = [
  'فيه', 'فيها', 'فيهم', 'خلاله', 'خلالها', 'خلالهم', 'اثناءه', 'اثناءها', 'جراءه', 'جراءها', 'بسببه', 'بسببها',
  // «of them», a part of a group told before: «قتل منهم 5»، «استشهد منهم 97 داخل البيت».
  'منهم', 'منهن', 'منهما',
  // «قتل إثرها شخصان»، «قتل على إثرها شخصين».
  ...ON_RESUMPTIVES,
];

/** Time words that may sit between a casualty verb and its count («قتل أمس 5 مدنيين»), and «أي» («نفى مقتل أي مدني»). */
/**
 * «قبل عامين»، «بعد ذلك»، «يوم أمس»: a time adjunct of two words, read as time words ({@link SKIPPABLE}) — a verb's
 * object may follow it as it follows «أمس» («أعدمت قبل عامين سيدتين»). `heads` open it before one of `spans`; «يوم»
 * before a time word («يوم أمس»، «يوم الأربعاء») is one too.
 */
export const TIME_SPAN_HEADS: readonly string[] = ['قبل', 'بعد'];
export const TIME_SPANS: readonly string[] = ['ذلك', 'عام', 'عامين', 'اعوام', 'سنه', 'سنتين', 'سنوات', 'شهر', 'شهرين', 'اشهر', 'اسابيع', 'ساعه', 'ساعات', 'ساعتين', 'يوم', 'ايام', 'يومين', 'اسبوع', 'اسبوعين'];
export const DAY_WORDS: readonly string[] = ['يوم'];
/** «الليلة الماضية»، «الأسبوع الماضي»، «العام المنصرم»: a time word or one of these periods, then a past, are time words too. */
export const PAST_PERIOD_HEADS: readonly string[] = ['الاسبوع', 'الشهر', 'العام', 'السنه'];
export const PAST_WORDS: readonly string[] = ['الماضي', 'الماضيه', 'المنصرم', 'المنصرمه'];
export const SKIPPABLE: readonly string[] = ['اي', 'امس', 'اليوم', 'يوميا', 'حينها', 'حينذاك', 'انذاك', 'وقتها', 'الليله', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت', 'الاحد', 'فجر', 'صباح', 'مساء', 'ظهر'];

/**
 * Adverbs of an earlier or later time that may stand between an active verb (or its subject) and the verb's object:
 * «اغتالت في السابق جنوداً»، «قتلت الحركة سابقاً مدنيين»، «اعتقلت من قبل ناشطين»، «أعدمت في وقت سابق رجلين»،
 * «اعتقلت القوات لاحقاً شابين».
 */
export const EARLIER_ADVERBS: readonly Phrase[] = [['في', 'السابق'], ['سابقا'], ['من', 'قبل'], ['قبل', 'ذلك'], ['في', 'وقت', 'سابق'], ['في', 'وقت', 'لاحق'], ['لاحقا'], ['بعد', 'ذلك']];
/**
 * Adverbs of manner and repetition that stand in the same place: «أعدم التنظيم ميدانياً شاباً»، «قتلت الدورية عمداً
 * طفلاً»، «اعتقلت قوات الاحتلال مجدداً الأسير المحرر فلان».
 */
export const MANNER_ADVERBS: readonly string[] = ['ميدانيا', 'عمدا', 'تعسفيا', 'مجددا', 'شنقا', 'حرقا', 'ذبحا', 'غدرا'];
/** Phrases of manner in that place: «اختطفوا تحت تهديد السلاح الناشط فلان»، «اقتادوا بقوة السلاح شابين». */
export const MANNER_PHRASES: readonly Phrase[] = [['تحت', 'تهديد', 'السلاح'], ['بقوه', 'السلاح']];

/** Fights of two sides, where each side's dead are the other's doing (an attack or an ambush has one agent). */
export const FIGHTS: readonly string[] = ['اشتباك', 'اشتباكات', 'معارك', 'معركه', 'مواجهات', 'قتال', 'اقتتال', 'مناوشات', 'مناوشه'];

/**
 * Words of fighting — the {@link FIGHTS} of two sides and the acts of one: clashes have no cause category, so a clause
 * with them takes no weapon from elsewhere.
 */
export const CLASH_WORDS: readonly string[] = [...FIGHTS, 'تصدت', 'تصدي', 'تصدوا', 'هجوم', 'هجمات', 'اقتحام', 'كمين'];

/**
 * Attack nouns of {@link CLASH_WORDS} that, made definite, point back at an attack already told («وأدى الهجوم إلى…»،
 * «جراء الهجمات»): its weapon, named in the sentence before, is still theirs.
 */
export const ATTACKS_TOLD: readonly string[] = ['هجوم', 'هجمات'];

/** Verbs of clashing and the noun of aggression, which tell violence in a sentence with no cause word: «اشتبكوا»، «العدوان». */
export const FIGHTING: readonly string[] = ['اشتبك', 'اشتبكت', 'اشتبكوا', 'العدوان'];

/** «خلال» (during) and «منذ» (since) before a period: see {@link PERIODS}. */
export const DURING_WORDS: readonly string[] = ['خلال', 'طيله', 'طوال'];
/** «أثناء جلوسه مع والده»: words that open a clause of time, another scene than the statement before them. */
export const WHILE_WORDS: readonly string[] = ['اثناء', 'خلال', 'بينما', 'حين', 'عند', 'عندما', 'لدي'];
export const SINCE_WORDS: readonly string[] = ['منذ'];

/**
 * After «منذ» or «خلال», words that open a span of time on their own and make a toll cumulative: «منذ مطلع العام»،
 * «منذ اندلاع الحرب»، «منذ بدء الهجوم».
 */
export const SPAN_STARTS: readonly string[] = ['مطلع', 'بدايه', 'بدء', 'اندلاع'];

/**
 * Periods: after «خلال» always a span («خلال أشهر من هجومها»); after «منذ» only when dated — «منذ عام 2011»، «منذ
 * الشهر الماضي»، «منذ سنوات الحرب» — since a bare «منذ أشهر»، «منذ عام» may mean "months ago", "a year ago": one event.
 */
export const PERIODS: readonly string[] = [
  'عام', 'العام', 'اعوام', 'الاعوام', 'العامين', 'سنه', 'السنه', 'سنوات', 'السنوات', 'شهر', 'الشهر', 'اشهر', 'الاشهر',
  'اسبوع', 'الاسبوع', 'اسابيع', 'الاسابيع', 'الفتره', 'اليومين', 'يومين', 'الايام', 'ايام',
];

/**
 * Words after «منذ» that keep the time within the day of one strike («منذ قليل»، «منذ فجر اليوم»، «منذ ساعات»): any
 * other «منذ» in a sentence («منذ أواخر نيسان»، «منذ التصعيد»، «منذ دخول الهدنة») makes its toll the sum of many
 * strikes, which borrows no weapon from the sentences around it.
 */
export const WITHIN_THE_DAY: readonly string[] = [
  'قليل', 'لحظات', 'دقائق', 'ساعه', 'ساعات', 'ساعتين', 'الساعات', 'صباح', 'الصباح', 'فجر', 'الفجر', 'ظهر', 'الظهر', 'مساء',
  'المساء', 'ليل', 'الليل', 'الليله', 'اليوم', 'يوم',
];

/** «في العام 2015»، «عند الساعة 10»: nouns of time whose figure right after them is a date or an hour, never a count. */
export const TIME_OF_FIGURE: readonly string[] = ['الساعه', 'ساعه', 'العام', 'عام', 'السنه', 'سنه', 'يوم', 'تاريخ', 'بتاريخ', 'منتصف'];

/** Words that date a period: «الشهر الماضي»، «العام الجاري». */
export const PERIOD_DATES: readonly string[] = ['الماضي', 'الماضيه', 'الجاري', 'الجاريه', 'الحالي', 'الحاليه', 'الاخير', 'الاخيره'];

/** Parts of a month before its name: «منذ متم أبريل»، «منذ منتصف آذار»، «خلال أواخر أيار». */
export const MONTH_PARTS: readonly string[] = ['متم', 'منتصف', 'اواخر', 'اوائل', 'اواسط', 'نهايه', 'اخر'];

/** «الحصيلة التراكمية»، «العدد التراكمي»: a toll its words call cumulative. */
export const CUMULATIVE_WORDS: readonly string[] = ['التراكميه', 'التراكمي', 'تراكميه', 'تراكمي'];

/** The war itself as a killer («أودى الصراع بحياة…»): a cumulative toll. */
export const WARS: readonly string[] = ['الحرب', 'الصراع', 'النزاع'];

/**
 * «استشهد 50 فلسطينيا، 33 منهم في العدوان على غزة»، «إلى 22 قتيلا، منهم 16 بغارة على مستودع»: a part of a toll, a figure
 * with «منهم» before or after it, told by a place, a means or one of these events is a breakdown of the toll.
 */
export const PART_OF: readonly string[] = ['منهم', 'منهن'];
export const PART_EVENTS: readonly string[] = [...WARS, 'العدوان', 'الهجوم', 'الهجمات', 'الاشتباكات', 'المعارك', 'الاقتحام'];
/**
 * «وشهيد في وقت لاحق»، «وجريحين في حال خطرة»، «وثلاثة في غرفة العمليات»: words after «في» that tell no place, so no item
 * of a per-place list — a state, a side, a time, a room of care or a cause (with the case words of {@link CASE_NOUNS}).
 */
export const NOT_ITEM_PLACES: readonly string[] = [
  'حال', 'وضع', 'صفوف', 'وقت', 'ساعه', 'ساعات', 'غضون', 'منتصف', 'مطلع', 'ظل', 'اطار', 'سياق', 'اعقاب', 'اثناء', 'عداد', 'سبيل',
  'غرفه', 'الراس', 'المائه', 'المئه', 'اليوم', 'الليله', 'الصباح', 'المساء', 'الحادث', 'الحادثه',
];
/** «10 منهم في مستشفى الشفاء»: places of care say where the wounded are, not where they were hit — no part of a toll. */
export const CARE_PLACES: readonly string[] = ['مستشفي', 'مشفي', 'مستشفيات', 'مشافي', 'العنايه', 'المركز', 'مركز', 'عياده', 'مستوصف'];

/** «مخلفات الحرب»: remnants of past strikes, which no strike of the sentences around caused. */
export const WAR_REMNANTS: readonly string[] = ['مخلفات'];

/**
 * Words after a mention that open a modifier of something else: a relative clause, a superlative, a sub-group. A period
 * after them dates that («في القصف الذي يعد الأعنف منذ مطلع العام»), not the toll.
 */
export const MODIFIER_OPENERS: readonly string[] = [
  'الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللواتي', 'الاعنف', 'اعنف', 'الاعلي', 'اعلي', 'الاكبر', 'اكبر', 'الاكثر',
  'الاشد', 'اشد',
  // «في أول هجوم على العاصمة منذ مارس»، «في أحدث هجوم منذ أيار»: the first or latest of its kind since then.
  'اول', 'الاول', 'احدث', 'الاحدث',
];

/** Cause forms (as written in the lexicon) too general to win over a specific weapon in the same sentence. */
export const GENERIC_CAUSES: readonly string[] = [
  'قصف', 'قصفت', 'قصفوا', 'انفجار', 'انفجرت', 'تفجير', 'انهيار', 'انتحاري', 'تفجير انتحاري', 'ضربة', 'ضربات', 'دبابة', 'دبابات', 'قذيفة', 'قذائف',
  // Cluster bombs dropped by aircraft are the aircraft's strike; left over, they are war remnants («مخلفات الحرب»).
  'قنبلة عنقودية', 'قنابل عنقودية', 'ذخائر عنقودية',
];

/** Verbs and nouns of destroying: a weapon right after them is the target («دمرت دبابة»، «أسقطت طائرة»). */
export const DESTROYING: readonly string[] = [
  'دمر', 'دمرت', 'دمروا', 'تدمير', 'اعطب', 'اعطبت', 'اعطاب', 'اسقط', 'اسقطت', 'اسقطوا', 'اسقاط', 'احرق', 'احرقت', 'احرقوا', 'احراق',
];

/** Aircraft named as a cause yield to what they drop: barrels and chemicals (missiles from warplanes stay airstrikes). */
export const PLATFORM_CAUSES: readonly string[] = [
  'طائرة حربية', 'طائرات حربية', 'الطيران الحربي', 'الطيران', 'طيران', 'طائرة', 'طائرات', 'سلاح الجو', 'مقاتلة', 'مقاتلات',
  'قاذفة', 'قاذفات', 'الطيران المروحي', 'مروحية', 'مروحيات',
];
/** The causes that win over an aircraft named in the same sentence. */
export const DROPPED_CAUSES: readonly string[] = ['barrel-bomb', 'chemical'];

/** Words that link a casualty to the agent named after it: «جراء غارات نفذتها…»، «بقذائف أطلقتها…»، «على يد…». */
export const AGENT_WORDS: readonly string[] = [
  'جراء', 'اثر', 'بسبب', 'نتيجه', 'يد', 'ايدي', 'قبل', 'نفذ', 'نفذت', 'نفذتها', 'نفذته', 'نفذها', 'نفذه', 'شن', 'شنت',
  'شنتها', 'شنها', 'شنه', 'القت', 'القتها', 'القاها', 'القي', 'اطلق', 'اطلقت', 'اطلقتها', 'اطلقته', 'اطلقها', 'زرع',
  'زرعها', 'زرعته', 'تابع', 'تابعه', 'التابع', 'التابعه', 'هجوم', 'بهجوم', 'اعتداء', 'استهداف', 'قصف', 'ارتكبها',
  'ارتكبتها', 'مجزره',
];

/** Words that may follow a bare count without being what it counts: «أصيب العشرات في…»، «قتل 5 جراء…». */
export const COUNT_FOLLOWERS: readonly string[] = [
  'في', 'من', 'علي', 'الي', 'عن', 'مع', 'جراء', 'اثر', 'بينهم', 'منهم', 'معظمهم', 'خلال', 'امس', 'اليوم', 'الليله', 'حسب',
  'وفق', 'وفقا', 'نتيجه', 'اثناء', 'عقب', 'بعد', 'قبل', 'منذ', 'لدي', 'عند', 'قرب', 'داخل', 'حتي', 'فيما', 'بينما',
  'كما', 'ايضا', 'اخرين', 'اخرون', 'اخر', 'اخري', 'علي', 'الاقل', 'تقريبا', 'اغلبهم', 'غالبيتهم', 'حالتهم', 'حاله', 'حالات',
  'نحبه', 'نحبهم', 'حتفهم', 'مصرعهم', 'اليوم', 'صباح', 'مساء', 'فجر', 'ظهر', 'ليل', 'مدنيا', 'اخيرا', 'علما',
  ...ONE_BY_PRONOUN,
  // «قتل اثنان منهم وأسر الثلاثة الآخرون»: the rest of a group told, a definite figure with «the others».
  'الاخرون', 'الاخرين', 'الباقون', 'الباقين',
  // «قتل وأصيب فيها العشرات بين مسلحين من المدينة والتنظيم»: among whom.
  'بين',
  // «قضى 5 تحت الأنقاض»، «توفي 3 تحت التعذيب»: under what befell them.
  'تحت',
  // «إلى 57 هم 31 مدنياً و26 …»: who they are, told after the figure.
  'هم', 'وهم',
  // «مقتل العشرات ممن كانوا في السوق»: of those who — what they were or did.
  'ممن',
  // «وأصيب العشرات وسط توقعات بزيادة الحصيلة»، «أصيب 5 وسط المدينة»: amid what happened, or where; and the other
  // directions of a place («قتل 3 جنوب مدينة إدلب»، «أصيب 5 شرقي دير الزور»).
  'وسط', 'شمال', 'جنوب', 'شرق', 'غرب', 'شمالي', 'جنوبي', 'شرقي', 'غربي',
  // «عدد القتلى ستة جميعهم من المدنيين»: all of them, in apposition to a bare figure.
  ...ALL_BY_PRONOUN,
  // «أدت لمقتل اثنين كانا بداخلها»، «أصيب 5 تم نقلهم»: a bare figure and the clause that describes them (a present
  // verb of theirs too: «وأصيب 21 يتلقون العلاج», see `endsCount`).
  'كان', 'كانا', 'كانوا', 'كانت', 'كانتا', 'كن', 'تم', 'جري',
  // «وأصيب العشرات يوم الاثنين»: a date after a bare figure.
  'يوم',
  // «وأصيب 26 عندما انفجرت…»، «قتل 5 حين…»، «حيث نقلوا»: a clause of when, where or why after a bare figure; and the
  // times of day in the accusative («قتل 3 صباحاً»).
  'عندما', 'حين', 'حينما', 'لما', 'اذ', 'حيث', 'ريثما', 'صباحا', 'ليلا', 'نهارا', 'فجرا', 'ظهرا', 'عصرا',
];

/** Nouns that name a regular army: members of one are soldiers («عناصر من قوات النظام»). */
export const ARMY_WORDS: readonly string[] = [
  'قوات', 'القوات', 'جيش', 'الجيش', 'الشرطه', 'شرطه', 'الامن', 'جنود', 'الحرس',
  // The Kurdistan Region's army: «تسعة من عناصر البيشمركة» are soldiers.
  'البيشمركه', 'بيشمركه', 'البشمركه',
  // A state's other armed bodies: a ministry, the regime, a government, its security services («342 عنصراً من وزارة
  // الدفاع»، «عناصر من النظام»، «المنتسبين في الأجهزة الأمنية»). A non-state category or a militia word decides first.
  'وزاره', 'النظام', 'الحكومه', 'حكومه', 'الحكوميه', 'الاجهزه', 'اجهزه', 'الامنيه',
  // An army's formations named as a state's actor: «عنصر في الفرقة الرابعة»، «عناصر الفيلق الخامس».
  'الفرقه', 'الفيلق', 'الفوج',
];
/**
 * Units of a state's forces named by no actor: members of a patrol («ستة أفراد من الدورية»), of a numbered formation
 * («عناصر اللواء 53»، «الفرقة 17») or of a unit called security or military («أفراد النقطة الأمنية») are soldiers.
 */
export const STATE_UNITS: readonly string[] = ['الدوريه', 'الدوريات'];
/** Formations named by their number: «عناصر اللواء 53». */
export const NUMBERED_UNITS: readonly string[] = ['اللواء', 'الفرقه', 'الفوج'];
/** Adjectives after a definite unit noun: «النقطة الأمنية»، «الوحدة العسكرية». */
export const STATE_UNIT_ADJECTIVES: readonly string[] = ['الامنيه', 'العسكريه'];
/** Actor categories of armed groups rather than states: their members are fighters even when called «قوات». */
export const NON_STATE_CATEGORIES: readonly string[] = ['isis', 'armed-opposition', 'self-administration', 'nusra', 'armed-group'];

/** Quotation marks, stepped over inside a name or an affiliation («من "قسد"»). */
export const QUOTE_MARKS: readonly string[] = ['"', '«', '»', '“', '”'];

/** «لا يزال»، «لم يعد»: after a negation these mean "still", "no longer", and negate no casualty. */
export const STILL_WORDS: readonly string[] = [
  'يزال', 'تزال', 'يزالون', 'زال', 'زالت', 'زالوا', 'مازال', 'مازالت', 'مازالوا', 'يعد', 'تعد',
  // The negation written on the verb: «ولازال العشرات تحت الركام».
  'لازال', 'لازالت', 'لازالوا', 'لايزال', 'لاتزال', 'لايزالون',
];
/** «وهناك أعداد أخرى تحت الأنقاض»: words of there being, which, like «still», put a bare group in its state. */
export const THERE_BEING: readonly string[] = ['هناك', 'هنالك', 'يوجد', 'توجد', 'وجود'];
/**
 * «عدد القتلى مرشح للارتفاع لوجود جرحى بحالات خطرة»: a toll expected to rise; the wounded given as the reason are
 * those already told, no toll of their own.
 */
export const RISE_EXPECTED: readonly string[] = ['مرشح', 'مرشحه', 'مرشحا', 'مرجح', 'مرجحه', 'مرجحا'];

/** «٢٣ حالة اعتقال»: cases of a verbal noun, counted like its participle. */
export const CASE_NOUNS: readonly string[] = ['حاله', 'حالات'];

/** «المعروف إعلامياً بداعش»: words of being known as (with {@link NICKNAMED}), after which an accusative nisba is an adverb. */
export const KNOWN_BY: readonly string[] = [...NICKNAMED, 'المعروفين', 'المعروفون', 'يعرف', 'تعرف', 'المسمي', 'المسماه'];
/** «بحسب الدفاع المدني»: what follows names the source. */
export const ACCORDING_TO: readonly Phrase[] = [['بحسب'], ['حسب'], ['وفقا'], ['وفق'], ['نقلا', 'عن']];
/** «بحسب»، «وفقاً»: the first words of {@link ACCORDING_TO}. */
export const ACCORDING_OPENERS: readonly string[] = ACCORDING_TO.map((p) => p[0]!);

/** «ميليشيات» and its spellings before a side: its members are fighters even when the side is a government's. */
export const MILITIA_WORDS: readonly string[] = ['ميليشيات', 'مليشيات', 'ميلشيات', 'ميليشيا', 'مليشيا', 'الميليشيات', 'المليشيات'];

/**
 * Nouns of an armed body named by no actor («أعضاء هذه الحركة»، «أعضاء حركتهم»، «أفراد التنظيم»): members of one are
 * fighters. A demonstrative may stand between (`DEMONSTRATIVES`).
 */
export const ARMED_BODIES: readonly string[] = [
  'الحركه', 'حركتهم', 'حركته', 'حركتها', 'التنظيم', 'تنظيمهم', 'تنظيمه', 'الجماعه', 'جماعتهم', 'جماعته', 'الفصيل', 'فصيلهم',
];
/**
 * Weapon words that are also people: «مقاتلة/مقاتلات» is a fighter jet, but also a woman fighter («خمس مقاتلات في
 * "قسد"») and the adjective "fighting" of the armed groups in {@link FIGHTING_GROUPS} («الفصائل المقاتلة»).
 */
export const WEAPONS_OR_FIGHTERS: readonly string[] = ['مقاتله', 'مقاتلات'];
/** Deaths told with a manner that is no weapon («غرقاً»، «جوعاً»، «برداً»): the weapons around are another event's. */
export const NO_WEAPON_DEATHS: readonly string[] = ['غرقا', 'غرق', 'الغرق', 'جوعا', 'بردا', 'عطشا', 'صعقا'];

/**
 * A weapon word governed by stopping or breaching names no attack: «وقف إطلاق النار» (a ceasefire) is no shooting,
 * «وقف القصف»، «خرق الهدنة» no strike.
 */
export const CEASING: readonly string[] = ['وقف', 'ايقاف', 'خرق', 'خروقات', 'انتهاك'];

/**
 * «مسيرة» is a drone and a march: the march with a word of marching next to it, after («مسيرة العودة»، «مسيرة
 * حاشدة»، «مسيرة تشييع») or before («قمع مسيرة»، «نظموا مسيرة»).
 */
export const MARCHES: readonly string[] = ['مسيره', 'مسيرات'];
export const MARCH_AFTER: readonly string[] = [
  'العوده', 'سلميه', 'احتجاجيه', 'شعبيه', 'حاشده', 'جماهيريه', 'تضامنيه', 'الاعلام', 'راجله', 'غاضبه', 'ليليه', 'عفويه', 'تشييع',
  'مناصره', 'مندده', 'سلميا', 'انطلقت', 'جابت', 'خرجت',
];
export const MARCH_BEFORE: readonly string[] = ['قمع', 'تفريق', 'نظم', 'نظمت', 'نظموا', 'شارك', 'شاركوا', 'المشاركين', 'المشاركون'];

/**
 * A war told as a whole before a toll in its sentence («شنت إسرائيل عدواناً تحول إلى حرب واسعة، ما أسفر عن أكثر من 4
 * آلاف قتيل»): the toll is the war's, of no one weapon.
 */
export const WHOLE_WARS: readonly string[] = [...WARS, 'حرب', 'حربا'];

/**
 * Nouns of the people a casualty leaves behind, besides kin: with an indefinite casualty word right after them it is their
 * genitive («أهالي ضحايا»، «ذوي قتلى»), as it is after a kin noun («والد شهيد»), not their state.
 */
export const FAMILIES_OF: readonly string[] = ['اهالي', 'ذوي', 'ذوو', 'عائلات', 'عائله', 'اسر', 'اسره'];
/**
 * Bodies of people arrested or killed whole and told by their members: «خلية إرهابية تضم 26 عنصراً»، «عصابة مكونة من 3
 * أشخاص». Counted only with the members told, after one of {@link MADE_UP_OF}.
 */
export const MEMBERED_GROUPS: readonly string[] = ['خليه', 'عصابه', 'شبكه', 'مجموعه'];
/** Words that tell a body's members: «تضم 26»، «مكونة من 12»، «مؤلفة من»، «تتألف من»، «تتكون من»، «قوامها». */
export const MADE_UP_OF: readonly string[] = ['تضم', 'مكونه', 'مؤلفه', 'تتالف', 'تتكون', 'قوامها'];

/** Nouns of armed groups that «مقاتلة» describes («فصائل مقاتلة»، «المجموعات المقاتلة»). */
export const FIGHTING_GROUPS: readonly string[] = ['فصائل', 'فصيل', 'مجموعات', 'مجموعه', 'جماعات', 'جماعه', 'كتائب', 'قوات', 'قوي', 'وحدات', 'عناصر', 'اطراف', 'ميليشيات', 'مليشيات', 'تنظيمات'];

/** «هذه»، «هذا»، «تلك»، «ذلك»: a demonstrative before the noun it points at. */
export const DEMONSTRATIVES: readonly string[] = ['هذه', 'هذا', 'تلك', 'ذلك'];

/** Victim forms of plain persons: with a side after them they are its members («24 شخصاً من قوات حفتر»). */
export const PERSON_NOUNS: readonly string[] = ['شخص', 'اشخاص'];

/**
 * Nouns of membership (normalized lexicon forms) that a possessive pronoun gives an owner: «مقتل اثنين من عناصرها»،
 * «فقدت قوات الأمن أحد رجالها»، «أصيب 40 من أفرادها» are members of the side named before.
 */
export const OWNED_MEMBERS: readonly string[] = ['عناصر', 'افراد', 'اعضاء', 'منتسب', 'منتسبين', 'رجال'];
/**
 * Possessive pronouns such a noun ends in, read as its lexicon suffix («عناصرها»، «منتسبيهم»). A bare «ه» only after a
 * plural: «منتسبة» is a feminine member.
 */
export const POSSESSIVE_ENDINGS: readonly string[] = ['ها', 'هم', 'هما', 'يه', 'يها', 'يهم'];

/** «مسؤولا بارزا في صفوف حركة الشباب»: an official of an armed group (no state) is one of its fighters. */
export const OFFICIAL_NOUNS: readonly string[] = ['مسؤول', 'مسئول'];

// Function words of the casualty phrases, kept as data beside the mechanism that reads them.

/** «قال حزب الله إنه استهدف…»: «أنه/أنها/أنهم» after a speaker, before an act, make the act the speaker's own. */
export const SELF_REPORT: readonly string[] = ['انه', 'انها', 'انهم', 'بانه', 'بانها', 'بانهم'];
/** «أنه/أنهما تعرضا للخطف»: «أن» with the pronoun of the subject of the verb after it, the dual too. */
export const THAT_HE: readonly string[] = [...SELF_REPORT, 'انهما', 'بانهما'];

/**
 * «حزب الله يعلن إحراق دبابة…»، «أعلن الحزب، في بيان، عن استهداف…»: verbal nouns of an attack announced as the object
 * of the speaker's statement, with no agent of their own after them — the speaker's own act.
 */
export const ANNOUNCED_ACTS: readonly string[] = ['استهداف', 'احراق', 'تدمير', 'قصف', 'اسقاط', 'تفجير', 'اقتحام', 'شن', 'تنفيذ', 'مهاجمه', 'ضرب'];

/** Verbs of success that carry an act: «تمكنت القوات من»، «استطاع الجيش». */
export const SUCCEEDING: readonly string[] = ['تمكن', 'تمكنت', 'تمكنوا', 'تمكنا', 'استطاع', 'استطاعت', 'استطعنا', 'نجح', 'نجحت', 'نجحوا', 'نجحنا'];

/** Verbs of a guess before an actor («يعتقد أن التنظيم…»، «يرجح»، «يشتبه»): a suspected agent, not a named one. */
export const HEDGING: readonly string[] = ['يعتقد', 'يرجح', 'يشتبه', 'يعتقدون', 'يرجحون', 'يشتبهون', 'ويعتقد', 'ويرجح', 'ويشتبه', 'يحتمل', 'بصمات', 'ببصمات', 'المشتبه', 'انطباعا', 'يوحي', 'ترجح', 'ويحتمل'];

/** «مقتل 22 منهم»: «من» with a pronoun, pointing from the victims at a side. */
export const FROM_PRONOUN: readonly string[] = ['منه', 'منها', 'منهم', 'منهما', 'منا'];

/** «إلى»، «نحو»، «صوب»: a destination, which names no agent. */
export const TOWARD: readonly string[] = ['الي', 'نحو', 'صوب'];

/** «، التي»: a relative after a comma goes on with the phrase before it. */
export const RELATIVE_AFTER_COMMA: readonly string[] = ['الذي', 'التي', 'والذي', 'والتي'];

/** «رداً على»، «ردًا على»، «في رد على»، «كرد على»: a reply to an attack. */
export const REPLYING: readonly string[] = ['ردا', 'وردا', 'رد', 'كرد', 'كردا'];

/** Particles and auxiliaries before a verb («قد»، «كان»، «أن»): no part of a phrase that names its subject. */
export const VERB_PARTICLES: readonly string[] = ['قد', 'كان', 'وكان', 'كانت', 'وكانت', 'لقد', 'ان', 'وقد'];

/** «سقوط قتلى وجرحى بين المدنيين»، «عدة إصابات بصفوف المدنيين»: words that put a victim group after a casualty noun. */
export const AMONG_GROUP: readonly string[] = ['من', 'بين', 'وسط', 'في', 'بصفوف', 'باوساط'];

/** Words that may stand right before a subject that opens its clause: «أن 6 مدنيين قتلوا»، «و3 أطفال أصيبوا»، «أن هناك 22 مدنيا قضوا». */
export const BEFORE_SUBJECT: readonly string[] = ['ان', 'بان', 'وان', 'فان', 'لان', 'انه', 'كان', 'وكان', 'كانت', 'وكانت', 'و', 'ف', 'حيث', 'كما', 'فيما', 'بينما', 'بعدما', 'وقد', 'قد', 'هناك', 'لكن', 'ولكن',
  // «لا يزال 30 صحفياً مفقودين»: the subject of «زال» (still) before the state it is still in.
  'يزال', 'تزال', 'زال', 'زالت',
  // «أما الطفلة فلانة أصيبت»: «as for» puts the subject first.
  'اما', 'واما'];

/** Prepositions (and «منزل/منازل», whose genitive is a place): a group after them is no subject. */
export const PREPOSITION_WORDS: readonly string[] = ['في', 'من', 'علي', 'الي', 'عن', 'مع', 'ضد', 'بين', 'لدي', 'عند', 'بعد', 'قبل', 'منازل', 'منزل'];

/** Prepositions of a place phrase between a subject and its object: «من نقطة تفتيش في مدخل المدينة». */
export const PLACE_PREPOSITIONS: readonly string[] = ['في', 'من', 'عند', 'قرب', 'داخل', 'امام', 'علي'];

/** Words that may open a clause before its first verb: «ثم أوقفه الشرطي». */
export const CLAUSE_LINKS: readonly string[] = ['و', 'ف', 'ثم', 'وقد', 'فقد', 'قد', 'لقد'];

/** «قد»، «لقد» before a past verb assert it: the subject stands before them. */
export const ASSERTIVE: readonly string[] = ['قد', 'لقد'];

/** Words with the article that are no subject after a verb: «إلى»، «إلا» (relatives are kept apart by their bit). */
export const DEFINITE_NON_SUBJECTS: readonly string[] = ['الي', 'الا'];

/** «أن»، «إن» and their forms: a noun after them opens a clause. */
export const COMPLEMENTIZER_WORDS: readonly string[] = ['ان', 'بان', 'وان', 'لان', 'فان'];


/** «الآخر»، «الأخرى»: the other one. */
export const OTHER_ONE: readonly string[] = ['الاخر', 'الاخري'];
/** «وقتل الآخران»: the other two (the nominative: «الآخرين» is as often the plural). */
export const OTHER_TWO_DEFINITE: readonly string[] = ['الاخران', 'الاخريان', 'الاخرتان'];
/** «مسؤول في الحزب ومعه ثلاثة آخرون»: «with him/her» joins company to a person, as «مع» does. */
export const WITH_PRONOUN: readonly string[] = ['معه', 'ومعه', 'معها', 'ومعها', 'برفقته', 'وبرفقته', 'برفقتها', 'وبرفقتها'];

/** «أحد»، «إحدى»، «إحداهن»: one of. */
export const ONE_OF: readonly string[] = ['احد', 'احدي', ...ONE_BY_PRONOUN];
/** «بينهم امرأة بحالة حرجة»، «جنديين، أحدهما في حالة خطيرة»، «بعضهم بحالة حرجة»: some of a group told, by how grave. */
export const PART_OF_THEM: readonly string[] = [...ONE_BY_PRONOUN, 'بعضهم', 'بعضهن', 'اغلبهم', 'معظمهم'];
/** «أحد كبار القادة»، «أحد أبرز قادة الحركة»: words of rank between «أحد» and the group it is one of. */
export const FOREMOST: readonly string[] = ['كبار', 'ابرز', 'اهم'];

/** «فقد ثلاثة من أفراد عائلته على يد جهة مجهولة»: at whose hands a group went missing. */
export const BY_HANDS: readonly Phrase[] = [['علي', 'يد'], ['علي', 'ايدي'], ['من', 'قبل']];

/**
 * «وهي عالقة»، «وهم محتجزون»: personal pronouns as the subject of a state, and the count each names; after a group
 * already told they name or describe it («الشهيدان هما …»).
 */
export const PERSONAL_PRONOUNS: readonly { readonly word: string; readonly count: { readonly value?: number; readonly vague?: 'some' } }[] = [
  { word: 'هو', count: { value: 1 } }, { word: 'هي', count: { value: 1 } }, { word: 'هما', count: { value: 2 } },
  { word: 'هم', count: { vague: 'some' } }, { word: 'هن', count: { vague: 'some' } },
];

/**
 * Held or kept alive, which says trapped only right before a rubble state («كان محاصراً تحت أنقاض منزله»، «بقي حيا
 * تحت الركام»); alone «محاصر» is besieged, and «حي» a neighbourhood.
 */
export const HELD_UNDER: readonly string[] = [
  'محاصر', 'محاصرا', 'محاصره', 'محاصرين', 'محاصرون', 'محاصرات', 'محاصران', 'محتجزا', 'محتجزه', 'محتجزين', 'محتجزون',
  'محشور', 'محشورا', 'محشوره', 'محشورين', 'محشورون', 'حيا', 'حيه',
];

/**
 * «قتلى بقصف…»، «قتيلان وجرحى خلال فض الاعتصام»، «قتلى وسط الخرطوم»، «جرحى على يد الأمن»، «شهيد متأثرا بجراحه»: words after a
 * casualty noun opening a line that make it a headline — of cause, time, place, agent or wounds died of.
 */
export const HEADLINE_LINKS: readonly string[] = ['جراء', 'اثر', 'في', 'بعد', 'خلال', 'اثناء', 'عقب', 'بسبب', 'نتيجه', 'بفعل', 'وسط', 'قرب', 'متاثرا', 'متاثره', 'متاثرين',
  // With the fighting's outbreak or renewal: «قتيلان وجرحى بتجدد الاشتباكات»، «باندلاع المعارك»; by a strike on a target:
  // «شهداء وجرحى باستهداف سيارة».
  'بتجدد', 'باندلاع', 'بتصاعد', 'باحتدام', 'باستهداف'];

/**
 * A sentence of death carried out (after a committing verb, «نفذ»): a penalty noun and the death it is of — «حكم
 * الإعدام»، «حد الحرابة»، «عقوبة القتل» — or «القصاص» alone; then «على/في/بحق» and the people it was carried out on.
 * («حد السرقة»، «حد الجلد» are no death.)
 */
export const PENALTY_NOUNS: readonly string[] = ['حكم', 'حكما', 'حد', 'عقوبه'];
export const DEATH_PENALTIES: readonly string[] = ['الاعدام', 'القصاص', 'القتل', 'الحرابه', 'الرده', 'الرجم', 'الصلب'];
/** Carrying a sentence out: «نفذ»، «تنفيذ»; after them «الإعدام» or «القصاص» alone is the sentence. */
export const PENALTY_CARRIERS: readonly string[] = ['نفذ', 'نفذت', 'نفذوا', 'ينفذ', 'تنفذ', 'تنفيذ'];
/** A warrant carried out (see {@link WARRANTS}): by its authority, or carrying it out. */
export const WARRANT_CARRIED_OUT: readonly string[] = [...PENALTY_CARRIERS, 'تنفيذا', 'بموجب'];
export const DEATH_SENTENCES: readonly string[] = ['الاعدام', 'القصاص'];
/** «أصدر أحكاماً بالإعدام بحق 11 معتقلاً»: a sentence passed, before its death penalty, is no execution. */
export const SENTENCES_PASSED: readonly string[] = ['حكم', 'حكما', 'الحكم', 'احكام', 'احكاما', 'الاحكام', 'عقوبه'];
export const PENALTY_ON: readonly string[] = ['علي', 'في', 'بحق'];

/**
 * «وقامت باعتقالهم»: verbs of carrying out before «بـ» and a verbal noun whose pronoun names the victims; with their
 * verbal noun, the subject between them and «بـ» is the agent («قيام قوة الردع باعتقال …»).
 */
export const CARRYING_OUT: readonly string[] = ['قام', 'قامت', 'قاموا', 'يقوم', 'تقوم', 'يقومون', 'قيام'];
/** Venturing on an act before «على» and its verbal noun: «أقدم التنظيم على إعدام…». */
export const VENTURING: readonly string[] = ['اقدم', 'اقدمت', 'اقدموا', 'يقدم', 'تقدم', 'يقدمون', 'اقدام'];

/**
 * Casualty word entries (by lexicon id) that state a casualty only with a counted group after them: led away or hidden
 * («اقتادت القوة 14 شخصا»، «إخفاء أكثر من ثلاثة آلاف شخص»); uncounted («تم اقتيادهم»، «اقتادوا عائلات») they restate
 * people already held.
 */
export const COUNTED_ONLY: readonly string[] = ['led-away-verb', 'led-away-noun', 'arrested-verb', 'arrested-noun', 'mourned-verb', 'drowned-verb', 'drowned-noun', 'crucified-noun'];

/**
 * Casualty word entries (by lexicon id) that state a casualty only joined by «و» to another casualty word before them:
 * «قتلى ومخطوفون»، «الجرحى والمخطوفين»; alone («النساء المخطوفات») they describe people already told.
 */
export const JOINED_ONLY: readonly string[] = ['abducted-person'];

/**
 * A bare mother or father (as written after search folding), read as a victim only before relatives with a pronoun
 * ({@link PARENT_COMPANY} or «و»): alone «أم» is also «or» and «أب» a month. «مع» joins company: «استشهاد أم مع أطفالها».
 */
export const PARENT_MOTHERS: readonly string[] = ['ام', 'اما'];
export const PARENT_FATHERS: readonly string[] = ['اب'];
export const PARENT_COMPANY: readonly string[] = ['مع'];

/**
 * Of {@link COUNTED_ONLY}, the entries whose counted group must touch them, right after or right before: «غرق 40
 * مهاجراً»، «40 مهاجراً غرقوا»; «غرق القارب وعلى متنه 50 مهاجراً» counts passengers, not the drowned.
 */
export const COUNTED_NEXT: readonly string[] = ['drowned-verb', 'drowned-noun'];
/**
 * Of {@link COUNTED_ONLY}, leading away and arrest, whose one or two told by an indefinite noun are new people too
 * («جرى توقيف شاب»); not the mourned, who restate a death, nor the drowned.
 */
export const COUNTED_OR_ONE: readonly string[] = ['led-away-verb', 'led-away-noun', 'arrested-verb', 'arrested-noun'];

/** Active verbs that need their object to name a casualty («أصابت القذيفة 12 شخصا»): alone, «وأصاب في قراره» names none. */
export const NEEDS_OBJECT: readonly string[] = ['اصاب', 'اصابت', 'اصابوا', 'اصابا'];

/** «حسن حطيط الذي أصيب جراء …»: singular relatives after a personal name, whose verb's victim is the named one. */
export const WHO_SINGULAR: readonly string[] = ['الذي', 'التي'];

/** «أودى بحياته»، «أودت بحياتهم»: a life taken with its pronoun, and the count that names. */
export const LIVES_OF: readonly { readonly word: string; readonly count: { readonly value?: number; readonly vague?: 'some' } }[] = [
  { word: 'بحياته', count: { value: 1 } }, { word: 'بحياتها', count: { value: 1 } }, { word: 'بحياتهما', count: { value: 2 } },
  { word: 'بحياتهم', count: { vague: 'some' } }, { word: 'بحياتهن', count: { vague: 'some' } },
];

/**
 * «وقوع قتلى وجرحى في صفوفهم»، «خسائر بشرية بصفوفها»: the ranks of a side named before, by its pronoun — a side's ranks
 * are its fighters.
 */
export const RANKS_OF_THEM: readonly string[] = ['صفوفهم', 'صفوفها', 'صفوفه', 'صفوفهما', 'بصفوفهم', 'بصفوفها', 'بصفوفه'];

/** «قتل ثلاثة مدنيين وأصيب مثلهم»: as many as the group told before, after a casualty verb. */
export const AS_MANY: readonly string[] = ['مثلهم', 'مثلهما', 'مثلهن'];

/** Places of detention: an actor right after one holds the detained («أسرى في سجون الاحتلال»، «معتقلين بسجون النظام»). */
export const PRISONS: readonly string[] = ['سجون', 'سجن', 'معتقلات', 'معتقل', 'زنازين', 'قبضه'];

/**
 * Victim nouns that name a group of unknown size: with a possessive pronoun («طاقمها»، «عائلته»، «أسرتهم») they count
 * nobody, where a person of the same class does («سائقه»: one of the crew).
 */
export const COLLECTIVE_NOUNS: readonly string[] = ['طاقم', 'طواقم', 'عائله', 'عائلات', 'عوائل', 'اسره', 'اسر', 'فريق', 'افراد'];

/** «وسقط أيضا ستة مواطنين»: adverbs of addition that may stand between a verb of falling and the fallen. */
export const ALSO_WORDS: readonly string[] = ['ايضا', 'كذلك'];
/**
 * «هجوم سقط فيه 4 عناصر»، «سقط على إثره قتيلان وجريح»: an adjunct whose pronoun points back at the attack, between a verb
 * of falling and the fallen — they fell in it, so dead. «(على) إثره» are {@link ON_RESUMPTIVES}.
 */
export const FALL_ADJUNCTS: readonly string[] = ['فيه', 'فيها', 'خلاله', 'خلالها', 'جراءه', 'جراءها', 'بسببه', 'بسببها', ...ON_RESUMPTIVES];
/**
 * Prepositions before the attack one fell in, a definite weapon (the causes lexicon), an event of {@link PART_EVENTS} or
 * a massacre after them: «سقط في القصف 12 مدنيا»، «سقط جراء الهجوم 28 مدنيا».
 */
export const FALL_IN_ATTACK: readonly string[] = ['في', 'جراء', 'خلال', 'بسبب', 'اثر', 'نتيجه'];
/** «سقط في المجزرة 30 مدنيا»: massacres one fell in (not an accident or an operation: «سقط في الحادثة طفل من الطابق»). */
export const FALLEN_IN_MASSACRES: readonly string[] = ['المجزره', 'المذبحه'];

/** «فيما يخص الجرحى، بلغ عددهم 74 شخصا»: their number, after a verb of reaching, counts the casualty plural before. */
export const THEIR_COUNT: readonly string[] = ['عددهم', 'عددهن', 'عددها',
  // «القتلى الذين تجاوز مجموعهم 650 شخصا»: their total.
  'مجموعهم', 'مجموعهن', 'اجماليهم'];

/** Displaced people («15 مليون نازح»): counted, they are no casualties. */
export const DISPLACED_NOUNS: readonly string[] = ['نازح', 'نازحا', 'نازحين', 'نازحون', 'مهجر', 'مهجرا', 'مهجرين', 'مهجرون', 'مشرد', 'مشردا', 'مشردين', 'مشردون'];

/** «جميع من كانوا على متنه»: the forms of «كان» after «جميع/كل من» that make «all those who were» the victims. */
export const WAS_FORMS: readonly string[] = ['كان', 'كانوا', 'كانت', 'كن', 'كانا', 'كانتا'];


/**
 * How grave an injury is, right after its noun: «إصابة بالغة/خطيرة/طفيفة». «بالغة» is also an adult woman, read so
 * elsewhere; the injured may follow after «ل» («إصابة خطيرة لطفل»).
 */
export const SEVERITY_WORDS: readonly string[] = ['بالغه', 'بليغه', 'خطيره', 'طفيفه', 'متوسطه', 'حرجه'];
/** «إصابة بالغة واحدة»: «one» after it makes «بالغة» a counted adult woman. */
export const ONE_WORDS: readonly string[] = ['واحده', 'واحد'];

/** A leader's escorts and guards (lexicon forms): «و15 من مرافقيه»، «وثلاثة من حراسه» are of his class. */
export const ESCORT_NOUNS: readonly string[] = ['مرافق', 'مرافقين', 'حارس', 'حراس'];

/** Participles of being stationed somewhere, without the article: «التنظيمات المنتشرة في ريف إدلب». */
export const STATIONED: readonly string[] = [
  'منتشره', 'منتشرين', 'منتشرون', 'منتشر', 'متمركزه', 'متمركزين', 'متمركزون', 'متمركز', 'متحصنه', 'متحصنين',
  'متحصنون', 'متحصن', 'متمترسه', 'متمترسين', 'متمترس', 'مرابطه', 'مرابطين',
];

/** Positions fire comes from («من مواقعهم في …»، «مصدره مواقع النظام في …»): where the attacker is, not its victims. */
export const FIRING_POSITIONS: readonly string[] = ['مواقع', 'مواقعه', 'مواقعها', 'مواقعهم', 'موقع', 'موقعه', 'موقعها', 'موقعهم', 'ثكنه', 'ثكنات', 'نقاط', 'نقاطه', 'نقاطها', 'نقاطهم', 'تمركز', 'تمركزات'];
/** Units of distance before a direction and a place, the point a distance is measured from: «13 كم شمال مدينة حمص». */
export const DISTANCE_UNITS: readonly string[] = ['كم', 'كلم', 'كيلو', 'كيلومتر', 'كيلومترا', 'كيلومترات', 'متر', 'مترا', 'امتار', 'ميل', 'اميال'];
/**
 * Words of coming or fleeing from a place, before its «من»: «مدنيين نزحوا من مدينة حمص»، «النازحين من ريف حماة»
 * name where the victims came from, not where they were hurt.
 */
export const CAME_FROM: readonly string[] = [
  'نزح', 'نزحوا', 'نزحت', 'نزحن', 'النازحين', 'نازحين', 'النازحون', 'نازحون', 'النازحه', 'نازحه', 'المهجرين', 'مهجرين',
  'المهجرون', 'مهجرون', 'هجروا', 'تهجروا', 'القادمين', 'قادمين', 'القادمون', 'قادمون', 'قادم', 'قادمه', 'ينحدر',
  'ينحدرون', 'تنحدر', 'المنحدرين', 'يتحدر', 'يتحدرون', 'المتحدرين', 'فروا', 'فر', 'فرت', 'الفارين', 'فارين', 'هربوا',
  'الهاربين', 'هاربين', 'اصله', 'اصلهم', 'فارون', 'الفارون', 'هاربون', 'الهاربون', 'النازحات', 'نازحات', 'المهجره',
  'مهجره', 'المهجرات', 'قدموا', 'قدم', 'قدمت',
];
/** The words before {@link FIRING_POSITIONS} that make them the origin of fire. */
export const FIRE_ORIGINS: readonly string[] = ['من', 'مصدره', 'مصدرها'];

/** What a toll rose by, right after it: «ارتفعت الحصيلة إلى 9 قتلى بعد وفاة 4 جرحى»، «… إثر استشهاد امرأة». */
export const TOLL_ROSE_BY: readonly string[] = ['بعد', 'اثر', 'عقب', 'اثره'];

/**
 * What tells a figure before it as an earlier report that the article's toll has since replaced: «وكانت حصيلة أولية
 * قد تحدثت عن مقتل 55»، «أعلنت في وقت سابق مقتل 28».
 */
export const EARLIER_FIGURES: readonly Phrase[] = [
  ['في', 'وقت', 'سابق'], ['حصيله', 'اوليه'], ['حصيله', 'سابقه'], ['الحصيله', 'الاوليه'], ['الحصيله', 'السابقه'], ['حصيله', 'اولي'],
];
/** Words that set a figure in another incident or time: «في قصف مماثل»، «في هجوم سابق»، «الشهر الماضي»، «قبل أسبوع». */
export const INCIDENT_APART: readonly string[] = [
  'مماثل', 'مماثله', 'سابق', 'سابقه', 'منفصل', 'منفصله', 'اخر', 'اخري', 'الماضي', 'الماضيه', 'قبل', 'امس',
];
/** The «كان … قد» of a report told in the pluperfect: «وكانت قيادة العمليات قد أعلنت مقتل 28». */
export const PLUPERFECT_OPENERS: readonly string[] = ['كان', 'كانت'];
