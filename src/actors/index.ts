/**
 * Layer 3: actor recognition on the lexicon matcher.
 * @module actors
 */
import { builtinCompiled } from '../builtin.js';
import { findActorsWith } from './find-actors.js';
import type { ActorMention, FindActorsOptions } from './types.js';

export type { ActorMention, ActorRole, ActorRule, FindActorsOptions } from './types.js';

/**
 * Finds the armed actors a text names, with the built-in lexicon: names («قوات النظام»), nouns with a name or an
 * adjective («طائرات النظام»، «الغارات الروسية والسورية»), affiliated media («وكالة أعماق»), and bare nouns that
 * refer back to an actor («الطيران الحربي»). Each mention has its span in `text`, the actor id, its category and
 * `isA` lineage, and its role (attacker, target, source, controller, other). Use `createAnalyzer` for other
 * lexicons.
 *
 * @param text - the article or sentence
 * @param options - whether to report anaphors
 * @returns the mentions in text order; a phrase naming two actors gives two mentions with the same span
 * @throws TypeError when `text` is not a string
 * @example
 * ```ts
 * findActors('شن الطيران الروسي والأسدي غارات على حلب').map((m) => [m.actor, m.text, m.role]);
 * // → [['russia', 'الطيران الروسي والأسدي', 'attacker'], ['syrian-government', 'الطيران الروسي والأسدي', 'attacker']]
 * findActors('قُتل 40 مدنيا في الأحياء الخاضعة لسيطرة تنظيم الدولة')[0]?.role; // → 'controller'
 * ```
 */
export function findActors(text: string, options?: FindActorsOptions): ActorMention[] {
  return findActorsWith(builtinCompiled(), text, options);
}
