import type { CauseEntry } from '../../lexicon/types.js';

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
      'غارة', 'غارات', 'قصف جوي', 'ضربة جوية', 'ضربات جوية', 'ضربة', 'ضربات', 'طائرة حربية', 'طائرات حربية', 'الطيران الحربي',
      'الطيران', 'طيران', 'طائرة', 'طائرات', 'سلاح الجو', 'مقاتلة', 'مقاتلات', 'قاذفة', 'قاذفات', 'طائرة مسيرة',
      'طائرات مسيرة', 'مسيرة', 'درون', 'الطيران المروحي', 'مروحية', 'مروحيات', 'جوي', 'جويا',
    ],
  },
  {
    id: 'shelling',
    labels: { ar: 'قصف', en: 'shelling' },
    forms: ['قصف', 'قصف مدفعي', 'مدفعي', 'مدفعية', 'قذيفة', 'قذائف', 'هاون', 'راجمة', 'راجمات', 'مدفعيا', 'دبابة', 'دبابات'],
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
  { id: 'execution', labels: { ar: 'إعدام', en: 'execution' }, forms: ['إعدام', 'إعدامات', 'إعداما', 'ذبح', 'رميا بالرصاص'] },
  {
    id: 'chemical',
    labels: { ar: 'سلاح كيميائي', en: 'chemical weapons' },
    forms: ['كيميائي', 'كيماوي', 'غاز السارين', 'السارين', 'غاز الكلور', 'الكلور', 'غازات سامة', 'غاز سام'],
  },
  {
    id: 'explosion',
    labels: { ar: 'انفجار', en: 'explosion' },
    forms: [
      'انفجار', 'تفجير', 'عبوة ناسفة', 'عبوات ناسفة', 'حزام ناسف', 'تفجير انتحاري', 'انتحاري', 'انفجار عبوة',
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
      'سيارة ملغومة', 'سيارات ملغومة', 'شاحنة ملغومة', 'عربة ملغومة', 'دراجة نارية ملغومة',
    ],
  },
  {
    id: 'shooting',
    labels: { ar: 'إطلاق نار', en: 'shooting' },
    forms: [
      'إطلاق نار', 'إطلاق النار', 'رصاص', 'الرصاص الحي', 'برصاص', 'أعيرة نارية', 'اشتباكات مسلحة', 'أسلحة رشاشة',
      'الأسلحة الرشاشة', 'رشاشات', 'رشاش',
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
