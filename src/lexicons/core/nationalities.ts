import type { VictimEntry } from '../../lexicon/types.js';

/**
 * Nationality nouns as victims: «مقتل 7 عراقيين»، «استشهد فلسطينيان»، «سقوط 15 سوريا»، «مقتل 4 أكراد», and religious
 * communities, read the same way: «إعدام 21 قبطياً»، «اختطاف 5 مسيحيين»، «مقتل 3 دروز». They report
 * `people`. The cascade reads a nationality as the victims only when it is counted, dual or plural, right after a
 * casualty word, or an accusative subject after «أن» («إن فلسطينياً أصيب»): a bare «سوريا» or «تركيا» is the country,
 * «القوات التركية» an adjective.
 * @example
 * ```ts
 * nationalities[0]?.forms.includes('عراقي'); // → true
 * ```
 */
export const nationalities: readonly VictimEntry[] = [
  {
    id: 'nationals', labels: { ar: 'مواطنو دولة', en: 'nationals' }, reportsAs: 'people', role: 'nationality',
    forms: [
      'سوري', 'فلسطيني', 'عراقي', 'لبناني', 'يمني', 'سوداني', 'ليبي', 'صومالي', 'مصري', 'أردني', 'تونسي', 'أفغاني', 'باكستاني',
      'إسرائيلي', 'إيراني', 'أمريكي', 'أميركي', 'سعودي', 'إماراتي', 'كويتي', 'قطري', 'بحريني', 'عماني',
      'مغربي', 'جزائري', 'موريتاني', 'إثيوبي', 'أثيوبي', 'إريتري', 'تشادي', 'أوغندي', 'نيجيري', 'بريطاني',
      'فرنسي', 'أوكراني', 'هندي', 'بنغالي', 'فلبيني', 'كردي',
      // Foreign workers and hostages: «خطفت ثلاثة فلبينيين وكورياً واحداً».
      'كوري', 'صيني', 'ياباني', 'نيبالي', 'تايلندي', 'تايلاندي', 'إندونيسي', 'ألماني', 'إيطالي', 'كندي', 'أسترالي', 'إسباني',
      'سريلانكي', 'تركماني', 'إيزيدي', 'يزيدي', 'رواندي', 'سنغالي', 'نيجري', 'كاميروني',
      // Religious communities (not «سني», whose «سنة» is a year, nor «مسلم» or «علوي», personal names too: «علوي» by
      // its plural only).
      'قبطي', 'مسيحي', 'شيعي', 'درزي', 'آشوري', 'سرياني', 'أرمني',
    ],
    // «تركي»، «روسي»، «كيني» are left to their plurals: with the accusative ا they are the countries' names.
    // «ثلاثة كينيين»، «وتنزانيين»: their sound plurals are read, the singular being the country with its ا.
    // Broken plurals of nationalities and peoples: «مغاربة»، «أفغان»، «ألمان»، «تركمان».
    plurals: ['أكراد', 'أتراك', 'روس', 'هنود', 'كينيين', 'كينيون', 'تنزانيين', 'تنزانيون', 'مغاربة', 'أفغان', 'ألمان', 'تركمان', 'أقباط', 'دروز', 'أرمن', 'علويين', 'علويون',
      // «بوروندي»، «جيبوتي» are also the countries' names: their plurals only.
      'بورونديين', 'بورونديون', 'جيبوتيين', 'جيبوتيون',
      // Peoples and communities of the eight conflicts: «مقتل 5 من التبو» (Libya), «الطوارق»، «الأمازيغ»، «الكرد»، «السريان»،
      // «الشركس»، «الشيعة»، «الصابئة»، «الكاكائيين» (Iraq), «المساليت»، «الزغاوة» (Darfur), «الأورومو», «اليهود». Not «الفور»
      // («فور وصوله»), «النوبة» (a fit), «الشبك» (a net), «عفر»; «إسماعيلي» is also a football club: the plural only.
      'تبو', 'طوارق', 'أمازيغ', 'كرد', 'سريان', 'شركس', 'شيعة', 'صابئة', 'كاكائيين', 'كاكائيون', 'إسماعيليين', 'إسماعيليون',
      'مساليت', 'زغاوة', 'أورومو', 'يهود', 'روسيين'],
  },
];
