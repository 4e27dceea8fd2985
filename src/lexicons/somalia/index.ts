/**
 * The Somalia conflict pack: al-Shabaab, the Somali federal and regional forces, and US strikes; the regions
 * (أقاليم) with their capitals and the towns casualty reports name most; Somali reporting bodies.
 * @module lexicons/somalia
 */
import type { Lexicon } from '../../lexicon/types.js';
import { conflictPack } from '../conflict-pack.js';
import { governorateOf, spaced, within, type Row } from '../gazetteer.js';
import { regional } from '../regional/actors.js';
import { militias } from '../spellings.js';

const region = /* @__PURE__ */ governorateOf('somalia', 'إقليم');

const ROWS: readonly Row[] = [
  ['somalia', 'Somalia', ['الصومال', 'جمهورية الصومال الفيدرالية'], 'country'],
  ...region('banadir', 'Banaadir', ['بنادر'], false),
  ['mogadishu', 'Mogadishu', ['مقديشو', 'مقديشيو', 'العاصمة الصومالية'], 'city', 'banadir-governorate'],
  ...region('lower-shabelle', 'Lower Shabelle', ['شبيلي السفلى', 'شابيلي السفلى'], false),
  ...region('middle-shabelle', 'Middle Shabelle', ['شبيلي الوسطى', 'شابيلي الوسطى'], false),
  ...region('hiran', 'Hiiraan', ['هيران', '?هران'], false),
  ...region('bay', 'Bay', ['?باي'], false),
  ...region('bakool', 'Bakool', ['بكول'], false),
  ...region('gedo', 'Gedo', ['جدو'], false),
  ...region('lower-juba', 'Lower Juba', ['جوبا السفلى'], false),
  ...region('middle-juba', 'Middle Juba', ['جوبا الوسطى'], false),
  ...region('galguduud', 'Galguduud', ['جلجدود'], false),
  ...region('mudug', 'Mudug', ['مدق', 'مدج', 'مودوغ'], false),
  ...region('bari', 'Bari', ['?بري'], false),
  ...region('nugal', 'Nugaal', ['نوجال'], false),
  ...region('woqooyi-galbeed', 'Woqooyi Galbeed', ['وقوي جالبيد'], false),
  ['somaliland', 'Somaliland', ['أرض الصومال', 'صوماليلاند'], 'region', 'somalia'],
  ['puntland', 'Puntland', ['بونتلاند', 'بونت لاند'], 'region', 'somalia'],
  ['jubaland', 'Jubaland', ['جوبالاند', 'جوبا لاند'], 'region', 'somalia'],
  ['hirshabelle', 'Hirshabelle', ['هيرشبيلي', 'هير شبيلي', 'ولاية هيرشبيلي'], 'region', 'somalia'],
  ['galmudug', 'Galmudug', ['جلمدغ', 'غلمدغ', 'جلمدج', 'ولاية جلمدغ'], 'region', 'somalia'],
  ['south-west-state', 'South West State', ['ولاية جنوب غرب الصومال', 'ولاية جنوب الغرب'], 'region', 'somalia'],
  ...within('district', 'mogadishu', spaced, ['حمروين:hamarweyne', 'حمر جبجب:hamar-jajab', 'هودن:hodan', 'ورطيغلي:wardhigley', 'دينيلي:dayniile', 'كاران:karan', 'ياقشيد:yaqshid', 'شبس:shibis', 'بونديري:bondhere', 'هيليوا:heliwa', 'سوق بكارة|سوق بكاره:bakara-market=Bakara market', 'تقاطع زوبي|زوبي:zobe-junction=Zobe junction', 'مطار مقديشو|مطار آدم عدي:mogadishu-airport=Aden Adde airport', 'قصر الرئاسة|فيلا صوماليا:villa-somalia=Villa Somalia', 'ليدو|شاطئ ليدو:lido-beach=Lido beach', 'الكيلو 4|كيلو 4:km4=KM4 junction', 'كيلومتر 13|الكيلو 13:km13=KM13', 'عبد العزيز|حي عبد العزيز:abdiaziz', 'شارع مكة|شارع مكة المكرمة:maka-al-mukarama=Maka al-Mukarama road', 'مستشفى المدينة:madina-hospital=Madina hospital']),
  ...within('town', 'lower-shabelle-governorate', spaced, ['مركة:merca', 'أفجوي:afgooye', 'براوي:barawe', 'ونلوين:wanlaweyn', 'قريولي:qoryoley', 'جنالي|جانال:janaale', 'بولو مارير:bulo-marer', 'بلي دوغلي|بالي دوجلي:baledogle']),
  ...within('town', 'middle-shabelle-governorate', spaced, ['جوهر:jowhar', 'بلعد:balcad', 'عدلي:adale', 'مهداي:mahaday', 'دار النعام|دار نعام:daru-nicmo', 'عيل برف|سيل باراف|الباراف:el-baraf', 'عيل علي أحمد:el-ali-ahmed']),
  ...within('town', 'hiran-governorate', spaced, ['بلدوين:beledweyne', 'بولوبردي|بولو بوردي|بولابورد|بولو بردي:bulobarde', 'مكيلي:mokoyle', 'جلالقسي:jalalaqsi']),
  ...within('town', 'bay-governorate', spaced, ['بيدوا|بيدوة:baidoa', 'بورهكبة:burhakaba', 'دينسور:dinsoor']),
  ...within('town', 'lower-juba-governorate', spaced, ['كيسمايو|كسمايو:kismayo', 'أفمدو:afmadow', 'جمامي:jamame']),
  ...within('town', 'middle-juba-governorate', spaced, ['جلب:jilib', 'بؤالي:buale']),
  ...within('town', 'galguduud-governorate', spaced, ['طوسمريب:dhusamareb', 'عيل بور:el-buur', 'عيل طير|عيل ظير:el-dheer']),
  ...within('town', 'mudug-governorate', spaced, ['جالكعيو:galkayo', 'هرارديري|حررطيري|هرردير:harardhere', 'دوماي:dhumay']),
  ...within('town', 'gedo-governorate', spaced, ['بارديري:bardhere', 'بلد حاوة:beled-hawo', 'دولو:dolow']),
  ...within('town', 'bari-governorate', spaced, ['بوصاصو:bosaso', 'جبال جلجلا:galgala']),
  ...within('town', 'nugal-governorate', spaced, ['جاروي:garowe']),
  ...within('town', 'woqooyi-galbeed-governorate', spaced, ['هرجيسا:hargeisa', 'بربرة:berbera']),
  // Checklist (issue 14): the district towns of the regions where the army and al-Shabaab fight.
  ...within('town', 'lower-shabelle-governorate', spaced, ['عوطيغلي|عوديغلي:awdheegle', 'سبلالي:sablaale', 'كورتنواري:kurtunwarey', 'بريري:bariire']),
  ...within('town', 'middle-shabelle-governorate', spaced, ['عدن يابال|آدن يبال:adan-yabaal', 'رون نرجود|رون نيرغود:runirgod', 'مسجد علي جدود:masjid-ali-gaduud']),
  ...within('town', 'hiran-governorate', spaced, ['ماتبان:matabaan']),
  ...within('town', 'galguduud-governorate', spaced, ['عابدواق|عبدواق:abudwak', 'جريعيل|غريعيل:guriel']),
  ...within('town', 'mudug-governorate', spaced, ['هوبيو:hobyo', 'عدادو:adado', 'وسيل:wisil']),
  ...within('town', 'bay-governorate', spaced, ['قنصح طيري|قانسح طيري:qansax-dheere']),
  ...within('town', 'bakool-governorate', spaced, ['حدر|حدور:hudur', 'واجد:wajid', 'تيجلو:tiyeglow']),
  ...within('town', 'gedo-governorate', spaced, ['جربهاري|غربهاري:garbaharey', 'لوق:luuq', 'بورد حبو:burdhubo']),
  ...within('town', 'lower-juba-governorate', spaced, ['كولبيو:kolbio', 'بدادي:badhadhe', 'رأس كامبوني:ras-kamboni']),
  ...within('town', 'middle-juba-governorate', spaced, ['ساكو|سكو:saakow', 'ساكو ويين:sakow-weyn']),
  ...within('town', 'banadir-governorate', spaced, ['كاحدة:kahda', 'جرسبالي|غرسبالي:garasbaley']),
];

