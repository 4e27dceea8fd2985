import type { VictimEntry } from '../../lexicon/types.js';

/**
 * Nationality nouns as victims: «مقتل 7 عراقيين»، «استشهد فلسطينيان»، «سقوط 15 سوريا». They report `people`. The
 * cascade reads a nationality as the victims only when it is counted, dual or plural, or right after a casualty
 * word: a bare «سوريا» is the country.
 * @example
 * ```ts
 * nationalities[0]?.forms.includes('عراقي'); // → true
 * ```
 */
export const nationalities: readonly VictimEntry[] = [
  {
    id: 'nationals', labels: { ar: 'مواطنو دولة', en: 'nationals' }, reportsAs: 'people', role: 'nationality',
    forms: ['سوري', 'فلسطيني', 'عراقي', 'لبناني', 'يمني', 'سوداني', 'ليبي', 'صومالي', 'مصري', 'أردني', 'تونسي', 'أفغاني', 'باكستاني'],
  },
];
