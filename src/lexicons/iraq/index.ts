/**
 * The Iraq conflict pack: ISIS, the Iraqi security forces (army, counter-terrorism service, federal police,
 * Peshmerga), the Popular Mobilization Forces, the US-led coalition, Turkish strikes in the Kurdistan Region and
 * other armed groups; the 18 governorates with their capitals and main towns; Iraqi reporting bodies.
 * @module lexicons/iraq
 */
import type { Lexicon } from '../../lexicon/types.js';
import { conflictPack } from '../conflict-pack.js';
import { governorateOf, spaced, within, type Row } from '../gazetteer.js';
import { amaqSource, regional } from '../regional/actors.js';
import { militias } from '../spellings.js';

const governorate = /* @__PURE__ */ governorateOf('iraq');

const ROWS: readonly Row[] = [
  ['iraq', 'Iraq', ['العراق', 'جمهورية العراق'], 'country'],
  ['kurdistan-region', 'Kurdistan Region', ['إقليم كردستان', 'إقليم كردستان العراق', 'كردستان العراق'], 'region', 'iraq'],
  ...governorate('baghdad', 'Baghdad', ['بغداد']),
  ...governorate('nineveh', 'Nineveh', ['نينوى'], false),
  ['mosul', 'Mosul', ['الموصل'], 'city', 'nineveh-governorate'],
  ...governorate('anbar', 'Al Anbar', ['الأنبار'], false),
  ['ramadi', 'Ramadi', ['الرمادي'], 'city', 'anbar-governorate'],
  ...governorate('salahuddin', 'Salah ad-Din', ['صلاح الدين'], false),
  ['tikrit', 'Tikrit', ['تكريت'], 'city', 'salahuddin-governorate'],
  ...governorate('kirkuk', 'Kirkuk', ['كركوك']),
  ...governorate('diyala', 'Diyala', ['ديالى'], false),
  ['baqubah', 'Baqubah', ['بعقوبة'], 'city', 'diyala-governorate'],
  ...governorate('erbil', 'Erbil', ['أربيل']),
  ...governorate('duhok', 'Duhok', ['دهوك']),
  ...governorate('sulaymaniyah', 'Sulaymaniyah', ['السليمانية']),
  ...governorate('basra', 'Basra', ['البصرة']),
  ...governorate('babil', 'Babil', ['بابل'], false),
  ['hillah', 'Hillah', ['الحلة'], 'city', 'babil-governorate'],
  ...governorate('karbala', 'Karbala', ['كربلاء']),
  ...governorate('najaf', 'Najaf', ['النجف']),
  ...governorate('wasit', 'Wasit', ['واسط'], false),
  ['kut', 'Kut', ['الكوت'], 'city', 'wasit-governorate'],
  ...governorate('dhi-qar', 'Dhi Qar', ['ذي قار'], false),
  ['nasiriyah', 'Nasiriyah', ['الناصرية'], 'city', 'dhi-qar-governorate'],
  ...governorate('maysan', 'Maysan', ['ميسان'], false),
  ['amarah', 'Amarah', ['العمارة'], 'city', 'maysan-governorate'],
  ...governorate('muthanna', 'Al Muthanna', ['المثنى'], false),
  ['samawah', 'Samawah', ['السماوة'], 'city', 'muthanna-governorate'],
  ...governorate('qadisiyah', 'Al-Qadisiyah', ['القادسية'], false),
  ['diwaniyah', 'Diwaniyah', ['الديوانية'], 'city', 'qadisiyah-governorate'],
  ...governorate('halabja', 'Halabja', ['حلبجة']),
  ...within('town', 'nineveh-governorate', spaced, ['تلعفر:tal-afar', 'سنجار|شنكال:sinjar', 'الحمدانية|قرقوش:al-hamdaniya', 'القيارة:qayyarah', 'الشرقاط:shirqat', 'بعشيقة:bashiqa', 'مخمور:makhmur', 'البعاج:baaj', '?الحضر:hatra']),
  ...within('district', 'mosul', spaced, ['الساحل الأيمن|الجانب الغربي للموصل|غرب الموصل:mosul-west=west Mosul', 'الساحل الأيسر|الجانب الشرقي للموصل|شرق الموصل:mosul-east=east Mosul', 'الموصل الجديدة:new-mosul=New Mosul', 'الموصل القديمة|المدينة القديمة:mosul-old-city=Old City of Mosul', 'كوكجلي:gogjali', 'الزنجيلي|الزنجلي:zanjili', '?الرفاعي:al-rifai', 'حي الصحة:al-sihha']),
  ...within('town', 'anbar-governorate', spaced, ['الفلوجة:fallujah', 'هيت:hit', 'حديثة:haditha', 'القائم:al-qaim', 'الرطبة:rutba', 'عانة:anah', 'راوة:rawa', '?الكرمة:garma', 'عامرية الفلوجة:amiriyat-al-fallujah']),
  ...within('town', 'salahuddin-governorate', spaced, ['سامراء:samarra', 'بيجي:baiji', '?بلد:balad', 'الدجيل:dujail', 'طوزخورماتو|طوز خورماتو:tuz-khurmatu', 'الضلوعية:dhuluiya']),
  ...within('town', 'kirkuk-governorate', spaced, ['الحويجة:hawija', 'داقوق:daquq', '?الرياض:al-riyadh', 'الزاب:al-zab', 'الدبس:dibis']),
  ...within('town', 'diyala-governorate', spaced, ['المقدادية:muqdadiya', 'خانقين:khanaqin', 'جلولاء:jalawla', 'بلدروز:baladruz', 'الخالص:khalis']),
  ...within('town', 'sulaymaniyah-governorate', spaced, ['جمجمال:chamchamal', 'رانية:ranya', 'قلعة دزة:qaladiza', 'بنجوين:penjwen']),
  ...within('town', 'erbil-governorate', spaced, ['حاجي عمران:haji-omaran', 'سيدكان:sidakan', 'سوران:soran', 'شقلاوة:shaqlawa']),
  ...within('town', 'duhok-governorate', spaced, ['زاخو:zakho', 'العمادية:amadiya', 'بامرني|بامرنه:bamarni', 'باطوفة:batifa']),
  ...within('district', 'baghdad', spaced, ['مدينة الصدر:sadr-city=Sadr City', 'الكرادة:karrada', 'الكاظمية:kadhimiya', 'الأعظمية:adhamiya', 'المنطقة الخضراء:green-zone=Green Zone', 'ساحة التحرير:tahrir-square=Tahrir Square', '?الشعلة:shula', 'أبو غريب:abu-ghraib', 'التاجي:taji', 'الطارمية:tarmiyah', 'اليوسفية:yusufiya', 'المحمودية:mahmudiya', '?الدورة:dora', 'البياع:bayaa']),
  // Checklist (issue 14): Baghdad's quarters and belts, the Nineveh Plains and border towns, the Kurdistan mountains
  // Turkey strikes, the Anbar desert and bases, and Basra's ports.
  ...within('district', 'baghdad', spaced, ['الكرخ:karkh', 'الرصافة:rusafa', 'الغزالية:ghazaliya', 'العامرية:amiriya', 'حي الجهاد:hay-al-jihad', '?الحسينية:husseiniya', 'الزعفرانية:zafaraniya', 'الراشدية:rashidiya']),
  ...within('town', 'baghdad-governorate', spaced, ['اللطيفية:latifiya', 'المدائن:madain', 'النهروان:nahrawan']),
  ...within('town', 'babil-governorate', spaced, ['جرف الصخر|جرف النصر:jurf-al-sakhar']),
  ...within('town', 'diyala-governorate', spaced, ['السعدية:saadiya', 'مندلي:mandali', 'جبال حمرين|حمرين:hamrin', 'كفري:kifri']),
  ...within('town', 'sulaymaniyah-governorate', spaced, ['دربندخان:darbandikhan', 'جبال قنديل|قنديل:qandil']),
  ...within('town', 'nineveh-governorate', spaced, ['حمام العليل:hammam-al-alil', 'برطلة:bartella', 'قره قوش:qaraqosh', 'تلكيف:tel-keppe', '?ربيعة:rabia', 'زمار:zummar']),
  ...within('town', 'erbil-governorate', spaced, ['جومان:choman']),
  ...within('town', 'anbar-governorate', spaced, ['قاعدة عين الأسد|عين الأسد:ain-al-asad=Ain al-Asad air base', 'وادي حوران:wadi-horan', 'صحراء الأنبار:anbar-desert=Anbar desert', 'بحيرة الثرثار|الثرثار:tharthar']),
  ...within('town', 'salahuddin-governorate', spaced, ['مطيبيجة:mutaibija', 'قاعدة بلد الجوية:balad-air-base=Balad air base']),
  ...within('town', 'kirkuk-governorate', spaced, ['وادي الشاي:wadi-al-shai']),
  ...within('town', 'basra-governorate', spaced, ['?الزبير:zubair', 'أم قصر:umm-qasr', 'شط العرب:shatt-al-arab', 'الفاو:al-faw']),
];

