import type { VictimEntry } from '../../lexicon/types.js';

/**
 * More victim nouns of real reporting, each reporting an existing group: workers of civilian trades and activists
 * are `civilians`, officials, guards and suspects `people`, a
 * «فتى» or «فتاة» is a child, members (`members`: «فرد»، «عضو»، «منتسب») are people unless their side says more.
 * @example
 * ```ts
 * moreVictims.find((v) => v.id === 'youths')?.reportsAs; // → 'children'
 * ```
 */
export const moreVictims: readonly VictimEntry[] = [
  // Workers of civilian trades are civilians: «خطف مسلحون ستة عمال»، «أصيب خمسة مزارعين»، «مقتل 3 عتالين» (Kurdish
  // border porters, «كولبر»).
  {
    id: 'workers', labels: { ar: 'عمال ومزارعون', en: 'workers of civilian trades' }, reportsAs: 'civilians',
    forms: ['عامل', 'مزارع', 'فلاح', 'صياد', 'تاجر', 'راع', 'راعي', 'بحار', 'بائع', 'عتال'],
    plurals: ['عمال', 'تجار', 'رعاة', 'بحارة', 'باعة'],
  },
  // Employees, professionals and activists are persons by their role, as real reports are annotated: «اغتيال ناشطين»،
  // «اختطاف تربوي»، «مقتل موظف في الشركة». Not writers and artists, whose deaths are mostly obituaries.
  {
    id: 'professionals', labels: { ar: 'موظفون وناشطون', en: 'employees, professionals and activists' }, reportsAs: 'people',
    forms: ['موظف', 'معلم', 'تربوي', 'مهندس', 'ناشط', 'محام', 'متطوع', 'رياضي', 'لاعب', 'فني', 'أكاديمي', 'باحث', 'حقوقي', 'مدون'],
    // «أستاذ» titles a name («الأستاذ فلان»), «مدرس» makes «مدرسة» (a school): their plurals only.
    plurals: ['نشطاء', 'أساتذة', 'مدرسين', 'مدرسون'],
  },
  // People named by where they were or what they were doing are civilians: worshippers, mourners, shoppers, patients,
  // villagers, Bedouins and passers-by («استهدف مسجداً وقتل 20 مصلياً»، «قصف موكب المشيعين»، «أحد المارة»). Not pilgrims:
  // «حاج» titles a name, «الحجاج» is one too, and their deaths are mostly stampedes and heat.
  {
    id: 'gatherings', labels: { ar: 'مصلون ومشيعون', en: 'worshippers, mourners and villagers' }, reportsAs: 'civilians',
    // «مصل» is defective: its accusative «مصلياً» is read from «مصلي».
    forms: ['مصل', 'مصلي', 'مشيع', 'متسوق', 'مريض', 'قروي'], plurals: ['مرضى', 'بدو', 'مارة'],
  },
  // Protesters, demonstrators and sit-in strikers are civilians: «سقط 15 قتيلا في صفوف المتظاهرين»، «جرح 200 من المعتصمين».
  { id: 'protesters', labels: { ar: 'متظاهرون', en: 'protesters' }, reportsAs: 'civilians', forms: ['متظاهر', 'محتج', 'معتصم'] },
  // Officials, guards and people named by what they are suspected or wanted of are people: «أعدم 11 متخابرا»،
  // «اعتقال 5 مطلوبين»، «توقيف 3 مشتبهين»، «إعدام ثمانية أجانب».
  {
    id: 'officials', labels: { ar: 'مسؤولون', en: 'officials and others' }, reportsAs: 'people',
    forms: ['مسؤول', 'مسئول', 'حارس', 'إمام', 'مختار', 'جاسوس', 'متخابر', 'عميل', 'مطلوب', 'مشتبه', 'مشتبها', 'متهم', 'أجنبي',
      // Holders of an office, named by it: «اعتقال أمين سر الحركة وشقيقه»، «اختطاف مدير مدرسة»، «مقتل معاون آمر المنطقة»،
      // «استشهاد الأمين العام للحزب» (written with both articles). Not «رئيس» (the head of state of many sentences) nor
      // «محافظ», whose feminine is the governorate; not a bare «أمين», a first name.
      'مدير', 'نائب', 'معاون', 'وزير', 'سفير', 'قاض', 'أمين سر', 'أمين عام', 'الأمين العام', 'كاهن', 'رجل دين',
      // Members of parliament, notables and clergy: «اغتيال برلمانيين»، «خطف راهبين». «وجيه» is a first name (and
      // "valid") too: its plural only.
      'برلماني', 'خطيب', 'راهب', 'قس', 'قسيس',
      // Smugglers and infiltrators at a border, a tribe's sheikh (bare «شيخ» titles a name): «قتل 3 مهربين»، «اغتيال شيخ عشيرة».
      'مهرب', 'متسلل', 'شيخ عشيرة', 'شيخ قبيلة',
      // A village or town head, as «مختار»: «مقتل عمدة البلدة و3 من حراسه» (Sudan, Egypt, Somalia). A state's governor
      // with the article or before «ولاية» only: bare «والي» is also «وإلى» folded («استشهد والى جانبه ثلاثة»).
      'عمدة', 'الوالي', 'والي ولاية', 'والي الولاية',
      // Owners, named by what they own: «أصيب صاحب المحل»، «ما أدى إلى وفاة صاحبها»، «اختطاف أصحاب المحال».
      'صاحب'],
    // «مشتبه» ends in ه, which inflects as a feminine ة: its accusative («12 مشتبهاً») and sound plural are listed.
    plurals: ['مشتبهين', 'حراس', 'أئمة', 'جواسيس', 'عملاء', 'أجانب', 'مدراء', 'نواب', 'وزراء', 'قضاة', 'كهنة', 'رجال دين', 'وجهاء', 'خطباء', 'رهبان', 'قساوسة', 'مخاتير', 'أصحاب', 'ولاة'],
  },
  // Members and commanders of an armed side report fighters, and soldiers when their side is an army: «عناصر من قوات
  // النظام». «قيادات» (leaderships) names commanders when counted or killed: «مقتل قيادات ميدانية». «آمر» (the Iraqi
  // word for a unit's commander) only before its unit: alone it is «أمر», an order.
  {
    id: 'armed-members', labels: { ar: 'عناصر وقادة', en: 'members and commanders of armed forces' }, reportsAs: 'fighters',
    forms: ['عنصر', 'قيادي', 'قائد', 'قائد عسكري', 'آمر فوج', 'آمر لواء', 'آمر كتيبة', 'آمر سرية', 'آمر قوة', 'آمر قاطع', 'آمر مفرزة'], plurals: ['عناصر', 'قادة', 'قيادات'],
  },
  // Nouns of membership report people unless the side they belong to says more: «18 فرداً من ميليشيا …» are fighters.
  // «زعيم» (a leader) is a member of what he leads: «اغتيال زعيم الحركة» is a fighter, «زعيم القبيلة» a person.
  // Hostages and prisoners are people: «احتجز مسلحون 20 رهينة»، «إعدام 5 سجناء»; so are a prison's inmates and the
  // convicts a sentence is carried out on («وفاة ثلاثة نزلاء»، «نفذ حكم الإعدام بحق 10 مدانين»، «إعدام 21 محكوماً»).
  { id: 'captives', labels: { ar: 'رهائن وسجناء', en: 'hostages and prisoners' }, reportsAs: 'people', forms: ['رهينة', 'سجين', 'نزيل', 'مدان', 'محكوم'], plurals: ['رهائن', 'سجناء', 'نزلاء'] },
  { id: 'members', labels: { ar: 'أفراد وأعضاء', en: 'members' }, reportsAs: 'people', forms: ['فرد', 'عضو', 'منتسب', 'زعيم'], plurals: ['أفراد', 'أعضاء', 'منتسبين', 'زعماء'] },
  // Teenagers and orphans are children too («اليتيم» is also a family name: the plural only).
  { id: 'youths', labels: { ar: 'فتيان', en: 'youths' }, reportsAs: 'children', forms: ['فتى', 'فتاة', 'مراهق'], plurals: ['فتيان', 'فتيات', 'أيتام'] },
];
