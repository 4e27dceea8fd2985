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

/** District names in English from their ids: «bustan-al-qasr» → «Bustan al-Qasr», «al-shaar» → «Al-Shaar». */
const titled = (id: string): string =>
  id.split('-').reduce((s, w, i, all) => (i === 0 ? '' : s + (all[i - 1] === 'al' ? '-' : ' ')) + (i > 0 && w === 'al' ? w : w[0]!.toUpperCase() + w.slice(1)), '');

/** Town names in English from their ids: «khan-shaykhun» → «khan shaykhun». */
const spaced = (id: string): string => id.replace(/-/gu, ' ');

/**
 * Places of one type inside one parent, one string each: the Arabic forms (`|` between them), `:` and the id, then
 * `=` and the English name when `english` does not derive it from the id. A leading `?` marks an ambiguous name.
 */
function within(type: PlaceType, isIn: string, english: (id: string) => string, list: readonly string[]): Row[] {
  return list.map((s) => {
    const ambiguous = s[0] === '?';
    const [ar, named] = (ambiguous ? s.slice(1) : s).split(':') as [string, string];
    const [id, en = english(id)] = named.split('=') as [string, string?];
    return [id, en, ar.split('|'), type, isIn, ambiguous ? 'ambiguous' : undefined];
  });
}

