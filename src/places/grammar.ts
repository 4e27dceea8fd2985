/**
 * The words place phrases are made of, in search-normalized form (ة → ه, ى → ي, no hamza seats).
 * @module places/grammar
 */

/**
 * Nouns that head a place phrase: «حي الشعار»، «بلدة كفرنبل»، «ريف إدلب»، «مخيم اليرموك»; and the administrative units
 * of the packs' countries: «مديرية صرواح» (Yemen), «قضاء سنجار» (Iraq, Lebanon), «محلية كرري» (Sudan), «بلدية».
 */
export const PLACE_NOUNS: readonly string[] = [
  'حي', 'احياء', 'حيي', 'مدينه', 'مدن', 'بلده', 'بلدات', 'قريه', 'قري', 'ريف', 'ريفي', 'ارياف', 'محافظه', 'محافظتي',
  'محافظات', 'منطقه', 'مناطق', 'مخيم', 'ناحيه', 'بلدتي', 'مدينتي', 'قريتي', 'حاره', 'شارع', 'سوق', 'مستشفي', 'مشفي',
  'مدرسه', 'جبل', 'جبال', 'عاصمه', 'مديريه', 'مديريات', 'مديريتي', 'قضاء', 'اقضيه', 'قضائي', 'محليه', 'بلديه',
];

/** Plural and dual place nouns: their names may be coordinated («أحياء المغاير والسكري والمشهد»). */
export const PLACE_LISTS: readonly string[] = [
  'احياء', 'حيي', 'مدن', 'بلدات', 'قري', 'ريفي', 'ارياف', 'محافظتي', 'محافظات', 'مناطق', 'بلدتي', 'مدينتي', 'قريتي',
  'مديريات', 'مديريتي', 'اقضيه', 'قضائي',
];

/**
 * Directions that lead from one place to the place around it: «بخان شيخون جنوب إدلب»، «حي الرميلة شمال شرقي مدينة
 * الرقة». A second direction may follow the first.
 */
export const DIRECTIONS: readonly string[] = [
  'شمال', 'جنوب', 'شرق', 'غرب', 'شمالي', 'جنوبي', 'شرقي', 'غربي', 'وسط', 'شمالا', 'جنوبا', 'شرقا', 'غربا',
];

/** Direction adjectives of a countryside: «الريف الجنوبي لإدلب». */
export const DIRECTION_ADJECTIVES: readonly string[] = [
  'الشمالي', 'الجنوبي', 'الشرقي', 'الغربي', 'الشماليه', 'الجنوبيه', 'الشرقيه', 'الغربيه',
];

/** Words that end a place name: prepositions, directions, time words, relatives, adjectives of the place. */
export const NOT_PLACE_NAMES: readonly string[] = [
  'في', 'من', 'علي', 'الي', 'عن', 'مع', 'بين', ...DIRECTIONS, ...DIRECTION_ADJECTIVES, 'قرب', 'بالقرب', 'منذ', 'خلال',
  'بعد', 'قبل', 'ضد', 'اليوم', 'امس', 'حيث', 'التي', 'الذي', 'الخاضعه', 'الخاضع', 'المحاصره', 'المحاصر', 'ذاته', 'ذاتها',
  'نفسه', 'نفسها', 'المجاور', 'المجاوره', 'القريب', 'القريبه', 'اخري', 'اخر',
];

/**
 * The first words of compound place names, after which a second word belongs to the name without the article:
 * «معرة مصرين»، «كفر تخاريم»، «تل رفعت»، «عين عيسى»، «خان أرنبة»، «دير حافر»، «بيت جن»، «أبو خشب»، «جديد عكيدات».
 */
export const NAME_FIRST_WORDS: readonly string[] = [
  'كفر', 'تل', 'تلول', 'عين', 'خان', 'جسر', 'معره', 'معرت', 'دير', 'بيت', 'ابو', 'ام', 'راس', 'قصر', 'بير', 'بئر', 'كرم',
  'باب', 'بستان', 'ضهره', 'مساكن', 'قلعه', 'حمام', 'مزرعه', 'تله', 'مرج', 'وادي', 'سهل', 'جبل', 'طريق', 'دوار', 'ساحه',
  'جديد', 'جديده', 'عرب', 'سد', 'نهر', 'خربه', 'خراب', 'بني', 'شيخ', 'الشيخ', 'حزم', 'جب', 'سوق',
];
