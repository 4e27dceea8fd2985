import type { VictimEntry } from '../../lexicon/types.js';

/**
 * Victim groups: the nouns a casualty count counts. Singular base forms derive their sound plurals and case
 * endings («مدني» → «مدنيا، مدنيين، مدنيون»); broken plurals are listed.
 */
export const victims: readonly VictimEntry[] = [
  { id: 'civilians', labels: { ar: 'مدنيون', en: 'civilians' }, forms: ['مدني', 'مواطن', 'المدنيين العزل'] },
  {
    id: 'children',
    labels: { ar: 'أطفال', en: 'children' },
    forms: ['طفل', 'أطفال', 'طفلة', 'رضيع', 'رضع', 'قاصر', 'قصر', 'صغار', 'تلميذ', 'تلاميذ', 'طالب', 'طلاب'],
  },
  {
    id: 'women',
    labels: { ar: 'نساء', en: 'women' },
    forms: ['امرأة', 'نساء', 'سيدة', 'نسوة', 'امرأتان', 'امرأتين'],
  },
  {
    id: 'people',
    labels: { ar: 'أشخاص', en: 'people' },
    forms: ['شخص', 'أشخاص', 'فرد', 'أفراد', 'إنسان', 'رجل', 'رجال', 'شاب', 'شبان', 'مسن', 'شيخ'],
  },
  {
    id: 'fighters',
    labels: { ar: 'مقاتلون', en: 'fighters' },
    forms: ['مقاتل', 'مسلح', 'عنصر', 'عناصر', 'مجاهد', 'ثائر', 'جهادي', 'متشدد', 'إرهابي', 'مرتزق', 'مرتزقة'],
  },
  {
    id: 'soldiers',
    labels: { ar: 'جنود', en: 'soldiers' },
    forms: ['جندي', 'جنود', 'عسكري', 'ضابط', 'ضباط', 'عناصر الجيش', 'عناصر قوات النظام', 'عناصر الأمن', 'شرطي', 'عنصر أمن'],
  },
  {
    id: 'medical',
    labels: { ar: 'طواقم طبية', en: 'medical workers' },
    forms: [
      'طبيب', 'أطباء', 'ممرض', 'كادر طبي', 'كوادر طبية', 'طاقم طبي', 'طواقم طبية', 'عامل في المشفى',
      'العاملين في المشفى', 'العاملين في المستشفى', 'العاملين في القطاع الطبي', 'عاملين في المجال الطبي', 'مسعف',
    ],
  },
  {
    id: 'rescuers',
    labels: { ar: 'عناصر الإنقاذ', en: 'rescue workers' },
    forms: [
      'عناصر من الدفاع المدني', 'عنصر في الدفاع المدني', 'عناصر الدفاع المدني', 'متطوع في الدفاع المدني',
      'متطوعين في الدفاع المدني', 'الخوذ البيضاء', 'منقذ', 'رجال الإنقاذ', 'فرق الإنقاذ', 'رجال الإطفاء',
    ],
  },
  {
    id: 'journalists',
    labels: { ar: 'صحفيون', en: 'journalists' },
    forms: ['صحفي', 'صحافي', 'إعلامي', 'مراسل', 'مصور', 'ناشط إعلامي', 'ناشطين إعلاميين'],
  },
  { id: 'crew', labels: { ar: 'طاقم', en: 'crew' }, forms: ['طاقم', 'طواقم', 'طاقم الإسعاف', 'سائق', 'سائقين'] },
  { id: 'families', labels: { ar: 'عائلات', en: 'families' }, forms: ['عائلة', 'عائلات', 'عوائل', 'أسرة', 'أسر'] },
];
