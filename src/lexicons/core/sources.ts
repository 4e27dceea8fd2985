import type { SourceEntry } from '../../lexicon/types.js';

/**
 * Reporting bodies every conflict has: rescue and medical bodies named generically, the UN and humanitarian
 * organisations, people on the ground, and pan-Arab and international news media. Packs extend an entry by
 * giving the same id with more forms («الخوذ البيضاء» for Syria's civil defence).
 * @example
 * ```ts
 * sources.find((s) => s.id === 'local-sources')?.forms.includes('مصادر طبية'); // → true
 * ```
 */
export const sources: readonly SourceEntry[] = [
  { id: 'civil-defence', labels: { ar: 'الدفاع المدني', en: 'Civil Defence' }, forms: ['الدفاع المدني', 'فرق الدفاع المدني', 'طواقم الدفاع المدني'] },
  {
    id: 'health-ministry',
    labels: { ar: 'وزارة الصحة', en: 'Ministry of Health' },
    forms: ['وزارة الصحة', 'مديرية الصحة', 'مكتب الصحة', 'السلطات الصحية', 'مصادر صحية', 'المستشفى الميداني'],
  },
  { id: 'un', labels: { ar: 'الأمم المتحدة', en: 'United Nations' }, forms: ['الأمم المتحدة', 'مجلس الأمن', 'المفوضية السامية لحقوق الإنسان', 'مكتب تنسيق الشؤون الإنسانية', 'اليونيسف', 'منظمة الصحة العالمية', 'المنظمة الدولية للهجرة', 'البعثة الأممية'] },
  { id: 'ngos', labels: { ar: 'منظمات إنسانية', en: 'humanitarian organisations' }, forms: ['أطباء بلا حدود', 'الهلال الأحمر', 'الصليب الأحمر', 'اللجنة الدولية للصليب الأحمر', 'منظمة العفو الدولية', 'هيومن رايتس ووتش', 'منظمة أنقذوا الأطفال'] },
  // People on the ground.
  { id: 'activists', labels: { ar: 'ناشطون', en: 'activists' }, forms: ['ناشط', 'نشطاء', 'ناشط إعلامي', 'الناشط الإعلامي', 'ناشطين إعلاميين', 'تنسيقيات', 'التنسيقيات المحلية', 'لجان التنسيق المحلية', 'راصدون محليون'] },
  { id: 'local-sources', labels: { ar: 'مصادر محلية', en: 'local sources' }, forms: ['مصادر محلية', 'مصدر محلي', 'مصادر ميدانية', 'مصدر ميداني', 'مصادر طبية', 'مصدر طبي', 'مصادر أهلية', 'مصادر قبلية', 'مصادر', 'مصدر', 'شهود عيان', 'شاهد عيان'] },
  { id: 'correspondent', labels: { ar: 'مراسل', en: 'correspondent' }, forms: ['مراسل', 'المراسل', 'مراسلنا'] },
  // News media not tied to an armed actor.
  {
    id: 'media',
    labels: { ar: 'وسائل إعلام', en: 'news media' },
    forms: [
      'الجزيرة', 'قناة الجزيرة', 'الجزيرة نت', 'العربي الجديد', 'سكاي نيوز عربية', 'سكاي نيوز', 'قناة العربية', 'العربية نت',
      'رويترز', 'وكالة رويترز', 'فرانس برس', 'وكالة فرانس برس', 'وكالة الصحافة الفرنسية', 'أسوشيتد برس', 'الأناضول',
      'وكالة الأناضول', 'بي بي سي', 'الشرق الأوسط', 'القدس العربي', 'سبوتنيك', 'روسيا اليوم', 'تاس', 'وكالة تاس', 'قناة الحدث',
      'الميادين', 'وكالة الأنباء الألمانية',
    ],
  },
];
