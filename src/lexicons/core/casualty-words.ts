import type { CasualtyWordEntry } from '../../lexicon/types.js';

/**
 * Words that state a casualty, per kind and part of speech. Verbs are written in their base (3rd person
 * masculine past) form and take verb suffixes («قتلت، قتلوا»); verbal nouns and person nouns take noun suffixes
 * («قتيلا، قتيلان، قتيلين»). Broken plurals are listed under `plurals`.
 * @example
 * ```ts
 * casualtyWords.find((w) => w.id === 'killed-noun')?.forms.includes('مقتل'); // → true
 * ```
 */
export const casualtyWords: readonly CasualtyWordEntry[] = [
  // killed
  { id: 'killed-verb', labels: { ar: 'قُتل', en: 'was killed' }, kind: 'killed', pos: 'verb', forms: ['قتل', 'استشهد', 'توفي', 'توفيت', 'توفوا', 'قضى', 'قضت', 'قضوا', 'سقط قتيلا', 'سقطوا قتلى', 'يقتل', 'تقتل', 'يقتلون', 'يستشهد', 'ارتقى', 'مات',
    // Dying now, as sieges and famines are told: «أطفال يموتون جوعاً في المخيم»، «تموت النساء بلا دواء».
    'يموت', 'تموت', 'يموتون'] },
  // The dual and feminine plural of the defective verbs, which do not inflect by rule: «توفيا»، «مقاتلات توفين غرقا»، «قضيا».
  { id: 'killed-verb-forms', labels: { ar: 'توفيا', en: 'died (two, women)' }, kind: 'killed', pos: 'verb', inflect: false, forms: ['توفيا', 'توفين', 'توفيتا', 'قضيا', 'قضين', 'قضتا'] },
  // Drowned, migrants at sea and people in floods: «غرق 40 مهاجراً قبالة السواحل»، «بغرق أربعة مهاجرين». Counted
  // only: a boat, a street or a debt also «غرق» («غرق القارب»، «غرقت الشوارع»).
  { id: 'drowned-verb', labels: { ar: 'غرق', en: 'drowned' }, kind: 'killed', pos: 'verb', forms: ['غرق'] },
  { id: 'drowned-noun', labels: { ar: 'غرق', en: 'drowning' }, kind: 'killed', pos: 'noun', forms: ['غرق'] },
  { id: 'killed-noun', labels: { ar: 'مقتل', en: 'killing' }, kind: 'killed', pos: 'noun', forms: ['مقتل', 'استشهاد', 'وفاة', 'قتل', 'ارتقاء', 'تحييد'] },
  {
    id: 'killed-person', labels: { ar: 'قتيل', en: 'dead' }, kind: 'killed', pos: 'participle',
    // «قتلاه، جرحاهم»: the broken plurals in «ى» write it «ا» before a pronoun.
    // «صريع» (struck down): «سقطوا صرعى»، «خر صريعا».
    // «مقتول» (found killed): «عثر على شاب مقتولاً داخل سيارته».
    forms: ['قتيل', 'شهيد', 'ضحية', 'جثة', 'جثمان', 'متوفى', 'صريع', 'مقتول'], plurals: ['قتلى', 'شهداء', 'ضحايا', 'جثث', 'جثامين', 'أموات', 'وفيات', 'قتلاه', 'قتلاها', 'قتلاهم', 'صرعى'],
  },
  // injured
  { id: 'injured-verb', labels: { ar: 'أُصيب', en: 'was injured' }, kind: 'injured', pos: 'verb', forms: ['أصيب', 'جرح', 'يصاب', 'تصاب'] },
  // The feminine plural of «أصيب» drops its ي: «ثماني نساء أصبن».
  { id: 'injured-verb-forms', labels: { ar: 'أصبن', en: 'were injured (women)' }, kind: 'injured', pos: 'verb', inflect: false, forms: ['أصبن'] },
  // The active verb, with its object: «وأصابت الغارات 200 شخص»، «طعن جندياً وأصابه بجروح».
  { id: 'injuring-verb', labels: { ar: 'أصاب', en: 'injured' }, kind: 'injured', pos: 'verb', forms: ['أصاب', 'يصيب', 'تصيب', 'يصيبون', 'يجرح', 'تجرح', 'يجرحون'] },
  // «اختناق»: suffocation by tear gas or smoke, reported as injuries («20 حالة اختناق»).
  { id: 'injured-noun', labels: { ar: 'إصابة', en: 'injury' }, kind: 'injured', pos: 'noun', forms: ['إصابة', 'جرح', 'اختناق'] },
  { id: 'injured-person', labels: { ar: 'جريح', en: 'injured' }, kind: 'injured', pos: 'participle', forms: ['جريح'], plurals: ['جرحى', 'جرحاه', 'جرحاها', 'جرحاهم'] },
  // «مصاب» takes a sound plural: «مصابين» is read as plural, not as a dual.
  { id: 'injured-participle', labels: { ar: 'مصاب', en: 'injured' }, kind: 'injured', pos: 'participle', forms: ['مصاب'] },
  { id: 'injuries', labels: { ar: 'إصابات', en: 'injuries' }, kind: 'injured', pos: 'participle', number: 'plural', forms: ['إصابات'] },
  // executed
  // Beheading in either tense, of one head or many: «قطعت رأس الراعي»، «قطعوا رؤوس خمسة أسرى»، «تقطع رؤوس 5 شبان».
  {
    id: 'executed-verb', labels: { ar: 'أُعدم', en: 'was executed' }, kind: 'executed', pos: 'verb',
    forms: ['أعدم', 'يعدم', 'تعدم', 'يعدمون', 'قطع رأس', 'فصل رأس', 'قطع رؤوس', 'فصل رؤوس', 'يقطع رأس', 'تقطع رأس', 'يقطع رؤوس', 'تقطع رؤوس', 'يقطعون رؤوس'],
  },
  // Beheading: «قطع رؤوس أربعة رجال»، «قطعوا رأس الراعي»، «فصل رأس أحدهم» («قطع» alone cuts roads and power too; a
  // figurative head, «رأس الأفعى», is no victim the rules read).
  { id: 'executed-noun', labels: { ar: 'إعدام', en: 'execution' }, kind: 'executed', pos: 'noun', forms: ['إعدام', 'إعدامات', 'تصفية', 'قطع رؤوس', 'فصل رؤوس', 'قطع رأس', 'فصل رأس'] },
  // Crucifixion, counted only («صلب 12 شخصا»): «في صلب مهام البعثة» is the core of something.
  { id: 'crucified-noun', labels: { ar: 'صلب', en: 'crucifixion' }, kind: 'executed', pos: 'noun', forms: ['صلب'] },
  // missing
  // Lost trace or contact: «فقد أثر 4 صيادين»، «فقدت آثار 3 مهاجرين»، «فقد الاتصال بخمسة صيادين» (not a loss of life).
  { id: 'missing-verb', labels: { ar: 'فُقد', en: 'went missing' }, kind: 'missing', pos: 'verb', forms: ['فقد أثر', 'فقد آثار', 'فقد الاتصال', 'انقطع الاتصال', 'اختفى أثر', 'اختفت آثار'] },
  // «اختفى» is defective: its endings are listed. «اختفى 3 صيادين»، «أن شابين اختفيا».
  { id: 'missing-verb-forms', labels: { ar: 'اختفى', en: 'disappeared' }, kind: 'missing', pos: 'verb', inflect: false, forms: ['اختفى', 'اختفت', 'اختفيا', 'اختفتا', 'اختفوا', 'اختفين'] },
  { id: 'missing-noun', labels: { ar: 'فقدان', en: 'disappearance' }, kind: 'missing', pos: 'noun', forms: ['فقدان', 'اختفاء'] },
  { id: 'missing-person', labels: { ar: 'مفقود', en: 'missing' }, kind: 'missing', pos: 'participle', forms: ['مفقود'] },
  // trapped
  { id: 'trapped-person', labels: { ar: 'عالق', en: 'trapped' }, kind: 'trapped', pos: 'participle', forms: ['عالق', 'محتجز تحت الأنقاض', 'محاصر تحت الأنقاض'] },
  // detained
  // «يحتجز/تحتجز» hold now: «قوات الدعم السريع تحتجز سبعة مدنيين».
  // Headlines tell events in the present: «قوات الاحتلال تعتقل 15 فلسطينيا»، «مسلحون يختطفون 4 مهندسين».
  {
    id: 'detained-verb', labels: { ar: 'اعتُقل', en: 'was detained' }, kind: 'detained', pos: 'verb',
    forms: ['اعتقل', 'اختطف', 'خطف', 'أسر', 'احتجز', 'يحتجز', 'تحتجز', 'يحتجزون', 'يعتقل', 'تعتقل', 'يعتقلون', 'يختطف', 'تختطف', 'يختطفون',
      'يخطف', 'تخطف', 'يخطفون',
      // «القوات تأسر 10 عناصر»; not «يأسر», which is the name «ياسر» once its hamza is folded.
      'تأسر'],
  },
  // «خطف» is the verb too: read as the verb first, as «قتل» is («قام مسلحون بخطف شاب»، «عملية خطف»).
  { id: 'detained-noun', labels: { ar: 'اعتقال', en: 'arrest' }, kind: 'detained', pos: 'noun', forms: ['اعتقال', 'اختطاف', 'احتجاز', 'خطف'] },
  // «أسر» (capture) as written only: «أسرة» and «أسر» with endings are families.
  { id: 'captured-noun', labels: { ar: 'أسر', en: 'capture' }, kind: 'detained', pos: 'noun', inflect: false, forms: ['أسر'] },
  { id: 'detained-person', labels: { ar: 'معتقل', en: 'detainee' }, kind: 'detained', pos: 'participle', forms: ['معتقل', 'مختطف', 'محتجز', 'أسير',
    // Lebanese and Maghrebi press: «عدد الموقوفين بلغ 300». Not «مخطوف», mostly an adjective of a group told before
    // («النساء والأطفال المخطوفون مجهولو المصير»).
    'موقوف'], plurals: ['أسرى'] },
  // «قتلى ومخطوفون»، «عدد من الجرحى والمخطوفين»: abducted, read only when joined to another casualty word (grammar
  // `JOINED_ONLY`); alone it is mostly an adjective of people told before.
  { id: 'abducted-person', labels: { ar: 'مخطوف', en: 'abducted' }, kind: 'detained', pos: 'participle', forms: ['مخطوف'] },
  // Led away by force and made to disappear: «اقتادت القوة 14 شخصا إلى جهة مجهولة»، «اقتياد 700 رجل»، «إخفاء عدد من رجالها».
  // The passive too: «اقتيد 7 شبان إلى جهة مجهولة».
  { id: 'led-away-verb', labels: { ar: 'اقتاد', en: 'led away' }, kind: 'detained', pos: 'verb', forms: ['اقتاد', 'يقتاد', 'تقتاد', 'اقتيد'] },
  { id: 'led-away-noun', labels: { ar: 'اقتياد', en: 'leading away' }, kind: 'detained', pos: 'noun', forms: ['اقتياد', 'إخفاء'] },
  // Arrested, a verb that also stops things («أوقفت الشرطة 4 شبان»، «توقيف 6 أشخاص»، Maghrebi «إيقاف 5 مشتبهين» but
  // «أوقفت القتال»، «إيقاف إطلاق النار»): counted only.
  { id: 'arrested-verb', labels: { ar: 'أوقف', en: 'arrested' }, kind: 'detained', pos: 'verb', forms: ['أوقف', 'يوقف',
    // Egyptian and Gulf police reports seize people as goods: «ضبط 5 متهمين»، «تمكنت من ضبط 3 مطلوبين» (not «ضبط النفس»).
    'ضبط'] },
  { id: 'arrested-noun', labels: { ar: 'توقيف', en: 'arrest' }, kind: 'detained', pos: 'noun', forms: ['توقيف', 'إيقاف'] },
];
