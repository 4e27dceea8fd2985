import type { CauseEntry } from '../../lexicon/types.js';

/**
 * «جوي» describes a strike only on a strike noun: «قاعدة براك الجوية»، «القوات الجوية»، «المخابرات الجوية» name no
 * airstrike. Each phrase is listed bare and made definite («القصف الجوي»).
 */
const AIR_STRIKES = [
  'قصف جوي', 'هجوم جوي', 'هجمات جوية', 'حملة جوية', 'عملية جوية', 'عمليات جوية', 'استهداف جوي', 'طلعة جوية', 'طلعات جوية',
  'إسناد جوي', 'غطاء جوي', 'عدوان جوي', 'اعتداء جوي', 'ضربة جوية', 'ضربات جوية',
];
/** A phrase of a noun and its adjective made definite: the article on both («الهجوم الجوي»). */
const definite = (phrase: string): string => phrase.split(' ').map((w) => 'ال' + w).join(' ');

/**
 * Causes and weapons. A bare «قصف» is the generic `shelling`; the casualty layer prefers a more specific weapon
 * named for the same strike («قصف ... بالصواريخ» → missile, «قصف طائرات» → airstrike).
 * @example
 * ```ts
 * causes.find((c) => c.id === 'barrel-bomb')?.forms; // → ['برميل متفجر', 'براميل متفجرة', 'برميل', 'براميل']
 * ```
 */
export const causes: readonly CauseEntry[] = [
  {
    id: 'airstrike',
    labels: { ar: 'غارة جوية', en: 'airstrike' },
    forms: [
      'غارة', 'غارات', 'ضربة', 'ضربات', 'طائرة حربية', 'طائرات حربية', 'الطيران الحربي',
      'الطيران', 'طيران', 'طائرة', 'طائرات', 'سلاح الجو', 'مقاتلة', 'مقاتلات', 'قاذفة', 'قاذفات', 'طائرة مسيرة',
      'طائرات مسيرة', 'مسيرة', 'درون', 'الطيران المروحي', 'مروحية', 'مروحيات', 'جويا', 'قصفا جويا',
      ...AIR_STRIKES, ...AIR_STRIKES.map(definite),
      // Syrian for a helicopter: «قصف حوامة بالبراميل».
      'حوامة', 'حوامات',
    ],
  },
  {
    id: 'shelling',
    labels: { ar: 'قصف', en: 'shelling' },
    // The verb too: «قصفت قوات الدعم السريع مركز إيواء» (aircraft named with it make it an airstrike).
    forms: ['قصف', 'قصفت', 'قصفوا', 'قصف مدفعي', 'مدفعي', 'مدفعية', 'قذيفة', 'قذائف', 'هاون', 'راجمة', 'راجمات', 'مدفعيا', 'دبابة', 'دبابات',
      // Sudanese press: «سقوط دانات على الحي» (not «دانة» alone, a name; not «مقذوف», mostly a remnant that explodes).
      'دانات', 'دانة مدفعية'],
  },
  {
    id: 'barrel-bomb',
    labels: { ar: 'براميل متفجرة', en: 'barrel bomb' },
    forms: ['برميل متفجر', 'براميل متفجرة', 'برميل', 'براميل'],
  },
  {
    id: 'missile',
    labels: { ar: 'صواريخ', en: 'missile' },
    forms: ['صاروخ', 'صواريخ', 'صاروخي', 'قصف صاروخي', 'صواريخ أرض أرض', 'صواريخ فراغية', 'ضربة صاروخية', 'ضربات صاروخية', 'صواريخ بالستية', 'غراد'],
  },
  // Hanged or stoned: «أعدم شنقاً»، «إعدام امرأة رجماً».
  { id: 'execution', labels: { ar: 'إعدام', en: 'execution' }, forms: ['إعدام', 'إعدامات', 'إعداما', 'ذبح', 'رميا بالرصاص', 'شنقا', 'رجما'] },
  {
    id: 'chemical',
    labels: { ar: 'سلاح كيميائي', en: 'chemical weapons' },
    // The Iraqi «كيمياوي» and mustard gas: «قصف حلبجة بالكيمياوي»، «غاز الخردل» (not bare «الخردل»: «طريق الخردلي»).
    forms: ['كيميائي', 'كيماوي', 'كيمياوي', 'غاز السارين', 'السارين', 'غاز الكلور', 'الكلور', 'غازات سامة', 'غاز سام', 'غاز الخردل'],
  },
  {
    id: 'explosion',
    labels: { ar: 'انفجار', en: 'explosion' },
    forms: [
      'انفجار', 'انفجرت', 'تفجير', 'عبوة ناسفة', 'عبوات ناسفة', 'حزام ناسف', 'تفجير انتحاري', 'انتحاري', 'انفجار عبوة',
      // Landmines and war remnants are explosions in casualty datasets; a custom lexicon may list them apart.
      'لغم', 'ألغام', 'لغم أرضي', 'مخلفات الحرب', 'قنبلة عنقودية', 'قنابل عنقودية', 'ذخائر عنقودية',
    ],
  },
  {
    id: 'car-bomb',
    labels: { ar: 'سيارة مفخخة', en: 'car bomb' },
    forms: [
      'سيارة مفخخة', 'سيارات مفخخة', 'مفخخة', 'دراجة نارية مفخخة', 'شاحنة مفخخة',
      // «ملغومة» alone may be a road or a field; with a vehicle it is the car bomb.
      'سيارة ملغومة', 'سيارات ملغومة', 'شاحنة ملغومة', 'عربة ملغومة', 'دراجة نارية ملغومة', 'سيارة ملغمة', 'سيارات ملغمة',
      // A vehicle loaded with explosives, or a car that blew up: «انفجرت سيارة محملة بالمتفجرات»، «تفجير سيارة».
      'سيارة محملة بالمتفجرات', 'شاحنة محملة بالمتفجرات', 'انفجار سيارة', 'تفجير سيارة',
      // A tanker: «تفجير صهريج مفخخ».
      'صهريج مفخخ', 'صهاريج مفخخة',
    ],
  },
  {
    id: 'shooting',
    labels: { ar: 'إطلاق نار', en: 'shooting' },
    forms: [
      'إطلاق نار', 'إطلاق النار', 'رصاص', 'الرصاص الحي', 'برصاص', 'أعيرة نارية', 'أسلحة رشاشة',
      'الأسلحة الرشاشة', 'رشاشات', 'رشاش',
      // A gunshot: «أصيب بطلق ناري»، «بعيار ناري في الرأس»، «إطلاق نيران».
      'طلق ناري', 'طلقات نارية', 'طلقة نارية', 'عيار ناري', 'إطلاق نيران',
      // Firing at someone, past a subject between the verb and «النار»: «أطلقت قوات الاحتلال النار عليه».
      'النار على', 'النار عليه', 'النار عليها', 'النار عليهم', 'النار عليهما', 'فتح النار',
      // Snipers are shooting in casualty datasets («برصاص قناص»).
      'قناص', 'قناصة', 'قنص', 'برصاص قناص', 'رصاص قناص',
    ],
  },
  {
    id: 'building-collapse',
    labels: { ar: 'انهيار مبنى', en: 'building collapse' },
    forms: ['انهيار مبنى', 'انهيار المبنى', 'انهيار بناء', 'انهيار منزل', 'انهيار بناية', 'انهيار عمارة', 'انهيار'],
  },
];
