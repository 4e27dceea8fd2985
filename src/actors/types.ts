/**
 * Types of actor recognition.
 * @module actors/types
 */
import type { Span } from '../document.js';

/**
 * What an actor does in its sentence:
 * - `attacker`: carries out an attack, including besieging and advancing («شن الطيران الروسي غارات»، «قصف النظام»);
 * - `target`: is attacked or expelled («استهداف معاقل قوات الأسد»، «طرد تنظيم داعش»);
 * - `source`: is quoted («أعلنت وزارة الدفاع الروسية»، «وكالة أعماق التابعة لتنظيم الدولة»);
 * - `controller`: holds territory («تحت سيطرة المعارضة»، «الخاضعة لسيطرة تنظيم الدولة»، «بيد النظام»);
 * - `other`: anything else — support, guarantors, negated attacks, surrender.
 * @example
 * ```ts
 * const r: ActorRole = 'controller'; // «تحت سيطرة المعارضة»
 * ```
 */
export type ActorRole = 'attacker' | 'target' | 'source' | 'controller' | 'other';

/**
 * How a mention was recognised, for "why did it match?".
 * @example
 * ```ts
 * const rule: ActorRule = 'noun+adjective'; // «الغارات الروسية»
 * ```
 */
export type ActorRule =
  /** A name of the actor («قوات النظام»). */
  | 'name'
  /** An actor noun with a name («طائرات النظام»، «الطيران الحربي لقوات الأسد»). */
  | 'noun+name'
  /** An actor noun with the actor's adjective («الغارات الروسية»، «الطائرات السورية والروسية»). */
  | 'noun+adjective'
  /** An adjective coordinated after a name («الطيران الروسي والأسدي»). */
  | 'coordination'
  /** A medium affiliated with the actor («وكالة أعماق»). */
  | 'source'
  /** A bare noun standing for an actor named earlier («الطيران الحربي»، «الوزارة»). */
  | 'anaphor';

/**
 * One actor mention. When one phrase names several actors («الطيران الروسي والأسدي») there is one mention per
 * actor, all with the phrase's span.
 * @example
 * ```ts
 * const m: ActorMention = {
 *   start: 4, end: 17, text: 'طائرات النظام', actor: 'syrian-government', category: 'government',
 *   lineage: ['syrian-government'], role: 'attacker', rule: 'noun+name',
 * };
 * ```
 */
export interface ActorMention extends Span {
  /**
   * The actor's entry id; `null` for an anaphoric noun whose antecedent is not in its sentence or the one before
   * (see `actorContext`).
   */
  actor: string | null;
  /** The actor's dataset category, inherited along `isA` (`null` when none or unresolved). */
  category: string | null;
  /** The actor id and its `isA` ancestors («pro-government-militias» → […, 'syrian-government']). */
  lineage: readonly string[];
  /** What the actor does in its sentence. */
  role: ActorRole;
  /** How the mention was recognised. */
  rule: ActorRule;
  /** Set on bare nouns that refer back to an actor («الطيران»، «الوزارة»، «قواتها»). */
  anaphoric?: true;
  /**
   * Set when the actor is the lexicon's default for a bare noun the text gives no owner («الطيران الحربي» in a
   * war where one side flies: `ActorEntry.defaultFor`), not an actor the text names.
   */
  assumed?: true;
  /** For an unresolved anaphor: the actors the article last gave the same noun, farther back. */
  actorContext?: readonly string[];
  /** The source entry id when the mention is an affiliated medium («وكالة أعماق» → `amaq`). */
  source?: string;
  /** The actor-noun entry id of the mention's head («طائرات النظام» → `aircraft`). */
  noun?: string;
}

/**
 * Options of `findActors`.
 * @example
 * ```ts
 * findActors('وعاود الطيران الحربي قصف المدينة', { anaphors: false }); // → []
 * ```
 */
export interface FindActorsOptions {
  /** Report anaphoric nouns («الطيران الحربي»، «الوزارة»). Default `true`. */
  anaphors?: boolean;
  /** Report unresolved anaphors (actor `null`). Default `true`. */
  unresolved?: boolean;
}
