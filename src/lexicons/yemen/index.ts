/**
 * The Yemen conflict pack: the Houthis (Ansar Allah), the Saudi-led coalition, the internationally recognised
 * government and its allied forces, AQAP and US strikes; the 22 governorates with their capitals and the towns
 * casualty reports name most; Yemeni reporting bodies.
 * @module lexicons/yemen
 */
import type { Lexicon } from '../../lexicon/types.js';
import { conflictPack } from '../conflict-pack.js';
import { governorateOf, spaced, within, type Row } from '../gazetteer.js';
import { amaqSource, ORGANIZATION_FORMS, regional } from '../regional/actors.js';
import { without } from '../extend.js';
import { militias } from '../spellings.js';

const governorate = /* @__PURE__ */ governorateOf('yemen');

const ROWS: readonly Row[] = [
  ['yemen', 'Yemen', ['اليمن', 'الجمهورية اليمنية'], 'country'],
  ...governorate('sanaa', "Sana'a", ['صنعاء']),
  ['amanat-al-asimah', 'Amanat al-Asimah', ['أمانة العاصمة', 'العاصمة صنعاء', 'العاصمة اليمنية'], 'governorate', 'yemen'],
  ...governorate('aden', 'Aden', ['عدن']),
  ...governorate('taiz', 'Taiz', ['تعز']),
  ...governorate('hodeidah', 'Al Hudaydah', ['الحديدة']),
  ...governorate('marib', "Ma'rib", ['مأرب']),
  ...governorate('saada', "Sa'dah", ['صعدة']),
  ...governorate('ibb', 'Ibb', ['إب']),
  ...governorate('dhamar', 'Dhamar', ['ذمار']),
  ...governorate('hajjah', 'Hajjah', ['حجة']),
  ...governorate('lahij', 'Lahij', ['لحج']),
  ...governorate('abyan', 'Abyan', ['أبين']),
  ...governorate('shabwah', 'Shabwah', ['شبوة']),
  ...governorate('hadramawt', 'Hadramawt', ['حضرموت']),
  ...governorate('al-jawf', 'Al Jawf', ['الجوف']),
  ...governorate('al-bayda', 'Al Bayda', ['البيضاء']),
  ...governorate('amran', 'Amran', ['عمران']),
  ...governorate('al-dhale', "Ad Dali'", ['الضالع']),
  ...governorate('al-mahwit', 'Al Mahwit', ['المحويت']),
  ...governorate('raymah', 'Raymah', ['ريمة']),
  ...governorate('al-mahrah', 'Al Mahrah', ['المهرة']),
  ...governorate('socotra', 'Socotra', ['سقطرى', 'أرخبيل سقطرى']),
  ...within('town', 'saada-governorate', spaced, ['ضحيان:dahyan', 'مجز:majz', 'كتاف:kitaf', 'باقم:baqim', 'حيدان:haydan', 'رازح:razih', 'شدا:shida', '?الصفراء:as-safra', 'ساقين:saqayn', 'منبه:munabbih']),
  ...within('town', 'hodeidah-governorate', spaced, ['الخوخة:al-khawkhah', 'زبيد:zabid', 'بيت الفقيه:bayt-al-faqih', 'حيس:hays', 'الدريهمي:ad-durayhimi', 'التحيتا:at-tuhayta', '?الحالي:al-hali', 'الصليف:as-salif', 'باجل:bajil', '?الزهرة:az-zuhrah', 'ميناء الحديدة:hodeidah-port=Hodeidah port']),
  ...within('town', 'taiz-governorate', spaced, ['التربة:at-turbah', 'المخا:al-mukha=Mocha', 'المخا الساحلية:mocha-coast=Mocha coast', '?صبر:sabir', 'الوازعية:al-waziiyah', 'ذباب:dhubab', 'حيفان:hayfan', 'جبل صبر:jabal-sabir=Jabal Sabir']),
  ...within('town', 'marib-governorate', spaced, ['صرواح:sirwah', 'حريب:harib', 'الجوبة:al-jubah', 'رغوان:raghwan', 'مدغل:madghal']),
  ...within('town', 'hajjah-governorate', spaced, ['ميدي:midi', 'حرض:haradh', '?عبس:abs', 'كشر:kushar']),
  ...within('town', 'hadramawt-governorate', spaced, ['المكلا:al-mukalla', 'سيئون:seiyun', 'تريم:tarim', 'الشحر:ash-shihr']),
  ...within('town', 'shabwah-governorate', spaced, ['عتق:ataq', 'بيحان:bayhan']),
  ...within('town', 'abyan-governorate', spaced, ['زنجبار:zinjibar', 'جعار:jaar', 'لودر:lawdar', 'شقرة:shuqrah']),
  ...within('town', 'lahij-governorate', spaced, ['الحوطة:al-hawtah', 'العند:al-anad', 'قاعدة العند:al-anad-base=Al Anad air base', 'كرش:karish']),
  ...within('town', 'al-jawf-governorate', spaced, ['الحزم:al-hazm']),
  ...within('town', 'al-bayda-governorate', spaced, ['رداع:rada', 'قيفة:qayfah']),
  ...within('district', 'sanaa', spaced, ['شارع الخمسين:fifty-street=Fifty Street', '?نقم:naqam', 'عطان:attan', '?السبعين:as-sabeen', '?شعوب:shuub', 'بني الحارث:bani-al-harith']),
  ...within('district', 'aden', spaced, ['كريتر:crater', 'المنصورة:al-mansoura', 'الشيخ عثمان:sheikh-othman', 'التواهي:at-tawahi', 'خور مكسر:khor-maksar', 'البريقة:al-buraiqa']),
  // Checklist (issue 14): the district towns of the front lines (Taiz, al-Dhale, Marib, al-Jawf, al-Bayda, Hodeidah),
  // Sana'a's surrounding districts, and Aden's quarters.
  ...within('town', 'taiz-governorate', spaced, ['ماوية:mawiyah', 'المسراخ:al-misrakh', 'جبل حبشي:jabal-habashi', 'الصلو:as-silw', '?صالة:salah', 'الحوبان:al-hawban', 'العدين التعزية:al-taiziyah', 'الشمايتين:ash-shamayatayn']),
  ...within('town', 'al-dhale-governorate', spaced, ['قعطبة:qatabah', 'مريس:muris', 'دمت:damt', 'الحشاء:al-husha']),
  ...within('town', 'marib-governorate', spaced, ['رحبة:rahabah', 'العبدية:al-abdiyah', '?الوادي:al-wadi-marib=Al Wadi']),
  ...within('town', 'al-jawf-governorate', spaced, ['خب والشعف:khab-wa-ash-shaaf', '?المتون:al-mutun', 'المصلوب:al-maslub']),
  ...within('town', 'shabwah-governorate', spaced, ['عسيلان:usaylan', 'مرخة:markhah', '?نصاب:nisab']),
  ...within('town', 'abyan-governorate', spaced, ['مودية:mudiyah', 'المحفد:al-mahfad', '?الوضيع:al-wadi-abyan=Al Wadea']),
  ...within('town', 'al-bayda-governorate', spaced, ['الزاهر:az-zahir', 'ذي ناعم:dhi-naim', 'مكيراس:mukayras', 'الصومعة:as-sawmaah', 'ناطع:natia']),
  ...within('town', 'lahij-governorate', spaced, ['المسيمير:al-musaymir', 'طور الباحة:tur-al-bahah', 'باب المندب:bab-al-mandab']),
  ...within('town', 'hodeidah-governorate', spaced, ['الجراحي:al-jarrahi', 'المنصورية:al-mansuriyah']),
  ...within('town', 'saada-governorate', spaced, ['?الظاهر:az-zahir-saada=Az Zahir', 'كتاف والبقع:kitaf-wa-al-buqa']),
  ...within('town', 'sanaa-governorate', spaced, ['?همدان:hamdan', 'بني حشيش:bani-hushaysh', '?نهم:nihm', 'أرحب:arhab', '?خولان:khawlan', 'سنحان:sanhan', 'بني مطر:bani-matar']),
  ...within('town', 'ibb-governorate', spaced, ['يريم:yarim', 'العدين:al-udayn', '?القفر:al-qafr']),
  ...within('town', 'hadramawt-governorate', spaced, ['شبام:shibam']),
  ...within('town', 'al-mahrah-governorate', spaced, ['الغيضة:al-ghaydah']),
  ...within('district', 'aden', spaced, ['دار سعد:dar-saad', 'المعلا:al-mualla']),
];