/**
 * The Somalia pack (id and country `somalia`), validated and deeply frozen: give it to `createAnalyzer({ packs })`.
 * @example
 * ```ts
 * somaliaPack.actors?.find((a) => a.forms.includes('حركة الشباب'))?.id; // → 'al-shabaab'
 * ```
 */
export const somaliaPack: Lexicon = /* @__PURE__ */ conflictPack({
  id: 'somalia',
  labels: { ar: 'الصومال', en: 'Somalia' },
  description: 'Somali conflict: armed actors, gazetteer and sources',
  actors: [
    {
      id: 'al-shabaab',
      labels: { ar: 'حركة الشباب', en: 'al-Shabaab' },
      category: 'armed-group',
      forms: [
        'حركة الشباب', 'حركة الشباب المجاهدين', 'الشباب المجاهدين', 'جماعة الشباب', 'حركة الشباب الصومالية', 'جماعة الشباب الصومالية',
        ...militias('الشباب', 'حركة الشباب'), 'مقاتلي حركة الشباب', 'مقاتلو حركة الشباب', 'متمردي حركة الشباب', 'مسلحي حركة الشباب',
        'مسلحي الشباب', 'عناصر حركة الشباب', 'عناصر الشباب', 'مقاتلي الشباب', 'متمردي الشباب', 'ميليشيات الشباب الإرهابية',
        'الخوارج', ...militias('الخوارج'), 'حركة المجاهدين الشباب', 'المجاهدين الشباب', 'حركة الشباب الإسلامية', 'حركة الشباب الإرهابية', 'ميليشيا الشباب',
        // Wire copy calls them by what they are: «المتمردون الإسلاميون»، «المسلحون الإسلاميون».
        'المتمردين الإسلاميين', 'المتمردون الإسلاميون', 'متمردين إسلاميين', 'المسلحين الإسلاميين', 'المسلحون الإسلاميون',
        'مسلحين إسلاميين', 'مسلحون إسلاميون', 'متشددين إسلاميين', 'متشددون إسلاميون', 'متمردون إسلاميون', 'الإسلاميين المتشددين', 'المتشددين الإسلاميين', 'المتمردين الصوماليين', 'الحركة المتمردة', 'الحركة المتشددة',
        // Somali news shortens the name to «الشباب», often in quotes or brackets («حركة (الشباب)»، «لـ"الشباب"»): in
        // this country's reporting the bare word names the movement, not young men.
        'الشباب', 'الشباب الإسلاميون', 'الشباب الإسلاميين', 'الشباب الصومالية', 'الشباب المرتبطة بالقاعدة', 'حركة الشباب المرتبطة بالقاعدة',
        'مقاتلو الشباب', 'عناصر الحركة', 'مقاتلي الحركة', 'مسلحي الحركة', 'جماعة الخوارج', 'الخوارج الإرهابية', 'ميليشيات الخوارج الإرهابية',
        // Once named, the movement is «الحركة» or «الجماعة» for the rest of a Somali report («وأعلنت الحركة مقتل…»).
        'الحركة', 'الجماعة', 'الحركة الإرهابية', 'الجماعة الإرهابية', 'الجماعة المتشددة', 'جماعة الشباب المتشددة', 'جماعة الشباب المجاهدين',
        'حركة الشباب المجاهدين الصومالية', 'الشباب المجاهدون', 'ميليشيات حركة الشباب', 'مليشيات حركة الشباب', 'مقاتلو الحركة', 'عناصر الجماعة',
        // Its name with the epithets news gives it, its fighters and cells, and its leaders named for it.
        'حركة الشباب المسلحة', 'الشباب المسلحة', 'حركة الشباب المتطرفة', 'حركة الشباب المتشددة', 'حركة الشباب الصومالية المتشددة',
        'الشباب الإرهابية', 'ميليشيات الشباب', 'مليشيات الشباب', 'ميليشيا الشباب الإرهابية', 'مليشيا الشباب الإرهابية', 'خلايا الشباب',
        'خلايا حركة الشباب', 'خلية تابعة لحركة الشباب', 'انتحاري من حركة الشباب', 'انتحاريي حركة الشباب', 'مسلحو الشباب', 'متشددي الشباب',
        'متشددو الشباب', 'متمردو الشباب', 'متمردي حركة الشباب المرتبطة بالقاعدة', 'أحمد ديري', 'أحمد عمر أبو عبيدة', 'أبو عبيدة',
        // Government media's names for it («ميليشيات الخوارج»، «العناصر الإرهابية») and its suicide and special units.
        'عناصر الخوارج', 'مسلحي الخوارج', 'مقاتلي الخوارج', 'الخوارج الإرهابيين', 'ميليشيات الخوارج الإرهابيين', 'جيش العسرة',
        'جهاز الأمنيات', 'حركة الشباب الموالية للقاعدة', 'فرع القاعدة في الصومال', 'تنظيم القاعدة في الصومال', 'الشباب الموالية للقاعدة',
        // Checklist (issue 14): government media's generic «terrorist» names, which in Somali reporting mean the movement.
        'العناصر الإرهابية', 'الميليشيات الإرهابية', 'المليشيات الإرهابية', 'ميليشيات إرهابية', 'مليشيات إرهابية', 'عصابات الخوارج',
        'فلول الخوارج', 'فلول الشباب', 'فلول حركة الشباب', 'الإرهابيين الخوارج', 'حركة الشباب الموالية لتنظيم القاعدة',
        // Issue 14/15: the full name without its article, its fighters by the «جماعة» name, its gangs, its morality police
        // and the leaders and Amniyat chief news names it by.
        'حركة شباب المجاهدين', 'شباب المجاهدين', 'مسلحو حركة الشباب', 'مقاتلي جماعة الشباب', 'مقاتلو جماعة الشباب', 'عناصر جماعة الشباب',
        'مسلحي جماعة الشباب', 'متمردي جماعة الشباب', 'متمردو حركة الشباب', 'انتحاري من الشباب', 'انتحاريي الشباب', 'عصابات الشباب',
        'عصابات حركة الشباب', 'خوارج الشباب', 'جيش الحسبة', 'أحمد عبدي غودني', 'أحمد غودني', 'مختار أبو الزبير', 'أحمد ديريه',
        'أحمد عمر ديري', 'مهد كاراتي', 'معلم كاراتي',
      ],
      // Somali reports call the movement's fighters «المتشددون»، «المسلحون» without naming it again.
      defaultFor: ['fighters'],
    },
    {
      id: 'somali-forces',
      labels: { ar: 'القوات الصومالية', en: 'Somali government forces' },
      category: 'government',
      forms: [
        'الجيش الصومالي', 'الجيش الوطني الصومالي', 'القوات الصومالية', 'القوات الحكومية الصومالية', 'القوات الحكومية',
        'قوات الأمن الصومالية', 'الأمن الصومالي', 'الحكومة الصومالية', 'الحكومة الفيدرالية', 'الشرطة الصومالية',
        'قوات دنب', 'لواء دنب', 'قوات داناب', 'المخابرات الصومالية', 'جهاز المخابرات والأمن الوطني', 'قوات بونتلاند',
        'قوات جوبالاند', 'القوات المسلحة الصومالية', 'القوات البرية الصومالية', 'الجيش الوطني', 'قوات هيرشبيلي', 'قوات جلمدغ', 'المقاومة الشعبية', 'قوات ولاية جوبالاند', 'ماعوسلي', 'قوات ماعويسلي', 'الميليشيات العشائرية الموالية للحكومة',
        // Somali outlets say «الجيش» and «قوات الجيش» for the national army alone.
        'الجيش', 'قوات الجيش', 'الجيش الحكومي', 'الجيش الفيدرالي', 'القوات الفيدرالية', 'قوات الأمن', 'قوات الشرطة',
        'وزارة الدفاع الصومالية', 'قوات الحكومة الفيدرالية', 'القوات الخاصة الصومالية', 'قوات غورغور', 'لواء غورغور',
        // The police special unit and the intelligence agency (NISA) by their Somali names, and the regional states' forces.
        'قوات حرمعد', 'جهاز الأمن والمخابرات الوطني', 'جهاز المخابرات الصومالية', 'وكالة المخابرات والأمن الوطني', 'المخابرات الوطنية',
        'قوات الدراويش', 'قوات ولاية بونتلاند', 'قوات ولاية جنوب الغرب', 'قوات ولاية جلمدغ', 'قوات ولاية هيرشبيلي', 'قوات أرض الصومال', 'جيش أرض الصومال',
        'قوات صوماليلاند', 'الحكومة الفيدرالية الصومالية', 'القوات الحكومية الصومالية', 'المحكمة العسكرية',
        // The clan militias that fight beside the army (Macawisley) in their Arabic spellings, the intelligence agency
        // by its acronym (NISA), and the officials who speak for the forces.
        'المعاويسلي', 'معاويسلي', 'ماعويسلي', 'قوات معاويسلي', 'ميليشيات معاويسلي', 'قوات الدفاع الشعبي', 'قوات الدفاع الشعبي المحلية',
        'قوات العشائر', 'مقاتلي العشائر الموالين للحكومة', 'نيسا', 'وكالة نيسا', 'وكالة الاستخبارات والأمن الوطني', 'الاستخبارات الصومالية',
        'جهاز الاستخبارات الصومالي', 'وزير الدفاع الصومالي', 'قائد الجيش الصومالي', 'قوات الشرطة الصومالية',
        'القوات الخاصة', 'قوات الكوماندوز', 'الكوماندوز الصومالي', 'قوات دراويش بونتلاند', 'قوات الأمن في بونتلاند', 'الجيش الوطني الصومالي وشركاؤه',
        // The spellings of Danab, Gorgor and Haramcad, the regional states' forces written apart («بونت لاند»), and the
        // army with its partners.
        'قوات الداناب', 'داناب', 'دنب', 'وحدة دنب', 'قوات دنب الخاصة', 'غورغور', 'جورجور', 'قوات جورجور', 'هرمعد', 'قوات هرمعد',
        'قوات بونت لاند', 'قوات ولاية بونت لاند', 'قوات جوبا لاند', 'قوات ولاية جوبا لاند', 'قوات إقليم بونتلاند', 'قوات إقليم جوبالاند',
        'قوات ولاية هيرشبيلي الإقليمية', 'قوات ولاية غلمدغ', 'قوات غلمدغ', 'قوات الجيش الصومالي', 'وحدات الجيش الصومالي',
        'الجيش الصومالي وشركاؤه', 'القوات الصومالية وشركاؤها', 'قوات الأمن والاستخبارات',
        // Checklist (issue 14): wire copy's indefinite «قوات حكومية», the security services, the military police and
        // the regional states' forces by their full names.
        'قوات حكومية', 'قوات حكومية صومالية', 'الأجهزة الأمنية الصومالية', 'الشرطة العسكرية الصومالية', 'الشرطة العسكرية',
        'قوات شرطة بونتلاند', 'قوات ولاية جنوب غرب الصومال', 'قوات جنوب غرب الصومال', 'قوات ولاية شمال شرق الصومال',
        'قوات الأمن الفيدرالية', 'القوات الجوية الصومالية', 'سلاح الجو الصومالي', 'قوات خاتمو', 'قوات الحكومة الفيدرالية الصومالية',
        // The state's forces in a construct («جيش الصومال»), the security forces and authorities as Somali copy names
        // them, the military courts that try and execute the movement's men, and the intelligence agency's other names.
        'جيش الصومال', 'قوات الصومال', 'القوات الأمنية', 'القوات الأمنية الصومالية', 'السلطات الصومالية', 'السلطات الأمنية الصومالية',
        'الأجهزة الأمنية', 'القوات النظامية الصومالية', 'الشرطة الوطنية', 'الشرطة الوطنية الصومالية', 'محكمة عسكرية صومالية',
        'المحكمة العسكرية الصومالية', 'محكمة القوات المسلحة', 'محكمة القوات المسلحة الصومالية', 'المحاكم العسكرية الصومالية',
        'جهاز المخابرات الصومالي', 'الوكالة الوطنية للاستخبارات والأمن', 'الوكالة الوطنية الصومالية للاستخبارات والأمن',
        // Issue 14/15: the African Union mission that fights beside the army (AMISOM, then ATMIS, then AUSSOM) by its
        // names and acronyms, the regional states' armies and marine police, and the federal forces as «الاتحادية».
        'أميصوم', 'أميسوم', 'قوات أميصوم', 'قوات أميسوم', 'بعثة أميصوم', 'بعثة الاتحاد الأفريقي', 'قوات الاتحاد الأفريقي',
        'قوة الاتحاد الأفريقي', 'قوات حفظ السلام الأفريقية', 'قوة حفظ السلام الأفريقية', 'قوات حفظ السلام التابعة للاتحاد الأفريقي',
        'أتميس', 'أتميص', 'قوات أتميس', 'بعثة أتميس', 'أوصوم', 'بعثة أوصوم', 'قوات أوصوم', 'القوات الأفريقية', 'القوة الأفريقية',
        'جيش بونتلاند', 'جيش جوبالاند', 'قوات الأمن في جوبالاند', 'قوات الشرطة البحرية في بونتلاند', 'الشرطة البحرية في بونتلاند',
        'قوات الولايات الإقليمية', 'قوات الولايات الفيدرالية', 'قوات إقليمية صومالية', 'القوات الوطنية الصومالية', 'قوات الجيش الوطني',
        'لواء داناب', 'قوات الكوماندوز الصومالية', 'ميليشيات العشائر الموالية للحكومة', 'مليشيات العشائر الموالية للحكومة',
        'قوات مكافحة الإرهاب الصومالية', 'قوات الشرطة الفيدرالية', 'الحكومة الاتحادية الصومالية', 'القوات الاتحادية', 'قوات الحكومة الاتحادية', 'الجيش الاتحادي',
      ],
      adjectives: ['الصومالي'],
    },
    regional('usa', ['القيادة الأمريكية في أفريقيا', 'القيادة الأميركية في أفريقيا', 'أفريكوم', 'القيادة الأمريكية لأفريقيا', 'القيادة العسكرية الأمريكية في أفريقيا', 'القيادة العسكرية الأميركية في أفريقيا', 'القيادة الأفريقية للقوات المسلحة الأمريكية', 'القيادة الأفريقية للقوات المسلحة الأميركية', 'القوات الخاصة الأمريكية', 'القوات الخاصة الأميركية', 'القيادة الأمريكية في إفريقيا', 'القيادة الأميركية في إفريقيا', 'أفريكوم الأمريكية', 'قيادة أفريقيا الأمريكية', 'قيادة القوات الأمريكية في أفريقيا', 'الطيران الأمريكي', 'سلاح الجو الأمريكي', 'الطائرات الأمريكية المسيرة', 'الطائرات الأمريكية بدون طيار']),
  ],
  places: ROWS,
  sources: [
    { id: 'sonna', labels: { ar: 'وكالة الأنباء الصومالية', en: 'Somali National News Agency' }, forms: ['وكالة الأنباء الصومالية', 'صونا', 'وكالة الأنباء الصومالية الرسمية'] },
    { id: 'shabaab-media', labels: { ar: 'إعلام حركة الشباب', en: 'al-Shabaab media' }, actor: 'al-shabaab', forms: ['إذاعة الأندلس', 'وكالة شهادة', 'مؤسسة الكتائب', 'المتحدث باسم حركة الشباب', 'عبد العزيز أبو مصعب', 'الناطق باسم حركة الشباب', 'المتحدث العسكري باسم حركة الشباب'] },
    { id: 'somali-officials', labels: { ar: 'مسؤولون صوماليون', en: 'Somali officials' }, forms: ['وزارة الإعلام الصومالية', 'وزير الإعلام الصومالي', 'نائب وزير الإعلام الصومالي', 'قائد شرطة', 'مسؤول أمني', 'مسؤول عسكري صومالي', 'وزارة الأمن الداخلي', 'وزارة الأمن الداخلي الصومالية', 'وزارة الأمن القومي', 'وزير الأمن الداخلي', 'وزير الأمن الداخلي الصومالي', 'وزير الصحة الصومالي', 'وزير الصحة في الحكومة الفيدرالية', 'المتحدث باسم الحكومة الصومالية', 'المتحدث باسم الشرطة الصومالية', 'المتحدث باسم الجيش الصومالي'] },
    { id: 'amisom', labels: { ar: 'بعثة الاتحاد الأفريقي', en: 'African Union mission' }, forms: ['أميصوم', 'أميسوم', 'أتميس', 'أوصوم', 'بعثة الاتحاد الأفريقي', 'بعثة الاتحاد الأفريقي الانتقالية', 'قوة الاتحاد الأفريقي', 'قوات الاتحاد الأفريقي', 'القوة الأفريقية', 'الاتحاد الأفريقي'] },
  ],
  local: {
    'health-ministry': ['وزارة الصحة الصومالية', 'مستشفى المدينة', 'خدمة إسعاف آمين', 'إسعاف آمين', 'خدمات إسعاف آمين', 'عبد القادر عبد الرحمن آدم', 'مستشفى أردوغان', 'مستشفى رجب طيب أردوغان', 'مستشفى بنادر', 'مستشفى كيساني', 'مستشفى ديقفير', 'مستشفى مدينة مقديشو', 'مستشفى بلدوين العام', 'مستشفى جوهر', 'مستشفى بيدوا الإقليمي', 'مستشفى كيسمايو العام'],
    'civil-defence': ['الوكالة الصومالية لإدارة الكوارث', 'هيئة إدارة الكوارث الصومالية', 'الدفاع المدني الصومالي'],
    media: ['الصومال الجديد', 'مقديشو برس', 'إذاعة صوت أمريكا', 'شبكة الشاهد', 'إذاعة مقديشو', 'صومالي جارديان', 'قراطاس', 'إذاعة دلسن', 'إذاعة شبيلي', 'جاروي أونلاين'],
  },
});

