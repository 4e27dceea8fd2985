import type { PlaceEntry } from '../../lexicon/types.js';
import { entry, governorateOf, spaced, titled, within, type Row } from '../gazetteer.js';

const governorate = /* @__PURE__ */ governorateOf('syria');

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
  ...within('district', 'aleppo', titled, [
    '?الشعار:al-shaar', '?المشهد:al-mashhad', '?السكري:al-sukkari', 'الكلاسة:al-kallaseh', '?المغاير:al-mughayir',
    '?الفردوس:al-firdous', '?الصالحين:al-salihin', 'بستان القصر:bustan-al-qasr', 'الصاخور:al-sakhour',
    'بعيدين:baeedeen', 'جسر الحج:jisr-al-haj', '?الأنصاري:al-ansari', 'الزبدية:al-zebdiyeh', '?الإذاعة:al-idhaa',
    '?صلاح الدين:salah-al-din', 'العامرية:al-ameriyeh', '?سيف الدولة:saif-al-dawla', '?الشيخ سعيد:sheikh-saeed',
    'باب المقام:bab-al-maqam', '?المدينة القديمة:aleppo-old-city=Old City of Aleppo', 'كرم البيك:karm-al-beik',
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
  ]),
  // Damascus city districts.
  ...within('district', 'damascus', titled, [
    'جوبر:jobar', 'القابون:qaboun', 'برزة:barzeh', 'حي تشرين:tishreen', 'مخيم اليرموك|اليرموك:yarmouk=Yarmouk camp',
    'الحجر الأسود:hajar-al-aswad=Al-Hajar al-Aswad', '?القدم:al-qadam', '?التضامن:al-tadamon', 'العسالي:al-asali',
    '?الميدان:al-midan', 'المزة:mezzeh', 'كفرسوسة:kafr-sousa', 'ركن الدين:rukn-al-din', 'الشاغور:al-shaghour',
    'باب توما:bab-touma', '?المالكي:al-maliki', 'الصالحية:al-salihiyeh', 'العباسيين:al-abbasiyeen', 'القصاع:al-qassaa',
    'دمر:dummar', 'المزة 86:mazzeh-86=Mezzeh 86', 'باب شرقي:bab-sharqi', 'حي الأمين:al-amin',
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
  ]),
  // Other governorates' cities and towns.
  ...within('town', 'hama-governorate', spaced, [
    'محردة:mhardeh', 'السقيلبية:suqaylabiyah', 'كفرزيتا:kafr-zita', 'اللطامنة:al-lataminah', 'مورك:morek',
    'صوران:souran', 'طيبة الإمام:taybat-al-imam', 'حلفايا:halfaya', 'قلعة المضيق:qalaat-al-madiq', 'كرناز:karnaz',
    '?سلمية:salamiyah', 'كفرنبودة:kafr-nabudah', 'مصياف:masyaf', 'الحماميات:al-hamamiyat',
  ]),
  ...within('town', 'homs-governorate', spaced, [
    'تدمر:palmyra', 'القصير:al-qusayr', 'الرستن:al-rastan', 'تلبيسة:talbiseh', 'الحولة:al-houla', 'تلدو:taldou',
    'حي الوعر:al-waer', 'بابا عمرو:baba-amr', 'الخالدية:al-khalidiyah', 'القريتين:al-qaryatayn', 'المخرم:al-mukharram',
    'تلكلخ:tall-kalakh', 'كفرلاها:kafr-laha', 'حمص القديمة:old-homs', 'الغنطو:al-ghantu', 'تير معلة:tir-maalah',
    'السخنة:al-sukhnah',
  ]),
  ...within('town', 'latakia-governorate', spaced, [
    'جبلة:jableh', 'القرداحة:qardaha', 'كسب:kessab', '?ربيعة:rabia', '?سلمى:salma', 'الحفة:al-haffah', 'كباني:kabani',
  ]),
  ...within('town', 'tartus-governorate', spaced, [
    'بانياس:baniyas', 'صافيتا:safita', 'الدريكيش:al-draykish',
  ]),
  ...within('town', 'daraa-governorate', spaced, [
    'درعا البلد:daraa-al-balad', 'درعا المحطة:daraa-al-mahatta', '?نوى:nawa', 'بصرى الشام:busra-al-sham', 'طفس:tafas',
    '?الحراك:al-hirak', '?جاسم:jasim', 'إنخل:inkhil', 'الصنمين:al-sanamayn', 'داعل:dael', 'إزرع:izra',
    'اليادودة:al-yadudah', 'المزيريب:muzayrib', 'الشيخ مسكين:sheikh-miskin', 'طريق السد:tariq-al-sad',
    'الكرك الشرقي:al-karak', 'بصر الحرير:busr-al-harir', '?الحارة:al-harra', 'نصيب:nasib',
    'أم المياذن:umm-al-mayadhin', 'جلين:jillin', 'تسيل:tasil',
  ]),
  ...within('town', 'suwayda-governorate', spaced, [
    'شهبا:shahba', 'صلخد:salkhad',
  ]),
  ...within('town', 'quneitra-governorate', spaced, [
    'خان أرنبة:khan-arnabah', '?البعث:al-baath-city', 'جباتا الخشب:jubata-al-khashab',
  ]),
  ...within('town', 'raqqa-governorate', spaced, [
    'الطبقة:al-tabqa', 'تل أبيض:tal-abyad', 'عين عيسى:ain-issa', '?المنصورة:al-mansoura', '?الكرامة:al-karamah',
    'معدان:maadan', 'حارة البدو:harat-al-badu', 'المشلب:al-meshleb', '?الدرعية:al-diriyah', '?الرميلة:al-rumaila',
    '?الثكنة:al-thakanah', 'نزلة شحادة:nazlat-shahada', 'حي الصناعة:al-sinaa', 'حي الجميلي:al-jumaili',
    'حي الفردوس:al-firdous-raqqa', 'سوق الخميس:souq-al-khamis', 'دوار النعيم:naim-roundabout',
  ]),
  ...within('town', 'deir-ez-zor-governorate', spaced, [
    '?الميادين:al-mayadin', 'البوكمال:albu-kamal', 'العشارة:al-ashara', 'هجين:hajin', 'الشحيل:al-shuhayl',
    'موحسن:muhasan', 'الباغوز:al-baghouz', 'ذيبان:dhiban', '?الصور:al-sour', 'خشام:khusham',
  ]),
  ...within('town', 'hasakah-governorate', spaced, [
    'القامشلي:qamishli', 'رأس العين:ras-al-ain', 'عامودا:amuda', 'المالكية:al-malikiyah', 'الشدادي:al-shaddadi',
    '?الهول:al-hol', 'تل تمر:tal-tamr', 'الدرباسية:al-darbasiyah',
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
