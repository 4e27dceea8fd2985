/**
 * The Palestine conflict pack: the Israeli army, police and settlers, and the Palestinian armed factions; the
 * governorates of the Gaza Strip and the West Bank with their cities, camps and towns; Palestinian reporting
 * bodies (the health ministry, civil defence, the Red Crescent, the prisoners' bodies).
 * @module lexicons/palestine
 */
import type { Lexicon } from '../../lexicon/types.js';
import { conflictPack } from '../conflict-pack.js';
import { governorateOf, spaced, within, type Row } from '../gazetteer.js';
import { actorNouns } from '../core/actor-nouns.js';
import { extend } from '../extend.js';
import { israeliUnits, occupationForms, regional, settlerForms } from '../regional/actors.js';

// Governorates lie in the Gaza Strip or the West Bank, so that «بيت لاهيا شمال القطاع» is one chain.
const inGaza = /* @__PURE__ */ governorateOf('gaza-strip');
const inWestBank = /* @__PURE__ */ governorateOf('west-bank');

const ROWS: readonly Row[] = [
  ['palestine', 'Palestine', ['فلسطين', 'الأراضي الفلسطينية', 'الأراضي الفلسطينية المحتلة'], 'country'],
  ['gaza-strip', 'Gaza Strip', ['قطاع غزة', 'القطاع'], 'region', 'palestine'],
  ['west-bank', 'West Bank', ['الضفة الغربية', 'الضفة الغربية المحتلة', 'الضفة'], 'region', 'palestine'],
  ...inGaza('gaza', 'Gaza', ['غزة', 'مدينة غزة']),
  ...inGaza('north-gaza', 'North Gaza', ['شمال غزة', 'شمال قطاع غزة', 'شمالي قطاع غزة', 'شمال القطاع', 'شمالي القطاع'], false),
  ...inGaza('deir-al-balah', 'Deir al-Balah', ['دير البلح']),
  // Gaza's central governorate is named for its area more often than for Deir al-Balah.
  ['central-gaza', 'central Gaza Strip', ['المحافظة الوسطى', 'محافظة الوسطى'], 'region', 'deir-al-balah-governorate'],
  ...inGaza('khan-younis', 'Khan Younis', ['خان يونس']),
  ...inGaza('rafah', 'Rafah', ['رفح']),
  ...inWestBank('jerusalem', 'Jerusalem', ['القدس', 'القدس المحتلة', 'القدس الشرقية']),
  ...inWestBank('ramallah', 'Ramallah and al-Bireh', ['رام الله']),
  ...inWestBank('hebron', 'Hebron', ['الخليل']),
  ...inWestBank('nablus', 'Nablus', ['نابلس']),
  ...inWestBank('jenin', 'Jenin', ['جنين']),
  ...inWestBank('tulkarm', 'Tulkarm', ['طولكرم']),
  ...inWestBank('qalqilya', 'Qalqilya', ['قلقيلية']),
  ...inWestBank('bethlehem', 'Bethlehem', ['بيت لحم']),
  ...inWestBank('jericho', 'Jericho', ['أريحا']),
  ...inWestBank('tubas', 'Tubas', ['طوباس']),
  ...inWestBank('salfit', 'Salfit', ['سلفيت']),
  ...within('town', 'north-gaza-governorate', spaced, ['جباليا|مخيم جباليا:jabalia', 'بيت لاهيا:beit-lahia', 'بيت حانون:beit-hanoun', 'مستشفى كمال عدوان:kamal-adwan-hospital=Kamal Adwan hospital', 'مشروع بيت لاهيا:beit-lahia-project', 'المستشفى الإندونيسي:indonesian-hospital=Indonesian hospital', 'تل الزعتر:tal-al-zaatar']),
  ...within('district', 'gaza', spaced, ['الشجاعية:shujaiya', '?الزيتون:zeitoun', '?الرمال:rimal', 'تل الهوى:tal-al-hawa', 'الشيخ رضوان:sheikh-radwan', 'مخيم الشاطئ:shati-camp=Al-Shati camp', '?الصبرة:sabra', '?التفاح:tuffah', '?الدرج:daraj', 'مستشفى الشفاء|مجمع الشفاء الطبي:al-shifa=Al-Shifa hospital', 'المستشفى المعمداني:al-ahli-hospital=Al-Ahli Arab hospital', 'شارع صلاح الدين:salah-al-din-street=Salah al-Din street', 'شارع الرشيد:al-rashid-street=Al-Rashid street', 'محور نتساريم|محور نيتساريم:netzarim=Netzarim corridor']),
  ...within('town', 'deir-al-balah-governorate', spaced, ['النصيرات|مخيم النصيرات:nuseirat', 'المغازي|مخيم المغازي:maghazi', 'البريج|مخيم البريج:bureij', 'الزوايدة:zawaida', 'مستشفى شهداء الأقصى:al-aqsa-hospital=Al-Aqsa Martyrs hospital', 'وادي غزة:wadi-gaza']),
  ...within('town', 'khan-younis-governorate', spaced, ['المواصي|مواصي خان يونس:al-mawasi', 'بني سهيلا:bani-suheila', 'عبسان:abasan', 'خزاعة:khuzaa', 'القرارة:al-qarara', 'مستشفى ناصر|مجمع ناصر الطبي:nasser-hospital=Nasser hospital', 'مخيم خان يونس:khan-younis-camp=Khan Younis camp', 'المعسكر الغربي:western-camp=al-Maaskar al-Gharbi', 'حي الأمل|مستشفى الأمل:al-amal=Al-Amal', 'المستشفى الأوروبي|مستشفى غزة الأوروبي:european-hospital=European Gaza hospital']),
  ...within('town', 'rafah-governorate', spaced, ['تل السلطان:tal-al-sultan', 'الشابورة:shaboura', 'معبر رفح:rafah-crossing=Rafah crossing', 'محور فيلادلفيا:philadelphi=Philadelphi corridor', 'المستشفى الكويتي:kuwaiti-hospital=Kuwaiti hospital', 'مستشفى أبو يوسف النجار|مستشفى الشهيد أبو يوسف النجار:najjar-hospital=Abu Yousef al-Najjar hospital', 'الشوكة:al-shouka', 'حي الجنينة:al-jneina', 'مخيم يبنا:yibna-camp=Yibna camp']),
  ...within('town', 'jenin-governorate', spaced, ['مخيم جنين:jenin-camp=Jenin camp', 'قباطية:qabatiya', 'يعبد:yabad', 'برقين:burqin', 'جبل أبو ظهير:jabal-abu-dhuhayr', 'حاجز الجلمة|الجلمة:jalama', 'مستشفى ابن سينا:ibn-sina-hospital=Ibn Sina hospital', 'مستشفى جنين الحكومي:jenin-hospital=Jenin government hospital', 'عرابة:arraba', 'اليامون:al-yamoun', 'سيلة الحارثية:silat-al-harithiya']),
  ...within('town', 'nablus-governorate', spaced, ['مخيم بلاطة:balata', 'حوارة:huwara', 'بيتا:beita', 'مخيم عسكر:askar', 'البلدة القديمة في نابلس:nablus-old-city=Old City of Nablus', 'مخيم العين:ein-camp=Al-Ein camp', 'بيت فوريك:beit-furik', 'قصرة:qusra', 'عقربا:aqraba']),
  ...within('town', 'tulkarm-governorate', spaced, ['مخيم نور شمس:nur-shams', 'مخيم طولكرم:tulkarm-camp=Tulkarm camp', 'عنبتا:anabta']),
  ...within('town', 'hebron-governorate', spaced, ['دورا:dura', 'يطا:yatta', 'بيت أمر:beit-ummar', 'مخيم العروب:arroub', 'مسافر يطا:masafer-yatta', 'إذنا|اذنا:idhna', 'سعير:sair', 'حلحول:halhul', 'الريحية:rihiya', 'بيت عوا:beit-awwa', 'مخيم الفوار:fawwar', 'بني نعيم:bani-naim', 'تل الرميدة:tel-rumeida', 'الحرم الإبراهيمي:ibrahimi-mosque=Ibrahimi mosque']),
  ...within('town', 'ramallah-governorate', spaced, ['البيرة:al-bireh', 'بيت لقيا:beit-liqya', 'دير أبو مشعل:deir-abu-mashal', 'سلواد:silwad', 'ترمسعيا:turmus-ayya', '?المغير:al-mughayyir', 'مخيم الجلزون:jalazone', 'بيتونيا:beitunia', 'نعلين:nilin', 'سنجل:sinjil', 'النبي صالح:nabi-saleh', 'المزرعة الشرقية:al-mazraa-al-sharqiya']),
  ...within('town', 'jerusalem-governorate', spaced, ['سلوان:silwan', 'العيسوية:issawiya', 'عناتا:anata', 'مخيم شعفاط:shuafat', 'الشيخ جراح:sheikh-jarrah', 'جبل المكبر:jabal-mukaber', 'صور باهر:sur-baher', 'أم طوبا:umm-tuba', 'المسجد الأقصى:al-aqsa=Al-Aqsa mosque', 'باب العامود:damascus-gate=Damascus Gate', 'الرام:al-ram', 'بيت حنينا:beit-hanina', 'قلنديا|مخيم قلنديا:qalandia', 'حزما:hizma', 'العيزرية:al-eizariya', 'أبو ديس:abu-dis']),
  ...within('town', 'bethlehem-governorate', spaced, ['حوسان:husan', 'مخيم الدهيشة:dheisheh', 'بيت جالا:beit-jala', '?الخضر:al-khader', 'تقوع:tuqu', 'السواحرة الشرقية:sawahreh=Al-Sawahreh al-Sharqiya']),
  ...within('town', 'tubas-governorate', spaced, ['طمون:tammun', 'تياسير:tayasir', 'مخيم الفارعة:faraa', 'الأغوار الشمالية:northern-jordan-valley=northern Jordan Valley']),
  ...within('town', 'qalqilya-governorate', spaced, ['عزون:azzun', 'كفر قدوم:kafr-qaddum']),
  ...within('town', 'jericho-governorate', spaced, ['مخيم عقبة جبر:aqabat-jabr', 'مخيم عين السلطان:ein-al-sultan-camp=Ein al-Sultan camp']),
  // Checklist (issue 14): more of Gaza's neighbourhoods and the West Bank villages raids and settler attacks are told in.
  ...within('district', 'gaza', spaced, ['حي النصر:al-nasr-gaza=Al-Nasr', 'الشيخ عجلين:sheikh-ijlin', 'تل الإسلام:tal-al-islam']),
  ...within('town', 'north-gaza-governorate', spaced, ['عزبة عبد ربه:izbat-abd-rabbo', 'جباليا البلد:jabalia-town=Jabalia town', 'العطاطرة:al-atatra', 'السلاطين:al-salatin']),
  ...within('town', 'deir-al-balah-governorate', spaced, ['المغراقة:al-mughraqa', 'جحر الديك:juhr-al-dik']),
  ...within('town', 'khan-younis-governorate', spaced, ['الفخاري:al-fukhari', 'مدينة حمد:hamad-city=Hamad City']),
  ...within('town', 'rafah-governorate', spaced, ['خربة العدس:khirbet-al-adas', 'محور موراج:morag=Morag corridor']),
  ...within('town', 'nablus-governorate', spaced, ['بيت دجن:beit-dajan', 'سبسطية:sebastia', 'بورين:burin', 'مادما:madama', 'عوريف:urif', 'عصيرة القبلية:asira-al-qibliya', 'عصيرة الشمالية:asira-al-shamaliya', 'روجيب:rujeib', 'عقربانية:aqrabaniya', 'دوما:duma-nablus=Duma']),
  ...within('town', 'ramallah-governorate', spaced, ['بيرزيت:birzeit', 'دير نظام:deir-nidham', 'عطارة:atara', 'كفر مالك:kafr-malik', 'دير جرير:deir-jarir', 'المزرعة الغربية:al-mazraa-al-gharbiya', 'عين يبرود:ein-yabrud', 'بدرس:budrus', 'قبيا:qibya', 'بيت ريما:beit-rima', 'دير دبوان:deir-dibwan', 'كفر نعمة:kafr-nima']),
  ...within('town', 'hebron-governorate', spaced, ['بيت كاحل:beit-kahil', 'ترقوميا:tarqumiya', 'الظاهرية:al-dhahiriya', 'السموع:as-samu', '?تفوح:taffuh', 'صوريف:surif', 'بيت أولا:beit-ula', 'خاراس:kharas']),
  ...within('town', 'jenin-governorate', spaced, ['جبع:jaba', 'الزبابدة:zababdeh', 'كفر دان:kafr-dan', '?رمانة:rummana', 'فقوعة:faqqua', 'ميثلون:meithalun', 'عنزا:anza', 'كفر راعي:kafr-rai']),
  ...within('town', 'tulkarm-governorate', spaced, ['بلعا:bala', 'دير الغصون:deir-al-ghusun', 'عتيل:attil', 'قفين:qaffin', 'شويكة:shweika', 'علار:allar', 'ذنابة:dhinnaba']),
  ...within('town', 'qalqilya-governorate', spaced, ['جيوس:jayyus', 'حبلة:habla', 'عزبة الطبيب:izbat-al-tabib']),
  ...within('town', 'salfit-governorate', spaced, ['كفل حارس:kifl-haris', 'دير استيا:deir-istiya', 'بروقين:bruqin', 'اسكاكا:iskaka', 'ياسوف:yasuf', 'مردا:marda']),
  ...within('town', 'bethlehem-governorate', spaced, ['بيت ساحور:beit-sahour', 'مخيم عايدة:aida-camp=Aida camp', 'نحالين:nahalin', 'وادي فوكين:wadi-fukin', 'بيت فجار:beit-fajjar', 'العبيدية:al-ubeidiya']),
  ...within('town', 'jerusalem-governorate', spaced, ['بيت صفافا:beit-safafa', 'رأس العامود:ras-al-amud', 'واد الجوز|وادي الجوز:wadi-al-joz', 'كفر عقب:kafr-aqab', 'قطنة:qatanna', '?بدو:biddu', 'بيت إكسا:beit-iksa', '?الجيب:al-jib']),
];