/**
 * The Yemen pack (id and country `yemen`), validated and deeply frozen: give it to `createAnalyzer({ packs })`.
 * @example
 * ```ts
 * yemenPack.actors?.find((a) => a.forms.includes('التحالف بقيادة السعودية'))?.id; // → 'saudi-coalition'
 * ```
 */
export const yemenPack: Lexicon = /* @__PURE__ */ conflictPack({
  id: 'yemen',
  labels: { ar: 'اليمن', en: 'Yemen' },
  description: 'Yemeni conflict: armed actors, gazetteer and sources',
  actors: [
    {
      id: 'houthis',
      labels: { ar: 'جماعة الحوثي (أنصار الله)', en: 'Houthis (Ansar Allah)' },
      category: 'armed-group',
      forms: [
        'الحوثيون', 'الحوثي', 'جماعة الحوثي', 'جماعة الحوثيين', 'أنصار الله', 'جماعة أنصار الله', 'حركة أنصار الله',
        ...militias('الحوثي', 'الحوثيين', 'الحوثية', 'الانقلاب', 'الحوثي الانقلابية', 'الحوثي الإرهابية', 'الحوثي المدعومة من إيران'),
        'قوات الحوثي', 'قوات الحوثيين', 'مسلحي الحوثي', 'مسلحين حوثيين', 'عناصر الحوثي', 'مقاتلي الحوثي', 'الانقلابيين',
        'الانقلابيون', 'ميليشيا الانقلاب', 'سلطة صنعاء', 'حكومة صنعاء', 'قوات صنعاء', 'عبد الملك الحوثي',
        'الجيش واللجان الشعبية', 'قوات الجيش واللجان الشعبية',
        // Wire copy calls them rebels; government outlets, the militia or the coup.
        'المتمردين الحوثيين', 'المتمردون الحوثيون', 'متمردين حوثيين', 'المتمردين', 'المتمردون', 'الحوثيين', 'المليشيات الحوثية',
        'الميليشيات الحوثية', 'الميليشيا الحوثية', 'المليشيا الحوثية', 'الجماعة الحوثية', 'ميليشيا الحوثي الإرهابية',
        'مليشيا الحوثي الإرهابية', 'عناصر الميليشيا', 'مسلحي الجماعة', 'قناصة الحوثي', 'قناص حوثي', 'قناصة حوثيون', 'قناصة الميليشيا',
        'اللجان الشعبية', 'قوات صنعاء', 'القوات المسلحة اليمنية في صنعاء', 'يحيى سريع', 'قوات الرئيس السابق علي عبدالله صالح', 'قوات صالح',
        // Checklist (issue 14): the Sana'a authorities by their own names, and the government side's «Iran's militia».
        'حكومة الإنقاذ', 'حكومة الإنقاذ الوطني', 'حكومة التغيير والبناء', 'المجلس السياسي الأعلى', ...militias('إيران', 'إيران الحوثية'),
        'أذرع إيران', 'وكلاء إيران', 'الحوثة', 'قوات الأمن الحوثية', 'جهاز الأمن والمخابرات الحوثي',
        // Government-side copy says «the militia» for them alone («تواصل المليشيا الإرهابية احتجاز…»، «في سجون المليشيا»).
        'المليشيا', 'الميليشيا', 'المليشيا الإرهابية', 'الميليشيا الإرهابية', 'مليشيا الانقلاب الحوثية',
        // Issue 14/15: the leader's name written joined, government media's «dynastic/priestly militia» and «gangs», the coup
        // group's names, its fighters and authorities by the plural, and its missile and naval forces and drones.
        'عبدالملك الحوثي', 'قوات عبدالملك الحوثي', 'مليشيا عبدالملك الحوثي', 'ميليشيا عبدالملك الحوثي', 'الميليشيات السلالية',
        'المليشيات السلالية', 'المليشيا السلالية', 'الميليشيا السلالية', 'المليشيات الكهنوتية', 'عصابة الحوثي', 'عصابات الحوثي',
        'العصابة الحوثية', 'العصابات الحوثية', 'الجماعة الانقلابية', 'الميليشيات الانقلابية', 'المليشيات الانقلابية', 'القوات الحوثية',
        'مسلحو الحوثي', 'مسلحون حوثيون', 'عناصر حوثية', 'عناصر الحوثيين', 'مقاتلي الحوثيين', 'مقاتلو الحوثي', 'مسلحي الحوثيين',
        'سلطات صنعاء', 'سلطات الحوثيين', 'سلطات الحوثي', 'الأمن الحوثي', 'القوة الصاروخية الحوثية', 'القوات البحرية الحوثية',
        'المسيرات الحوثية', 'الطائرات المسيرة الحوثية', 'مسيرة حوثية', 'مسيرات حوثية', 'القوات المسلحة اليمنية التابعة للحوثيين',
        'جماعة الحوثي المسلحة',
      ],
      adjectives: ['الحوثي', 'الانقلابي', 'حوثي', 'حوثيه', 'حوثيا', 'حوثيين', 'حوثيون', 'الحوثيين', 'الحوثيون'],
    },
    {
      id: 'saudi-coalition',
      labels: { ar: 'التحالف بقيادة السعودية', en: 'Saudi-led coalition' },
      category: 'international-coalition',
      // Only the coalition flies warplanes over Yemen; the Houthis and the US fly drones too, so drones get no default.
      defaultFor: ['aircraft'],
      forms: [
        'التحالف', 'التحالف العربي', 'التحالف بقيادة السعودية', 'التحالف العربي بقيادة السعودية', 'التحالف الذي تقوده السعودية',
        'قوات التحالف', 'قوات التحالف العربي', 'تحالف دعم الشرعية', 'التحالف السعودي', 'التحالف السعودي الإماراتي',
        'العدوان', 'العدوان السعودي', 'العدوان السعودي الأمريكي', 'العدوان الأمريكي السعودي', 'تحالف العدوان', 'دول العدوان',
        'السعودية', 'المملكة العربية السعودية', 'الرياض', 'الإمارات', 'القوات الإماراتية', 'القوات السعودية', 'الجيش السعودي',
        'قوات تحالف دعم الشرعية', 'تحالف دعم الشرعية في اليمن', 'التحالف العسكري بقيادة السعودية', 'التحالف الذي تقوده الرياض',
        'طيران العدوان', 'غارات العدوان', 'العدوان الأمريكي السعودي الإماراتي', 'تحالف العدوان الأمريكي السعودي', 'دول تحالف العدوان',
        'الطيران السعودي', 'مدفعية الجيش السعودي', 'حرس الحدود السعودي', 'القوات السعودية الإماراتية',
        // Checklist (issue 14): Sana'a media's «enemy» names.
        'العدو السعودي', 'النظام السعودي', 'العدو السعودي الأمريكي', 'العدو السعودي الأميركي', 'العدوان السعودي الإماراتي',
        // Its strikes named with the US as its partner stay its own, past the US's own «غارات العدوان الأمريكي».
        ...['غارات', 'طيران'].flatMap((h) => [`${h} العدوان الأمريكي السعودي`, `${h} العدوان الأميركي السعودي`]),
        // Issue 14/15: the coalition's joint command, the Emirati forces and air force, the Saudi task forces in Yemen.
        'قيادة القوات المشتركة للتحالف', 'الجيش الإماراتي', 'الطيران الإماراتي', 'قوات الواجب السعودية', 'الطيران الحربي السعودي',
        'مقاتلات سعودية', 'العدو السعودي الإماراتي',
      ],
      adjectives: ['السعودي', 'الإماراتي'],
    },
    {
      id: 'yemen-government',
      labels: { ar: 'الحكومة اليمنية وقواتها', en: 'Yemeni government forces' },
      category: 'government',
      forms: [
        'الحكومة اليمنية', 'الحكومة الشرعية', 'الحكومة اليمنية المعترف بها دوليا', 'الشرعية', 'قوات الشرعية', 'الجيش اليمني',
        'الجيش الوطني', 'الجيش الوطني اليمني', 'القوات الحكومية', 'القوات الحكومية اليمنية', 'قوات الحكومة اليمنية',
        'القوات الموالية للحكومة', 'المقاومة الشعبية', 'ألوية العمالقة', 'قوات العمالقة', 'المجلس الانتقالي الجنوبي',
        'قوات الانتقالي', 'الحزام الأمني', 'قوات الحزام الأمني', 'قوات النخبة الشبوانية', 'قوات النخبة الحضرمية',
        'قوات المقاومة الوطنية', 'قوات طارق صالح', 'السلطات اليمنية', 'قوات هادي', 'مجلس القيادة الرئاسي',
        'قوات الجيش الوطني', 'قوات الجيش اليمني', 'ألوية العمالقة الجنوبية', 'العمالقة', 'قوات دفاع شبوة', 'قوات درع الوطن',
        'المقاومة الجنوبية', 'قوات المجلس الانتقالي', 'قوات المجلس الانتقالي الجنوبي', 'الانتقالي الجنوبي', 'قوات الحماية الرئاسية',
        'الحماية الرئاسية', 'ألوية الحماية الرئاسية', 'قوات الساحل الغربي', 'القوات المشتركة', 'القوات المشتركة في الساحل الغربي',
        'حراس الجمهورية', 'ألوية حراس الجمهورية', 'المنطقة العسكرية الأولى', 'قوات الأمن الخاصة', 'قوات الجيش الحكومي',
        // Government outlets praise their side («أبطال الجيش») and name it with the resistance, and by its fronts.
        'أبطال الجيش', 'أبطال الجيش الوطني', 'أبطال الجيش والمقاومة', 'الجيش والمقاومة', 'قوات الجيش والمقاومة', 'الجيش والمقاومة الشعبية',
        'قوات الجيش والمقاومة الشعبية', 'محور تعز', 'قوات محور تعز', 'المنطقة العسكرية الثالثة', 'المنطقة العسكرية السابعة',
        // Checklist (issue 14): the National Resistance and the southern forces by their short names, Hadi's and Tareq
        // Saleh's forces by their leaders, and Sana'a media's «mercenaries» for the government side.
        'المقاومة الوطنية', 'طارق صالح', 'النخبة الشبوانية', 'النخبة الحضرمية', 'قوات الدعم والإسناد', 'قوات العاصفة',
        'ألوية اليمن السعيد', 'قوات الرئيس هادي', 'القوات الموالية لهادي', 'القوات الموالية للرئيس هادي', 'القوات الموالية للشرعية',
        'القوات الموالية للحكومة الشرعية', 'القوات الموالية للحكومة اليمنية', 'المرتزقة', 'قوات المرتزقة', 'مرتزقة العدوان',
        'مرتزقة العدوان السعودي', 'مرتزقة العدوان الأمريكي السعودي', 'مرتزقة التحالف', 'مرتزقة السعودية',
        // Issue 14/15: the legitimacy's forces by their other names, the STC's forces and the security belts, Shabwa
        // Defence, the Homeland Shield and Giants by their short names, the Tihama resistance, Marib's and the other fronts'
        // axes and military regions, Islah's forces as the STC names them, and Sana'a media's «tools of the aggression».
        'قوات الحكومة الشرعية', 'قوات الحكومة المعترف بها دوليا', 'القوات الحكومية المعترف بها دوليا', 'جيش الشرعية',
        'قوات الشرعية اليمنية', 'القوات الشرعية', 'الجيش الوطني والمقاومة', 'المجلس الانتقالي', 'قوات الانتقالي الجنوبي',
        'القوات الموالية للمجلس الانتقالي', 'ميليشيات الانتقالي', 'مليشيات الانتقالي', 'قوات الحزام', 'الأحزمة الأمنية',
        'قوات الأحزمة الأمنية', 'دفاع شبوة', 'قوات حماية حضرموت', 'درع الوطن', 'ألوية درع الوطن', 'العمالقة الجنوبية',
        'قوات العمالقة الجنوبية', 'المقاومة التهامية', 'قوات المقاومة التهامية', 'الألوية التهامية', 'ألوية تهامة',
        'قوات حراس الجمهورية', 'قوات المقاومة الجنوبية', 'قوات الأمن اليمنية', 'الأجهزة الأمنية اليمنية', 'قوات مكافحة الإرهاب',
        'اللواء الأول دعم وإسناد', 'قوات الطوارئ اليمنية', 'محور مأرب', 'قوات محور مأرب', 'محور عتق', 'محور أبين', 'محور البيضاء',
        'المنطقة العسكرية الثانية', 'المنطقة العسكرية الرابعة', 'المنطقة العسكرية الخامسة', 'المنطقة العسكرية السادسة',
        'ميليشيات الإصلاح', 'مليشيات الإصلاح', 'قوات الإصلاح', 'مرتزقة الإمارات', 'مرتزقة السعودية والإمارات', 'أدوات العدوان',
      ],
      adjectives: ['اليمني', 'الحكومي'],
    },
    {
      id: 'aqap',
      labels: { ar: 'تنظيم القاعدة في جزيرة العرب', en: 'Al-Qaeda in the Arabian Peninsula' },
      category: 'armed-group',
      forms: [
        'القاعدة', 'تنظيم القاعدة', 'القاعدة في جزيرة العرب', 'تنظيم القاعدة في جزيرة العرب', 'أنصار الشريعة',
        'عناصر القاعدة', 'مسلحي القاعدة', 'مقاتلي القاعدة',
        'تنظيم القاعدة في شبه الجزيرة العربية', 'القاعدة في شبه الجزيرة العربية', 'عناصر تنظيم القاعدة', 'مسلحي تنظيم القاعدة',
        'مقاتلي تنظيم القاعدة', 'التنظيم الإرهابي', 'عناصر التنظيم', 'مسلحي التنظيم',
        // Issue 14/15: the Yemeni branch by its country, its Ansar al-Sharia front with «تنظيم/جماعة», its fighters and cells.
        'تنظيم القاعدة في اليمن', 'القاعدة في اليمن', 'تنظيم أنصار الشريعة', 'جماعة أنصار الشريعة', 'مسلحو القاعدة', 'مقاتلو القاعدة',
        'خلايا القاعدة',
      ],
    },
    regional('usa', [
      'طائرة أمريكية من دون طيار', 'طائرة أميركية من دون طيار', 'طائرات أمريكية من دون طيار',
      // Checklist (issue 14): the 2024–25 strikes in Sana'a media's words, and the US Navy.
      'العدوان الأمريكي', 'العدوان الأميركي', 'العدوان الأمريكي البريطاني', 'العدوان الأميركي البريطاني', 'العدو الأمريكي', 'العدو الأميركي',
      'البحرية الأمريكية', 'البحرية الأميركية', 'المدمرات الأمريكية', 'حاملة الطائرات الأمريكية', 'الطيران الأمريكي البريطاني',
      // Issue 14/15: CENTCOM by its short name, the US air force, strikes and warships in the plural.
      'سنتكوم', 'الطيران الأمريكي', 'الطيران الأميركي', 'الطائرات الأمريكية', 'الطائرات الأميركية', 'المقاتلات الأمريكية',
      'المقاتلات الأميركية', 'الغارات الأمريكية', 'الغارات الأميركية', 'الغارات الأمريكية البريطانية', 'الغارات الأميركية البريطانية',
      'البوارج الأمريكية', 'البوارج الأميركية', 'طائرة أمريكية مسيرة', 'طائرة أميركية مسيرة',
      // «غارات/طيران العدوان» is the coalition's: the longer name with the US alone is the US's.
      ...['غارات', 'طيران'].flatMap((h) => [`${h} العدوان الأمريكي`, `${h} العدوان الأميركي`, `${h} العدوان الأمريكي البريطاني`]),
    ]),
    // ISIS's Yemeni «provinces» claimed the bombings of Aden and Sana'a (2015–16): the regional actor, with their names;
    // a bare «التنظيم» is whichever organization the text named (AQAP's fighters keep their forms).
    without(regional('isis', [
      'ولاية اليمن', 'ولاية عدن أبين', 'ولاية صنعاء', 'ولاية لحج', 'ولاية حضرموت', 'ولاية البيضاء', 'ولاية شبوة',
      'داعش اليمن', 'داعش في اليمن', 'تنظيم الدولة في اليمن', 'فرع تنظيم الدولة في اليمن', 'الفرع اليمني لتنظيم الدولة',
    ]), ORGANIZATION_FORMS),
  ],
  places: ROWS,
  sources: [
    { id: 'saba', labels: { ar: 'وكالة سبأ', en: 'Saba News Agency' }, forms: ['وكالة سبأ', 'سبأ', 'سبأ نت', 'وكالة الأنباء اليمنية'] },
    { id: 'al-masirah', labels: { ar: 'قناة المسيرة', en: 'Al-Masirah TV' }, actor: 'houthis', forms: ['قناة المسيرة', 'المسيرة', 'المسيرة نت'] },
    { id: 'coalition-spokesman', labels: { ar: 'المتحدث باسم التحالف', en: 'coalition spokesman' }, actor: 'saudi-coalition', forms: ['المتحدث باسم التحالف', 'المتحدث الرسمي باسم التحالف', 'تركي المالكي', 'العقيد تركي المالكي'] },
    amaqSource,
    { id: 'yemen-monitors', labels: { ar: 'مراصد حقوقية يمنية', en: 'Yemeni monitors' }, forms: ['مشروع رصد الأثر المدني', 'المرصد اليمني لحقوق الإنسان', 'منظمة سام للحقوق والحريات', 'منظمة سام', 'التحالف اليمني لرصد انتهاكات حقوق الإنسان', 'اللجنة الوطنية للتحقيق', 'منظمة مواطنة لحقوق الإنسان', 'منظمة مواطنة', 'المركز القانوني للحقوق والتنمية'] },
  ],
  local: {
    'health-ministry': ['وزارة الصحة اليمنية', 'وزارة الصحة العامة والسكان', 'مكتب الصحة بالمحافظة', 'وزارة الصحة في حكومة صنعاء', 'وزارة الصحة بصنعاء', 'مكتب الصحة بمحافظة تعز', 'مكتب الصحة في تعز', 'مكتب الصحة بالحديدة', 'هيئة مستشفى الثورة', 'مستشفى الثورة العام', 'مستشفى الثورة', 'مستشفى الجمهوري', 'مستشفى السبعين', 'مستشفى الروضة', 'مستشفى هيئة مأرب', 'هيئة مستشفى مأرب العام', 'المتحدث باسم وزارة الصحة', 'أنيس الأصبحي'],
    'civil-defence': ['الدفاع المدني اليمني', 'الدفاع المدني في صنعاء', 'المركز التنفيذي للتعامل مع الألغام', 'مشروع مسام'],
    media: ['وكالة خبر', 'الصحوة نت', 'المصدر أونلاين', 'عدن الغد', 'الموقع بوست', 'قناة بلقيس', 'بلقيس', 'يمن شباب', 'شبكة تعز'],
  },
  // Houthi fighters by their demonym, and the coalition side's word for them: «مقتل 40 حوثيا»، «ثلاثة من الانقلابيين».
  victims: [
    { id: 'houthi-fighters', labels: { ar: 'مقاتلون حوثيون', en: 'Houthi fighters' }, reportsAs: 'fighters', role: 'member', forms: ['حوثي', 'انقلابي'] },
  ],
});

