import type { ActorEntry } from '../../lexicon/types.js';

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
    forms: [
      'إسرائيل', 'تل أبيب', 'الاحتلال', 'الاحتلال الإسرائيلي', 'جيش الاحتلال', 'جيش الاحتلال الإسرائيلي', 'قوات الاحتلال',
      'قوات الاحتلال الإسرائيلي', 'الجيش الإسرائيلي', 'سلاح الجو الإسرائيلي', 'العدو الإسرائيلي', 'العدو الصهيوني',
      'الكيان الصهيوني', 'الكيان الإسرائيلي', 'الكيان المحتل', 'جيش الكيان', 'جيش العدو', 'سلطات الاحتلال',
      'شرطة الاحتلال', 'بلدية الاحتلال', 'حرس الحدود الإسرائيلي', 'الشاباك', 'المستعربين', 'وحدات المستعربين',
      'المستوطنين', 'المستوطنون', 'مستوطنون', 'مستوطنين', 'قوات الجيش الإسرائيلي', 'الإسرائيليون',
    ],
    adjectives: ['الإسرائيلي', 'الصهيوني'],
  },
  {
    id: 'turkey',
    labels: { ar: 'تركيا', en: 'Turkey' },
    category: 'other',
    forms: ['تركيا', 'أنقرة', 'القوات التركية', 'الجيش التركي', 'الاستخبارات التركية', 'المخابرات التركية', 'وزارة الدفاع التركية'],
    adjectives: ['التركي'],
  },
];

/** The regional actor `id`. @internal */
export function regional(id: string): ActorEntry {
  const actor = regionalActors.find((a) => a.id === id);
  if (!actor) throw new Error(`lexicons: no regional actor '${id}'`);
  return actor;
}