/**
 * The Palestine pack (id and country `palestine`), validated and deeply frozen: give it to `createAnalyzer({ packs })`.
 * @example
 * ```ts
 * palestinePack.actors?.find((a) => a.forms.includes('جيش الاحتلال'))?.id; // → 'israel'
 * ```
 */
export const palestinePack: Lexicon = /* @__PURE__ */ conflictPack({
  id: 'palestine',
  labels: { ar: 'فلسطين', en: 'Palestine' },
  description: 'Israeli–Palestinian conflict: armed actors, gazetteer and sources',
  actors: [
    {
      ...regional('israel', [
        ...occupationForms,
        // A drone is named by its adjective alone («مسيرة إسرائيلية»).
        'مسيرة إسرائيلية', 'طائرة مسيرة إسرائيلية',
        // In the West Bank and Jerusalem the border police and the army's own names for itself are Israel's.
        'حرس الحدود', 'قوات حرس الحدود', 'شرطة حرس الحدود', 'جيش الدفاع الإسرائيلي', 'الجيش الصهيوني', 'جنود الاحتلال',
        'قناصة الاحتلال', 'قناص إسرائيلي', 'مخابرات الاحتلال', 'قوة خاصة إسرائيلية', 'مسيرة للاحتلال',
        // In Gaza and West Bank copy «الجنود» alone are Israel's («برصاص الجنود»، «أطلق الجنود النار»).
        'الجنود',
        // Checklist (issue 14): its navy and gunboats, police and prison service, the army's named brigades and the
        // police counter-terror unit, Gaza copy's «قوات العدو», and the prime minister named for his army.
        'الزوارق الإسرائيلية', 'الشرطة الإسرائيلية', 'الشرطة الإسرائيلية الخاصة', 'مصلحة السجون الإسرائيلية', 'إدارة السجون الإسرائيلية',
        // Palestinian copy says «الجيش» alone for Israel's («وأعلن الجيش عن اعتقال…»).
        'الجيش', 'قوات الجيش',
        'وحدة اليمام', 'الحكومة الإسرائيلية', 'حكومة نتنياهو', 'جيش نتنياهو', 'قوات العدو', ...israeliUnits,
        // Its authorities, who arrest and hold: «اعتقال السلطات الإسرائيلية 19 فلسطينيا».
        'السلطات الإسرائيلية',
        // Palestinian outlets, like Lebanese ones, say «العدو» for Israel alone, and its forces by it.
        'العدو', 'جيش العدو', 'جنود العدو', 'طيران العدو', 'طائرات العدو', 'زوارق العدو', 'مدفعية العدو', 'دبابات العدو',
      ]),
      // Over Gaza and the West Bank, warplanes and drones are Israel's.
      defaultFor: ['aircraft', 'drones'],
    },
    {
      id: 'palestinian-factions',
      labels: { ar: 'الفصائل الفلسطينية المسلحة', en: 'Palestinian armed factions' },
      category: 'armed-group',
      forms: [
        'حماس', 'حركة حماس', 'حركة المقاومة الإسلامية', 'كتائب القسام', 'كتائب عز الدين القسام', 'كتائب الشهيد عز الدين القسام',
        'سرايا القدس', 'الجهاد الإسلامي', 'حركة الجهاد الإسلامي', 'الفصائل الفلسطينية', 'الفصائل الفلسطينية المسلحة',
        'فصائل المقاومة', 'فصائل المقاومة الفلسطينية', 'المقاومة الفلسطينية', 'الغرفة المشتركة للفصائل الفلسطينية',
        'الغرفة المشتركة لفصائل المقاومة', 'كتائب شهداء الأقصى', 'ألوية الناصر صلاح الدين', 'لجان المقاومة الشعبية',
        'كتائب أبو علي مصطفى', 'كتيبة جنين', 'كتيبة طولكرم', 'عرين الأسود', 'مسلحون فلسطينيون', 'مقاومون فلسطينيون',
        'كتيبة نابلس', 'كتيبة طوباس', 'كتيبة بلاطة', 'كتيبة مخيم بلاطة', 'كتيبة نور شمس', 'كتيبة مخيم جنين', 'كتائب المجاهدين',
        // Short names in headlines and quotes: «6 عناصر من "القسام"»، «سرايا القدس» as «السرايا».
        'القسام', 'الجناح العسكري لحركة حماس', 'الجهاد', 'حركة الجهاد', 'كتائب الأقصى', 'ألوية الناصر',
        // Palestinian outlets say «المقاومة» for the factions alone, and «المقاومين» for their fighters.
        'المقاومة', 'رجال المقاومة', 'عناصر المقاومة', 'مقاتلي المقاومة', 'المقاومين', 'المقاومون', 'مقاومين', 'مقاومون',
        'مسلحين فلسطينيين', 'مسلح فلسطيني', 'سرايا القدس كتيبة جنين', 'كتائب القسام الجناح العسكري لحركة حماس', 'الجناح العسكري لحماس',
        // Saraya al-Quds as «السرايا» once named, the West Bank battalions by camp, and the factions' other wings.
        'السرايا', 'الجناح العسكري لحركة الجهاد الإسلامي', 'كتيبة مخيم نور شمس', 'كتيبة مخيم طولكرم', 'كتيبة عقبة جبر', 'كتيبة أريحا',
        'كتائب الشهيد أبو علي مصطفى', 'الجبهة الشعبية لتحرير فلسطين', 'كتائب المقاومة الوطنية', 'مجموعات عرين الأسود', 'الغرفة المشتركة',
        // Checklist (issue 14): the smaller factions and wings, the camp and town battalions of the northern West Bank,
        // and the factions named together. Lone attackers stay without an id (the corpus's convention).
        'الجبهة الشعبية', 'الجبهة الديمقراطية', 'الجبهة الديمقراطية لتحرير فلسطين', 'كتائب الشهيد عبد القادر الحسيني', 'حركة الأحرار',
        'كتائب الأنصار', 'جيش الإسلام', 'حركة المجاهدين الفلسطينية', 'كتيبة مخيم عسكر', 'كتيبة قباطية', 'كتيبة مخيم الفارعة', 'كتيبة طمون',
        'كتيبة الرد السريع', 'كتيبة مخيم العين', 'كتيبة مخيم الجلزون', 'كتيبة مخيم عين السلطان', 'كتيبة جبع', 'كتيبة اليامون', 'كتيبة برقين',
        'فصائل غزة', 'الأجنحة العسكرية للفصائل', 'الأجنحة العسكرية لفصائل المقاومة', 'سرايا القدس كتيبة طولكرم', 'سرايا القدس كتيبة طوباس',
        // Gaza's rulers, who try, detain and execute collaborators: the resistance's security arm, Hamas's government and
        // its interior ministry, police and military courts, named for Gaza («داخلية غزة»، «المحكمة العسكرية بغزة»).
        'أمن المقاومة', 'أمن المقاومة الفلسطينية', 'جهاز أمن المقاومة', 'أجهزة المقاومة', 'حكومة حماس', 'الحكومة المقالة',
        'الحكومة المقالة بغزة', 'الحكومة الفلسطينية المقالة', 'وزارة الداخلية في غزة', 'وزارة الداخلية بغزة', 'وزارة الداخلية في قطاع غزة',
        'وزارة الداخلية في حكومة حماس', 'داخلية غزة', 'داخلية قطاع غزة', 'الأجهزة الأمنية في غزة', 'الأجهزة الأمنية بغزة',
        'الأجهزة الأمنية في قطاع غزة', 'الشرطة في غزة', 'شرطة غزة', 'المحكمة العسكرية في غزة', 'المحكمة العسكرية بغزة',
        'المحكمة العسكرية في قطاع غزة', 'قوة رادع', 'وحدة سهم', 'قوة سهم',
      ],
    },
  ],
  places: ROWS,
  // Settlers as agents («برصاص مستوطنين») are named but have no actor id (the real corpus's convention): the core's
  // unknown agent, which also keeps an actor named earlier from standing for them.
  actorNouns: [extend(actorNouns, 'unknown-attackers', settlerForms)],
  // Settlers are victims when counted or right after a casualty word («قتل مستوطنان»، «إصابة 4 مستوطنين»): a member
  // demonym, as the Yemen pack's «حوثي».
  victims: [
    { id: 'settlers', labels: { ar: 'مستوطنون', en: 'settlers' }, reportsAs: 'civilians', role: 'member', forms: ['مستوطن'] },
  ],
  sources: [
    { id: 'wafa', labels: { ar: 'وكالة وفا', en: 'WAFA' }, forms: ['وكالة وفا', 'وفا', 'وكالة الأنباء والمعلومات الفلسطينية', 'الوكالة الرسمية الفلسطينية'] },
    { id: 'palestine-monitors', labels: { ar: 'هيئات حقوقية فلسطينية', en: 'Palestinian monitors' }, forms: ['هيئة شؤون الأسرى والمحررين', 'هيئة شؤون الأسرى', 'نادي الأسير', 'نادي الأسير الفلسطيني', 'هيئة مقاومة الجدار والاستيطان', 'اللجنة الشعبية لمقاومة الجدار والاستيطان', 'اللجنة الشعبية لمقاومة الجدار', 'لجنة مقاومة الجدار والاستيطان', 'اللجنة الشعبية المقاومة الجدار والاستيطان', 'اللجان الشعبية لمقاومة الجدار والاستيطان', 'لجان المقاومة الشعبية للجدار والاستيطان', 'المكتب الإعلامي الحكومي', 'المركز الفلسطيني لحقوق الإنسان', 'مركز الميزان لحقوق الإنسان', 'مؤسسة الحق', 'الهيئة العامة للشؤون المدنية', 'الأونروا', 'مركز معلومات وادي حلوة', 'الهلال الأحمر الفلسطيني', 'جمعية الهلال الأحمر الفلسطيني', 'المرصد الأورومتوسطي لحقوق الإنسان', 'المرصد الأورومتوسطي', 'مؤسسة الضمير', 'بتسيلم', 'الحركة العالمية للدفاع عن الأطفال', 'هيئة شؤون الأسرى والمحررين ونادي الأسير'] },
    { id: 'israeli-army-spokesman', labels: { ar: 'المتحدث باسم جيش الاحتلال', en: 'Israeli army spokesman' }, actor: 'israel', forms: ['المتحدث باسم جيش الاحتلال', 'أفيخاي أدرعي', 'المتحدث باسم الجيش الإسرائيلي', 'إذاعة جيش الاحتلال', 'هيئة البث الإسرائيلية', 'القناة 12 الإسرائيلية'] },
  ],
  local: {
    'health-ministry': ['وزارة الصحة الفلسطينية', 'الصحة الفلسطينية', 'وزارة الصحة في قطاع غزة', 'وزارة الصحة بقطاع غزة', 'وزارة الصحة في غزة', 'وزارة الصحة بغزة', 'المتحدث باسم وزارة الصحة', 'أشرف القدرة'],
    'civil-defence': ['الدفاع المدني الفلسطيني', 'الدفاع المدني في غزة', 'الدفاع المدني بغزة', 'الدفاع المدني في قطاع غزة', 'جهاز الدفاع المدني', 'المديرية العامة للدفاع المدني', 'المكتب الإعلامي للدفاع المدني', 'محمود بصل'],
    media: ['فلسطين أونلاين', 'المركز الفلسطيني للإعلام', 'شبكة قدس', 'قدس برس', 'وكالة معا', 'وكالة شهاب', 'وكالة صفا', 'مصدر الإخبارية', 'معاريف', 'يديعوت أحرونوت', 'هآرتس'],
  },
});

