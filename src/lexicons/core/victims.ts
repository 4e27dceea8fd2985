import type { VictimEntry } from '../../lexicon/types.js';

/**
 * Victim groups: the nouns a casualty count counts. Singular forms derive their sound plurals, duals and case
 * endings («مدني» → «مدنيا، مدنيين، مدنيون، مدنيان»); broken plurals are listed under `plurals`.
 * @example
 * ```ts
 * victims.find((v) => v.id === 'children')?.plurals?.includes('أطفال'); // → true
 * ```
 */
export const victims: readonly VictimEntry[] = [
  // Residents of a place are civilians: «عشرة من سكان المنزلين».
  // «الأبرياء» (the innocent) names civilians: «قصف يحصد أرواح الأبرياء». «مدنين» is how news often misspells
  // «مدنيين».
  { id: 'civilians', labels: { ar: 'مدنيون', en: 'civilians' }, forms: ['مدني', 'مواطن'], plurals: ['المدنيين العزل', 'سكان', 'أهالي', 'أبرياء', 'مدنين'] },
  {
    id: 'children',
    labels: { ar: 'أطفال', en: 'children' },
    // Pupils are children; students («طالب»، «طلاب») may be at a university or a military college: people.
    // A boy («صبي»، «صبية» a girl or boys): «مقتل صبي برصاص قناص»، «اعتقال 4 صبيان».
    forms: ['طفل', 'طفلة', 'رضيع', 'قاصر', 'تلميذ', 'صبي'],
    // «يافع» (a youth) is also a Yemeni district and tribe: its plurals only.
    plurals: ['أطفال', 'رضع', 'قصر', 'صغار', 'تلاميذ', 'أولاد', 'يافعين', 'يافعون', 'صبيان'],
  },
  // «مرأة» is «امرأة» after the article («المرأة»); «مواطنة» a woman citizen; «شابة» a young woman, not the people of
  // «شاب».
  // A widow: «استشهاد أرملة وأطفالها الثلاثة».
  { id: 'women', labels: { ar: 'نساء', en: 'women' }, forms: ['امرأة', 'مرأة', 'سيدة', 'مواطنة', 'أرملة', 'شابة'], plurals: ['نساء', 'نسوة', 'مواطنات', 'أرامل', 'حوامل', 'أمهات', 'شابات'] },
  {
    id: 'people',
    labels: { ar: 'أشخاص', en: 'people' },
    // «المدعو» (one called …) titles a name: «أودى بحياة المدعو فلان».
    // Travellers and visitors are people too: «انقلاب حافلة تقل 30 راكبا»، «مقتل 4 زوار»; so are adults («ثلاثة
    // بالغين وأربعة أطفال») and public figures («مصرع عدة شخصيات بارزة»).
    forms: ['شخص', 'بالغ', 'إنسان', 'رجل', 'شاب', 'مسن', 'مشتبه به', 'مشتبهاً به', 'مرافق', 'نازح', 'لاجئ', 'مهاجر', 'طالب', 'المدعو', 'المدعوة', 'مسافر', 'راكب', 'زائر', 'سائح',
      // The old, expatriates, a groom and twins: «مقتل عجوز وكهل»، «اختطاف مغتربين»، «قصف عرس قتل العريس»، «استشهاد توأمين».
      'كهل', 'عجوز', 'مغترب', 'عريس', 'توأم',
      // A colleague: «استشهد صحفي وأصيبت زميلته».
      'زميل', 'زميلة',
      // A man named by his decade of age: «أصيب أربعيني بشظايا»، «مقتل خمسيني برصاص مجهولين».
      'عشريني', 'ثلاثيني', 'أربعيني', 'خمسيني', 'ستيني', 'سبعيني', 'ثمانيني'],
    // «مرافقين» written as a plural also reads «ستة من مرافقيه/مرافقيهم»; comrades in the plural only («و13 من رفاقه»:
    // «رفيق» is a given name too).
    // Students in their other plural: «اعتقال 12 طالبة وطلبة» (passers-by are civilians: `gatherings`). Settlers in the plural
    // only: «مستوطنة» is a settlement.
    plurals: ['أشخاص', 'شخصيات', 'رجال', 'شبان', 'شباب', 'مرافقين', 'رفاق', 'زملاء', 'زملائه', 'زملائها', 'زملائهم', 'طلاب', 'ركاب', 'زوار', 'سياح', 'شيوخ', 'كهول', 'عجائز', 'عرسان', 'طلبة',
      'مستوطنين', 'مستوطنون'],
  },
  {
    // Nouns that name fighters whatever side they serve: «14 مقاتلاً من الجيش الوطني» are fighters. Members and
    // commanders of a side («عنصر»، «قائد») are `armed-members`, refined by their side.
    id: 'fighters',
    labels: { ar: 'مقاتلون', en: 'fighters' },
    // Militiamen («شبيحة»، «دواعش») too; not snipers, mostly the agents («فقتله القناص»).
    // «تكفيري», what Syrian and Lebanese outlets call opposition fighters: «مقتل 30 تكفيرياً»; «مقاوم», what
    // Palestinian and Lebanese outlets call theirs: «استشهد مقاومان».
    forms: ['مقاتل', 'مسلح', 'مجاهد', 'ثائر', 'جهادي', 'متشدد', 'إرهابي', 'مرتزق', 'متمرد', 'انتحاري', 'شبيح', 'تكفيري', 'مقاوم'],
    // «مقاتلين» written as a plural also reads «50 من مقاتليه»; attackers only in the plural («مهاجم المنتخب» plays football).
    plurals: ['مرتزقة', 'ثوار', 'مقاتلين', 'مهاجمين', 'شبيحة', 'دواعش'],
  },
  // Extremists counted or in the plural («قتل 12 متطرفاً»، «قتل متطرفين اثنين»): the singular is most often the
  // adjective of the body itself («التنظيم المتطرف»), so only the accusative a figure takes is listed, uninflected.
  { id: 'extremists', labels: { ar: 'متطرفون', en: 'extremists' }, reportsAs: 'fighters', inflect: false, forms: ['متطرفا'], plurals: ['متطرفين', 'متطرفون', 'المتطرفين', 'المتطرفون'] },
  {
    id: 'soldiers',
    labels: { ar: 'جنود', en: 'soldiers' },
    // Members of the police, the security forces or the army named by a noun of membership and their body.
    // Gendarmes, Maghrebi and Turkish: «قتل دركيان في كمين»، «عناصر الدرك».
    forms: ['جندي', 'عسكري', 'ضابط', 'شرطي', 'عنصر أمن', 'رجل أمن', 'رجل شرطة', 'عنصر شرطة', 'فرد شرطة', 'أمين شرطة', 'دركي'],
    plurals: [
      'جنود', 'ضباط', 'عساكر', 'عناصر الجيش', 'عناصر قوات النظام', 'عناصر الأمن', 'عناصر الشرطة', 'عناصر شرطة', 'رجال الشرطة',
      'رجال شرطة', 'رجال الأمن', 'أفراد الشرطة', 'أفراد شرطة', 'أفراد الأمن', 'أفراد الجيش', 'منتسبي الجيش', 'منتسبي الشرطة',
      'عناصر الدرك', 'رجال الدرك', 'أفراد الدرك',
      // Security members named by an adjective, as «عنصر أمني» is: «مقتل 3 عناصر أمنية».
      'عناصر أمنية', 'العناصر الأمنية',
      // Cadets of a military college.
      'طلاب الكلية العسكرية', 'طلاب الكلية الحربية', 'طلبة الكلية العسكرية', 'طلبة الكلية الحربية',
    ],
  },
  {
    id: 'medical',
    labels: { ar: 'طواقم طبية', en: 'medical workers' },
    // A plural name of two words takes the article on both: «الكوادر الطبية».
    // The director of a hospital is of its staff: «اختطف مدير مشفى البلدة».
    forms: ['طبيب', 'ممرض', 'كادر طبي', 'طاقم طبي', 'عامل في المشفى', 'مسعف', 'مدير مشفى', 'مدير مستشفى', 'مدير المشفى', 'مدير المستشفى'],
    plurals: [
      'الكوادر الطبية', 'الطواقم الطبية',
      'أطباء', 'كوادر طبية', 'طواقم طبية', 'العاملين في المشفى', 'العاملين في المستشفى', 'العاملين في القطاع الطبي',
      'عاملين في المجال الطبي', 'كوادر المستشفى', 'كوادر المشفى',
      // Pharmacists (plural only: «صيدلية» is a pharmacy) and health workers: «مقتل 3 صيادلة»، «استشهاد عاملين صحيين».
      'صيادلة', 'عاملين صحيين', 'عاملون صحيون', 'العاملين الصحيين', 'العاملين في القطاع الصحي', 'عاملين في القطاع الصحي',
    ],
  },
  {
    id: 'rescuers',
    labels: { ar: 'عناصر الإنقاذ', en: 'rescue workers' },
    // Its members and officials, named with the body: «مقتل مسؤول الدفاع المدني في المدينة».
    forms: ['عنصر في الدفاع المدني', 'عنصر من الدفاع المدني', 'متطوع في الدفاع المدني', 'منقذ', 'عنصر الدفاع المدني', 'متطوع الدفاع المدني', 'مسؤول الدفاع المدني',
      'مسؤول في الدفاع المدني', 'مدير الدفاع المدني', 'مسعف في الدفاع المدني',
      // Firefighters: «إصابة إطفائيين اثنين»، «استشهد رجل إطفاء».
      'إطفائي', 'رجل إطفاء'],
    plurals: ['عناصر من الدفاع المدني', 'عناصر الدفاع المدني', 'الخوذ البيضاء', 'رجال الإنقاذ', 'فرق الإنقاذ', 'رجال الإطفاء', 'متطوعي الدفاع المدني',
      'عناصر في الدفاع المدني', 'عناصر من مركز الدفاع المدني', 'عناصر مركز الدفاع المدني', 'عناصر الإطفاء', 'عناصر من الإطفاء',
      'طواقم الإطفاء', 'فرق الإطفاء'],
  },
  {
    id: 'journalists',
    labels: { ar: 'صحفيون', en: 'journalists' },
    forms: ['صحفي', 'صحافي', 'إعلامي', 'مراسل', 'مصور', 'مذيع', 'ناشط إعلامي'],
  },
  { id: 'crew', labels: { ar: 'طاقم', en: 'crew' }, forms: ['طاقم', 'طاقم الإسعاف', 'سائق', 'الطيار'], plurals: ['طواقم'] },
  { id: 'families', labels: { ar: 'عائلات', en: 'families' }, forms: ['عائلة', 'أسرة'], plurals: ['عوائل', 'أسر'] },
];
