/**
 * Words around an actor mention that decide its role, as search-normalized text (ة→ه, ى→ي, أإآ→ا). A cue is
 * read bare or after و/ف/ب/ل («وقصفت»، «بقصف»، «لسيطرة»).
 * @module actors/cues
 */

/** The role a cue word gives, and how: see `docs/lexicons.md` (How roles are decided). */
export type CueClass =
  /** A speech or attribution word: the actor is quoted. */
  | 'speech'
  /** Control of territory. */
  | 'control'
  /** An attack, siege or advance: verbs before their subject, verbal nouns before their agent. */
  | 'attack'
  /** Nouns whose genitive is attacked («معاقل»، «مواقع»), expulsion and «liberation from», and «تعرض» (was subjected to: «تعرضت قوات صومالية لهجوم»). */
  | 'target'
  /** Support, leadership of a coalition, guarantors, withdrawal, surrender. */
  | 'other'
  /** Negation: a following attack verb does not happen. */
  | 'negation';

const words = (cls: CueClass, list: string): [string, CueClass][] => list.trim().split(/\s+/u).map((w) => [w, cls]);

/** Cue words by class. */
export const CUES: ReadonlyMap<string, CueClass> = new Map<string, CueClass>([
  ...words('speech', `
    قال قالت يقول تقول اعلن اعلنت يعلن ذكر ذكرت يذكر تذكر افاد افادت يفيد تفيد اكد اكدت يؤكد تؤكد اضاف اضافت
    اوضح اوضحت صرح صرحت حسب بحسب وفق وفقا نقلا نقل نقلت بيان مصادر مصدر لسان نشر نشرت بث بثت زعم زعمت
    اتهم اتهمت يتهم تتهم اتهموا يتهمون متهما متهمه متهمين حمل حملت نفي نفت ينفي تنفي ادعي ادعت تحدث تحدثت اشار اشارت كشف كشفت رصد رصدت وثق وثقت
    نعي نعت ينعي تنعي نعا نعاه نعته قوله قول تاكيد تاكيده تعقيب تعليق`),
  ...words('control', `
    سيطره بسيطره سيطرت تسيطر يسيطر سيطر بيد ايدي يد قبضه مناطق قاطع قواطع قاطعي`),
  ...words('attack', `
    قصف قصفت يقصف تقصف قصفا قصفه قصفها غاره غارات غاراته غاراتها شن شنت يشن تشن شنه شنها تشنه تشنها يشنه
    يشنها شنتها نفذ نفذت ينفذ تنفذ نفذته نفذتها ينفذها تنفذها استهدف استهدفت يستهدف تستهدف استهدفوا القي
    القت يلقي تلقي اطلق اطلقت يطلق تطلق يطلقها تطلقها هاجم هاجمت يهاجم تهاجم هجوم هجمات الهجوم هجوما اقتحم
    اقتحمت يقتحم تقتحم اقتحام اعدم اعدمت يعدم حاصر حاصرت يحاصر تحاصر حصار حصارا تقدم تقدمت يتقدم تتقدم
    ارتكب ارتكبت يرتكب ترتكب ترتكبه يرتكبه ارتكبها جدد جددت صعد صعدت تصعيد عاود عاودت استئناف استانف
    استانفت قتل قتلت يقتل تقتل اسقط اسقطت قنص تصدت تصدي صدت تفريق ضربات ضربه رمي رمت فجر فجرت تفجير اغار اغارت
    دك دكت قصفوا هاجموا ضرب ضربت يضرب تضرب استعاد استعادت يستعيد تستعيد استعاده
    احرق احرقت دمر دمرت اصاب اصابت اوقع اوقعت
    تبني تبنت يتبني تتبني تبناه تبنته تبناها تبنتها
    داهم داهمت يداهم تداهم داهموا نصب نصبت نصبوا كمين كمينا
    اعتقل اعتقلت يعتقل تعتقل اعتقلوا اختطف اختطفت يختطف تختطف اختطفوا خطف خطفت يخطف تخطف خطفوا اسرت`),
  ...words('target', `
    معاقل معقل مواقع موقع مقرات مقر نقاط نقطه تجمعات تجمع ثكنات ثكنه حاجز حواجز ارتال رتل طرد تحرير دحر مراكز
    معسكر معسكرا معسكرات مقار مقرا موقعا تجمعا مخزن مخزنا مخازن مستودع مستودعا مستودعات منصه منصات قاعده قاعدتي
    قواعد
    تعرض تعرضت تعرضوا يتعرض تتعرض`),
  ...words('other', `
    دعم يدعم تدعم الدعم دعمها ترعاه يرعاه ترعي يرعي تقوده يقوده تقودها يقودها بقياده قياده سلم سلموا استسلم
    استسلموا انسحب انسحبت سحب سحبت حلفاء ضامن الضامنه وساطه`),
  ...words('negation', `لم لا لن ليس`),
]);

