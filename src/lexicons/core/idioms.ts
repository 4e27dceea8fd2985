import type { CasualtyWordEntry } from '../../lexicon/types.js';

/**
 * Idioms and less common casualty words of real reporting: «مصرع 3 أطفال»، «اغتيال قياديين»، «نحو 20 هالكا»،
 * «خسائر بشرية»، «فارق الحياة». Verbs take verb suffixes, nouns noun suffixes, as in the main casualty words.
 * «مصرع» takes its pronouns («أدى إلى مصرعه»); after «لقي» it is still read as that idiom's object («لقوا مصرعهم»).
 * @example
 * ```ts
 * casualtyIdioms.find((w) => w.id === 'death-noun')?.forms.includes('مصرع'); // → true
 * ```
 */
export const casualtyIdioms: readonly CasualtyWordEntry[] = [
  { id: 'death-noun', labels: { ar: 'مصرع', en: 'death' }, kind: 'killed', pos: 'noun', forms: ['مصرع'] },
  { id: 'assassinated-verb', labels: { ar: 'اغتيل', en: 'was assassinated' }, kind: 'killed', pos: 'verb', forms: ['اغتال', 'اغتيل', 'يغتال', 'تغتال', 'يغتالون', 'فارق الحياة', 'لفظ أنفاسه'] },
  // Wiping out: «أبيدت عائلة بأكملها»، «أباد القصف أسرة كاملة». The verbs only: «حرب الإبادة» names no victims.
  { id: 'wiped-out', labels: { ar: 'أُبيد', en: 'was wiped out' }, kind: 'killed', pos: 'verb', forms: ['أباد', 'أبيد'] },
  { id: 'assassination', labels: { ar: 'اغتيال', en: 'assassination' }, kind: 'killed', pos: 'noun', forms: ['اغتيال'] },
  {
    id: 'perished', labels: { ar: 'هالك', en: 'perished' }, kind: 'killed', pos: 'participle', forms: ['هالك'], plurals: ['هلكى', 'هلكة'],
  },
  // The verb, said of an enemy's dead: «هلك 4 من المرتزقة في الهجوم».
  { id: 'perished-verb', labels: { ar: 'هلك', en: 'perished' }, kind: 'killed', pos: 'verb', forms: ['هلك'] },
  // Perishing, said of an enemy's dead: «هلاك 6 إرهابيين».
  { id: 'perishing', labels: { ar: 'هلاك', en: 'perishing' }, kind: 'killed', pos: 'noun', forms: ['هلاك'] },
  {
    id: 'human-losses', labels: { ar: 'خسائر بشرية', en: 'human losses' }, kind: 'killed', pos: 'participle', number: 'plural',
    forms: ['خسائر بشرية', 'خسائر بالأرواح', 'خسائر في الأرواح'],
  },
  // «ارتكبت مجزرة بحق 20 مدنيا»: a massacre is a killing when its victims follow (directly or after «بحق»); a bare
  // «مجزرة الحولة» names an event, not a toll.
  { id: 'massacre', labels: { ar: 'مجزرة', en: 'massacre' }, kind: 'killed', pos: 'noun', forms: ['مجزرة', 'مذبحة'], plurals: ['مجازر', 'مذابح'] },
  // «ألقت الشرطة القبض على ستة»، «تم القبض على ثلاثة»: an arrest, the arrested after «على».
  { id: 'arrest-idiom', labels: { ar: 'القبض على', en: 'arrest' }, kind: 'detained', pos: 'noun', forms: ['القبض على'] },
  // The verb, active or passive: «قبض على 3 مطلوبين»، «قبضت الأجهزة على 5 متهمين».
  { id: 'arrest-verb', labels: { ar: 'قبض على', en: 'arrested' }, kind: 'detained', pos: 'verb', forms: ['قبض على', 'يقبض على', 'تقبض على'] },
  // A campaign of raids that reached people arrested them: «حملة دهم طالت 25 شاباً». With its verb of reaching only: a
  // raid alone names nobody, and an arrest verb may take its object past it («اعتقلت خلال حملة دهم … 9 مواطنين»).
  {
    id: 'raid-campaign', labels: { ar: 'حملة دهم', en: 'raid campaign' }, kind: 'detained', pos: 'noun', inflect: false,
    forms: ['حملة دهم', 'حملة مداهمة', 'حملات دهم', 'حملات مداهمة', 'حملة دهم وتفتيش', 'حملة مداهمة وتفتيش', 'حملة تفتيش']
      .flatMap((raid) => ['طالت', 'شملت', 'طاولت'].map((reaching) => `${raid} ${reaching}`)),
  },
  // Mourning the dead of one's own side: «نعى حزب الله ثلاثة من عناصره»، «الحركة تنعى 4 من مقاتليها». Counted only: a
  // named or pronoun object («نعاهما») is someone a mention already counts. Written out: the verb is defective.
  { id: 'mourned-verb', labels: { ar: 'نعى', en: 'mourned' }, kind: 'killed', pos: 'verb', inflect: false, forms: ['نعى', 'نعت', 'نعوا', 'ينعى', 'تنعى', 'ينعون'] },
  // The forcibly disappeared: «تحول 1877 من المعتقلين إلى مختفين قسرياً»، «12 مخفياً قسراً»، «المغيبين قسراً» (Iraq).
  {
    id: 'disappeared', labels: { ar: 'مختفون قسرياً', en: 'forcibly disappeared' }, kind: 'missing', pos: 'participle', inflect: false,
    forms: ['مختف', 'مختفين', 'مختفون', 'مختفيا', 'مخفي', 'مخفيين', 'مخفيون', 'مخفيا', 'مغيب', 'مغيبين', 'مغيبون', 'مغيبا']
      .flatMap((who) => [`${who} قسريا`, `${who} قسرا`]),
  },
  // Shot dead: «أردى القناص ثلاثة شبان»، «أردوه قتيلاً»، «ليرديه قتيلاً». Written out: the verb is defective. Not «تردي»,
  // which is as often a decline («تردي الأوضاع»).
  { id: 'shot-dead', labels: { ar: 'أردى', en: 'shot dead' }, kind: 'killed', pos: 'verb', inflect: false, forms: ['أردى', 'أردوا', 'يردي'] },
  // The verbs, past and present, before the nouns so that a word of both is read as the verb first, as «قتل» is:
  // «ذبح التنظيم ثلاثة شبان»، «أن رجلين ذبحا»، «مسلحون يذبحون 5 رعاة».
  { id: 'slaughtered-verb', labels: { ar: 'ذبح', en: 'slaughtered' }, kind: 'executed', pos: 'verb', forms: ['ذبح', 'نحر', 'يذبح', 'تذبح', 'يذبحون'] },
  { id: 'slaughtered', labels: { ar: 'ذبح', en: 'slaughter' }, kind: 'executed', pos: 'noun', forms: ['نحر', 'ذبح'] },
  // Finishing off the wounded or a captive: «أجهز المسلح على الجندي»، «الإجهاز على الجرحى».
  { id: 'finished-off', labels: { ar: 'أجهز على', en: 'finished off' }, kind: 'executed', pos: 'verb', forms: ['أجهز على'] },
  { id: 'finishing-off', labels: { ar: 'الإجهاز على', en: 'finishing off' }, kind: 'executed', pos: 'noun', forms: ['إجهاز على'] },
];
