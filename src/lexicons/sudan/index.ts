/**
 * The Sudan conflict pack: the Sudanese Armed Forces, the Rapid Support Forces and the other armed movements;
 * the 18 states (ولايات) with their capitals and the towns casualty reports name most; Sudanese reporting
 * bodies (health ministries, the doctors' committees, emergency rooms).
 * @module lexicons/sudan
 */
import type { Lexicon } from '../../lexicon/types.js';
import { conflictPack } from '../conflict-pack.js';
import { governorateOf, spaced, within, type Row } from '../gazetteer.js';
import { militias } from '../spellings.js';

const state = /* @__PURE__ */ governorateOf('sudan', 'ولاية');

/** The army's infantry divisions as Sudanese news numbers them: «الفرقة 22 مشاة»، «الفرقة السادسة مشاة». */
function divisions(): string[] {
  const ordinals = ['الأولى', 'الثانية', 'الثالثة', 'الرابعة', 'الخامسة', 'السادسة', 'السابعة', 'الثامنة', 'التاسعة', 'العاشرة'];
  const numbers = Array.from({ length: 22 }, (_, i) => String(i + 1));
  return [...ordinals, ...numbers].map((n) => `الفرقة ${n} مشاة`);
}

const ROWS: readonly Row[] = [
  ['sudan', 'Sudan', ['السودان', 'جمهورية السودان'], 'country'],
  ['darfur', 'Darfur', ['دارفور', 'إقليم دارفور'], 'region', 'sudan'],
  ['kordofan', 'Kordofan', ['كردفان', 'إقليم كردفان'], 'region', 'sudan'],
  ...state('khartoum', 'Khartoum', ['الخرطوم']),
  ...state('al-jazirah', 'Al Jazirah', ['?الجزيرة'], false),
  ['wad-madani', 'Wad Madani', ['ود مدني'], 'city', 'al-jazirah-governorate'],
  ...state('north-darfur', 'North Darfur', ['شمال دارفور'], false),
  ['el-fasher', 'El Fasher', ['الفاشر'], 'city', 'north-darfur-governorate'],
  ...state('south-darfur', 'South Darfur', ['جنوب دارفور'], false),
  ['nyala', 'Nyala', ['نيالا'], 'city', 'south-darfur-governorate'],
  ...state('west-darfur', 'West Darfur', ['غرب دارفور'], false),
  ['el-geneina', 'El Geneina', ['الجنينة'], 'city', 'west-darfur-governorate'],
  ...state('central-darfur', 'Central Darfur', ['وسط دارفور'], false),
  ['zalingei', 'Zalingei', ['زالنجي'], 'city', 'central-darfur-governorate'],
  ...state('east-darfur', 'East Darfur', ['شرق دارفور'], false),
  ['ed-daein', "Ed Daein", ['الضعين'], 'city', 'east-darfur-governorate'],
  ...state('north-kordofan', 'North Kordofan', ['شمال كردفان'], false),
  ['el-obeid', 'El Obeid', ['الأبيض'], 'city', 'north-kordofan-governorate', 'ambiguous'],
  ...state('south-kordofan', 'South Kordofan', ['جنوب كردفان'], false),
  ['kadugli', 'Kadugli', ['كادقلي', 'كادوقلي'], 'city', 'south-kordofan-governorate'],
  ...state('west-kordofan', 'West Kordofan', ['غرب كردفان'], false),
  ['babanusa', 'Babanusa', ['بابنوسة'], 'city', 'west-kordofan-governorate'],
  ...within('town', 'west-kordofan-governorate', spaced, ['الفولة:al-fula', 'النهود:en-nahud', 'الخوي:al-khuwei', 'أبو زبد:abu-zabad', 'هجليج:heglig']),
  ...state('sennar', 'Sennar', ['سنار']),
  ...state('white-nile', 'White Nile', ['النيل الأبيض'], false),
  ['kosti', 'Kosti', ['كوستي'], 'city', 'white-nile-governorate'],
  ...state('blue-nile', 'Blue Nile', ['النيل الأزرق'], false),
  ['ed-damazin', 'Ed Damazin', ['الدمازين'], 'city', 'blue-nile-governorate'],
  ...state('river-nile', 'River Nile', ['نهر النيل'], false),
  ['atbara', 'Atbara', ['عطبرة'], 'city', 'river-nile-governorate'],
  ...state('northern', 'Northern State', ['?الشمالية', 'الولاية الشمالية'], false),
  ['dongola', 'Dongola', ['دنقلا'], 'city', 'northern-governorate'],
  ...within('town', 'northern-governorate', spaced, ['الدبة:ed-debba', 'مروي:merowe']),
  ...within('town', 'river-nile-governorate', spaced, ['شندي:shendi', 'الدامر:ed-damer']),
  ...within('town', 'white-nile-governorate', spaced, ['الدويم:ed-dueim', 'ربك:rabak', 'القطينة:al-gitaina']),
  ...state('red-sea', 'Red Sea', ['?البحر الأحمر'], false),
  ['port-sudan', 'Port Sudan', ['بورتسودان', 'بورت سودان'], 'city', 'red-sea-governorate'],
  ...state('kassala', 'Kassala', ['كسلا']),
  ...state('gedaref', 'Al Qadarif', ['القضارف']),
  ...within('city', 'khartoum-governorate', spaced, ['أم درمان:omdurman', 'الخرطوم بحري:khartoum-north=Khartoum North']),
  ...within('district', 'omdurman', spaced, ['كرري|محلية كرري:karari', '?الثورة|ضاحية الثورة|الثورات|أحياء الثورة:al-thawra', 'سوق صابرين:sabreen-market=Sabreen market', 'صالحة|الصالحة:salha', 'الفتيحاب:al-fitayhab', 'أمبدة|امبدة:ombada', 'المهندسين:al-muhandisin', 'أبو سعد:abu-saad', 'سوق أم درمان:omdurman-market=Omdurman market', 'السوق الشعبي:popular-market=popular market', 'الحارة الأولى:hara-1=first quarter']),
  ...within('district', 'khartoum-north', spaced, ['الحلفايا:al-halfaya', 'الجيلي:al-jaili', 'الدروشاب:al-droshab', 'شمبات:shambat', 'الكدرو:al-kadaro', 'كافوري:kafouri', 'شرق النيل|محلية شرق النيل:east-nile=East Nile', 'حلة كوكو:hillat-koko', 'الأزيرقاب:al-azeirgab', 'عد بابكر:id-babiker', 'الحاج يوسف:al-haj-yousif', 'السامراب:al-samrab']),
  ...within('district', 'khartoum', spaced, ['?الرياض:al-riyadh', 'جبل أولياء:jebel-aulia', '?المقرن:al-mogran', 'الكلاكلة:al-kalakla', 'سوبا:soba', 'جبرة:jabra', 'الشجرة:al-shajara', '?القيادة العامة:general-command=army general command', 'مطار الخرطوم:khartoum-airport=Khartoum airport']),
  ...within('town', 'al-jazirah-governorate', spaced, ['الحصاحيصا:al-hasahisa', 'رفاعة:rufaa', 'الكاملين:al-kamlin', 'ود النورة:wad-al-noura', 'المناقل:al-managil', 'تمبول:tamboul', 'الهلالية:al-hilaliya', 'ود راوة:wad-rawa', 'التكينة:al-takeina']),
  ...within('town', 'north-darfur-governorate', spaced, ['مليط:mellit', 'كتم:kutum', 'الطويشة:al-tawisha', 'اللعيت|اللعيت جار النبي:al-laiet', 'المالحة:al-malha', 'الطويلة:tawila', 'مخيم زمزم|معسكر زمزم|زمزم:zamzam=Zamzam camp', 'أبو شوك|مخيم أبو شوك:abu-shouk=Abu Shouk camp', 'كبكابية:kabkabiya', 'الطينة:tina', 'كرنوي:kornoi', 'أم كدادة:um-keddada', 'الكومة:al-kuma', 'حي الدرجة|الدرجة الأولى:daraja=Daraja quarter', 'حي الشرفة:al-shurfa', 'حي التجانية:al-tijaniya', 'دار الأرقم|مركز إيواء دار الأرقم:dar-al-arqam=Dar al-Arqam shelter', 'حي تكارير:takarir', 'نيفاشا|مخيم نيفاشا:naivasha=Naivasha camp', 'المستشفى السعودي|المستشفى السعودي بالفاشر:saudi-hospital=Saudi hospital']),
  ...within('town', 'west-darfur-governorate', spaced, ['أردمتا:ardamata', 'مستري:misterei', 'كرينك:kreinik']),
  ...within('town', 'sennar-governorate', spaced, ['سنجة:singa', 'الدندر:dinder', 'السوكي:es-suki']),
  ...within('town', 'north-kordofan-governorate', spaced, ['أم روابة:um-rawaba', 'الرهد:er-rahad', 'بارا:bara', 'أم دم حاج أحمد:um-dam-haj-ahmed', 'المزروب:al-mazroub', 'أم صميمة:um-sumeima', 'كازقيل:kazgil']),
  ...within('town', 'south-kordofan-governorate', spaced, ['الدلنج:dilling', 'كاودا:kauda', 'أبو جبيهة:abu-jubeiha']),
  // Checklist (issue 14): the towns and camps of Darfur and Kordofan the war's reports name, the Jazirah, Sennar and
  // White Nile front towns, the border towns, and the capital's other quarters.
  ...within('town', 'south-darfur-governorate', spaced, ['?كاس:kas', 'عد الفرسان:ed-al-fursan', 'برام:buram', 'تلس:tulus', 'قريضة:gereida', 'معسكر كلمة|مخيم كلمة:kalma=Kalma camp', 'منواشي:manawashi']),
  ...within('town', 'north-darfur-governorate', spaced, ['شنقل طوباي:shangil-tobaya', 'سرف عمرة:saraf-omra', 'أم برو:um-baru']),
  ...within('town', 'west-darfur-governorate', spaced, ['سربا:sirba', 'فوربرنقا:foro-baranga', 'بير سليبة:bir-saliba']),
  ...within('town', 'central-darfur-governorate', spaced, ['جبل مرة:jebel-marra', 'نيرتتي:nertiti', 'قولو:golo']),
  ...within('town', 'east-darfur-governorate', spaced, ['عديلة:adila', 'أبو كارنكا:abu-karinka']),
  ...within('town', 'south-kordofan-governorate', spaced, ['تلودي:talodi', 'أبو كرشولا:abu-karshola', 'هبيلا:habila', 'الليري:al-leri']),
  ...within('town', 'west-kordofan-governorate', spaced, ['?المجلد:al-muglad', 'لقاوة:lagawa', 'غبيش:ghubeish']),
  ...within('town', 'north-kordofan-governorate', spaced, ['جبرة الشيخ:jabrat-al-sheikh', 'سودري:sodari', 'الرهد أبو دكنة:er-rahad-abu-dakna']),
  ...within('town', 'al-jazirah-governorate', spaced, ['أبو قوتة:abu-guta', 'فداسي:fadasi', 'الشكابة:al-shukaba', 'ود الحداد:wad-al-haddad', 'الحاج عبد الله:al-haj-abdallah', 'السريحة:al-sireha']),
  ...within('town', 'sennar-governorate', spaced, ['مايرنو:mayurno', 'أبو حجار:abu-hujar']),
  ...within('town', 'white-nile-governorate', spaced, ['الجبلين:al-jabalain', 'أم رمتة:um-rimta', 'تندلتي:tendelti', 'الكوة:al-kawa']),
  ...within('town', 'blue-nile-governorate', spaced, ['الروصيرص:roseires', 'الكرمك:kurmuk', 'قيسان:geissan']),
  ...within('town', 'gedaref-governorate', spaced, ['القلابات:gallabat', 'الفشقة:al-fashaga', 'الحواتة:al-hawata']),
  ...within('town', 'kassala-governorate', spaced, ['حلفا الجديدة:new-halfa']),
  ...within('town', 'northern-governorate', spaced, ['وادي حلفا:wadi-halfa', '?كريمة:karima']),
  ...within('town', 'river-nile-governorate', spaced, ['بربر:berber', 'أبو حمد:abu-hamad']),
  ...within('district', 'khartoum', spaced, ['?الصحافة:al-sahafa', '?بري:burri', 'أركويت:arkaweet', '?العمارات:al-amarat', 'السجانة:al-sajana', 'الديم:al-deim', 'الخرطوم 2:khartoum-2=Khartoum 2']),
  ...within('district', 'omdurman', spaced, ['بانت:banat', 'ود نوباوي:wad-nubawi', 'أبو روف:abu-rof', 'الموردة:al-mourada', 'ود البخيت:wad-al-bakhit']),
  ...within('district', 'khartoum-north', spaced, ['?الصافية:al-safiya', 'المزاد:al-mazad', '?المعونة:al-maouna']),
];