/**
 * Verbs of finding, recovering, receiving and burying the dead and wounded («عثرت السلطات على 89 جثة»، «استقبل
 * المستشفى 8 مصابين») and of responding to the scene — cordoning it off, heading or rushing to it («قوة أمنية طوقت
 * مكان الحادث»، «توجهت قوة إلى مكان الانفجار»): their subject tells what came after the harm, never who did it.
 */
export const AFTERMATH_VERBS: ReadonlySet<string> = new Set(
  `عثر عثرت عثروا يعثر تعثر انتشل انتشلت انتشلوا ينتشل تنتشل استقبل استقبلت يستقبل تستقبل دفن دفنت دفنوا يدفن تدفن
   تسلم تسلمت استلم استلمت يتسلم تتسلم اسعف اسعفت يسعف تسعف طوق طوقت طوقوا يطوق تطوق توجه توجهت توجهوا هرع هرعت
   هرعوا`.trim().split(/\s+/u),
);

/**
 * Members of an actor joined by «و» to another actor, with «من» or in construct («الجيش وعناصر من حزب الله»، «قوات
 * النظام ومقاتلو الميليشيات»): the actor after them is joined to the one before, in role and in agency.
 */
export const JOINED_MEMBERS: ReadonlySet<string> = new Set([
  'عناصر', 'افراد', 'اعضاء', 'منتسبين', 'رجال', 'مقاتلين', 'مقاتلون', 'مقاتلو', 'مقاتلي', 'مسلحين', 'مسلحون', 'مسلحو', 'مسلحي', 'قوات', 'ميليشيات', 'مليشيات',
]);

/** «برصاص X»، «جراء نيران X»، «بقذائف X»: the weapon's genitive is the one who fired it (read past «و» and «ب»). */
export const FIRED_BY: ReadonlySet<string> = new Set(['رصاص', 'رصاصه', 'نيران', 'قذائف', 'قذيفه', 'صواريخ', 'صاروخ', 'طلقات', 'طلقه']);

/** «على يد/أيدي X»: after «على» the hand is an agent's («أُعدموا على يد التنظيم»); «بيد X» holds ground. */
export const BY_THE_HAND: ReadonlySet<string> = new Set(['يد', 'ايدي']);

/** Control words that still say control when they follow the actor (verbs: «قوات النظام سيطرت على»). */
export const CONTROL_VERBS: ReadonlySet<string> = new Set(['سيطرت', 'تسيطر', 'يسيطر', 'سيطر', 'سيطروا', 'تسيطران']);

/** Complementizers and relatives that open a clause: the words before them are not about the mention after. */
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set(['ان', 'انه', 'انها', 'بان', 'لان', 'كي', 'حيث']);

/** Verbal nouns whose genitive is the agent when an object follows («استهداف روسيا المستشفيات») and the target otherwise. */
export const AGENT_OR_TARGET: ReadonlySet<string> = new Set(['استهداف', 'باستهداف', 'لاستهداف']);

