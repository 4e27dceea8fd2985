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
import { amaqSource, regional } from '../regional/actors.js';
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
  // Checklist (issue 14): the neighbourhoods of the two big cities that the wars' reports name, the Nafusa
  // mountain towns, the coast between Sirte and Misrata, the Green Mountain towns and the south-west oases.
  ...within('district', 'tripoli', spaced, ['غوط الشعال:ghout-al-shaal', 'قرقارش:gargaresh', 'سوق الجمعة:souq-al-juma', 'زاوية الدهماني:zawiyat-al-dahmani', 'باب بن غشير:bab-bin-ghashir', 'النوفليين:al-nofliyin', 'الكريمية:al-krimiya', 'طريق الشط:shatt-road=Shatt road', 'الظهرة:al-dahra']),
  ...within('district', 'benghazi', spaced, ['قاريونس:garyounis', 'الماجوري:al-majouri', 'سيدي حسين:sidi-hussein', 'السلماني:al-salmani', 'الكويفية:al-kuwayfiya', 'سيدي خليفة:sidi-khalifa', 'الرجمة:al-rajma', 'سيدي فرج:sidi-faraj', 'بوهديمة:buhdeima']),
  ...within('town', 'gharyan-governorate', spaced, ['الزنتان:zintan', 'يفرن:yafran', 'نالوت:nalut', 'جادو:jadu', 'الرجبان:al-rujban', 'ككلة:kikla', 'الرياينة:al-riyayna', '?الشقيقة:al-shgeiga']),
  ...within('town', 'sirte-governorate', spaced, ['أبوقرين|أبو قرين:abu-grein', 'الوشكة:al-washka', 'بويرات الحسون:buwairat-al-hassoun', 'القداحية:al-qaddahiya', 'النوفلية:nofaliya', '?هراوة:harawa']),
  ...within('town', 'misrata-governorate', spaced, ['تاورغاء:tawergha', 'الدافنية:al-dafniya', 'السدادة:al-sdada']),
  ...within('town', 'al-bayda-libya-governorate', spaced, ['شحات:shahhat', 'الأبرق:al-abraq', 'سوسة الليبية:susa-libya=Susa']),
  ...within('town', 'derna-governorate', spaced, ['القبة الليبية:al-qubba=Al Qubba', 'مرتوبة:martuba', 'أم الرزم:umm-al-rizam']),
  ...within('town', 'murzuq-governorate', spaced, ['تراغن:traghan', 'غدوة:ghudwa']),
  ...within('town', 'zawiya-governorate', spaced, ['رقدالين:regdalin', '?الجميل:al-jmail', 'مليتة:mellitah', 'أبو كماش:abu-kammash', 'راس اجدير|رأس اجدير|رأس جدير:ras-ajdir=Ras Ajdir']),
  ...within('town', 'sabha-governorate', spaced, ['غدامس:ghadames', 'الشويرف:al-shwairif', 'وادي الشاطئ:wadi-al-shati']),
  ...within('town', 'tripoli-governorate', spaced, ['عين كعام:ain-kaam', 'الزهراء الليبية:al-zahra=Al Zahra']),
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
        // Its fighters as Tripoli-side and wire copy name them («مقاتلين موالين لحفتر»، «مجموعات حفتر»), the epithets
        // Tripoli outlets give its leader and its full command's name. Not the bare «الجيش»: eastern copy means the LNA by it,
        // western copy Tripoli's own forces.
        'موالين لحفتر', 'الموالين لحفتر', 'موالون لحفتر', 'الموالون لحفتر', 'موالية لحفتر', 'التابعة لحفتر', 'القوات التابعة لحفتر',
        'التابعين لحفتر', 'تابعين لحفتر', 'مجموعات حفتر', 'مجموعات خليفة حفتر', 'كتائب حفتر', 'الجنرال الانقلابي خليفة حفتر',
        'الجنرال الانقلابي حفتر', 'الانقلابي حفتر', 'المتمرد حفتر', 'اللواء المتقاعد', 'قوات اللواء المتقاعد', 'قوات شرق ليبيا',
        'القوات الموالية للجيش الوطني الليبي', 'القيادة العامة للجيش الوطني الليبي', 'القيادة العامة للجيش الوطني',
        'غرفة عمليات عمر المختار', 'الكتيبة 166', 'كتيبة 166 مشاة', 'الدفاعات الجوية التابعة لحفتر',
        // Its southern units (Sabha, Murzuq).
        'غرفة عمليات سرت الكبرى', 'غرفة عمليات تحرير سرت', 'غرفة عمليات بنغازي', 'غرفة عمليات أجدابيا',
        'اللواء السادس مشاة', 'اللواء السادس', 'قوات اللواء السادس', 'الكتيبة 116 مشاة', 'الكتيبة 116', 'اللواء 73 مشاة', 'غرفة عمليات الجنوب',
        // Tripoli-side names for it in the 2019–20 war, and the Sudanese and Russian fighters it brought.
        ...militias('الكرامة', 'حفتر المعتدية'), 'جيش حفتر', 'قوات حفتر المعتدية', 'القوات المعتدية', 'المليشيات المعتدية', 'الفاغنر',
        'مرتزقة الفاغنر', 'المرتزقة الأجانب الداعمين لحفتر', 'كتيبة سبل السلام',
        // Checklist (issue 14): Tripoli-side epithets for its forces and leader («قوات العدوان» in the 2019–20 war),
        // Wagner in the Egyptian spelling with «ج», its numbered brigades and Benghazi allies, and the eastern
        // governments named by their heads or by the parliament that named them.
        ...militias('العدوان', 'حفتر الإرهابية', 'مجرم الحرب حفتر'), 'قوات العدوان', 'عصابات حفتر', 'مجرم الحرب حفتر',
        'قوات الجنرال حفتر', 'الجنرال خليفة حفتر', 'قوات المتمرد حفتر', 'قوات اللواء المتقاعد خليفة حفتر',
        'القوات الموالية لخليفة حفتر', 'القوات التابعة للقيادة العامة', 'سلاح الجو التابع للقيادة العامة',
        'الطيران الحربي التابع لحفتر', 'الطيران المسير التابع لحفتر', 'مسيرات حفتر',
        'فاجنر', 'مرتزقة فاجنر', 'مجموعة فاجنر', 'شركة فاجنر', 'قوات فاجنر', 'عناصر فاجنر', 'فاغنر الروسية',
        'اللواء 128', 'الكتيبة 128', 'اللواء 128 مشاة', 'اللواء طارق بن زياد المعزز', 'اللواء 106 مجحفل', 'كتيبة أولياء الدم',
        'حكومة باشاغا', 'حكومة فتحي باشاغا', 'حكومة أسامة حماد', 'الحكومة الليبية المكلفة من مجلس النواب',
        'الحكومة المكلفة من البرلمان', 'الحكومة الليبية المكلفة من البرلمان', 'حكومة الشرق', 'حكومة شرق ليبيا',
        // Wire copy names it by the east it holds («طائرة تابعة للقوات الليبية الشرقية»).
        'القوات الليبية الشرقية', 'قوات الشرق', 'القوات الشرقية', 'قوات شرق ليبيا بقيادة حفتر', 'الجيش الليبي في الشرق',
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
        // Turkish and Qatari outlets (Anadolu, TRT) call Tripoli's forces the government's, or the legitimate government's.
        'القوات الحكومية', 'قوات الحكومة', 'قوات الحكومة الليبية', 'الحكومة الليبية', 'الحكومة الشرعية', 'قوات الحكومة الشرعية',
        'الحكومة المدعومة من الأمم المتحدة', 'قوات الحكومة المدعومة من الأمم المتحدة', 'القوات الموالية لحكومة الوفاق الوطني',
        'ميليشيات حكومة الوفاق', 'مليشيات حكومة الوفاق', 'قوات غرفة عمليات سرت الجفرة', 'غرفة عمليات سرت الجفرة', 'قوة الإسناد',
        'الجيش الليبي التابع للمجلس الرئاسي', 'قوات الوفاق الليبية', 'قوات حكومة الوحدة الوطنية المؤقتة',
        // Misrata's and the other western brigades fought for Tripoli's governments; Libya Dawn (2014–15) was that
        // camp before the GNA, and annotators map its forces to it.
        ...militias('مصراتة', 'الوفاق الوطني'), 'مسلحي مصراتة', 'ثوار مصراتة', 'المجلس العسكري مصراتة', 'المجلس العسكري لمصراتة',
        'فجر ليبيا', 'قوات فجر ليبيا', 'عملية فجر ليبيا', 'ميليشيات فجر ليبيا', 'مليشيات فجر ليبيا',
        'رئيس الأركان العامة محمد الحداد', 'قوات المنطقة العسكرية الغربية', 'قوات المنطقة العسكرية الوسطى', 'قوات الجيش الليبي التابعة لحكومة الوحدة',
        'الطيران المسير التابع لحكومة الوحدة', 'طيران حكومة الوحدة', 'مسيرات حكومة الوحدة', 'قوة العمليات المشتركة',
        // Checklist (issue 14): eastern outlets' names for Tripoli's forces by its prime minister, the Tripoli
        // government of 2014–16 that Libya Dawn fought for, and Misrata's and Tripoli's brigades in its chain of command.
        ...militias('الدبيبة', 'حكومة الوحدة', 'حكومة الدبيبة'), 'قوات حكومة الدبيبة', 'القوات الموالية لحكومة الدبيبة',
        'حكومة الإنقاذ الوطني', 'قوات حكومة الإنقاذ الوطني', 'الطيران المسير التابع لحكومة الوفاق', 'مسيرات الوفاق',
        'القوات المساندة لحكومة الوفاق', 'القوات المساندة لحكومة الوحدة', 'اللواء 301', 'الكتيبة 301', 'كتيبة 301',
        'رئاسة الأركان العامة التابعة لحكومة الوحدة',
        // Misrata's Third Force, which held the south for the Tripoli government (2014–17).
        'القوة الثالثة', 'قوات القوة الثالثة', 'القوة الثالثة التابعة لحكومة الوفاق', 'القوة الثالثة مصراتة',
      ],
    },
    // ISIS named its Libyan branches provinces (Barqa, Tripoli, Fezzan).
    regional('isis', [
      'عناصر داعش', 'مسلحي داعش', 'مسلحو داعش', 'إرهابيي داعش', 'إرهابيي تنظيم داعش', 'الدواعش', 'تنظيم داعش الإرهابي',
      'داعش الإرهابي', 'فلول تنظيم داعش', 'ولاية برقة', 'ولاية طرابلس', 'ولاية فزان', 'داعش ليبيا', 'فرع تنظيم الدولة في ليبيا', 'ولاية ليبيا',
      'تنظيم الدولة في ليبيا', 'الفرع الليبي لتنظيم الدولة', 'الفرع الليبي لتنظيم داعش', 'داعش في ليبيا',
    ]),
    {
      id: 'armed-groups',
      labels: { ar: 'جماعات مسلحة', en: 'other armed groups' },
      category: 'armed-group',
      forms: [
        'مجلس شورى ثوار بنغازي', 'مجلس شورى مجاهدي درنة', 'مجلس ثوار بنغازي', 'مجلس الثوار', 'ثوار بنغازي', 'سرايا الدفاع عن بنغازي',
        'قوة حماية درنة', 'أنصار الشريعة', 'الجماعات المسلحة', 'المجموعات المسلحة', 'الكتائب المسلحة', 'الميليشيات المسلحة',
        'المليشيات المسلحة', 'قوة الردع', 'جهاز الردع', 'اللواء السابع', 'الكانيات', 'جهاز دعم الاستقرار', 'كتيبة ثوار طرابلس',
        'الجماعات الإرهابية', 'المجموعات الإرهابية', 'ميليشيا غنيوة',
        'قوة الردع الخاصة', 'اللواء 444', 'اللواء 444 قتال', 'كتيبة النواصي', 'جهاز الأمن العام',
        'جهاز الردع لمكافحة الجريمة المنظمة والإرهاب', 'قوات الردع', 'اللواء 777', 'اللواء السابع مشاة', 'اللواء السابع للمشاة', 'قوة حماية طرابلس',
        // Eastern reporting of 2014–17 names Benghazi's and Derna's groups by what they were («مسلحين إسلاميين» stays a
        // noun: «موالين لتنظيم الدولة» may name its owner).
        'الجماعات الإسلامية', 'الجماعات الإسلامية المسلحة', 'قوات إسلامية', 'القوات الإسلامية', 'ميليشيات إسلامية', 'مليشيات إسلامية',
        'كتائب إسلامية', 'الكتائب الإسلامية', 'كتائب الثوار الإسلامية',
        'الميليشيات الإسلامية', 'المليشيات الإسلامية', 'مجلس شورى ثوار بنغازي الإسلامي', 'مجلس شورى المجاهدين في درنة',
        'تشكيلات مسلحة', 'التشكيلات المسلحة', 'ميليشيات مسلحة', 'مليشيات مسلحة', 'جماعة مسلحة', 'مجموعة مسلحة',
        // Tripoli's and Zawiya's armed groups by their leaders' names, and the Chadian rebels of the south.
        'ميليشيا الككلي', 'عبد الغني الككلي', 'غنيوة الككلي', 'ميليشيا الكاني', 'لواء الصمود', 'صلاح بادي', 'ميليشيا النواصي', 'ميليشيا الردع',
        'ميليشيات الزاوية', 'مليشيات الزاوية', 'تشكيلات الزاوية', 'المعارضة التشادية', 'جبهة التناوب والوفاق', 'القاعدة في بلاد المغرب الإسلامي',
        // The LNA's enemies in Benghazi and Derna (2014–19) as eastern and Syrian outlets name them: terrorist, extremist.
        'الميليشيات الإرهابية', 'المليشيات الإرهابية', 'الميليشيات المتطرفة', 'المليشيات المتطرفة', 'التنظيمات الإرهابية',
        'التنظيمات المتطرفة', 'الجماعات المتطرفة', 'الجماعات المتشددة', 'المجموعات المتطرفة', 'المجموعات المتشددة',
        'مجلس شورى مجاهدي درنة وضواحيها', 'قوة حماية أجدابيا', 'مجلس شورى ثوار أجدابيا', 'تنظيم القاعدة', 'كتيبة الإعصار',
        // The south's armed groups: Tebu and Chadian fighters, as the LNA's outlets call them.
        'قوات التبو', 'مسلحي التبو', 'مسلحو التبو', 'المرتزقة التشاديين', 'المرتزقة التشاديون', 'المرتزقة من المعارضة التشادية',
        'العصابات التشادية', 'العصابات التشادية المسلحة', 'المعارضة التشادية المسلحة', 'الجماعات التشادية المسلحة', 'الميليشيات التشادية',
        'الميليشيات التشادية المسلحة', 'المتمردين التشاديين', 'المتمردون التشاديون', 'قوة حماية الجنوب', 'مجلس القيادة العسكرية من أجل الجمهورية',
        // The Tebu's and Tuareg's armed men of the south, and the militias of Zawiya and the west coast by their leaders.
        ...militias('التبو', 'الطوارق', 'الككلي', 'البيدجا'), 'مسلحين من التبو', 'مسلحون من التبو', 'مسلحين من الطوارق', 'مسلحون من الطوارق', 'عصابات التبو', 'قوات الطوارق',
        'مسلحي الطوارق', 'مسلحو الطوارق', 'كتائب الطوارق', 'البيدجا', 'عصابة البيدجا', 'كتيبة شهداء النصر',
        'حرس المنشآت النفطية', 'جهاز حرس المنشآت النفطية', 'قوات حرس المنشآت النفطية', 'الحرس النفطي', 'حرس المنشآت',
        'جهاز دعم الاستقرار التابع للمجلس الرئاسي', 'ميليشيا جهاز دعم الاستقرار', 'كتيبة الفاروق', 'الكتيبة 55', 'كتيبة ثوار الزاوية',
        // Checklist (issue 14): Derna's and Benghazi's jihadist brigades, Tripoli's Nawasi force and Warshefana's brigade.
        'تنظيم أنصار الشريعة', 'كتيبة شهداء أبو سليم', 'كتيبة البتار', 'قوة النواصي', 'اللواء 55', 'مجلس شورى مجاهدي درنة وضواحيها',
        ...militias('الردع', 'دعم الاستقرار'),
      ],
    },
  ],
  places: ROWS,
  sources: [
    { id: 'lna-media', labels: { ar: 'المركز الإعلامي لقوات حفتر', en: 'LNA media office' }, actor: 'lna-haftar', forms: ['المكتب الإعلامي للقيادة العامة للجيش الوطني الليبي', 'مكتب الناطق الرسمي باسم القائد العام', 'المتحدث باسم الجيش الليبي', 'الناطق باسم الجيش الوطني الليبي', 'المركز الإعلامي لغرفة عمليات عمر المختار', 'شعبة الإعلام الحربي', 'المكتب الإعلامي للقيادة العامة', 'أحمد المسماري', 'اللواء أحمد المسماري', 'المركز الإعلامي لغرفة عمليات الكرامة', 'الإعلام الحربي', 'الناطق باسم القائد العام', 'المتحدث باسم الجيش الوطني الليبي'] },
    { id: 'gna-media', labels: { ar: 'المركز الإعلامي لعملية بركان الغضب', en: 'GNA operation media centre' }, actor: 'gna', forms: ['المركز الإعلامي لعملية بركان الغضب', 'المركز الإعلامي لقوات البنيان المرصوص', 'المركز الإعلامي لقوات البنيان', 'محمد قنونو'] },
    { id: 'lana', labels: { ar: 'وكالة الأنباء الليبية', en: 'Libyan News Agency' }, forms: ['وكالة الأنباء الليبية'] },
    amaqSource,
  ],
  local: {
    'health-ministry': ['وزارة الصحة الليبية', 'الصحة الليبية', 'وزارة الصحة في حكومة الوحدة الوطنية', 'هيئة الإسعاف والطوارئ', 'مركز طب الطوارئ والدعم الليبي', 'وزارة الصحة بحكومة الوفاق', 'وزارة الصحة التابعة لحكومة الوفاق', 'وزارة الصحة التابعة لحكومة الوفاق الوطني', 'وزارة الصحة بحكومة الوحدة الوطنية', 'المركز الوطني لمكافحة الأمراض', 'مركز طب الطوارئ والدعم', 'جهاز الإسعاف والطوارئ', 'الهلال الأحمر الليبي', 'جهاز الطوارئ', 'المستشفى الميداني', 'مستشفى الجلاء', 'مركز بنغازي الطبي', 'مستشفى طرابلس المركزي', 'مستشفى مصراتة المركزي', 'أمين الهاشمي', 'أسامة علي', 'مالك مرسيط', 'فوزي أونيس', 'وزارة الصحة بالحكومة المؤقتة', 'وزارة الصحة بالحكومة الليبية', 'وزارة الصحة بحكومة الاستقرار', 'مركز طرابلس الطبي', 'مستشفى أبو سليم للحوادث', 'مستشفى الحوادث أبوسليم', 'مستشفى الهواري', 'مستشفى ابن سينا', 'مستشفى الهريش', 'مستشفى الوحدة درنة', 'مستشفى غريان', 'مستشفى الزاوية التعليمي', 'مركز سبها الطبي', 'مستشفى الخضراء'],
    'civil-defence': ['مصلحة الدفاع المدني', 'الإدارة العامة للدفاع المدني', 'الدفاع المدني الليبي', 'جهاز الدفاع المدني'],
    un: ['بعثة الأمم المتحدة للدعم في ليبيا', 'البعثة الأممية في ليبيا', 'البعثة الأممية', 'أونسميل', 'ستيفاني ويليامز', 'غسان سلامة', 'عبد الله باتيلي'],
    media: ['ليبيا أخبار', 'بوابة الوسط', 'ليبيا الأحرار', 'قناة ليبيا الحدث', 'عين ليبيا', 'المرصد الليبي'],
  },
});

