import type { PlaceEntry, PlaceType } from '../../lexicon/types.js';

/** One gazetteer row: id, English name, Arabic forms, type, enclosing place, and whether the name is a common word. */
type Row = readonly [id: string, en: string, ar: string | readonly string[], type: PlaceType, isIn?: string, ambiguous?: 'ambiguous'];

function entry([id, en, ar, type, isIn, ambiguous]: Row): PlaceEntry {
  const forms = typeof ar === 'string' ? [ar] : [...ar];
  return { id, labels: { ar: forms[0]!, en }, forms, type, ...(isIn ? { isIn } : {}), ...(ambiguous ? { ambiguous: true } : {}) };
}

/** A governorate, its capital city (same name), its countryside «ريف X» and the countryside's four directions. */
function governorate(id: string, en: string, ar: readonly string[], withCity = true): Row[] {
  const g = `${id}-governorate`;
  const rows: Row[] = [[g, `${en} Governorate`, ar.flatMap((a) => [`محافظة ${a}`]), 'governorate', 'syria']];
  if (withCity) rows.push([id, en, ar, 'city', g]);
  const directions: readonly (readonly [string, string])[] = [['الشمالي', 'northern'], ['الجنوبي', 'southern'], ['الشرقي', 'eastern'], ['الغربي', 'western']];
  rows.push([`${id}-countryside`, `${en} countryside`, ar.map((a) => `ريف ${a}`), 'region', g]);
  for (const [dir, dirEn] of directions) rows.push([`${id}-countryside-${dirEn}`, `${dirEn} ${en} countryside`, ar.map((a) => `ريف ${a} ${dir}`), 'region', g]);
  return rows;
}

