import type { VictimEntry } from '../../lexicon/types.js';

/**
 * Military ranks as victims: «مقتل نقيب»، «أصيب ملازم أول». They report `soldiers`. Ranks that are also common words
 * («لواء» a brigade, «رائد» a pioneer, «مقدم» a presenter) are left out.
 * @example
 * ```ts
 * ranks[0]?.forms.includes('نقيب'); // → true
 * ```
 */
export const ranks: readonly VictimEntry[] = [
  {
    id: 'ranked', labels: { ar: 'رتب عسكرية', en: 'ranked officers' }, reportsAs: 'soldiers', role: 'rank',
    forms: ['نقيب', 'ملازم', 'ملازم أول', 'عقيد', 'رقيب', 'رقيب أول', 'عريف', 'مجند', 'ضابط صف', 'صف ضابط', 'عميد ركن',
      // «مساعد» alone is an assistant and «مقدم»، «رائد»، «لواء» are common words: ranks of two words only.
      'مساعد أول', 'مقدم ركن', 'رائد ركن', 'لواء ركن'],
    plurals: ['مجندين'],
  },
];