/** Verbs of accusing: the actor after their subject is the accused («اتهمت الحكومة قوات الدعم السريع بـ…»). */
export const ACCUSE: ReadonlySet<string> = new Set(['اتهم', 'اتهمت', 'يتهم', 'تتهم', 'اتهموا', 'يتهمون']);
/** Participles of accusing, whose subject stands before them: the actor right after is the accused («متهما الجيش بـ…»). */
export const ACCUSING: ReadonlySet<string> = new Set(['متهما', 'متهمه', 'متهمين']);

/** Nouns of accusation: the actor after «إلى/لـ» is the accused («ووجهت أصابع الاتهام إلى حركة الشباب»). */
export const ACCUSATIONS: ReadonlySet<string> = new Set(['الاتهام', 'الاتهامات', 'اتهام', 'اتهامات', 'اصابع']);

/** «رداً على»: a reply to an attack, whose author is no target. */
export const REPLY: ReadonlySet<string> = new Set(['ردا', 'رد']);

/** The noun of a claim of responsibility, with or without the article and a pronoun («مسؤوليتها»، «المسئولية»). */
export const CLAIMS: readonly string[] = ['مسؤولي', 'مسئولي', 'المسؤولي', 'المسئولي'];

/** Prepositions and relatives: a word after an actor that is one of them opens no object of its verb. */
export const NOT_OBJECTS: ReadonlySet<string> = new Set(['في', 'علي', 'من', 'الي', 'عن', 'مع', 'ضد', 'بعد', 'قبل', 'خلال', 'منذ', 'عند', 'لدي', 'حتي', 'ان', 'الذي', 'التي']);

/**
 * Vehicles an actor moves in: its side is the target where the vehicle is what is attacked («كمين لقافلة للجيش»،
 * «هجوم على عربة للجيش»), and the attacker's where it attacks («هاجمت قافلة تابعة للدعم السريع القرية»).
 */
export const VEHICLES: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'قافله', 'قوافل', 'عربه', 'عربات', 'مدرعه', 'مدرعات', 'ناقله', 'ناقلات', 'رتل', 'ارتال', 'دوريه', 'دوريات', 'اليه', 'اليات', 'سياره', 'سيارات',
]);

/** Prepositions that point at a target after an attack word: «هجوم على X»، «ضربات ضد X». */
export const AGAINST: ReadonlySet<string> = new Set(['علي', 'ضد']);

/**
 * Nouns that make a following name part of a place or facility name: «أكاديمية الأسد»، «ضاحية الأسد»،
 * «مستشفى الأسد»; a weapon or an actor noun after one names it too («ساحة الطيران»، «حي الطيران»).
 */
export const FACILITY_NOUNS: ReadonlySet<string> = new Set(
  `ضاحيه اكاديميه مشفي مستشفي جامعه مدرسه شارع ساحه دوار جسر سد بحيره مطار معهد كليه ملعب حديقه مسجد جامع
   قصر نادي مكتبه مشروع حي مدينه بلده قريه طريق اوتوستراد كراج ميدان نفق مجمع`.trim().split(/\s+/u),
);

/** Words that link a speaking noun to the actor it belongs to: «التابعة لـ»، «باسم». */
export const LINKERS: ReadonlySet<string> = new Set([
  'التابع', 'التابعه', 'التابعين', 'التابعون', 'تابع', 'تابعه', 'تابعين', 'الموالي', 'الموالين', 'المواليه', 'الموالون',
  'موالي', 'موالين', 'مواليه', 'موالون', 'باسم',
]);

/**
 * Words that may stand between a reporting body and the actor it belongs to: linkers, «في/لدى», a relative clause
 * of running or holding it, and the government or movement the actor heads («وزارة الصحة في غزة التي تديرها حماس»،
 * «الدفاع المدني التابع لحكومة حماس»).
 */
export const QUALIFIERS: ReadonlySet<string> = new Set([
  ...LINKERS,
  ...`في لدي التي الذي تديرها يديرها تديره يديره تسيطر يسيطر عليها عليه حكومه لحكومه بحكومه سلطات لسلطات بسلطات سلطه
   لسلطه بسلطه حركه لحركه جماعه لجماعه`.trim().split(/\s+/u),
]);
/**
 * Casualty words before a counted group whose «من» names the victims' side («قتل 3 من عناصر حزب الله»، «مقتل اثنين من
 * مقاتلي الحركة»، «5 قتلى من الجيش»): that side is what was hit, not the attacker.
 */
