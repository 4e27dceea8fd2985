import type { VictimEntry } from '../../lexicon/types.js';

/**
 * More victim nouns of real reporting, each reporting an existing group: officials and workers are `people`, a
 * «فتى» or «فتاة» is a child, members (`members`: «فرد»، «عضو»، «منتسب») are people unless their side says more.
 * @example
 * ```ts
 * moreVictims.find((v) => v.id === 'youths')?.reportsAs; // → 'children'
 * ```
 */
export const moreVictims: readonly VictimEntry[] = [
  {
    id: 'officials-and-workers', labels: { ar: 'موظفون ومسؤولون', en: 'officials and workers' }, reportsAs: 'people',
    forms: ['مسؤول', 'مسئول', 'موظف', 'صياد', 'تاجر', 'معلم', 'مهندس', 'حارس', 'إمام', 'مختار', 'متظاهر', 'محتج'],
    plurals: ['تجار', 'حراس', 'أئمة'],
  },
  // Members and commanders of an armed side report fighters, and soldiers when their side is an army: «عناصر من قوات
  // النظام». «قيادات» (leaderships) names commanders when counted or killed: «مقتل قيادات ميدانية».
  {
    id: 'armed-members', labels: { ar: 'عناصر وقادة', en: 'members and commanders of armed forces' }, reportsAs: 'fighters',
    forms: ['عنصر', 'قيادي', 'قائد', 'قائد عسكري'], plurals: ['عناصر', 'قادة', 'قيادات'],
  },
  // Nouns of membership report people unless the side they belong to says more: «18 فرداً من ميليشيا …» are fighters.
  { id: 'members', labels: { ar: 'أفراد وأعضاء', en: 'members' }, reportsAs: 'people', forms: ['فرد', 'عضو', 'منتسب'], plurals: ['أفراد', 'أعضاء', 'منتسبين'] },
  { id: 'youths', labels: { ar: 'فتيان', en: 'youths' }, reportsAs: 'children', forms: ['فتى', 'فتاة'], plurals: ['فتيان', 'فتيات'] },
];
