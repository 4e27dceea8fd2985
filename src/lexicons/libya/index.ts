/**
 * The Libya conflict pack: Khalifa Haftar's Libyan National Army, the Tripoli governments (GNA, then the
 * Government of National Unity) and the forces fighting for them, ISIS, and the other armed groups (the
 * Benghazi and Derna councils, Tripoli militias); the districts (شعبيات) with their main cities; Libyan
 * reporting bodies.
 * @module lexicons/libya
 */
import type { Lexicon } from '../../lexicon/types.js';
import { conflictPack } from '../conflict-pack.js';
import { governorateOf, spaced, within, type Row } from '../gazetteer.js';
import { regional } from '../regional/actors.js';
import { militias } from '../spellings.js';

const governorate = /* @__PURE__ */ governorateOf('libya', 'شعبية');

const ROWS: readonly Row[] = [
  ['libya', 'Libya', ['ليبيا', 'دولة ليبيا'], 'country'],
  ...governorate('tripoli', 'Tripoli', ['طرابلس', 'العاصمة الليبية']),
  ...governorate('benghazi', 'Benghazi', ['بنغازي']),
  ...governorate('misrata', 'Misrata', ['مصراتة']),
  ...governorate('sirte', 'Sirte', ['سرت']),
  ...governorate('derna', 'Derna', ['درنة']),
  ...governorate('zawiya', 'Zawiya', ['الزاوية']),
  ...governorate('sabha', 'Sabha', ['سبها']),
  ...governorate('tobruk', 'Tobruk', ['طبرق']),
  ...governorate('ajdabiya', 'Ajdabiya', ['أجدابيا', 'إجدابيا']),
  ...governorate('al-bayda-libya', 'Al Bayda', ['البيضاء'], true),
  ...governorate('murzuq', 'Murzuq', ['مرزق']),
  ...governorate('gharyan', 'Gharyan', ['غريان']),
  ...governorate('tarhuna', 'Tarhuna', ['ترهونة']),
  ...governorate('zliten', 'Zliten', ['زليتن']),
  ...governorate('sabratha', 'Sabratha', ['صبراتة']),
  ...governorate('kufra', 'Kufra', ['الكفرة']),
  ...governorate('bani-walid', 'Bani Walid', ['بني وليد']),
  ...governorate('marj', 'Marj', ['المرج']),
  ...governorate('ghat', 'Ghat', ['غات']),
  ...governorate('khoms', 'Khoms', ['الخمس']),
  ...within('district', 'tripoli', spaced, ['الهضبة:al-hadba', 'أبو سليم:abu-salim', 'عين زارة:ain-zara', 'صلاح الدين:salah-al-din', 'وادي الربيع:wadi-al-rabie', 'قصر بن غشير:qasr-bin-ghashir', 'مطار معيتيقة|معيتيقة:mitiga=Mitiga airport', 'مطار طرابلس الدولي:tripoli-airport=Tripoli International Airport', 'تاجوراء:tajura', 'جنزور:janzour', 'السواني:al-sawani', 'الكلية العسكرية:military-college=military college', 'سوق الخميس:souq-al-khamis', 'خلة الفرجان:khallat-al-furjan', 'معسكر اليرموك:yarmouk-camp=Yarmouk military camp', 'طريق المطار:airport-road=airport road', 'الفرناج:al-fernaj', 'معسكر حمزة:hamza-camp=Hamza camp']),
  ...within('district', 'benghazi', spaced, ['قنفودة:ganfouda', 'الصابري:al-sabri', 'سوق الحوت:souq-al-hout', 'بوعطني:buatni', 'الليثي:al-laithi', 'بنينا:benina', 'القوارشة:gawarsha', 'الهواري:al-hawari']),
  ...within('district', 'sirte', spaced, ['الجيزة البحرية:al-jiza-al-bahriya', 'حي الدولار:dollar-district', 'الحي رقم 3|الحي الثالث:district-3=District 3']),
  ...within('town', 'ajdabiya-governorate', spaced, ['البريقة:brega', 'رأس لانوف:ras-lanuf', 'السدرة:es-sider', 'الهلال النفطي:oil-crescent=oil crescent']),
  ...within('town', 'sirte-governorate', spaced, ['بن جواد:bin-jawad', 'الجفرة:al-jufra', '?هون:hun', 'قاعدة القرضابية:qardabiya-base=Qardabiya air base']),
  ...within('town', 'derna-governorate', spaced, ['عين مارة:ain-mara', 'الفتائح:al-fatayeh']),
  ...within('town', 'zawiya-governorate', spaced, ['الوطية|قاعدة الوطية:al-watiya=Al Watiya air base', 'العجيلات:al-ajaylat', 'زوارة:zuwara', 'صرمان:surman']),
  ...within('town', 'sabha-governorate', spaced, ['أوباري:ubari', 'براك الشاطئ:brak', 'تمنهنت:tamanhint']),
  // The towns south and west of the capital that the 2019–20 war for Tripoli ran through, and the southern oases.
  ...within('town', 'tripoli-governorate', spaced, ['العزيزية:al-aziziya', 'ورشفانة:warshefana', 'الماية:al-maya', 'القره بوللي|القربوللي:garabulli', 'السبيعة:al-sbeaa']),
  ...within('town', 'gharyan-governorate', spaced, ['الأصابعة:al-asabaa', 'مزدة:mizda']),
  ...within('town', 'al-jufra', spaced, ['ودان:waddan', 'سوكنة:sokna']),
  ...within('town', 'murzuq-governorate', spaced, ['القطرون:al-qatrun', 'أم الأرانب:umm-al-aranib']),
  ...within('town', 'ajdabiya-governorate', spaced, ['جالو:jalu', 'أوجلة:awjila']),
];