export const CASUALTY_HEADS: ReadonlySet<string> = new Set(
  `قتل قتلت قتلوا مقتل قتلي قتيل قتيلا قتيلان استشهد استشهدت استشهدوا استشهاد شهداء شهيد شهيدا شهيدان اصيب اصيبت
   اصيبوا اصابه اصابات جرح جرحت جرحوا جرحي جريح جريحا مصابين مصرع لقي لقوا سقط سقوط اعدم اعدام اعتقل اعتقلت اعتقال
   اسر اسرت اختطف اختطاف`.trim().split(/\s+/u),
);
/**
 * An operation of an army's own kind («عملية عسكرية»، «حملة أمنية»): told by an armed speaker with the dead it
 * announces, it is the speaker's act. Noun, then the adjective that says so.
 */
export const OWN_OPERATIONS: ReadonlySet<string> = new Set(['عمليه', 'عمليات', 'حمله', 'حملات']);
export const OPERATION_KINDS: ReadonlySet<string> = new Set(['عسكريه', 'امنيه', 'نوعيه', 'خاصه', 'مشتركه', 'عسكريتين', 'تمشيط']);

/** Armed units, whose «من» names the side they belong to. */
export const UNITS: ReadonlySet<string> = new Set(['قوه', 'قوات', 'مجموعه', 'مجموعات', 'دوريه', 'دوريات', 'وحده', 'وحدات', 'رتل', 'ارتال', 'عناصر', 'فرقه', 'كتيبه', 'سريه']);
/** Attack cues read as the verbal nouns they also are («تصعيد»), and bare past verbs that are no noun. */
export const VERBAL_NOUNS: ReadonlySet<string> = new Set(['تصعيد', 'تفجير', 'تفريق', 'تصدي', 'تقدم', 'تحرير', 'تبني']);
export const PAST_VERBS: ReadonlySet<string> = new Set(['استهدف', 'هاجم', 'اقتحم', 'اعدم', 'اغتال']);
/**
 * Verbs of striking. When their subject stands right before them — an indefinite weapon or attack the verb describes
 * («عبوة ناسفة استهدفت الحشد»، «هجوم استهدف قوات الجيش»), «التي/الذي», or an actor opening its clause («أن القوات
 * التركية استهدفت …») — the actor after the verb is what it struck.
 */
export const STRIKING_VERBS: ReadonlySet<string> = new Set(['استهدف', 'استهدفت', 'طال', 'طالت', 'ضرب', 'ضربت', 'هاجم', 'هاجمت', 'اصاب', 'اصابت']);
/**
 * Indefinite weapons and attacks (or their adjective) a {@link STRIKING_VERBS} verb right after them describes, as a
 * relative clause with no pronoun does an indefinite noun; normalized, feminines in «ه». Not «مسيره» (also a march).
 */
export const STRIKING_SUBJECTS: ReadonlySet<string> = new Set([
  'هجوم', 'هجوما', 'انفجار', 'تفجير', 'قصف', 'صاروخ', 'لغم', 'انتحاري', 'ناسفه', 'مفخخه', 'غاره', 'قذيفه', 'عبوه', 'جويه',
  'صاروخيه', 'مدفعيه', 'انتحاريه',
]);
/** Words that open the clause of an actor standing as a verb's subject: «و»، «أن/إن»، «حيث». */
export const SUBJECT_OPENERS: ReadonlySet<string> = new Set(['و', 'ان', 'انه', 'انها', 'حيث', 'فيما', 'بينما', 'كما', 'ثم']);
/** Actor nouns of the aircraft that strike (core `actorNouns`). */
export const PLATFORMS: ReadonlySet<string> = new Set(['aircraft', 'drones']);