/**
 * The Iraq pack (id and country `iraq`), validated and deeply frozen: give it to `createAnalyzer({ packs })`.
 * @example
 * ```ts
 * iraqPack.actors?.find((a) => a.forms.includes('الحشد الشعبي'))?.id; // → 'pmf'
 * ```
 */
export const iraqPack: Lexicon = /* @__PURE__ */ conflictPack({
  id: 'iraq',
  labels: { ar: 'العراق', en: 'Iraq' },
  description: 'Iraqi conflict: armed actors, gazetteer and sources',
  actors: [
    // Iraqi outlets name ISIS by contempt («عصابات داعش الإرهابية»، «الدواعش») or by terror alone.
    regional('isis', [
      'عصابات داعش الإرهابية', 'الدواعش', 'دواعش', 'إرهابيي داعش', 'الإرهابيين الدواعش', 'خلايا داعش الإرهابية', 'فلول داعش الإرهابية',
      'بقايا عصابات داعش', 'العصابات الإرهابية', 'عناصر داعش', 'مسلحي داعش', 'مسلحو داعش', 'مسلحو التنظيم', 'عناصر داعش الإرهابي',
      'تنظيم داعش الإرهابي', 'داعش الإرهابي', 'الخلايا النائمة', 'خلايا نائمة', 'الخلايا الإرهابية', 'إرهابيو داعش', 'انتحاريي داعش',
      'عصابات داعش الإجرامية', 'داعش الإرهابية', 'التنظيم الإرهابي', 'عناصر التنظيم الإرهابي', 'مرتزقة تنظيم الدولة', 'فلول داعش الإرهابي',
      // Checklist (issue 14): Iraqi outlets' «takfiri» names, its provinces («ولاية نينوى») in its own statements, and its
      // 2006–13 name, the Islamic State of Iraq.
      'التكفيريين', 'التكفيريون', 'الجماعات التكفيرية', 'العصابات التكفيرية', 'الزمر الإرهابية', 'الزمر التكفيرية', 'عصابات داعش التكفيرية',
      ...['العراق', 'نينوى', 'الأنبار', 'صلاح الدين', 'كركوك', 'ديالى', 'الجنوب', 'دجلة', 'الفرات', 'الجزيرة', 'بغداد', 'شمال بغداد', 'الفلوجة']
        .map((w) => `ولاية ${w}`),
      'دولة العراق الإسلامية', 'تنظيم دولة العراق الإسلامية',
    ]),
    {
      id: 'iraqi-forces',
      labels: { ar: 'القوات العراقية', en: 'Iraqi security forces' },
      category: 'government',
      forms: [
        'القوات العراقية', 'الجيش العراقي', 'القوات الأمنية العراقية', 'القوات الأمنية', 'قوات الأمن العراقية', 'الأجهزة الأمنية',
        'جهاز مكافحة الإرهاب', 'قوات مكافحة الإرهاب', 'قوات جهاز مكافحة الإرهاب', 'الشرطة الاتحادية', 'قوات الشرطة الاتحادية',
        'الشرطة العراقية', 'قوات الرد السريع', 'الرد السريع', 'قيادة العمليات المشتركة', 'العمليات المشتركة',
        'القوات المشتركة', 'الحكومة العراقية', 'السلطات العراقية', 'القوة الجوية العراقية', 'طيران الجيش العراقي',
        'سلاح الجو العراقي', 'البيشمركة', 'قوات البيشمركة', 'حرس الإقليم', 'قوات الأسايش',
        // Iraqi reporting says «الجيش» and «قوات الأمن» for the Iraqi forces alone.
        'الجيش', 'قوات الجيش', 'قوات الأمن', 'الشرطة المحلية', 'قوات الشرطة', 'قوات حرس الحدود', 'حرس الحدود العراقي',
        'جهاز الأمن الوطني', 'الأمن الوطني', 'الاستخبارات العسكرية', 'مديرية الاستخبارات العسكرية', 'خلية الصقور الاستخبارية',
        'القوة الجوية', 'طيران الجيش', 'الفرقة الذهبية', 'قوات سوات', 'قوات الشرطة المحلية', 'قوات الجيش العراقي', 'القوات الاتحادية',
        'قيادة عمليات نينوى', 'قيادة عمليات الأنبار', 'قيادة عمليات صلاح الدين', 'قيادة عمليات ديالى', 'قيادة عمليات كركوك',
        // «قوة أمنية فرضت طوقا… واعتقلت شخصين»: Iraqi reports name the security forces without an owner.
        'قوة أمنية', 'القوة الأمنية', 'قوات أمنية', 'مفارز أمنية', 'مفرزة أمنية', 'الأجهزة الأمنية العراقية',
        // Each governorate's police command speaks and acts by its name («بيان شرطة ذي قار»).
        ...['بغداد', 'البصرة', 'ذي قار', 'ميسان', 'واسط', 'بابل', 'كربلاء', 'النجف', 'الديوانية', 'القادسية', 'المثنى', 'ديالى',
          'الأنبار', 'نينوى', 'كركوك', 'صلاح الدين'].flatMap((g) => [`شرطة ${g}`, `قيادة شرطة ${g}`]),
        // Checklist (issue 14): the operations commands by region, the army's divisions by number, the border and
        // facilities forces, the Kurdistan Region's government and security (Peshmerga and Asayish stand with the state).
        ...['بغداد', 'سامراء', 'الجزيرة', 'الجزيرة والبادية', 'البادية', 'الفرات الأوسط', 'البصرة', 'غرب الأنبار', 'شرق الأنبار', 'دجلة',
          'الرافدين', 'سومر', 'الموصل', 'تحرير نينوى', 'قادمون يا نينوى', 'كربلاء', 'بابل', 'شرق دجلة', 'الفرات'].map((r) => `قيادة عمليات ${r}`),
        ...['الأولى', 'الثانية', 'الثالثة', 'الرابعة', 'الخامسة', 'السادسة', 'السابعة', 'الثامنة', 'التاسعة', 'العاشرة',
          ...Array.from({ length: 20 }, (_, i) => String(i + 1))].map((n) => `الفرقة ${n}`),
        'الفرقة المدرعة التاسعة', 'القوات الحكومية', 'القوات الحكومية العراقية', 'قوات الحكومة العراقية', 'القوات المسلحة العراقية',
        'القائد العام للقوات المسلحة', 'خلية الصقور', 'قيادة قوات الحدود', 'قوات الحدود', 'قوات حماية المنشآت', 'الأسايش',
        'حكومة إقليم كردستان', 'قوات إقليم كردستان', 'قوات حكومة إقليم كردستان', 'وزارة البيشمركة', 'بيشمركة', 'قوات زيرفاني',
        // Issue 14/15: the Peshmerga in the spellings without «ي» and with Persian «گ», the Kurdish security forces, the
        // counter-terrorism and special forces by their epithets, the air force's jets, the intelligence agencies, the energy
        // and river police, the security detachments, and the Nineveh Guard (not the Sahwa, mostly news's victims).
        'البشمركة', 'قوات البشمركة', 'البيشمرگة', 'قوات البيشمرگة', 'قوات الأمن الكردية', 'القوات الكردية', 'قوات النخبة العراقية',
        'قوات العمليات الخاصة', 'الطيران العراقي', 'الطيران الحربي العراقي', 'المقاتلات العراقية', 'طائرات إف 16 العراقية',
        'جهاز المخابرات العراقي', 'المخابرات العراقية', 'الاستخبارات العراقية', 'وكالة الاستخبارات والتحقيقات الاتحادية', 'شرطة الطاقة',
        'الشرطة النهرية', 'قوات حرس الحدود العراقية', 'قوات الشرطة العراقية', 'المفارز الأمنية', 'مفارز الاستخبارات', 'مفارز مكافحة الإرهاب',
        'الأمن الوطني العراقي', 'حرس نينوى', 'قوات حرس نينوى', 'قوات حفظ القانون', 'قوات مكافحة الشغب',
      ],
      adjectives: ['العراقي'],
    },
    {
      id: 'pmf',
      labels: { ar: 'الحشد الشعبي', en: 'Popular Mobilization Forces' },
      category: 'government',
      forms: [
        'الحشد الشعبي', 'قوات الحشد الشعبي', 'هيئة الحشد الشعبي', 'الحشد', 'فصائل الحشد', 'فصائل الحشد الشعبي', 'الحشد العشائري',
        'عصائب أهل الحق', 'كتائب حزب الله', 'حركة النجباء', 'منظمة بدر', 'كتائب سيد الشهداء', 'سرايا السلام',
        'المقاومة الإسلامية في العراق', 'الفصائل الموالية لإيران', ...militias('الحشد', 'الحشد الشعبي', 'الموالية لإيران'),
        'ألوية الحشد الشعبي', 'مقاتلي الحشد', 'مقاتلي الحشد الشعبي', 'عناصر الحشد', 'عناصر الحشد الشعبي', 'الحشد الوطني',
        'كتائب حزب الله العراقي', 'حزب الله العراقي', 'عصائب الحق', 'النجباء', 'كتائب الإمام علي', 'سرايا الخراساني', 'لواء علي الأكبر',
        'فصائل المقاومة العراقية', 'فصائل المقاومة', 'الفصائل المسلحة الموالية لإيران', 'الفصائل العراقية المسلحة',
        'وحدات الحشد الشعبي', 'قوات الحشد', 'ألوية الحشد', 'مقاتلو الحشد الشعبي', 'عناصر الحشد العشائري', 'الحشد الشعبي العراقي',
        // Checklist (issue 14): the factions by their short and older names (Badr Corps, the Mahdi Army before Saraya
        // al-Salam), the smaller brigades, and the names Sunni and Kurdish outlets give them.
        'حشد العشائر', 'العصائب', 'فيلق بدر', 'جيش المهدي', 'فرقة العباس القتالية', 'سرايا عاشوراء', 'كتائب جند الإمام',
        'سرايا أنصار العقيدة', 'لواء أبو الفضل العباس', 'حشد الشبك', 'بابليون', 'كتائب بابليون', 'ألوية الوعد الحق', 'كتائب الإمام علي',
        ...militias('العصائب', 'بدر', 'حزب الله', 'النجباء', 'الشيعية', 'الطائفية', 'الخزعلي', 'العامري'), 'الميليشيات الشيعية',
        'المليشيات الشيعية', 'الميليشيات الطائفية', 'المليشيات الطائفية', 'الفصائل الشيعية المسلحة', 'الفصائل الولائية', 'الفصائل المسلحة الولائية',
        // Issue 14/15: more factions and brigades by name (Badr's forces, al-Tufuf, al-Muntazar, Saraya al-Jihad), the
        // regional and shrine hashds, the factions as «backed by / loyal to Iran» and the PMF's command.
        'حركة حزب الله النجباء', 'قوات بدر', 'ألوية بدر', 'لواء الطفوف', 'فرقة الإمام علي القتالية', 'سرايا الجهاد', 'لواء المنتظر',
        'الحشد التركماني', 'حشد سهل نينوى', 'حشد نينوى', 'حشد الأنبار', 'حشد عشائر الأنبار', 'حشد صلاح الدين', 'حشد العتبات',
        'ألوية العتبات', 'فرقة العباس', 'الحشد الولائي', 'فصائل المقاومة الإسلامية', 'الفصائل المدعومة من إيران',
        'الفصائل العراقية الموالية لإيران', 'الجماعات المسلحة الموالية لإيران', 'الجماعات الموالية لإيران', 'الميليشيات المدعومة من إيران',
        'المليشيات المدعومة من إيران', 'ميليشيات إيران', 'مليشيات إيران', 'أذرع إيران', 'وكلاء إيران', 'مسيرات الفصائل',
        'الفصائل المسلحة العراقية', 'رئاسة أركان الحشد الشعبي', 'قيادة عمليات الحشد الشعبي',
      ],
    },
    // The anti-ISIS coalition is scored as the United States in Iraq.
    regional('usa', [
      'التحالف', 'التحالف الدولي', 'قوات التحالف', 'قوات التحالف الدولي', 'طيران التحالف', 'التحالف الدولي بقيادة الولايات المتحدة',
      'التحالف بقيادة الولايات المتحدة', 'التحالف بقيادة واشنطن', 'دول التحالف الدولي',
      // Checklist (issue 14): the coalition by its mission and its operation, and the factions' «occupation» for US forces.
      'التحالف الدولي لمحاربة داعش', 'التحالف الدولي ضد داعش', 'التحالف الدولي لمكافحة داعش', 'التحالف الدولي ضد تنظيم داعش',
      'التحالف الدولي لمحاربة تنظيم داعش', 'قوة المهام المشتركة', 'عملية العزم الصلب', 'قوات الاحتلال الأمريكي', 'قوات الاحتلال الأميركي',
      'الاحتلال الأمريكي', 'الاحتلال الأميركي', 'القوات الأمريكية المحتلة', 'القوات الأميركية المحتلة',
    ]),
    // Kurdish and Iraqi outlets name Turkey's strikes in the Kurdistan Region by its government or as occupation.
    regional('turkey', ['النظام التركي', 'جيش النظام التركي', 'طيران النظام التركي', 'طائرات النظام التركي', 'الاحتلال التركي', 'جيش الاحتلال التركي', 'قوات الاحتلال التركي']),
    {
      id: 'armed-groups',
      labels: { ar: 'جماعات مسلحة', en: 'other armed groups' },
      category: 'armed-group',
      forms: [
        'الجماعات المسلحة', 'المجموعات المسلحة', 'الفصائل المسلحة', 'جماعة مسلحة', 'مجموعة مسلحة', 'العصابات المسلحة',
        'حزب العمال الكردستاني', 'العمال الكردستاني', 'بي كا كا', 'وحدات مقاومة سنجار', 'الميليشيات المسلحة',
        // Checklist (issue 14): the PKK and its Sinjar and Iranian-Kurdish wings by short names, the Sunni insurgency of
        // 2004–09, al-Qaeda by name, and armed clansmen.
        'حزب العمال', 'اليبشة', 'حزب الحياة الحرة الكردستاني', 'بيجاك', 'جيش رجال الطريقة النقشبندية', 'جيش الطريقة النقشبندية',
        'الجيش الإسلامي في العراق', 'كتائب ثورة العشرين', 'أنصار السنة', 'جماعة أنصار السنة', 'تنظيم القاعدة', 'القاعدة في العراق',
        'تنظيم القاعدة في بلاد الرافدين', 'مسلحون عشائريون', 'مسلحين عشائريين', 'المسلحين العشائريين', 'المسلحون العشائريون',
        // Issue 14/15: the PKK's acronym and guerrilla (HPG), its Sinjar units, the Iranian Kurdish parties (PJAK, Komala,
        // KDPI) Iran shells in the Region, the White Banners, the 2014 tribal revolutionaries, and clan gunmen.
        'بي كي كي', 'قوات الدفاع الشعبي', 'الكريلا', 'الگريلا', 'وحدات حماية سنجار', 'حزب الحياة الحرة', 'حزب كومله', 'كومله',
        'الحزب الديمقراطي الكردستاني الإيراني', 'حدكا', 'المعارضة الكردية الإيرانية', 'الرايات البيض', 'جماعة الرايات البيض',
        'جيش المجاهدين', 'جيش أنصار السنة', 'المجلس العسكري لثوار العشائر', 'ثوار العشائر', 'المجلس العسكري العام لثوار العراق',
        'مسلحين من العشائر', 'مسلحون من العشائر', 'مسلحو العشائر', 'مسلحي العشائر',
      ],
    },
  ],
  places: ROWS,
  sources: [
    { id: 'security-media-cell', labels: { ar: 'خلية الإعلام الأمني', en: 'Security Media Cell' }, actor: 'iraqi-forces', forms: ['خلية الإعلام الأمني', 'خلية الإعلام الحربي', 'قيادة عمليات بغداد'] },
    amaqSource,
    { id: 'ina', labels: { ar: 'وكالة الأنباء العراقية', en: 'Iraqi News Agency' }, forms: ['وكالة الأنباء العراقية', 'واع', 'الإعلام الرسمي العراقي'] },
    { id: 'iraq-monitors', labels: { ar: 'مراصد حقوقية عراقية', en: 'Iraqi monitors' }, forms: ['المفوضية العليا لحقوق الإنسان', 'مفوضية حقوق الإنسان', 'المرصد العراقي لحقوق الإنسان', 'بعثة الأمم المتحدة لمساعدة العراق', 'يونامي'] },
  ],
  local: {
    'health-ministry': ['وزارة الصحة العراقية', 'دائرة صحة نينوى', 'دائرة صحة بغداد', 'دائرة صحة الأنبار', 'دائرة الصحة', 'دائرة صحة كركوك', 'دائرة صحة ديالى', 'دائرة صحة صلاح الدين', 'دائرة صحة البصرة', 'وزارة الصحة في إقليم كردستان', 'وزارة الصحة بإقليم كردستان', 'مستشفى الموصل العام', 'مدينة الطب', 'مستشفى الكندي', 'مستشفى اليرموك', 'مستشفى الجمهوري'],
    'civil-defence': ['مديرية الدفاع المدني العراقي', 'مديرية الدفاع المدني', 'الدفاع المدني العراقي'],
    media: ['السومرية نيوز', 'شفق نيوز', 'رووداو', 'كردستان 24', 'الغد برس', 'بغداد اليوم', 'نورث برس'],
  },
  // ISIS fighters by their demonym: «القوات العراقية تقتل 50 داعشياً»، «مقتل 12 من الدواعش».
  victims: [
    { id: 'isis-fighters', labels: { ar: 'مقاتلو داعش', en: 'ISIS fighters' }, reportsAs: 'fighters', role: 'member', forms: ['داعشي'], plurals: ['دواعش'] },
  ],
});

