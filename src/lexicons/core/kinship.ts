import type { VictimEntry } from '../../lexicon/types.js';

/**
 * Kinship nouns as victims: «استشهد رجل وزوجته»، «اعتقال أب ونجله»، «أصيبت أم واثنان من أبنائها». With no age given
 * they report `people`. Words that are also common function words or month names («أم» or, «أب» August) are
 * written with the article only; feminine nouns are also listed with the ت they take before a possessive.
 * @example
 * ```ts
 * kinship[0]?.reportsAs; // → 'people'
 * ```
 */
export const kinship: readonly VictimEntry[] = [
  {
    id: 'kin', labels: { ar: 'أقارب', en: 'relatives' }, reportsAs: 'people', role: 'kinship',
    forms: ['زوجة', 'زوج', 'ابن', 'ابنة', 'نجل', 'نجلة', 'شقيق', 'شقيقة', 'والد', 'والدة', 'حفيد', 'حفيدة', 'الأم', 'الأب', 'الأخ', 'ابنتا', 'شقيقتا',
      // Before a possessive the feminine ة is written ت: «زوجته»، «ابنتها».
      'زوجت', 'ابنت', 'نجلت', 'شقيقت', 'والدت', 'حفيدت', 'أخت',
      // «أم» and «أخ» with a pronoun, written out, «أخ» in each case: «قتلت طفلة وأمها»، «أصيب شاب وأخوه»، «مقتل أخيه»،
      // «اعتقلوا أخاه» («عن أبيه» is too common a phrase).
      'أمه', 'أمها', 'أمهم', 'أمهما', 'أخوه', 'أخوها', 'أخوهم', 'أخيه', 'أخيها', 'أخيهم', 'أخاه', 'أخاها', 'أبوه', 'أبوها', 'أبوهم', 'أبوهما',
      // Uncles, aunts, a grandmother and in-laws, with their pronoun only: bare «عم» is «about what», «جدة» (Jeddah)
      // and «خالة» fold to the forms «جده»، «خاله» take, which are left to the written pronouns.
      'عمه', 'عمها', 'عمهم', 'خاله', 'خالها', 'خالهم', 'عمته', 'عمتها', 'خالته', 'خالتها', 'جدته', 'جدتها', 'جدتهم', 'صهره', 'صهرها',
      // A son as «ولد», with his parent's pronoun only: bare «ولد» is also «was born».
      'ولده', 'ولدها', 'ولدهم', 'ولدهما'],
    // Before a possessive the final hamza sits on ي in the genitive and on و in the nominative: «أبنائها»، «أشقائه»،
    // «استشهد رجل وأبناؤه الثلاثة».
    plurals: ['أبناء', 'أحفاد', 'أشقاء', 'إخوة', 'أخوة', 'بنات', 'أنجال', 'زوجات', 'أخوات', 'أبنائ', 'أشقائ', 'أبناؤ', 'أشقاؤ', 'أقارب', 'أقرباء', 'أقربائ', 'أقرباؤ'],
  },
  // His or her two children, whose «يه» the word forms leave to a nisba in ة: «استشهد رجل وطفليه».
  { id: 'children-two-of', labels: { ar: 'طفلاه', en: 'his two children' }, reportsAs: 'children', role: 'kinship', number: 'dual', inflect: false, forms: ['طفليه', 'طفليها', 'طفلتيه', 'طفلتيها'] },
  // Two of kin: «أب وأم وثلاثة أطفال» (alone, «أب» and «أم» are August and «or»), «الأبوان».
  {
    id: 'kin-two', labels: { ar: 'قريبان', en: 'two relatives' }, reportsAs: 'people', role: 'kinship', number: 'dual',
    forms: ['أب وأم', 'أم وأب', 'الأب والأم', 'الأم والأب', 'أبوين', 'الأبوين', 'أبوان', 'الأبوان'],
  },
  // Duals before a possessive, whose endings the word forms do not derive: «والديها»، «ابنيه»، «شقيقتيه». Written
  // whole, with no article: «الأبنية» (buildings) folds to «الابنيه».
  {
    id: 'kin-two-of', labels: { ar: 'قريباه', en: 'his two relatives' }, reportsAs: 'people', role: 'kinship', number: 'dual', inflect: false,
    forms: [
      'والدي', 'ابني', 'شقيقي', 'ابنتي', 'شقيقتي', 'حفيدي',
      // His or her two …, each stem with the genitive and the nominative dual: «نجليه أصيبا»، «ابنتاها».
      ...['والد', 'ابن', 'نجل', 'شقيق', 'ابنت', 'شقيقت', 'حفيد', 'ولد'].flatMap((stem) => ['يه', 'يها', 'اه', 'اها'].map((end) => stem + end)),
    ],
  },
];