const ROWS: readonly Row[] = [
  ['syria', 'Syria', ['سوريا', 'سورية', 'الجمهورية العربية السورية'], 'country'],
  ['iraq', 'Iraq', ['العراق'], 'country'],
  ['lebanon', 'Lebanon', ['لبنان'], 'country'],
  ['jordan', 'Jordan', ['الأردن'], 'country'],
  // Governorates with their capitals and countryside.
  // Damascus is a governorate of its own; «ريف دمشق» is the governorate around it.
  ['damascus-governorate', 'Damascus Governorate', ['محافظة دمشق'], 'governorate', 'syria'],
  ['damascus', 'Damascus', ['دمشق', 'العاصمة دمشق', 'العاصمة السورية'], 'city', 'damascus-governorate'],
  ['rif-dimashq', 'Rif Dimashq', ['محافظة ريف دمشق'], 'governorate', 'syria'],
  ['damascus-countryside', 'Damascus countryside', ['ريف دمشق'], 'region', 'rif-dimashq'],
  ['damascus-countryside-northern', 'northern Damascus countryside', ['ريف دمشق الشمالي'], 'region', 'rif-dimashq'],
  ['damascus-countryside-southern', 'southern Damascus countryside', ['ريف دمشق الجنوبي'], 'region', 'rif-dimashq'],
  ['damascus-countryside-eastern', 'eastern Damascus countryside', ['ريف دمشق الشرقي'], 'region', 'rif-dimashq'],
  ['damascus-countryside-western', 'western Damascus countryside', ['ريف دمشق الغربي'], 'region', 'rif-dimashq'],
  ...governorate('aleppo', 'Aleppo', ['حلب']),
  ...governorate('homs', 'Homs', ['حمص']),
  ...governorate('hama', 'Hama', ['حماة']),
  ...governorate('latakia', 'Latakia', ['اللاذقية']),
  ...governorate('tartus', 'Tartus', ['طرطوس']),
  ...governorate('idlib', 'Idlib', ['إدلب']),
  ...governorate('raqqa', 'Raqqa', ['الرقة']),
  ...governorate('deir-ez-zor', 'Deir ez-Zor', ['دير الزور', 'ديرالزور']),
  ...governorate('hasakah', 'Al-Hasakah', ['الحسكة']),
  ...governorate('daraa', 'Daraa', ['درعا']),
  ...governorate('as-suwayda', 'As-Suwayda', ['السويداء']),
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
  ...within('district', 'aleppo', titled, [
    '?الشعار:al-shaar', '?المشهد:al-mashhad', '?السكري:al-sukkari', 'الكلاسة:al-kallaseh', '?المغاير:al-mughayir',
    '?الفردوس:al-firdous', '?الصالحين:al-salihin', 'بستان القصر|بستان قصر:bustan-al-qasr', 'الصاخور:al-sakhour',
    'بعيدين:baeedeen', 'جسر الحج:jisr-al-haj', '?الأنصاري:al-ansari', 'الزبدية:al-zebdiyeh', '?الإذاعة:al-idhaa',
    '?صلاح الدين:salah-al-din', 'العامرية:al-ameriyeh', '?سيف الدولة:saif-al-dawla', '?الشيخ سعيد:sheikh-saeed',
    'باب المقام:bab-al-maqam', '?المدينة القديمة|حلب القديمة:aleppo-old-city=Old City of Aleppo', 'كرم البيك:karm-al-beik',
    'هنانو|مساكن هنانو:hanano', 'الحيدرية:al-haidariyeh', 'الشيخ مقصود:sheikh-maqsoud', 'الأشرفية:al-ashrafiyeh',
    'الحمدانية:al-hamdaniyeh', 'حلب الجديدة:new-aleppo', 'الراشدين:al-rashideen', 'الليرمون:al-layramoun',
    'بني زيد:bani-zaid', 'قاضي عسكر:qadi-askar', 'المعادي:al-maadi', '?الميسر:al-myassar', 'ضهرة عواد:dahret-awwad',
    'الشيخ خضر:sheikh-khodr', 'الجزماتي:al-jazmati', 'كرم الجبل:karm-al-jabal', 'باب النيرب:bab-al-nairab',
    'بستان الباشا:bustan-al-basha', 'المرجة:al-marjeh', 'طريق الباب:tariq-al-bab', 'القاطرجي:al-qaterji',
    'كرم حومد:karm-hommad', 'الراموسة:al-ramouseh',
    'مشروع 1070 شقة|مشروع الـ1070 شقة:project-1070=1070 apartments project', 'ضاحية الأسد:assad-suburb=Assad suburb',
    'أكاديمية الأسد|الأكاديمية العسكرية:assad-academy=Assad military academy', 'النيرب:al-neirab',
    'الشيخ لطفي:al-shaykh-lutfi=Sheikh Lutfi', 'الشيخ نجار:al-sheikh-najjar=Sheikh Najjar',
    'حلب الشرقية|أحياء حلب الشرقية|شرق حلب:aleppo-eastern-districts=eastern Aleppo',
    'حلب الغربية|أحياء حلب الغربية|غرب حلب:aleppo-western-districts=western Aleppo',
    'السكن الشبابي:youth-housing=Youth Housing', 'الحمدانية الجديدة:new-hamdaniyeh=New Hamdaniyeh',
    '?الشيخ فارس:sheikh-fares', 'الصاخور الجديد:new-sakhour=New Sakhour', '?العرقوب:al-arqoub', '?الفرقان:al-furqan',
    '?السريان:al-siryan', 'الموكامبو:al-mokambo', 'الجميلية:al-jamiliyeh', 'العزيزية:al-aziziyeh',
  ]),
  // Damascus city districts.
  ...within('district', 'damascus', titled, [
    'جوبر:jobar', 'القابون:qaboun', 'برزة:barzeh', 'حي تشرين:tishreen', 'مخيم اليرموك|اليرموك:yarmouk=Yarmouk camp',
    'الحجر الأسود:hajar-al-aswad=Al-Hajar al-Aswad', '?القدم:al-qadam', '?التضامن:al-tadamon', 'العسالي:al-asali',
    '?الميدان:al-midan', 'المزة:mezzeh', 'كفرسوسة:kafr-sousa', 'ركن الدين:rukn-al-din', 'الشاغور:al-shaghour',
    'باب توما:bab-touma', '?المالكي:al-maliki', 'الصالحية:al-salihiyeh', 'العباسيين:al-abbasiyeen', 'القصاع:al-qassaa',
    'دمر:dummar', 'المزة 86:mazzeh-86=Mezzeh 86', 'باب شرقي:bab-sharqi', 'حي الأمين:al-amin',
    '?المهاجرين:al-muhajireen', 'أبو رمانة:abu-rummaneh', 'الزاهرة|الزاهرة القديمة:al-zahira', 'باب مصلى:bab-musalla',
    '?المجتهد:al-mujtahid', 'الدويلعة:al-dweilaa', 'الطبالة:al-tabbaleh', 'الحريقة:al-hariqa', 'البرامكة:al-baramkeh',
    'ساحة الأمويين:umayyad-square=Umayyad Square', 'القزاز:al-qazzaz', 'الشيخ محيي الدين:sheikh-muhyiddin',
    'مشروع دمر:dummar-project=Dummar project', 'القيمرية:al-qaymariyeh', '?الربوة:al-rabweh',
  ]),
  // Rif Dimashq towns.
  ...within('town', 'rif-dimashq', spaced, [
    'دوما:douma', 'حرستا:harasta', 'عربين:arbin', 'زملكا:zamalka', 'عين ترما:ein-terma', 'سقبا:saqba',
    'حمورية:hamouriyeh', 'كفربطنا:kafr-batna', 'جسرين:jisreen', 'المليحة:al-mleiha', 'دير العصافير:deir-al-asafir',
    'مسرابا:misraba', 'مديرا:modira', 'النشابية:al-nashabiyeh', 'الشيفونية:al-shifuniyeh', 'حزة:hazzeh',
    'بيت سوى:beit-sawa', 'أوتايا:otaya', 'الأشعري:al-ashaari', 'داريا:darayya', 'معضمية الشام:moadamiyeh',
    'المعضمية:moadamiyeh-short', 'خان الشيح:khan-al-shih', 'الديرخبية:al-deirkhabiyeh', 'زاكية:zakiyeh',
    'الكسوة:al-kiswah', 'مضايا:madaya', 'الزبداني:zabadani', 'بقين:buqeen', 'عين الفيجة:ein-al-fijeh', 'قدسيا:qudsaya',
    '?الهامة:al-hameh', 'يبرود:yabroud', 'رنكوس:rankous', '?الضمير:al-dumayr', 'النبك:al-nabk', 'جيرود:jayroud',
    'الرحيبة:al-ruhaybah', 'ببيلا:babbila', 'يلدا:yalda', 'بيت سحم:beit-sahem', 'السيدة زينب:sayyida-zaynab',
    'جديدة عرطوز:jdeidet-artouz', 'صحنايا:sahnaya', 'خان دنون:khan-dannoun', 'قطنا:qatana',
    'الرحيبة الشرقية:ruhaybah-east', 'عدرا:adra', 'عدرا العمالية:adra-workers', 'الغزلانية:al-ghizlaniyeh',
    'بيت جن:beit-jinn', 'كناكر:kanaker', '?سعسع:sasa', '?التل:al-tall', 'منين:menin', 'معلولا:maaloula',
    'صيدنايا:saydnaya', 'جرمانا:jaramana', '?المرج:al-marj', 'بدة الريحان:al-rayhan',
    'سرغايا:serghaya', 'بلودان:bloudan', 'عسال الورد:assal-al-ward', 'فليطة:flitah', '?قارة:qara', 'دير عطية:deir-atiyah',
    'القطيفة:al-qutayfah', 'حفير الفوقا:hafir-al-fawqa', 'الديماس:al-dimas', 'يعفور:yafour', 'الصبورة:al-sabboura',
    'المقيليبة:al-muqailibeh', 'سبينة|السبينة:sbeineh', 'حجيرة:hjeira', 'عقربا:aqraba', 'حتيتة التركمان:hteitet-al-turkman',
    'تل كردي:tal-kurdi', 'حوش الضواهرة:hosh-al-dawahra', 'دير سلمان:deir-salman', 'البلالية:al-bilaliyeh',
    '?الريحان:al-rihan', '?المحمدية:al-muhammadiyeh', 'مرج السلطان:marj-al-sultan', 'حزرما:hazrama', 'ضمير:dumayr-short',
    'مخيم خان الشيح:khan-al-shih-camp=Khan al-Shih camp', 'كفير الزيت:kfeir-al-zeit', 'دير مقرن:deir-muqarren',
    'عين منين:ein-menin', 'التل الشمالي:al-tall-north', 'معربا:maraba',
  ]),
  // Idlib governorate towns.
  ...within('town', 'idlib-governorate', spaced, [
    'معرة النعمان:maarat-al-numan', 'سراقب:saraqib', 'خان شيخون:khan-shaykhun', 'أريحا:ariha',
    'جسر الشغور:jisr-al-shughur', 'بنش:binnish', 'سرمين:sarmin', 'تفتناز:taftanaz', 'كفرنبل:kafranbel', '?حاس:has',
    'كفرومة:kafrouma', 'معرة مصرين:maarat-misrin', 'معرتمصرين:maaratmisrin', 'سلقين:salqin', 'حارم:harem',
    'الدانا:al-dana', 'سرمدا:sarmada', 'أطمة:atmeh', 'كفر تخاريم:kafr-takharim', 'أرمناز:armanaz', 'كنصفرة:kansafra',
    'الهبيط:al-habit', 'التمانعة:al-tamanah', 'خان السبل:khan-al-subul', 'معرشورين:maarshourin', 'تلمنس:talmenes',
    'جرجناز:jarjanaz', '?التح:al-tah', 'الغدفة:al-ghadfa', 'معرحطاط:maarhattat', 'كفرسجنة:kafr-sajna', 'بداما:badama',
    'محمبل:mhambal', 'إبلين:iblin', '?البارة:al-bara', 'احسم:ihsim', 'مرعيان:marayan', 'قميناس:qminas',
    'أبو الظهور:abu-al-duhur', 'تل مرديخ:tal-mardikh', 'الفوعة:al-fuah', 'كفريا:kafraya', 'حزانو:hazano', 'كللي:kalli',
    'دركوش:darkush', 'الشغر:al-shughur', 'معرة حرمة:maarat-hurmah', 'حيش:heish', 'تل الطوقان:tal-al-tuqan',
    '?سنجار:sinjar', 'الدير الشرقي:al-deir-al-sharqi', 'بسنقول:basanqoul',
    'كفرعويد:kafr-uwayd', '?عابدين:abdin', 'النقير:al-naqir', 'كفرلاتة:kafr-lata', 'كورين:kourin', 'مشمشان:mishmishan',
    '?الشيخ مصطفى:sheikh-mustafa', 'ركايا:rakaya', 'سفوهن:sfuhen', 'فركيا:farkiya', 'حزارين:hazarin', 'بابولين:babuleen',
    'جبالا:jbala', 'الدير الغربي:al-deir-al-gharbi', 'الموزرة:al-mozara', 'معرزيتا:maarzita', 'بسامس:basames',
    'شنان:shannan', 'سرجة:serjeh', 'بابسقا:babisqa', 'باب الهوى:bab-al-hawa', 'عقربات:aqrabat', 'قاح:qah',
    'دير حسان:deir-hassan', 'كفرجالس:kafr-jales', 'كفريحمول:kafr-yahmul', 'رام حمدان:ram-hamdan', 'زردنا:zardana',
    'اليعقوبية:al-yaqoubiyeh', 'الجانودية:al-janudiyeh', 'الزعينية:al-zuayniyeh', 'تلمنس الشرقية:talmenes-east',
    'الغسانية:al-ghassaniyeh', 'معرة الصين:maarat-al-sin', 'البشيرية:al-bashiriyeh',
    'الفطيرة:al-fatira',
  ]),
  // Aleppo governorate towns.
  ...within('town', 'aleppo-governorate', spaced, [
    '?الباب:al-bab', 'منبج:manbij', 'عفرين:afrin', 'أعزاز:azaz', 'جرابلس:jarabulus', 'السفيرة|الإسفيرة:al-safira',
    'تل رفعت:tal-rifaat', 'عندان:anadan', 'حريتان:hraytan', 'الأتارب:al-atarib', 'دارة عزة:darat-izza',
    'خان العسل:khan-al-asal', 'عين العرب|كوباني:kobani', 'مارع:marea', '?حيان:hayan', 'كفر حمرة:kafr-hamra',
    'الزربة:al-zirbeh', 'خان طومان:khan-tuman', 'باتبو|باتابو:batabo', 'أورم الكبرى:orem-al-kubra', 'عنجارة:anjara',
    'دير حافر:deir-hafer', 'مسكنة:maskanah', '?نبل:nubl', '?الزهراء:al-zahraa', 'كفر داعل:kafr-dael',
    'تل الضمان:tal-al-daman', '?الراعي:al-rai', 'دابق:dabiq', 'قباسين:qabasin', 'بزاعة:bizaa', 'تادف:tadef',
    'الأبزمو:al-abzemo', 'كفرناها:kafr-naha', 'ياقد العدس:yaqd-al-adas', 'معارة الأرتيق:maaret-al-artiq',
    'كفر حلب:kafr-halab', 'أورم الصغرى:orem-al-sughra', 'الشيخ عقيل:sheikh-aqil',
    'معامل البحوث العلمية:scientific-research',
    'تقاد:taqad', 'بلنتا:balanta', 'إبين:ibbin', 'التوخار:al-tukhar', 'قبتان الجبل:qubtan-al-jabal', 'كفرناصح:kafr-nasih',
    'أورم:orem', 'كفر نوران:kafr-nouran', 'اخترين:akhtarin', 'خناصر:khanasir', '?الحاضر:al-hader', 'العيس:al-eis',
    'جبل عزان:jabal-azzan', 'بيانون:bayanoun', 'ماير:mayer', 'رتيان:ratyan', 'معرستة الخان:maarstat-al-khan',
    'تل جبين:tal-jabin', 'دوير الزيتون:dweir-al-zaytoun', 'منغ|مطار منغ:menagh', 'كفين:kafin', 'تل قراح:tal-qarah',
    'شران:sharan', 'جنديرس:jandaris', 'راجو:rajo', '?بلبل:bulbul', 'معبطلي:mabatli', '?الشيخ حديد|شيخ الحديد:sheikh-hadid',
    'كويرس|مطار كويرس:kuweires', 'صوران أعزاز:souran-azaz', 'الغندورة:al-ghandoura',
    'أبو قلقل:abu-qalqal', 'العريمة:al-arima',
    'كفركرمين:kafr-karmin', 'الجينة:al-jineh', 'كفرعمة:kafr-amma', 'الهوتة:al-houta', 'تل الحاصل:tal-al-hasil', 'الوضيحي:al-wudayhi',
  ]),
  // Other governorates' cities and towns.
  ...within('town', 'hama-governorate', spaced, [
    'محردة:mhardeh', 'السقيلبية:suqaylabiyah', 'كفرزيتا:kafr-zita', 'اللطامنة:al-lataminah', 'مورك:morek',
    'صوران:souran', 'طيبة الإمام:taybat-al-imam', 'حلفايا:halfaya', 'قلعة المضيق:qalaat-al-madiq', 'كرناز:karnaz',
    '?سلمية:salamiyah', 'كفرنبودة:kafr-nabudah', 'مصياف:masyaf', 'الحماميات:al-hamamiyat',
    'قمحانة:qamhana', 'معردس:maardas', '?خطاب:khattab', 'حربنفسه:harbnafsah', 'تل ملح:tal-milh', 'الجلمة:al-jalama',
    '?الجبين:al-jabin', 'لطمين:latmin', 'معركبة:maarkaba', '?الزكاة:al-zakat', '?الأربعين:al-arbaeen', 'الحويز:al-huwayz',
    'التوينة:al-tuwayna', 'العشارنة:al-asharneh', '?الزيارة:al-ziyara', 'عقيربات:uqayrabat', '?السعن:al-saan',
    '?عطشان:atshan', '?معان:maan', '?الحمرا|الحمراء:al-hamra', 'تيزين:tizin', 'كفرهود:kafr-hud', 'شيزر:shaizar', 'الكركات:al-karakat',
    'خربة الناقوس:khirbet-al-naqous', 'السرمانية:al-sarmaniyeh', 'قسطون:qastoun', '?الشريعة:al-sharia', 'الصفصافية:al-safsafiyeh',
    '?عقرب:aqrab', 'الرهجان:al-rahjan', 'أبو دالي:abu-dali',
  ]),
  ...within('town', 'homs-governorate', spaced, [
    'تدمر:palmyra', 'القصير:al-qusayr', 'الرستن:al-rastan', 'تلبيسة:talbiseh', 'الحولة:al-houla', 'تلدو:taldou',
    'حي الوعر:al-waer', 'بابا عمرو:baba-amr', 'الخالدية:al-khalidiyah', 'القريتين:al-qaryatayn', 'المخرم:al-mukharram',
    'تلكلخ:tall-kalakh', 'كفرلاها:kafr-laha', 'حمص القديمة:old-homs', 'الغنطو:al-ghantu', 'تير معلة:tir-maalah',
    'السخنة:al-sukhnah',
    'الزعفرانة:al-zaafarana', '?الدار الكبيرة:al-dar-al-kabira', '?مهين:mheen', '?صدد:sadad', 'حوارين:hawarin',
    'الفرقلس:al-furqlus', 'شنشار:shinshar', 'حسياء:hisya', 'عين النسر:ein-al-nasr', 'كفرنان:kafr-nan', 'الزارة:al-zara',
    '?الحصن|قلعة الحصن:al-hosn',
    'جب الجراح:jubb-al-jarrah', 'الفرحانية:al-farhaniyeh',
    'الشنية:al-shniyeh', 'مطار التيفور|التيفور|مطار T4:tiyas-airbase=T4 airbase', 'حقل الشاعر:al-shaer-field=Al-Shaer gas field',
  ]),
  ...within('town', 'latakia-governorate', spaced, [
    'كنسبا:kinsabba', 'صلنفة:slinfah', 'عين البيضا:ein-al-baida', 'اليمضية:al-yamadiyeh', 'قسطل معاف:qastal-maaf',
    'برج إسلام:burj-islam', 'رأس البسيط:ras-al-basit', '?الشيخ حسن:sheikh-hassan', 'كبانة:kabana', 'الصليبة:al-sleibeh',
    'الرمل الجنوبي:al-raml-al-janoubi', 'مشقيتا:mashqita',
    'جبلة:jableh', 'القرداحة:qardaha', 'كسب:kessab', '?ربيعة:rabia', '?سلمى:salma', 'الحفة:al-haffah', 'كباني:kabani',
  ]),
  ...within('town', 'tartus-governorate', spaced, [
    'بانياس:baniyas', 'صافيتا:safita', 'الدريكيش:al-draykish',
    '?الشيخ بدر:sheikh-badr', 'القدموس:al-qadmus', 'أرواد:arwad', 'حصين البحر:husayn-al-bahr', '?البيضا:al-bayda',
  ]),
  ...within('town', 'daraa-governorate', spaced, [
    'درعا البلد:daraa-al-balad', 'درعا المحطة:daraa-al-mahatta', '?نوى:nawa', 'بصرى الشام:busra-al-sham', 'طفس:tafas',
    '?الحراك:al-hirak', '?جاسم:jasim', 'إنخل:inkhil', 'الصنمين:al-sanamayn', 'داعل:dael', 'إزرع:izra',
    'اليادودة:al-yadudah', 'المزيريب:muzayrib', 'الشيخ مسكين:sheikh-miskin', 'طريق السد:tariq-al-sad',
    'الكرك الشرقي:al-karak', 'بصر الحرير:busr-al-harir', '?الحارة:al-harra', 'نصيب:nasib',
    'أم المياذن:umm-al-mayadhin', 'جلين:jillin', 'تسيل:tasil',
    '?الشيخ سعد:sheikh-saad', 'محجة:mahajja', 'ابطع:ibta', 'الغارية الشرقية:al-ghariyah-al-sharqiyah',
    'الغارية الغربية:al-ghariyah-al-gharbiyah', 'المسيفرة:al-musayfirah', '?صيدا:saida', '?النعيمة:al-naima', 'عتمان:atman',
    'تل شهاب:tal-shihab', 'سحم الجولان:saham-al-jawlan', '?حيط:heet', '?الشجرة:al-shajara', 'عين ذكر:ein-dhikr',
    '?جملة:jamlah', 'كويا:kuwaya', 'بيت آره:beit-ara', 'معربة:maarba', 'غصم:ghasm', '?الجيزة:al-jiza',
    'خربة غزالة:khirbet-ghazaleh', '?عدوان:adwan', '?الطيبة:al-taybeh', 'ناحتة:nahta', 'المليحة الشرقية:al-mleiha-al-sharqiyah',
    '?علما:alma', '?الصورة:al-sura', 'مليحة العطش:mlihat-al-atash', 'خراب الشحم:khirab-al-shahm', 'زيزون:zayzoun',
    'كفر شمس:kafr-shams', 'سملين:samlin', 'زمرين:zimrin',
    'القنية:al-qunayyah', 'المتاعية:al-mataiyah', 'السهوة:al-sahwa',
  ]),
  ...within('town', 'as-suwayda-governorate', spaced, [
    'شهبا:shahba', 'صلخد:salkhad',
    'القريا:al-qurayya', 'عريقة:ariqa', 'المشنف:al-mushannaf', 'الشبكي:al-shabki', 'رساس:rasas', 'ذيبين:dhibin',
    'عرمان:arman', 'أم الرمان:umm-al-rumman', 'الثعلة|مطار الثعلة:al-thaala', '?الكفر:al-kafr', 'شقا:shaqqa',
    'ظهر الجبل:dhahr-al-jabal', '?قنوات:qanawat', 'سهوة البلاطة:sahwat-al-balata', 'الدويرة:al-duwayra', '?المزرعة:al-mazraa',
    'تعارة:taara', 'حوط:hawt', 'الصورة الكبيرة:al-sura-al-kabira',
  ]),
  ...within('town', 'quneitra-governorate', spaced, [
    'خان أرنبة:khan-arnabah', '?البعث:al-baath-city', 'جباتا الخشب:jubata-al-khashab',
    'مسحرة:masharah', 'أم باطنة:umm-batinah', 'بئر عجم:bir-ajam', 'بريقة:bariqa',
    'الرفيد:al-rafid', 'كودنة:kudna', 'الصمدانية:al-samadaniyah', 'جباثا الخشب:jubatha-al-khashab',
    'عين التينة:ein-al-tineh', '?الحرية:al-hurriya', 'طرنجة:tarnajah', 'أوفانيا:ufaniya', 'نبع الصخر:nabaa-al-sakhr',
  ]),
  ...within('town', 'raqqa-governorate', spaced, [
    'الطبقة:al-tabqa', 'تل أبيض:tal-abyad', 'عين عيسى:ain-issa', '?المنصورة:al-mansoura', '?الكرامة:al-karamah',
    'معدان:maadan', 'حارة البدو:harat-al-badu', 'المشلب:al-meshleb', '?الدرعية:al-diriyah', '?الرميلة:al-rumaila',
    '?الثكنة:al-thakanah', 'نزلة شحادة:nazlat-shahada', 'حي الصناعة:al-sinaa', 'حي الجميلي:al-jumaili',
    'سوق الخميس:souq-al-khamis', 'دوار النعيم:naim-roundabout',
    '?سلوك:suluk', 'السبخة:al-sabkha', 'الجرنية:al-jarniyah', 'الحمرات:al-humrat', 'كسرة:kasra', '?الرصافة:al-rusafa',
    'حزيمة:hazima', '?الرشيد:al-rashid', '?الفروسية:al-furusiyah', 'تل السمن:tal-al-samn',
    'الكالطة:al-kalta', 'رطلة:ratla', 'كديران:kadiran', '?الحكومية:al-hukumiyah',
    'دوار الساعة:clock-roundabout=Clock roundabout',
  ]),
  ...within('town', 'deir-ez-zor-governorate', spaced, [
    '?الميادين:al-mayadin', 'البوكمال:albu-kamal', 'العشارة:al-ashara', 'هجين:hajin', 'الشحيل:al-shuhayl',
    'موحسن:muhasan', 'الباغوز:al-baghouz', 'ذيبان:dhiban', '?الصور:al-sour', 'خشام:khusham',
    'البصيرة:al-busayrah', 'الدحلة:al-dahla', 'جديد عكيدات:jdeid-ugaydat', 'جديد بكارة|البكارة:jdeid-bakara',
    'الطيانة:al-tayyana', 'الكشكية:al-kishkiyah', 'أبو حمام:abu-hamam', 'غرانيج:granij', '?الجلاء:al-jalaa',
    '?السوسة:al-sousa', 'الشعفة:al-shaafa', 'المريعية:al-muraiya', 'البوليل:al-bulayl', 'حطلة:hatla', 'مراط:marrat',
    'التبني:al-tibni', 'الكسرة:al-kasra', '?الجفرة:al-jafra', 'حويجة صكر:huwayjat-saqr', 'الطابية|طابية جزيرة:al-tabiya',
    'أبو النيتل:abu-al-naytel', 'معيزيلة:muayzila', 'العزبة:al-azba', 'روشيد:rushayd', 'أبو خشب:abu-khashab',
    'القورية:al-quriyah', 'محكان:mahkan', 'صبيخان:subaykhan', 'الغبرة:al-ghabra',
    'البغيلية:al-bughayliyah', '?عياش:ayyash', '?الخريطة:al-kharita', 'الشميطية:al-shumaytiyah',
    '?الحسرات:al-hasrat', '?السيال:al-sayyal', 'الهري:al-hari',
  ]),
  ...within('town', 'hasakah-governorate', spaced, [
    'القامشلي:qamishli', 'رأس العين:ras-al-ain', 'عامودا:amuda', 'المالكية:al-malikiyah', 'الشدادي:al-shaddadi',
    '?الهول:al-hol', 'تل تمر:tal-tamr', 'الدرباسية:al-darbasiyah',
    'تل حميس:tal-hamis', 'تل براك:tal-brak', 'اليعربية:al-yarubiyah', 'مركدة:markada', 'العريشة:al-arisha',
    'القحطانية:al-qahtaniyah', 'الجوادية:al-jawadiyah', 'ديريك:derik', 'أبو راسين:abu-rasin', 'تل كوجر:tal-kocher',
    'مخيم الهول:al-hol-camp=Al-Hol camp', 'تل بيدر:tal-baydar',
  ]),
  // Districts of Homs, Deir ez-Zor and Al-Hasakah.
  ...within('district', 'homs', titled, [
    'عكرمة:ikrimah', '?النزهة:al-nuzha', '?الإنشاءات:al-inshaat', 'كرم الزيتون:karm-al-zaytoun', 'جورة الشياح:jouret-al-shiyah',
    'القرابيص:al-qarabis', 'باب السباع:bab-al-sibaa', 'باب عمرو:bab-amr', 'دير بعلبة:deir-baalbah', '?القصور:al-qusour',
    'جب الجندلي:jubb-al-jandali', 'وادي الذهب:wadi-al-dhahab', 'كرم اللوز:karm-al-louz', '?الأرمن:al-arman',
    'حي الزهراء:al-zahraa-homs=Al-Zahraa (Homs)', 'باب تدمر:bab-tadmur', '?الحميدية:al-hamidiyah-homs=Al-Hamidiyah (Homs)',
  ]),
  ...within('district', 'deir-ez-zor', titled, [
    'الجورة:al-joura', 'الحويقة:al-huwayqa', 'الرشدية:al-rushdiyah',
    'الجبيلة:al-jbeileh', '?الموظفين:al-muwazzafin', '?العرضي:al-urdi', '?الشيخ ياسين:sheikh-yasin',
  ]),
  ...within('district', 'hasakah', titled, [
    'غويران:ghwayran', '?النشوة:al-nashwa', 'النشوة الغربية:al-nashwa-west=Western Nashwa', 'المشيرفة:al-mushayrifa',
    'تل حجر:tal-hajar',
    '?المفتي:al-mufti', 'دوار مرشو:murshu-roundabout=Murshu roundabout',
    'الجسر الأبيض:white-bridge=White Bridge',
  ]),
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
