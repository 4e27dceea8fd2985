/**
 * The Lebanon conflict pack: Israel and Hezbollah (and its allies fighting from the south); the governorates
 * with their capitals and the southern and Bekaa towns casualty reports name most; Lebanese reporting bodies.
 * @module lexicons/lebanon
 */
import type { Lexicon } from '../../lexicon/types.js';
import { conflictPack } from '../conflict-pack.js';
import { governorateOf, spaced, within, type Row } from '../gazetteer.js';
import { actorNouns } from '../core/actor-nouns.js';
import { extend } from '../extend.js';
import { israeliUnits, occupationForms, regional, settlerForms } from '../regional/actors.js';
import { militias } from '../spellings.js';

const governorate = /* @__PURE__ */ governorateOf('lebanon');
// The South and Nabatieh governorates make up South Lebanon: «عيتا الشعب في جنوب لبنان» is one chain.
const southern = /* @__PURE__ */ governorateOf('south-lebanon-region');

const ROWS: readonly Row[] = [
  ['lebanon', 'Lebanon', ['لبنان', 'الجمهورية اللبنانية'], 'country'],
  ['south-lebanon-region', 'South Lebanon', ['جنوب لبنان', 'الجنوب اللبناني'], 'region', 'lebanon'],
  ...governorate('beirut', 'Beirut', ['بيروت']),
  ['mount-lebanon-governorate', 'Mount Lebanon Governorate', ['محافظة جبل لبنان', 'جبل لبنان'], 'governorate', 'lebanon'],
  ...southern('south-lebanon', 'South', ['?الجنوب'], false),
  ['sidon', 'Sidon', ['صيدا'], 'city', 'south-lebanon-governorate'],
  ...southern('nabatieh', 'Nabatieh', ['النبطية']),
  ...governorate('bekaa', 'Beqaa', ['البقاع'], false),
  ['zahle', 'Zahle', ['زحلة'], 'city', 'bekaa-governorate'],
  ...governorate('baalbek-hermel', 'Baalbek-Hermel', ['بعلبك الهرمل'], false),
  ['baalbek', 'Baalbek', ['بعلبك'], 'city', 'baalbek-hermel-governorate'],
  ['hermel', 'Hermel', ['الهرمل'], 'city', 'baalbek-hermel-governorate'],
  ...governorate('north-lebanon', 'North', ['?الشمال'], false),
  ['tripoli-lebanon', 'Tripoli', ['طرابلس'], 'city', 'north-lebanon-governorate'],
  ...governorate('akkar', 'Akkar', ['عكار']),
  ...within('district', 'beirut', spaced, ['الضاحية الجنوبية|الضاحية|ضاحية بيروت الجنوبية:dahiyeh', 'حارة حريك:haret-hreik', 'برج البراجنة:burj-al-barajneh', 'الغبيري:ghobeiry', 'الشياح:chiyah', 'المريجة:mreijeh', 'الليلكي:laylaki', '?الحدث:hadath', 'الباشورة:bachoura', 'رأس النبع:ras-al-nabaa', 'مرفأ بيروت:beirut-port=Beirut port']),
  ...within('town', 'south-lebanon-governorate', spaced, ['?صور:tyre', 'الناقورة:naqoura', 'الضهيرة:dhayra', 'علما الشعب:alma-al-shaab', 'شيحين:chihine', 'طير حرفا:tayr-harfa', '?معركة:maaraka', 'قانا:qana', 'الزلوطية:zalloutieh', 'المنصوري:mansouri', 'مخيم عين الحلوة|عين الحلوة:ain-al-hilweh=Ain al-Hilweh camp', 'مخيم الرشيدية:rashidieh']),
  ...within('town', 'nabatieh-governorate', spaced, ['مرجعيون:marjayoun', '?الخيام:khiam', 'كفر كلا|كفركلا:kfar-kila', 'حولا:houla', 'ميس الجبل:mays-al-jabal', 'العديسة:odaisseh', 'شبعا:shebaa', 'كفرشوبا|كفر شوبا:kfarchouba', 'كفر حمام:kfar-hamam', 'حاصبيا:hasbaya', 'القليعة:qlayaa', 'بليدا:blida', 'مركبا:markaba', '?الطيبة:taybeh', 'النبطية الفوقا:nabatieh-al-fawqa', 'كفررمان:kfar-roummane', '?جباع:jbaa', 'بنت جبيل:bint-jbeil', 'عيترون:aitaroun', 'عيتا الشعب:aita-al-shaab', 'رميش:rmeish', 'يارون:yaroun', 'مارون الراس:maroun-al-ras', 'عيناتا:ainata']),
  ...within('town', 'baalbek-hermel-governorate', spaced, ['بريتال:brital', 'النبي شيت:nabi-chit', '?القصر:qasr', 'شمسطار:shmestar', 'بدنايل:bednayel']),
  ...within('town', 'bekaa-governorate', spaced, ['سحمر:sohmor', 'مشغرة:machghara', 'شتورة:chtaura', 'جب جنين:joub-jannine']),
  // Checklist (issue 14): the border villages and the Tyre, Bint Jbeil, Marjayoun and Nabatieh villages the 2023–24
  // war's reports name, the Bekaa and Baalbek towns it reached, the southern suburbs' quarters and the coast south of Beirut.
  ...within('town', 'south-lebanon-governorate', spaced, ['يارين:yarin', 'مروحين:marwahin', 'صديقين:siddiqin', 'جويا:jouaiya', 'الشهابية:chehabiyeh', 'برج رحال:burj-rahal', 'العباسية:abbasiyeh', 'البازورية:bazouriyeh', 'مجدل زون:majdal-zoun', 'زبقين:zibqin', '?الجبين:jebbayn', 'البياضة:bayada', '?شمع:chamaa', 'برج الشمالي:burj-al-shemali', 'عيتيت:aitit', 'المية ومية:miyeh-w-miyeh', '?الغازية:ghaziyeh', 'الصرفند:sarafand', 'جزين:jezzine']),
  ...within('town', 'nabatieh-governorate', spaced, ['دير سريان:deir-siriane', '?القنطرة:qantara', 'عدشيت:adchit', 'الوزاني:wazzani', 'الماري:mari', 'الهبارية:hebbariyeh', 'راشيا الفخار:rashaya-al-fukhar', 'دير ميماس:deir-mimas', 'محيبيب:mhaibib', 'رب ثلاثين:rab-thalathin', 'برج الملوك:burj-al-muluk', 'كفرتبنيت:kfar-tebnit', 'زوطر:zawtar', 'يحمر الشقيف:yohmor', 'أرنون:arnoun', 'حبوش:habbouch', 'دير الزهراني:deir-al-zahrani', 'جبشيت:jibchit', 'عربصاليم:arab-salim', 'جرجوع:jarjouaa', '?رامية:ramyeh', 'القوزح:qawzah', 'دبل:debel', 'عين إبل:ain-ebel', 'حانين:hanine', 'بيت ليف:beit-lif', 'ياطر:yater', 'حاريص:haris', 'كفرا:kafra', 'برعشيت:baraachit', 'شقرا:chakra', 'تبنين:tebnine', 'مجدل سلم:majdal-selm', 'الصوانة:sawaneh', 'خربة سلم:khirbet-selm', 'السلطانية:sultaniyeh']),
  ...within('town', 'baalbek-hermel-governorate', spaced, ['دورس:douris', 'طاريا:taraya', 'سرعين:saraain', 'بوداي:boudai', '?القاع:qaa', 'رأس بعلبك:ras-baalbek', 'تمنين:temnin']),
  ...within('town', 'bekaa-governorate', spaced, ['علي النهري:ali-al-nahri', 'رياق:rayak']),
  ...within('district', 'beirut', spaced, ['?الكولا:cola', 'الأوزاعي:ouzai', 'بئر العبد:bir-al-abed', 'الرويس:ruways', '?صفير:sfeir']),
  ...within('town', 'mount-lebanon-governorate', spaced, ['الدامور:damour', 'الجية:jiyeh', 'برجا:barja', 'سبلين:sibline']),
];

