import type { ActorEntry, SourceEntry } from '../../lexicon/types.js';
import { extend } from '../extend.js';

/**
 * Armed actors that fight in several countries, with the names Arabic news gives them everywhere. Packs take
 * them as they are or extend their forms with local names (`lexicons/extend`).
 * @example
 * ```ts
 * regionalActors.find((a) => a.id === 'israel')?.forms.includes('جيش الاحتلال'); // → true
 * ```
 */
export const regionalActors: readonly ActorEntry[] = [
  {
    id: 'usa',
    labels: { ar: 'الولايات المتحدة', en: 'United States' },
    category: 'international-coalition',
    forms: [
      'الولايات المتحدة', 'الولايات المتحدة الأمريكية', 'الولايات المتحدة الأميركية', 'أمريكا', 'أميركا', 'واشنطن',
      'القوات الأمريكية', 'القوات الأميركية', 'الجيش الأمريكي', 'الجيش الأميركي', 'البنتاغون', 'البنتاجون',
      'وزارة الدفاع الأمريكية', 'وزارة الدفاع الأميركية', 'القيادة المركزية الأمريكية', 'القيادة المركزية الأميركية',
    ],
    adjectives: ['الأمريكي', 'الأميركي'],
  },
  {
    id: 'isis',
    labels: { ar: 'تنظيم الدولة الإسلامية', en: 'Islamic State (ISIS)' },
    category: 'isis',
    forms: [
      'تنظيم الدولة', 'تنظيم الدولة الإسلامية', 'الدولة الإسلامية', 'تنظيم الدولة الإسلامية في العراق والشام',
      'الدولة الإسلامية في العراق والشام', 'داعش', 'تنظيم داعش', 'عصابات داعش', 'فلول داعش', 'خلايا داعش', 'بقايا داعش',
      'التنظيم', 'مسلحي التنظيم', 'عناصر التنظيم',
    ],
    adjectives: ['الداعشي'],
  },
  {
    id: 'israel',
    labels: { ar: 'إسرائيل', en: 'Israel' },
    category: 'other',
    // Names that say Israel in any country's news; the bare «الاحتلال» family is in `occupationForms`.
    forms: [
      'إسرائيل', 'تل أبيب', 'الاحتلال الإسرائيلي', 'جيش الاحتلال', 'جيش الاحتلال الإسرائيلي', 'قوات الاحتلال الإسرائيلي',
      'الجيش الإسرائيلي', 'سلاح الجو الإسرائيلي', 'العدو الإسرائيلي', 'العدو الصهيوني', 'الكيان الصهيوني', 'الكيان الإسرائيلي',
      'حرس الحدود الإسرائيلي', 'الشاباك', 'قوات الجيش الإسرائيلي', 'الإسرائيليون',
    ],
    adjectives: ['الإسرائيلي', 'الصهيوني'],
  },
  {
    id: 'turkey',
    labels: { ar: 'تركيا', en: 'Turkey' },
    category: 'other',
    forms: [
      'تركيا', 'أنقرة', 'القوات التركية', 'الجيش التركي', 'الاستخبارات التركية', 'المخابرات التركية', 'وزارة الدفاع التركية',
      // The gendarmerie guards the Syrian border: «قوات الجندرما التركية»، «حرس الحدود التركي».
      'الجندرما', 'الجندرمة', 'الجندرما التركية', 'الجندرمة التركية', 'قوات الجندرما', 'قوات الجندرما التركية', 'حرس الحدود التركي',
    ],
    adjectives: ['التركي'],
  },
];

/**
 * Where Israel is the occupying power in view (Gaza, the West Bank, south Lebanon), news names it by the occupation
 * alone: «الاحتلال»، «قوات الاحتلال»، settlers. Syrian news uses the same words for other forces («الاحتلال الروسي»),
 * so only the Palestine and Lebanon packs take them.
 */
export const occupationForms: readonly string[] = [
  'الاحتلال', 'قوات الاحتلال', 'الكيان المحتل', 'الكيان', 'كيان الاحتلال', 'الكيان الغاصب', 'الكيان المؤقت', 'جيش الكيان', 'جيش العدو', 'سلطات الاحتلال', 'شرطة الاحتلال', 'بلدية الاحتلال',
  'المستعربين', 'وحدات المستعربين',
  // Resistance outlets' names for the Israelis, by noun or nisba («جندي صهيوني»، «الجنود الصهاينة»).
  'الصهاينة', 'الصهيونيون', 'صهاينة', 'صهيوني', 'صهيونيان', 'صهيونيين', 'مستعربون', 'الوحدات الخاصة الإسرائيلية', 'القوات الخاصة الإسرائيلية', 'قوة إسرائيلية خاصة',
];

/** The Israeli army's named brigades, divisions and units, for the packs of the countries it fights in. */
export const israeliUnits: readonly string[] = [
  'لواء جفعاتي', 'لواء غفعاتي', 'لواء غولاني', 'لواء جولاني', 'لواء كفير', 'لواء المظليين', 'لواء الكوماندوز', 'وحدة إيغوز', 'وحدة ماجلان',
  'الفرقة 36', 'الفرقة 91', 'الفرقة 98', 'الفرقة 146', 'الفرقة 162', 'الفرقة 210', 'الفرقة 252', 'وحدة دوفدفان', 'وحدة دوفديفان',
  'البحرية الإسرائيلية', 'سلاح البحرية الإسرائيلي', 'الزوارق الحربية الإسرائيلية', 'زوارق حربية إسرائيلية', 'الدبابات الإسرائيلية',
  'الآليات العسكرية الإسرائيلية', 'آليات عسكرية إسرائيلية',
];

/**
 * Settlers as attackers: the real corpus's convention (`../shared/corpus/real/README.md`) gives them no actor id —
 * not the army's doing — so the Palestine pack reads them as an agent named but without an id, like «مسلحون مجهولون».
 */
export const settlerForms: readonly string[] = [
  'المستوطنين', 'المستوطنون', 'مستوطنون', 'مستوطنين', 'مستوطن', 'المستوطن',
  // WAFA's word for them.
  'المستعمرين', 'المستعمرون', 'مستعمرين', 'مستعمرون', 'مستعمر', 'المستعمر',
  'عصابات المستوطنين', 'ميليشيات المستوطنين', 'مليشيات المستوطنين', 'قطعان المستوطنين', 'مجموعات المستوطنين', 'مجموعة من المستوطنين',
  'عصابات المستعمرين', 'ميليشيات المستعمرين', 'مليشيات المستعمرين', 'مجموعة من المستعمرين', 'مستوطنون متطرفون', 'مستوطنين متطرفين',
  'فتية التلال', 'شبيبة التلال',
];

/**
 * ISIS's names that only say «the organization» and its fighters: a pack whose country has another organization
 * that is «the» one (Yemen's AQAP) leaves them out, to the context. @internal
 */
export const ORGANIZATION_FORMS: readonly string[] = ['التنظيم', 'مسلحي التنظيم', 'عناصر التنظيم'];

/** The regional actor `id`, with a country's own names for it added to its forms. @internal */
export function regional(id: string, forms: readonly string[] = []): ActorEntry {
  return extend(regionalActors, id, forms);
}

/** ISIS's news agency, quoted as its source wherever the group fights (the Syria, Iraq and Libya packs). */
export const amaqSource: SourceEntry = {
  id: 'amaq', labels: { ar: 'وكالة أعماق', en: 'Amaq News Agency' }, actor: 'isis',
  forms: ['وكالة أعماق', 'أعماق', 'وكالة أعماق الإخبارية', 'وكالة أعماق التابعة لتنظيم الدولة'],
};
