import type { SourceEntry } from '../../lexicon/types.js';

/**
 * Bodies that report figures. Most are not armed actors (civil defence, monitors, activists, news media, the
 * UN); media run by an armed actor name it in `actor`, and `findActors` reports them as that actor's source.
 * @example
 * ```ts
 * sources.find((s) => s.id === 'amaq')?.actor; // → 'isis' («وكالة أعماق»)
 * ```
 */
export const sources: readonly SourceEntry[] = [
  // Affiliated with an armed actor.
  { id: 'amaq', labels: { ar: 'وكالة أعماق', en: 'Amaq News Agency' }, actor: 'isis', forms: ['وكالة أعماق', 'أعماق', 'وكالة أعماق الإخبارية'] },
  {
    id: 'sana',
    labels: { ar: 'وكالة سانا', en: 'SANA' },
    actor: 'syrian-government',
    forms: ['سانا', 'وكالة سانا', 'الوكالة السورية للأنباء', 'وكالة الأنباء السورية', 'وكالة الأنباء الرسمية السورية', 'الإخبارية السورية', 'قناة الإخبارية السورية', 'التلفزيون السوري', 'التلفزيون الرسمي السوري', 'الإعلام الرسمي السوري', 'الإعلام السوري الرسمي'],
  },
  { id: 'russian-mod', labels: { ar: 'وزارة الدفاع الروسية', en: 'Russian Ministry of Defence' }, actor: 'russia', forms: ['وزارة الدفاع الروسية', 'مركز المصالحة الروسي', 'مركز حميميم'] },
  { id: 'hezbollah-media', labels: { ar: 'الإعلام الحربي', en: 'Hezbollah war media' }, actor: 'hezbollah', forms: ['الإعلام الحربي المركزي', 'الإعلام الحربي التابع لحزب الله', 'قناة المنار', 'المنار'] },
  // Rescue, monitoring and medical bodies.
  { id: 'civil-defence', labels: { ar: 'الدفاع المدني', en: 'Civil Defence' }, forms: ['الدفاع المدني', 'الدفاع المدني السوري', 'الخوذ البيضاء', 'فرق الدفاع المدني'] },
  { id: 'sohr', labels: { ar: 'المرصد السوري لحقوق الإنسان', en: 'Syrian Observatory for Human Rights' }, forms: ['المرصد السوري لحقوق الإنسان', 'المرصد السوري', 'المرصد'] },
  { id: 'snhr', labels: { ar: 'الشبكة السورية لحقوق الإنسان', en: 'Syrian Network for Human Rights' }, forms: ['الشبكة السورية لحقوق الإنسان', 'الشبكة السورية'] },
  { id: 'vdc', labels: { ar: 'مركز توثيق الانتهاكات', en: 'Violations Documentation Center' }, forms: ['مركز توثيق الانتهاكات', 'مركز توثيق الانتهاكات في سوريا'] },
  { id: 'raqqa-slaughtered', labels: { ar: 'الرقة تذبح بصمت', en: 'Raqqa is Being Slaughtered Silently' }, forms: ['الرقة تذبح بصمت', 'حملة الرقة تذبح بصمت'] },
  { id: 'health-directorate', labels: { ar: 'مديرية الصحة', en: 'health directorate' }, forms: ['مديرية الصحة الحرة', 'مديرية صحة إدلب', 'مديرية صحة حلب', 'مديرية صحة دمشق وريفها'] },
  { id: 'un', labels: { ar: 'الأمم المتحدة', en: 'United Nations' }, forms: ['الأمم المتحدة', 'مجلس الأمن', 'المفوضية السامية لحقوق الإنسان', 'مكتب تنسيق الشؤون الإنسانية', 'اليونيسف', 'منظمة الصحة العالمية'] },
  { id: 'ngos', labels: { ar: 'منظمات إنسانية', en: 'humanitarian organisations' }, forms: ['أطباء بلا حدود', 'الهلال الأحمر', 'الهلال الأحمر العربي السوري', 'الصليب الأحمر', 'اللجنة الدولية للصليب الأحمر', 'اتحاد منظمات الإغاثة والرعاية الطبية', 'الجمعية الطبية السورية الأمريكية', 'منظمة العفو الدولية', 'هيومن رايتس ووتش'] },
  // People on the ground.
  { id: 'activists', labels: { ar: 'ناشطون', en: 'activists' }, forms: ['ناشط', 'نشطاء', 'ناشط إعلامي', 'الناشط الإعلامي', 'ناشطين إعلاميين', 'تنسيقيات', 'التنسيقيات المحلية', 'لجان التنسيق المحلية'] },
  { id: 'local-sources', labels: { ar: 'مصادر محلية', en: 'local sources' }, forms: ['مصادر محلية', 'مصدر محلي', 'مصادر ميدانية', 'مصدر ميداني', 'مصادر طبية', 'مصدر طبي', 'مصادر أهلية', 'مصادر', 'مصدر', 'شهود عيان', 'شاهد عيان'] },
  { id: 'correspondent', labels: { ar: 'مراسل', en: 'correspondent' }, forms: ['مراسل', 'المراسل', 'مراسلنا'] },
  // News media not tied to an armed actor.
  {
    id: 'media',
    labels: { ar: 'وسائل إعلام', en: 'news media' },
    forms: [
      'الجزيرة', 'قناة الجزيرة', 'الجزيرة نت', 'مسار برس', 'موقع مسار برس', 'شبكة شام', 'شبكة شام الإخبارية', 'العربي الجديد',
      'سكاي نيوز عربية', 'سكاي نيوز', 'قناة العربية', 'رويترز', 'وكالة رويترز', 'فرانس برس', 'وكالة فرانس برس',
      'وكالة الصحافة الفرنسية', 'أسوشيتد برس', 'الأناضول', 'وكالة الأناضول', 'بي بي سي', 'عنب بلدي', 'سمارت',
      'وكالة سمارت', 'أورينت', 'أورينت نيوز', 'الشرق الأوسط', 'القدس العربي', 'سبوتنيك', 'روسيا اليوم', 'تاس',
      'وكالة تاس', 'نداء سوريا', 'زمان الوصل', 'شبكة بلدي', 'موقع المدن', 'قناة الحدث', 'شبكة فرات بوست', 'فرات بوست',
    ],
  },
];