/**
 * The Lebanon pack (id and country `lebanon`), validated and deeply frozen: give it to `createAnalyzer({ packs })`.
 * @example
 * ```ts
 * lebanonPack.actors?.find((a) => a.forms.includes('حزب الله'))?.id; // → 'hezbollah'
 * ```
 */
export const lebanonPack: Lexicon = /* @__PURE__ */ conflictPack({
  id: 'lebanon',
  labels: { ar: 'لبنان', en: 'Lebanon' },
  description: 'Israel–Hezbollah conflict in Lebanon: armed actors, gazetteer and sources',
  actors: [
    // Over Lebanon, warplanes and drones that strike are Israel's.
    // Lebanese outlets (NNA, Hezbollah's and Amal's media) call Israel «العدو» and its strikes «معادية»: «غارة معادية»،
    // «المسيرة المعادية» name it by that adjective alone.
    {
      ...regional('israel', [...occupationForms, 'الجيش الإسرائيلي في لبنان', 'العدو', 'طيران العدو', 'مسيرة إسرائيلية', 'مسيرة معادية', 'الطيران المعادي', 'مسيرات العدو', 'مدفعية العدو', 'جيش العدو الإسرائيلي', 'الطيران الحربي المعادي', 'الطيران المسير المعادي',
        // Checklist (issue 14): the quadcopters and gunboats of Lebanese copy, and the army's units named by its reports.
        'محلقة إسرائيلية', 'محلقة معادية', 'المحلقات الإسرائيلية', 'محلقات إسرائيلية', 'مسيرة إسرائيلية معادية', 'طائرة استطلاع إسرائيلية',
        'الزوارق الإسرائيلية', 'زوارق العدو', 'البوارج الإسرائيلية', 'قوة إسرائيلية', 'قوة كوماندوز إسرائيلية', 'العدو الصهيوني',
        ...israeliUnits]),
      adjectives: ['الإسرائيلي', 'الصهيوني', 'المعادي', 'المعاد'],
      defaultFor: ['aircraft', 'drones'],
    },
    {
      id: 'hezbollah',
      labels: { ar: 'حزب الله', en: 'Hezbollah' },
      category: 'armed-group',
      forms: [
        'حزب الله', 'حزب الله اللبناني', 'المقاومة الإسلامية', 'المقاومة الإسلامية في لبنان', 'مقاتلي حزب الله', 'عناصر حزب الله',
        ...militias('حزب الله'), 'الأمين العام لحزب الله', 'حسن نصر الله', 'نعيم قاسم', 'قوة الرضوان',
        // In Lebanese copy «المقاومة» and «الحزب» alone are Hezbollah; its fighters as its own media name them.
        'المقاومة', 'رجال المقاومة', 'مجاهدي المقاومة الإسلامية', 'مقاتلي المقاومة', 'عناصر المقاومة', 'الحزب', 'وحدة الرضوان',
        'مقاتلي الحزب', 'عناصر الحزب', 'الوحدة الصاروخية في حزب الله', 'الجناح العسكري لحزب الله', 'حزب الله الإرهابي',
        // Checklist (issue 14): the resistance as Lebanese copy names it, its units and the names its opponents use.
        'المقاومة اللبنانية', 'سرايا المقاومة اللبنانية', 'قوات الرضوان', 'وحدة عزيز', 'وحدة نصر', 'وحدة بدر', 'حزب إيران',
        'حزب الله المدعوم من إيران', 'الحزب المدعوم من إيران', 'مسلحي حزب الله', 'مسلحو حزب الله', 'مجاهدي المقاومة', 'المقاومة في لبنان',
      ],
    },
  ],
  places: ROWS,
  // Settlers as agents have no actor id, as in the Palestine pack.
  actorNouns: [extend(actorNouns, 'unknown-attackers', settlerForms)],
  sources: [
    { id: 'nna', labels: { ar: 'الوكالة الوطنية للإعلام', en: 'National News Agency' }, forms: ['الوكالة الوطنية للإعلام', 'الوكالة الوطنية', 'وكالة الأنباء اللبنانية', 'وكالة الأنباء اللبنانية الرسمية'] },
    { id: 'hezbollah-media', labels: { ar: 'إعلام حزب الله', en: 'Hezbollah media' }, actor: 'hezbollah', forms: ['قناة المنار', 'المنار', 'الإعلام الحربي في حزب الله', 'الإعلام الحربي للمقاومة الإسلامية'] },
    { id: 'unifil', labels: { ar: 'اليونيفيل', en: 'UNIFIL' }, forms: ['اليونيفيل', 'قوات اليونيفيل', 'قوات حفظ السلام', 'قوات الطوارئ الدولية'] },
  ],
  local: {
    'health-ministry': ['وزارة الصحة اللبنانية', 'وزارة الصحة العامة', 'مركز عمليات طوارئ الصحة', 'الهيئة الصحية الإسلامية', 'الصليب الأحمر اللبناني', 'كشافة الرسالة', 'كشافة الرسالة الإسلامية'],
    'civil-defence': ['الدفاع المدني اللبناني'],
    media: ['الميادين', 'قناة الميادين', 'المؤسسة اللبنانية للإرسال', 'تلفزيون الجديد'],
  },
});