/**
 * The Sudan pack (id and country `sudan`), validated and deeply frozen: give it to `createAnalyzer({ packs })`.
 * @example
 * ```ts
 * sudanPack.actors?.find((a) => a.forms.includes('قوات الدعم السريع'))?.id; // → 'rsf'
 * ```
 */
export const sudanPack: Lexicon = /* @__PURE__ */ conflictPack({
  id: 'sudan',
  labels: { ar: 'السودان', en: 'Sudan' },
  description: 'Sudanese conflict: armed actors, gazetteer and sources',
  actors: [
    {
      id: 'rsf',
      labels: { ar: 'قوات الدعم السريع', en: 'Rapid Support Forces' },
      category: 'armed-group',
      forms: [
        'قوات الدعم السريع', 'الدعم السريع', ...militias('الدعم السريع', 'الدعم السريع المتمردة', 'آل دقلو', 'الجنجويد', 'أسرة دقلو'),
        // Sudanese news says «المليشيا» for the RSF alone.
        'المليشيا', 'الميليشيا', 'المليشيا المتمردة', 'الميليشيا المتمردة', 'قوات التمرد', 'المتمردين', 'المتمردون', 'التمرد', 'الجنجويد',
        'حميدتي', 'قوات حميدتي', 'ميلشيا الدعم السريع', 'المليشيا الإرهابية', 'الميليشيا الإرهابية', 'محمد حمدان دقلو', 'عبد الرحيم دقلو', 'آل دقلو', 'عناصر الدعم السريع', 'مسلحي الدعم السريع',
        // Sudanese usage: «الدعامة» for its fighters, «المتمردة» after every name, «مليشيا الجنجويد».
        'الدعامة', 'الدعامه', 'قوات الدعم', 'قوات الدعم السريع المتمردة', 'الدعم السريع المتمردة', 'متمردي الدعم السريع', 'مرتزقة الدعم السريع',
        'مقاتلي الدعم السريع', 'مقاتلو الدعم السريع', 'عناصر المليشيا', 'عناصر الميليشيا', 'مسلحي المليشيا', 'مرتزقة المليشيا',
        'المليشيا المتمردة الإرهابية', 'قوات الدعم السريع شبه العسكرية', 'القوات شبه العسكرية', 'قوات الجنجويد',
        ...militias('الجنجويد', 'الدعم السريع الإرهابية', 'الدعم السريع المتمردة'),
        // Its parallel government of 2025 and the names army-side outlets give it.
        'حكومة تأسيس', 'تحالف تأسيس', 'قوات دقلو', 'مليشيا حميدتي', 'ميليشيا حميدتي', 'مسيرات الدعم السريع', 'مسيرات المليشيا', 'مدفعية المليشيا',
        // Army-side copy: gangs, rebels, «المليشيات» in the plural; its drones and artillery as the subject of a strike.
        // Checklist (issue 14): the indefinite «جنجويد», its 2025 alliance's forces, and its El Fasher field commander.
        'جنجويد', 'قوات تأسيس', 'أبو لولو', 'الفاتح عبد الله إدريس',
        'عصابات الدعم السريع', 'عصابات الجنجويد', 'المليشيات المتمردة', 'الميليشيات المتمردة', 'مليشيا التمرد', 'ميليشيا التمرد',
        'قوات الدعم السريع الإرهابية', 'الدعم السريع الإرهابية', 'ميليشيا الدعم السريع المتمردة', 'قناصة الدعم السريع',
        'قناصة المليشيا', 'مدفعية الدعم السريع', 'مسيرة الدعم السريع', 'مسيرة تابعة للدعم السريع', 'القوات المتمردة', 'أشاوس الدعم السريع',
        // Issue 14/15: the family's names («قوات آل دقلو»، «حمدان دقلو»، its brothers), its men by their rank-and-file
        // words («منسوبي/أفراد/جنود الدعم السريع»), «مرتزقة» with a name, and its 2025 alliance.
        'قوات الدعم السريع السودانية', 'الدعم السريع السودانية', 'قوات آل دقلو', 'الجنجويد الجدد', 'حمدان دقلو', 'عبدالرحيم دقلو',
        'القوني حمدان دقلو', 'مرتزقة حميدتي', 'مرتزقة آل دقلو', 'مرتزقة الجنجويد', 'عصابات آل دقلو', 'مليشيا الدعم', 'ميليشيا الدعم',
        'جنود الدعم السريع', 'أفراد الدعم السريع', 'منسوبي الدعم السريع', 'منسوبو الدعم السريع', 'قادة الدعم السريع', 'قوات المليشيا',
        'المتمردين الجنجويد', 'الدعامة المتمردين', 'تحالف السودان التأسيسي',
      ],
    },
    {
      id: 'sudan-army',
      labels: { ar: 'الجيش السوداني', en: 'Sudanese Armed Forces' },
      category: 'government',
      // The RSF has no warplanes; both sides fly drones.
      defaultFor: ['aircraft'],
      forms: [
        'الجيش السوداني', 'الجيش', 'قوات الجيش', 'القوات المسلحة', 'القوات المسلحة السودانية', 'سلاح الجو السوداني',
        'الطيران الحربي السوداني', 'طيران البرهان', 'سلاح الجو', 'طيران الجيش', 'مدفعية الجيش', 'البرهان', 'عبد الفتاح البرهان', 'قائد الجيش', 
        'الحكومة السودانية', 'السلطات السودانية', 'جهاز المخابرات العامة', 'هيئة العمليات', 'قوات العمل الخاص',
        'المستنفرين', 'المقاومة الشعبية', 'قوات درع السودان', 'درع السودان', 'المضادات الأرضية', 'كتائب البراء بن مالك', 'كتيبة البراء',
        'كتيبة البراء بن مالك', 'لواء البراء بن مالك', 'البراء بن مالك', 'الاستخبارات العسكرية', 'الشرطة السودانية', 'قوات الشرطة',
        'قوات الاحتياطي المركزي', 'الاحتياطي المركزي', 'طيران الجيش السوداني', 'مسيرات الجيش', 'الطيران الحربي التابع للجيش',
        'سلاح المدرعات', 'سلاح المهندسين', 'سلاح الإشارة',
        'قوات الجيش السوداني', 'القوات المسلحة وحلفاؤها', 'الجيش وحلفاؤه',
        // RSF-side outlets name the army by its leader and its seat.
        'جيش البرهان', 'قوات البرهان', 'مليشيات البرهان', 'حكومة بورتسودان', 'سلطة بورتسودان', 'مجلس السيادة', 'الفرقة السادسة مشاة بالفاشر',
        // RSF-side names for the army and its Islamist brigades («الفلول»، «الكيزان»), its columns («متحرك») and allies.
        'جيش الفلول', 'فلول النظام البائد', 'مليشيات الفلول', 'جيش الكيزان', 'كتائب الكيزان', 'مليشيات الكيزان',
        'كتائب الظل', 'جيش الحركة الإسلامية', 'كتائب الحركة الإسلامية', 'متحركات الجيش', 'متحرك الصياد', 'القوات المساندة',
        'الجيش والقوات المساندة', 'القوات المسلحة والقوات المساندة', 'الجيش والقوات المساندة له', 'طائرات الجيش', 'طيران الجيش الحربي',
        'المسيرات التابعة للجيش', 'مسيرة تابعة للجيش', 'جهاز الأمن والمخابرات', 'قوات جهاز المخابرات العامة',
        // Checklist (issue 14): the army's official and colloquial names, its numbered infantry divisions (one per
        // region, «الفرقة 22 مشاة»، «الفرقة السادسة مشاة»), corps, the Bashir-era Popular Defence, and the Sudan Shield
        // forces of Abu Aqla Kikal that joined it.
        'قوات الشعب المسلحة', 'القوات النظامية', 'القوات الجوية السودانية', 'سلاح المظلات', 'سلاح الطيران', 'الدفاع الشعبي',
        'قوات الدفاع الشعبي', 'المقاومة الشعبية المسلحة', 'قوات كيكل', 'أبو عاقلة كيكل', 'القيادة العامة للقوات المسلحة السودانية',
        // Issue 14/15: the armed forces' long names, the air force and intelligence by their other names, the Islamist
        // brigades by their short names and commander, the mobilised and popular resistance and the eastern forces.
        'قوات الشعب المسلحة السودانية', 'القوة الجوية السودانية', 'طيران الجيش السوداني الحربي', 'المسيرات التابعة للجيش السوداني',
        'مسيرة تابعة للجيش السوداني', 'مسيرات الجيش السوداني', 'مدفعية الجيش السوداني', 'الطيران الحربي للجيش', 'جهاز المخابرات العامة السوداني',
        'المخابرات العامة السودانية', 'جهاز الأمن والمخابرات الوطني', 'هيئة العمليات الخاصة', 'قوات هيئة العمليات', 'كتائب البراء',
        'لواء البراء', 'قوات البراء', 'المصباح أبو زيد', 'المصباح طلحة', 'المستنفرون', 'قوات المستنفرين', 'كتائب المستنفرين',
        'قوات المقاومة الشعبية', 'المقاومة الشعبية المساندة للجيش', 'القيادة العامة للجيش', 'شرطة الاحتياطي المركزي', 'قوات الشرطة السودانية',
        'قوات الأمن السودانية', 'الأجهزة الأمنية السودانية', 'السلطات الأمنية السودانية', 'كتائب الإسلاميين', 'قوات الأورطة الشرقية', 'الأورطة الشرقية',
        ...divisions(),
      ],
      adjectives: ['السوداني'],
    },
    {
      id: 'armed-groups',
      labels: { ar: 'حركات وجماعات مسلحة', en: 'other armed movements' },
      category: 'armed-group',
      forms: [
        'حركة تحرير السودان', 'جيش تحرير السودان', 'حركة العدل والمساواة', 'الحركة الشعبية لتحرير السودان', 'الحركة الشعبية شمال',
        'الحركات المسلحة', 'القوة المشتركة', 'القوات المشتركة', 'حركة تحرير السودان جناح مناوي', 'الحركة الشعبية شمال بقيادة عبد العزيز الحلو', 'قوات الحلو', 'القوة المشتركة للحركات المسلحة', 'الجماعات المسلحة', 'المجموعات المسلحة',
        'جماعة مسلحة', 'مجموعة مسلحة', 'جماعات مسلحة', 'مجموعات مسلحة',
        'ميليشيات قبلية', 'مسلحون قبليون', 'قوات مناوي', 'حركة مناوي', 'حركة تحرير السودان جناح عبد الواحد', 'حركة عبد الواحد',
        'حركة العدل والمساواة السودانية', 'الحركة الشعبية لتحرير السودان شمال',
        // Checklist (issue 14): the Darfur movements' umbrella names, wings by their leaders, and tribal militias.
        // The SPLM-N by its short name and its leader («الحركة الشعبية بقيادة الحلو»).
        'الحركة الشعبية', 'الحركة الشعبية بقيادة الحلو', 'الحركة الشعبية بقيادة عبد العزيز الحلو', 'عبد العزيز الحلو', 'قوات الحركة الشعبية',
        'الحركة الشعبية جناح الحلو', 'حركات الكفاح المسلح', 'القوة المشتركة لحركات الكفاح المسلح', 'الجبهة الثورية',
        'الجبهة الثورية السودانية', 'تجمع قوى تحرير السودان', 'حركة تحرير السودان المجلس الانتقالي', 'قوات جبريل إبراهيم',
        ...militias('قبلية'), 'الميليشيات القبلية', 'المليشيات القبلية', 'مسلحين قبليين', 'المسلحين القبليين',
        // Issue 14/15: the Darfur movements by their leaders' wings (not the leaders alone, who speak as governors and
        // ministers), the joint force's other names, and the smaller militias (Tamazuj) with «حركة/قوات».
        'حركة جيش تحرير السودان', 'جيش تحرير السودان جناح مناوي', 'جيش تحرير السودان جناح عبد الواحد', 'حركة تحرير السودان عبد الواحد',
        'حركة جبريل',
        'القوة المشتركة لحركات دارفور', 'القوات المشتركة لحركات الكفاح المسلح', 'القوة المشتركة لحماية المدنيين', 'القوات المشتركة للحركات',
        'الحركات المسلحة الدارفورية', 'حركات دارفور المسلحة', 'الحركات الموقعة على اتفاق جوبا', 'حركات سلام جوبا', 'حركة تمازج',
        'قوات تمازج', 'الحركة الشعبية شمال جناح عقار', 'الحركة الشعبية جناح عقار', 'قوات عقار', 'قوات الحركة الشعبية شمال',
        'مليشيات قبلية مسلحة', 'مسلحين من القبائل', 'حركة كوش',
      ],
      // Sudanese reports call the gunmen of Darfur's and Kordofan's militias «مسلحون» and «مجموعة مسلحة» without
      // naming them: where the text names no owner, they are the other armed groups, not the army or the RSF.
      defaultFor: ['fighters'],
    },
  ],
  places: ROWS,
  // Each side's fighters by their Sudanese names, counted as fighters: «قتل 20 دعاميا»، «مقتل 12 مستنفرا».
  victims: [
    { id: 'rsf-fighters', labels: { ar: 'الدعامة', en: 'RSF fighters' }, reportsAs: 'fighters', role: 'member', forms: ['دعامي'] },
    { id: 'mobilised-fighters', labels: { ar: 'المستنفرون', en: 'mobilised fighters' }, reportsAs: 'fighters', role: 'member', forms: ['مستنفر'] },
  ],
  sources: [
    { id: 'suna', labels: { ar: 'وكالة السودان للأنباء', en: 'Sudan News Agency' }, forms: ['وكالة السودان للأنباء', 'سونا'] },
    { id: 'sudan-doctors', labels: { ar: 'نقابات الأطباء', en: 'Sudanese doctors' }, forms: ['شبكة أطباء السودان', 'لجنة أطباء السودان المركزية', 'نقابة أطباء السودان', 'اللجنة التمهيدية لنقابة أطباء السودان'] },
    { id: 'emergency-rooms', labels: { ar: 'غرف الطوارئ', en: 'Emergency Response Rooms' }, forms: ['غرفة طوارئ', 'غرف الطوارئ', 'غرف الاستجابة الطارئة', 'محامو الطوارئ', 'مجموعة محامو الطوارئ', 'لجان المقاومة', 'تنسيقية لجان المقاومة', 'لجان مقاومة', 'لجنة مقاومة', 'تنسيقية لجان مقاومة', 'تنسيقية مقاومة', 'غرفة طوارئ مخيم', 'المنسقية العامة للنازحين واللاجئين', 'المنسقية العامة لمعسكرات النازحين واللاجئين', 'هيئة محامي دارفور', 'المرصد السوداني لحقوق الإنسان', 'مرصد دارفور لحقوق الإنسان'] },
    { id: 'state-authorities', labels: { ar: 'سلطات الولاية', en: 'state authorities' }, forms: ['سلطات ولاية الخرطوم', 'حكومة ولاية الخرطوم', 'إدارة الإعلام بولاية الخرطوم', 'حكومة الولاية', 'حكومة شمال كردفان', 'حكومة ولاية شمال كردفان', 'حكومة ولاية شمال دارفور', 'حكومة إقليم دارفور'] },
  ],
  local: {
    'health-ministry': ['وزارة الصحة الاتحادية', 'وزارة الصحة بولاية الخرطوم', 'وزارة الصحة بالخرطوم', 'وزارة الصحة السودانية', 'وزارة الصحة الولائية', 'وزارة الصحة في ولاية الخرطوم', 'وزارة الصحة بولاية شمال دارفور', 'وزارة الصحة بشمال كردفان', 'المستشفى السعودي بالفاشر', 'مستشفى النو', 'مستشفى الفاشر الجنوبي', 'مستشفى البلك', 'مستشفى الأبيض التعليمي', 'مستشفى ود مدني التعليمي', 'مستشفى بشائر', 'مستشفى الضعين التعليمي', 'مستشفى الجنينة التعليمي', 'وزارة الصحة بولاية الجزيرة', 'وزارة الصحة بولاية جنوب دارفور'],
    'civil-defence': ['الدفاع المدني السوداني', 'الإدارة العامة للدفاع المدني'],
    media: ['سودان تربيون', 'راديو دبنقا', 'دبنقا', 'صحيفة الصيحة', 'صحوة نيوز', 'الراكوبة'],
  },
});