/**
 * The Libya pack (id and country `libya`), validated and deeply frozen: give it to `createAnalyzer({ packs })`.
 * @example
 * ```ts
 * libyaPack.actors?.find((a) => a.forms.includes('قوات حفتر'))?.id; // → 'lna-haftar'
 * ```
 */
export const libyaPack: Lexicon = /* @__PURE__ */ conflictPack({
  id: 'libya',
  labels: { ar: 'ليبيا', en: 'Libya' },
  description: 'Libyan conflict: armed actors, gazetteer and sources',
  actors: [
    {
      id: 'lna-haftar',
      labels: { ar: 'قوات حفتر (الجيش الوطني الليبي)', en: 'Libyan National Army (Haftar)' },
      category: 'government',
      forms: [
        'حفتر', 'خليفة حفتر', 'اللواء المتقاعد خليفة حفتر', 'اللواء المتقاعد حفتر', 'المشير خليفة حفتر', 'المشير حفتر',
        'قوات حفتر', 'قوات خليفة حفتر', 'القوات الموالية لحفتر', 'قوات موالية لحفتر', 'الموالية لحفتر', ...militias('حفتر'),
        'الجيش الوطني الليبي', 'القيادة العامة للقوات المسلحة', 'القوات المسلحة العربية الليبية', 'قوات الكرامة', 'عملية الكرامة',
        'طيران حفتر', 'طائرات حفتر', 'الكتيبة 106', 'اللواء طارق بن زياد', 'قوات الشرق الليبي',
        // Eastern and Egyptian outlets call the LNA simply the Libyan army; Wagner fought on its side.
        'الجيش الليبي', 'قوات الجيش الليبي', 'القوات المسلحة الليبية', 'الجيش الوطني', 'قوات الجيش الوطني', 'القائد العام للجيش الوطني الليبي',
        'فاغنر', 'مرتزقة فاغنر', 'قوات فاغنر', 'عناصر فاغنر',
        'عناصر حفتر', 'مرتزقة حفتر', 'مسلحي حفتر', 'مقاتلي حفتر', 'قوات المشير', 'قوات المشير حفتر', 'قوات المشير خليفة حفتر',
        'القوات الموالية للمشير حفتر', 'القوات الموالية للمشير خليفة حفتر', 'قوات القيادة العامة', 'القيادة العامة', 'الجيش العربي الليبي',
        'قوات الجيش الوطني الليبي', 'كتيبة طارق بن زياد', 'لواء طارق بن زياد', 'اللواء 106', 'الكتيبة 106 مجحفل', 'قوات الكرامة التابعة لحفتر',
        'سلاح الجو التابع لحفتر', 'طيران الجيش الوطني الليبي', 'مرتزقة الجنجويد', 'المرتزقة الروس',
        // The eastern governments that stand with it, its commanders' sons, and its own names for its air force.
        'الحكومة المؤقتة', 'الحكومة الليبية المؤقتة', 'حكومة الاستقرار الوطني', 'الحكومة المكلفة من مجلس النواب', 'حكومة حماد',
        'صدام حفتر', 'قوات صدام حفتر', 'خالد حفتر', 'سلاح الجو الليبي', 'طيران الكرامة', 'غرفة عمليات الكرامة', 'اللواء 128 معزز',
        // Its full name, its special forces (Saiqa), and Wagner under its later names.
        'القيادة العامة للقوات المسلحة العربية الليبية', 'القيادة العامة للجيش الليبي', 'قوات الصاعقة', 'القوات الخاصة الصاعقة', 'كتيبة الصاعقة',
        'طيران الجيش الليبي', 'مجموعة فاغنر', 'شركة فاغنر', 'فاغنر الروسية', 'الفيلق الأفريقي', 'المرتزقة الروس التابعين لفاغنر',
      ],
    },
    {
      id: 'gna',
      labels: { ar: 'حكومة الوفاق الوطني وقواتها', en: 'Government of National Accord forces' },
      category: 'government',
      forms: [
        'حكومة الوفاق', 'حكومة الوفاق الوطني', 'قوات حكومة الوفاق', 'قوات الوفاق', 'قوات الوفاق الوطني', 'القوات الموالية لحكومة الوفاق',
        'المجلس الرئاسي', 'حكومة الوحدة الوطنية', 'قوات حكومة الوحدة الوطنية', 'البنيان المرصوص', 'قوات البنيان المرصوص',
        'قوات البنيان', 'عملية البنيان المرصوص', 'بركان الغضب', 'قوات بركان الغضب', 'عملية بركان الغضب', 'حكومة طرابلس',
        'قوات عملية بركان الغضب', 'الجيش الليبي التابع لحكومة الوفاق', 'الجيش التابع لحكومة الوفاق', 'الوفاق', 'قوات المجلس الرئاسي',
        'ميليشيات الوفاق', 'مليشيات الوفاق', 'طيران الوفاق', 'حكومة الوحدة', 'قوات حكومة الوحدة', 'حكومة الدبيبة', 'قوات الدبيبة',
        'الحكومة المعترف بها دوليا', 'قوات الحكومة المعترف بها دوليا', 'القوات الموالية للحكومة المعترف بها دوليا',
        'حكومة الوفاق الوطني الليبية', 'قوات حكومة الوفاق الوطني', 'القوات التابعة لحكومة الوفاق', 'القوات التابعة لحكومة الوفاق الوطني',
        'غرفة عمليات بركان الغضب', 'قوات طرابلس', 'ميليشيات طرابلس', 'مليشيات طرابلس', 'سلاح الجو التابع لحكومة الوفاق',
        'الطيران التابع لحكومة الوفاق', 'الطيران المسير التركي', 'حكومة الوحدة الوطنية الليبية', 'قوات حكومة الوحدة الوطنية الليبية',
        // Eastern outlets name it by its leaders; its military regions and the Misrata forces of the Sirte campaign.
        'حكومة السراج', 'قوات السراج', 'ميليشيات السراج', 'مليشيات السراج', 'فايز السراج', 'عبد الحميد الدبيبة', 'رئاسة الأركان العامة التابعة للوفاق',
        'المنطقة العسكرية الغربية', 'المنطقة العسكرية الوسطى', 'منطقة طرابلس العسكرية', 'قوات مصراتة', 'كتائب مصراتة', 'قوة مكافحة الإرهاب',
        // The Government of National Unity (2021–) and the forces loyal to its prime minister.
        'حكومة الوحدة الوطنية المؤقتة', 'حكومة الوحدة الوطنية الليبية المؤقتة', 'القوات التابعة لحكومة الوحدة', 'القوات الموالية لحكومة الوحدة',
        'القوات الموالية لحكومة الوحدة الوطنية', 'القوات الموالية للدبيبة', 'القوات الموالية لرئيس حكومة الوحدة', 'وزارة الدفاع بحكومة الوحدة',
        'قوات وزارة الدفاع بحكومة الوحدة', 'قوة فض النزاع',
      ],
    },
    regional('isis'),
    {
      id: 'armed-groups',
      labels: { ar: 'جماعات مسلحة', en: 'other armed groups' },
      category: 'armed-group',
      forms: [
        'مجلس شورى ثوار بنغازي', 'مجلس شورى مجاهدي درنة', 'مجلس ثوار بنغازي', 'مجلس الثوار', 'ثوار بنغازي', 'سرايا الدفاع عن بنغازي',
        'قوة حماية درنة', 'أنصار الشريعة', 'الجماعات المسلحة', 'المجموعات المسلحة', 'الكتائب المسلحة', 'الميليشيات المسلحة',
        'المليشيات المسلحة', 'قوة الردع', 'جهاز الردع', 'اللواء السابع', 'الكانيات', 'جهاز دعم الاستقرار', 'كتيبة ثوار طرابلس',
        'الجماعات الإرهابية', 'المجموعات الإرهابية', 'فجر ليبيا', 'قوات فجر ليبيا', 'عملية فجر ليبيا', 'ميليشيا غنيوة',
        'قوة الردع الخاصة', 'اللواء 444', 'اللواء 444 قتال', 'كتيبة النواصي', 'جهاز الأمن العام',
        'جهاز الردع لمكافحة الجريمة المنظمة والإرهاب', 'قوات الردع', 'اللواء 777', 'اللواء السابع مشاة', 'اللواء السابع للمشاة', 'قوة حماية طرابلس',
        // Eastern reporting of 2014–17 names Benghazi's and Derna's groups by what they were («مسلحين إسلاميين» stays a
        // noun: «موالين لتنظيم الدولة» may name its owner).
        'الجماعات الإسلامية', 'الجماعات الإسلامية المسلحة',
        'الميليشيات الإسلامية', 'المليشيات الإسلامية', 'مجلس شورى ثوار بنغازي الإسلامي', 'مجلس شورى المجاهدين في درنة',
        'تشكيلات مسلحة', 'التشكيلات المسلحة', 'ميليشيات مسلحة', 'مليشيات مسلحة', 'جماعة مسلحة', 'مجموعة مسلحة',
        // Tripoli's and Zawiya's armed groups by their leaders' names, and the Chadian rebels of the south.
        'ميليشيا الككلي', 'عبد الغني الككلي', 'غنيوة الككلي', 'ميليشيا الكاني', 'لواء الصمود', 'صلاح بادي', 'ميليشيا النواصي', 'ميليشيا الردع',
        'ميليشيات الزاوية', 'مليشيات الزاوية', 'تشكيلات الزاوية', 'المعارضة التشادية', 'جبهة التناوب والوفاق', 'القاعدة في بلاد المغرب الإسلامي',
      ],
    },
  ],
  places: ROWS,
  sources: [
    { id: 'lna-media', labels: { ar: 'المركز الإعلامي لقوات حفتر', en: 'LNA media office' }, actor: 'lna-haftar', forms: ['شعبة الإعلام الحربي', 'المكتب الإعلامي للقيادة العامة', 'أحمد المسماري', 'اللواء أحمد المسماري', 'المركز الإعلامي لغرفة عمليات الكرامة', 'الإعلام الحربي', 'الناطق باسم القائد العام', 'المتحدث باسم الجيش الوطني الليبي'] },
    { id: 'gna-media', labels: { ar: 'المركز الإعلامي لعملية بركان الغضب', en: 'GNA operation media centre' }, actor: 'gna', forms: ['المركز الإعلامي لعملية بركان الغضب', 'المركز الإعلامي لقوات البنيان المرصوص', 'المركز الإعلامي لقوات البنيان', 'محمد قنونو'] },
    { id: 'lana', labels: { ar: 'وكالة الأنباء الليبية', en: 'Libyan News Agency' }, forms: ['وكالة الأنباء الليبية'] },
  ],
  local: {
    'health-ministry': ['وزارة الصحة الليبية', 'الصحة الليبية', 'وزارة الصحة في حكومة الوحدة الوطنية', 'هيئة الإسعاف والطوارئ', 'مركز طب الطوارئ والدعم الليبي', 'وزارة الصحة بحكومة الوفاق', 'وزارة الصحة التابعة لحكومة الوفاق', 'وزارة الصحة التابعة لحكومة الوفاق الوطني', 'وزارة الصحة بحكومة الوحدة الوطنية', 'المركز الوطني لمكافحة الأمراض', 'مركز طب الطوارئ والدعم', 'جهاز الإسعاف والطوارئ', 'الهلال الأحمر الليبي'],
    media: ['ليبيا أخبار', 'بوابة الوسط', 'ليبيا الأحرار', 'قناة ليبيا الحدث', 'عين ليبيا', 'المرصد الليبي'],
  },
});