const ROWS: readonly Row[] = [
  ['syria', 'Syria', ['سوريا', 'سورية', 'الجمهورية العربية السورية'], 'country'],
  ['iraq', 'Iraq', ['العراق'], 'country'],
  ['lebanon', 'Lebanon', ['لبنان'], 'country'],
  ['jordan', 'Jordan', ['الأردن'], 'country'],
  // Governorates with their capitals and countryside.
  ...governorate('damascus', 'Damascus', ['دمشق']),
  ['rif-dimashq', 'Rif Dimashq', ['محافظة ريف دمشق'], 'governorate', 'syria'],
  ...governorate('aleppo', 'Aleppo', ['حلب']),
  ...governorate('homs', 'Homs', ['حمص']),
  ...governorate('hama', 'Hama', ['حماة']),
  ...governorate('latakia', 'Latakia', ['اللاذقية']),
  ...governorate('tartus', 'Tartus', ['طرطوس']),
  ...governorate('idlib', 'Idlib', ['إدلب']),
  ...governorate('raqqa', 'Raqqa', ['الرقة']),
  ...governorate('deir-ez-zor', 'Deir ez-Zor', ['دير الزور']),
  ...governorate('hasakah', 'Al-Hasakah', ['الحسكة']),
  ...governorate('daraa', 'Daraa', ['درعا']),
  ...governorate('suwayda', 'As-Suwayda', ['السويداء']),
  ...governorate('quneitra', 'Quneitra', ['القنيطرة']),
  // Regions.
  ['eastern-ghouta', 'Eastern Ghouta', ['الغوطة الشرقية'], 'region', 'damascus-countryside'],
  ['western-ghouta', 'Western Ghouta', ['الغوطة الغربية'], 'region', 'damascus-countryside'],
  ['ghouta', 'Ghouta', ['الغوطة'], 'region', 'damascus-countryside'],
  ['qalamoun', 'Qalamoun', ['القلمون', 'جبال القلمون'], 'region', 'damascus-countryside'],
  ['wadi-barada', 'Wadi Barada', ['وادي بردى'], 'region', 'damascus-countryside'],
  ['latakia-mountains', 'Latakia mountains', ['جبال اللاذقية', 'جبل الأكراد', 'جبل التركمان'], 'region', 'latakia-governorate'],
  ['jabal-al-zawiya', 'Jabal al-Zawiya', ['جبل الزاوية'], 'region', 'idlib-governorate'],
  ['hauran', 'Hauran', ['حوران'], 'region', 'daraa-governorate'],
  ['badia', 'Syrian Desert', ['البادية السورية', 'البادية'], 'region', 'syria'],
  ['al-ghab', 'Al-Ghab plain', ['سهل الغاب'], 'region', 'hama-governorate'],
  ['euphrates-valley', 'Euphrates valley', ['وادي الفرات'], 'region', 'syria'],
  // Aleppo city districts.
  ...([
    ['al-shaar', 'Al-Shaar', 'الشعار', 'ambiguous'], ['al-mashhad', 'Al-Mashhad', 'المشهد', 'ambiguous'], ['al-sukkari', 'Al-Sukkari', 'السكري', 'ambiguous'],
    ['al-kallaseh', 'Al-Kallaseh', 'الكلاسة'], ['al-mughayir', 'Al-Mughayir', 'المغاير', 'ambiguous'], ['al-firdous', 'Al-Firdous', 'الفردوس', 'ambiguous'],
    ['al-salihin', 'Al-Salihin', 'الصالحين', 'ambiguous'], ['bustan-al-qasr', 'Bustan al-Qasr', 'بستان القصر'], ['al-sakhour', 'Al-Sakhour', 'الصاخور'],
    ['baeedeen', 'Baeedeen', 'بعيدين'], ['jisr-al-haj', 'Jisr al-Haj', 'جسر الحج'], ['al-ansari', 'Al-Ansari', 'الأنصاري', 'ambiguous'],
    ['al-zebdiyeh', 'Al-Zebdiyeh', 'الزبدية'], ['al-idhaa', 'Al-Idhaa', 'الإذاعة', 'ambiguous'], ['salah-al-din', 'Salah al-Din', 'صلاح الدين', 'ambiguous'],
    ['al-ameriyeh', 'Al-Ameriyeh', 'العامرية'], ['saif-al-dawla', 'Saif al-Dawla', 'سيف الدولة', 'ambiguous'], ['sheikh-saeed', 'Sheikh Saeed', 'الشيخ سعيد', 'ambiguous'],
    ['bab-al-maqam', 'Bab al-Maqam', 'باب المقام'], ['aleppo-old-city', 'Old City of Aleppo', 'المدينة القديمة', 'ambiguous'], ['karm-al-beik', 'Karm al-Beik', 'كرم البيك'],
    ['hanano', 'Hanano', ['هنانو', 'مساكن هنانو']], ['al-haidariyeh', 'Al-Haidariyeh', 'الحيدرية'], ['sheikh-maqsoud', 'Sheikh Maqsoud', 'الشيخ مقصود'],
    ['al-ashrafiyeh', 'Al-Ashrafiyeh', 'الأشرفية'], ['al-hamdaniyeh', 'Al-Hamdaniyeh', 'الحمدانية'], ['new-aleppo', 'New Aleppo', 'حلب الجديدة'],
    ['al-rashideen', 'Al-Rashideen', 'الراشدين'], ['al-layramoun', 'Al-Layramoun', 'الليرمون'], ['bani-zaid', 'Bani Zaid', 'بني زيد'],
    ['qadi-askar', 'Qadi Askar', 'قاضي عسكر'], ['al-maadi', 'Al-Maadi', 'المعادي'], ['al-myassar', 'Al-Myassar', 'الميسر', 'ambiguous'],
    ['dahret-awwad', 'Dahret Awwad', 'ضهرة عواد'], ['sheikh-khodr', 'Sheikh Khodr', 'الشيخ خضر'], ['al-jazmati', 'Al-Jazmati', 'الجزماتي'],
    ['karm-al-jabal', 'Karm al-Jabal', 'كرم الجبل'], ['bab-al-nairab', 'Bab al-Nairab', 'باب النيرب'], ['bustan-al-basha', 'Bustan al-Basha', 'بستان الباشا'],
    ['al-marjeh', 'Al-Marjeh', 'المرجة'], ['tariq-al-bab', 'Tariq al-Bab', 'طريق الباب'], ['al-qaterji', 'Al-Qaterji', 'القاطرجي'],
    ['karm-hommad', 'Karm Hommad', 'كرم حومد'], ['al-ramouseh', 'Al-Ramouseh', 'الراموسة'], ['project-1070', '1070 apartments project', ['مشروع 1070 شقة', 'مشروع الـ1070 شقة']],
    ['assad-suburb', 'Assad suburb', 'ضاحية الأسد'], ['assad-academy', 'Assad military academy', ['أكاديمية الأسد', 'الأكاديمية العسكرية']],
    ['al-neirab', 'Al-Neirab', 'النيرب'], ['al-shaykh-lutfi', 'Sheikh Lutfi', 'الشيخ لطفي'], ['al-sheikh-najjar', 'Sheikh Najjar', 'الشيخ نجار'],
    ['aleppo-eastern-districts', 'eastern Aleppo', ['حلب الشرقية', 'أحياء حلب الشرقية', 'شرق حلب']],
    ['aleppo-western-districts', 'western Aleppo', ['حلب الغربية', 'أحياء حلب الغربية', 'غرب حلب']],
  ] as const).map(([id, en, ar, amb]: readonly [string, string, string | readonly string[], ('ambiguous' | undefined)?]): Row => [id, en, ar, 'district', 'aleppo', amb]),
  // Damascus city districts.
  ...([
    ['jobar', 'Jobar', 'جوبر'], ['qaboun', 'Qaboun', 'القابون'], ['barzeh', 'Barzeh', 'برزة'], ['tishreen', 'Tishreen', 'حي تشرين'],
    ['yarmouk', 'Yarmouk camp', ['مخيم اليرموك', 'اليرموك']], ['hajar-al-aswad', 'Al-Hajar al-Aswad', 'الحجر الأسود'], ['al-qadam', 'Al-Qadam', 'القدم', 'ambiguous'],
    ['al-tadamon', 'Al-Tadamon', 'التضامن', 'ambiguous'], ['al-asali', 'Al-Asali', 'العسالي'], ['al-midan', 'Al-Midan', 'الميدان', 'ambiguous'],
    ['mezzeh', 'Mezzeh', 'المزة'], ['kafr-sousa', 'Kafr Sousa', 'كفرسوسة'], ['rukn-al-din', 'Rukn al-Din', 'ركن الدين'],
    ['al-shaghour', 'Al-Shaghour', 'الشاغور'], ['bab-touma', 'Bab Touma', 'باب توما'], ['al-maliki', 'Al-Maliki', 'المالكي', 'ambiguous'],
    ['al-salihiyeh', 'Al-Salihiyeh', 'الصالحية'], ['al-abbasiyeen', 'Al-Abbasiyeen', 'العباسيين'], ['al-qassaa', 'Al-Qassaa', 'القصاع'],
    ['dummar', 'Dummar', 'دمر'], ['mazzeh-86', 'Mezzeh 86', 'المزة 86'], ['bab-sharqi', 'Bab Sharqi', 'باب شرقي'], ['al-amin', 'Al-Amin', 'حي الأمين'],
  ] as const).map(([id, en, ar, amb]: readonly [string, string, string | readonly string[], ('ambiguous' | undefined)?]): Row => [id, en, ar, 'district', 'damascus', amb]),
  // Rif Dimashq towns.
  ...([
    'دوما:douma', 'حرستا:harasta', 'عربين:arbin', 'زملكا:zamalka', 'عين ترما:ein-terma', 'سقبا:saqba', 'حمورية:hamouriyeh',
    'كفربطنا:kafr-batna', 'جسرين:jisreen', 'المليحة:al-mleiha', 'دير العصافير:deir-al-asafir', 'مسرابا:misraba',
    'مديرا:modira', 'النشابية:al-nashabiyeh', 'الشيفونية:al-shifuniyeh', 'حزة:hazzeh', 'بيت سوى:beit-sawa', 'أوتايا:otaya',
    'الأشعري:al-ashaari', 'داريا:darayya', 'معضمية الشام:moadamiyeh', 'المعضمية:moadamiyeh-short', 'خان الشيح:khan-al-shih',
    'الديرخبية:al-deirkhabiyeh', 'زاكية:zakiyeh', 'الكسوة:al-kiswah', 'مضايا:madaya', 'الزبداني:zabadani', 'بقين:buqeen',
    'عين الفيجة:ein-al-fijeh', 'قدسيا:qudsaya', 'الهامة:al-hameh', 'يبرود:yabroud', 'رنكوس:rankous', 'الضمير:al-dumayr',
    'النبك:al-nabk', 'جيرود:jayroud', 'الرحيبة:al-ruhaybah', 'ببيلا:babbila', 'يلدا:yalda', 'بيت سحم:beit-sahem',
    'السيدة زينب:sayyida-zaynab', 'جديدة عرطوز:jdeidet-artouz', 'صحنايا:sahnaya', 'خان دنون:khan-dannoun', 'قطنا:qatana',
    'الرحيبة الشرقية:ruhaybah-east', 'عدرا:adra', 'عدرا العمالية:adra-workers', 'الغزلانية:al-ghizlaniyeh', 'بيت جن:beit-jinn',
    'كناكر:kanaker', 'سعسع:sasa', 'التل:al-tall', 'منين:menin', 'معلولا:maaloula', 'صيدنايا:saydnaya', 'جرمانا:jaramana',
    'المرج:al-marj', 'بدة الريحان:al-rayhan',
  ]).map((s): Row => {
    const [ar, id] = s.split(':') as [string, string];
    return [id, id.replace(/-/gu, ' '), ar.split('|'), 'town', 'rif-dimashq', ['التل', 'المرج', 'الهامة', 'الضمير', 'سعسع'].includes(ar) ? 'ambiguous' : undefined];
  }),
  // Idlib governorate towns.
  ...([
    'معرة النعمان:maarat-al-numan', 'سراقب:saraqib', 'خان شيخون:khan-shaykhun', 'أريحا:ariha', 'جسر الشغور:jisr-al-shughur',
    'بنش:binnish', 'سرمين:sarmin', 'تفتناز:taftanaz', 'كفرنبل:kafranbel', 'حاس:has', 'كفرومة:kafrouma', 'معرة مصرين:maarat-misrin',
    'معرتمصرين:maaratmisrin', 'سلقين:salqin', 'حارم:harem', 'الدانا:al-dana', 'سرمدا:sarmada', 'أطمة:atmeh', 'كفر تخاريم:kafr-takharim',
    'أرمناز:armanaz', 'كنصفرة:kansafra', 'الهبيط:al-habit', 'التمانعة:al-tamanah', 'خان السبل:khan-al-subul', 'معرشورين:maarshourin',
    'تلمنس:talmenes', 'جرجناز:jarjanaz', 'التح:al-tah', 'الغدفة:al-ghadfa', 'معرحطاط:maarhattat', 'كفرسجنة:kafr-sajna', 'بداما:badama',
    'محمبل:mhambal', 'إبلين:iblin', 'البارة:al-bara', 'احسم:ihsim', 'مرعيان:marayan', 'قميناس:qminas', 'أبو الظهور:abu-al-duhur',
    'تل مرديخ:tal-mardikh', 'الفوعة:al-fuah', 'كفريا:kafraya', 'حزانو:hazano', 'كللي:kalli', 'دركوش:darkush', 'الشغر:al-shughur',
    'معرة حرمة:maarat-hurmah', 'حيش:heish', 'تل الطوقان:tal-al-tuqan', 'سنجار:sinjar', 'الدير الشرقي:al-deir-al-sharqi',
    'بسنقول:basanqoul',
  ]).map((s): Row => {
    const [ar, id] = s.split(':') as [string, string];
    return [id, id.replace(/-/gu, ' '), ar.split('|'), 'town', 'idlib-governorate', ['حاس', 'التح', 'البارة', 'سنجار'].includes(ar) ? 'ambiguous' : undefined];
  }),
  // Aleppo governorate towns.
  ...([
    'الباب:al-bab', 'منبج:manbij', 'عفرين:afrin', 'أعزاز:azaz', 'جرابلس:jarabulus', 'السفيرة|الإسفيرة:al-safira',
    'تل رفعت:tal-rifaat', 'عندان:anadan', 'حريتان:hraytan', 'الأتارب:al-atarib', 'دارة عزة:darat-izza', 'خان العسل:khan-al-asal',
    'عين العرب|كوباني:kobani', 'مارع:marea', 'حيان:hayan', 'كفر حمرة:kafr-hamra', 'الزربة:al-zirbeh', 'خان طومان:khan-tuman',
    'باتبو|باتابو:batabo', 'أورم الكبرى:orem-al-kubra', 'عنجارة:anjara', 'دير حافر:deir-hafer', 'مسكنة:maskanah', 'نبل:nubl',
    'الزهراء:al-zahraa', 'كفر داعل:kafr-dael', 'تل الضمان:tal-al-daman', 'الراعي:al-rai', 'دابق:dabiq', 'قباسين:qabasin',
    'بزاعة:bizaa', 'تادف:tadef', 'الأبزمو:al-abzemo', 'كفرناها:kafr-naha', 'ياقد العدس:yaqd-al-adas', 'معارة الأرتيق:maaret-al-artiq',
    'كفر حلب:kafr-halab', 'أورم الصغرى:orem-al-sughra', 'الشيخ عقيل:sheikh-aqil', 'معامل البحوث العلمية:scientific-research',
  ]).map((s): Row => {
    const [ar, id] = s.split(':') as [string, string];
    return [id, id.replace(/-/gu, ' '), ar.split('|'), 'town', 'aleppo-governorate', ['الباب', 'حيان', 'الزهراء', 'الراعي', 'نبل'].includes(ar) ? 'ambiguous' : undefined];
  }),
  // Other governorates' cities and towns.
  ...([
    ['محردة:mhardeh', 'السقيلبية:suqaylabiyah', 'كفرزيتا:kafr-zita', 'اللطامنة:al-lataminah', 'مورك:morek', 'صوران:souran',
      'طيبة الإمام:taybat-al-imam', 'حلفايا:halfaya', 'قلعة المضيق:qalaat-al-madiq', 'كرناز:karnaz', 'سلمية:salamiyah',
      'كفرنبودة:kafr-nabudah', 'مصياف:masyaf', 'الحماميات:al-hamamiyat'].map((s): readonly [string, string] => [s, 'hama-governorate']),
    ['تدمر:palmyra', 'القصير:al-qusayr', 'الرستن:al-rastan', 'تلبيسة:talbiseh', 'الحولة:al-houla', 'تلدو:taldou', 'حي الوعر:al-waer',
      'بابا عمرو:baba-amr', 'الخالدية:al-khalidiyah', 'القريتين:al-qaryatayn', 'المخرم:al-mukharram', 'تلكلخ:tall-kalakh',
      'كفرلاها:kafr-laha', 'حمص القديمة:old-homs', 'الغنطو:al-ghantu', 'تير معلة:tir-maalah', 'السخنة:al-sukhnah'].map((s): readonly [string, string] => [s, 'homs-governorate']),
    ['جبلة:jableh', 'القرداحة:qardaha', 'كسب:kessab', 'ربيعة:rabia', 'سلمى:salma', 'الحفة:al-haffah', 'كباني:kabani'].map((s): readonly [string, string] => [s, 'latakia-governorate']),
    ['بانياس:baniyas', 'صافيتا:safita', 'الدريكيش:al-draykish'].map((s): readonly [string, string] => [s, 'tartus-governorate']),
    ['درعا البلد:daraa-al-balad', 'درعا المحطة:daraa-al-mahatta', 'نوى:nawa', 'بصرى الشام:busra-al-sham', 'طفس:tafas', 'الحراك:al-hirak',
      'جاسم:jasim', 'إنخل:inkhil', 'الصنمين:al-sanamayn', 'داعل:dael', 'إزرع:izra', 'اليادودة:al-yadudah', 'المزيريب:muzayrib',
      'الشيخ مسكين:sheikh-miskin', 'طريق السد:tariq-al-sad', 'الكرك الشرقي:al-karak', 'بصر الحرير:busr-al-harir', 'الحارة:al-harra',
      'نصيب:nasib', 'أم المياذن:umm-al-mayadhin', 'جلين:jillin', 'تسيل:tasil'].map((s): readonly [string, string] => [s, 'daraa-governorate']),
    ['شهبا:shahba', 'صلخد:salkhad'].map((s): readonly [string, string] => [s, 'suwayda-governorate']),
    ['خان أرنبة:khan-arnabah', 'البعث:al-baath-city', 'جباتا الخشب:jubata-al-khashab'].map((s): readonly [string, string] => [s, 'quneitra-governorate']),
    ['الطبقة:al-tabqa', 'تل أبيض:tal-abyad', 'عين عيسى:ain-issa', 'المنصورة:al-mansoura', 'الكرامة:al-karamah', 'معدان:maadan',
      'حارة البدو:harat-al-badu', 'المشلب:al-meshleb', 'الدرعية:al-diriyah', 'الرميلة:al-rumaila', 'الثكنة:al-thakanah',
      'نزلة شحادة:nazlat-shahada', 'حي الصناعة:al-sinaa', 'حي الجميلي:al-jumaili', 'حي الفردوس:al-firdous-raqqa',
      'سوق الخميس:souq-al-khamis', 'دوار النعيم:naim-roundabout'].map((s): readonly [string, string] => [s, 'raqqa-governorate']),
    ['الميادين:al-mayadin', 'البوكمال:albu-kamal', 'العشارة:al-ashara', 'هجين:hajin', 'الشحيل:al-shuhayl', 'موحسن:muhasan',
      'الباغوز:al-baghouz', 'ذيبان:dhiban', 'الصور:al-sour', 'خشام:khusham'].map((s): readonly [string, string] => [s, 'deir-ez-zor-governorate']),
    ['القامشلي:qamishli', 'رأس العين:ras-al-ain', 'عامودا:amuda', 'المالكية:al-malikiyah', 'الشدادي:al-shaddadi', 'الهول:al-hol',
      'تل تمر:tal-tamr', 'الدرباسية:al-darbasiyah'].map((s): readonly [string, string] => [s, 'hasakah-governorate']),
  ]).flat().map(([s, isIn]): Row => {
    const [ar, id] = s.split(':') as [string, string];
    const ambiguous = ['المنصورة', 'الكرامة', 'الميادين', 'الحراك', 'جاسم', 'سلمية', 'الهول', 'سلمى', 'البعث', 'ربيعة', 'الصور', 'الحارة', 'الثكنة', 'الرميلة', 'نوى', 'الدرعية'];
    return [id, id.replace(/-/gu, ' '), ar, 'town', isIn, ambiguous.includes(ar) ? 'ambiguous' : undefined];
  }),
];

/**
 * The built-in gazetteer: Syria's 14 governorates (with their capitals and countryside), regions, Aleppo and
 * Damascus districts, and the towns that casualty reports name most. `ambiguous` names are also common words or
 * person names (الباب، التضامن، الشعار): trust them after a place trigger (حي، مدينة، بلدة، قرية…).
 * @example
 * ```ts
 * places.find((p) => p.id === 'douma')?.isIn; // → 'rif-dimashq' («دوما»)
 * ```
 */
export const places: readonly PlaceEntry[] = ROWS.map(entry);
