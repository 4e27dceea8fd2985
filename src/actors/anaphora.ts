/**
 * Resolves bare nouns that refer back to an actor («الطيران الحربي»، «الوزارة»، «قواتها»). The window is the
 * annotation rule of casualty datasets: the same sentence or the one before.
 * 1. The nearest earlier phrase with the same noun and a name («الطيران الحربي لقوات الأسد» for a later
 *    «الطيران الحربي»), in the same or the previous sentence, gives its actors.
 * 2. Else the nearest named actor of the same sentence with a compatible role (before it, then after it); a
 *    possessive noun takes the nearest actor before it: «الولايات المتحدة سحبت عناصر قواتها الخاصة»; an irregular
 *    noun («مسلحون») no state's forces, before or after it («أن مسلحين قتلوا 40 مدنياً … بين الجيش السوداني وقوات
 *    الدعم السريع»، «اشتبكت قوات النظام مع مسلحين»).
 * 3. Else the actor the lexicon gives the noun by default (`ActorEntry.defaultFor`: Sudan's warplanes are the
 *    army's), reported as `assumed` — unless the article has named another owner for the same noun before, the noun has a
 *    pronoun, or an armed actor (no organ or medium) speaks earlier in the sentence.
 * A noun with a nationality adjective the lexicon does not know («الطيران الإسرائيلي» read with the Yemen pack), or
 * with «من» and a noun group («مسلحون من القراصنة»), names an owner: it is unresolved, and the same noun after it takes
 * no default either.
 * 4. Else the anaphor is unresolved (`actor: null`); `actorContext` carries what the article last said about
 *    the same noun, however far back (the chain of «الطيران» anaphors).
 * @module actors/anaphora
 */
import type { Draft } from './phrases.js';
import type { ActorRole } from './types.js';

const NO_DEFAULTS: ReadonlyMap<string, string> = new Map();

/** How many phrases a search looks through, so that a text with no sentence ends stays linear. */
const MAX_SCAN = 64;

/** What an anaphor resolves to. @internal */
export interface Resolution {
  /** The actors, or `null` when unresolved. */
  readonly actors: readonly string[] | null;
  /** For unresolved anaphors, the article-level context. */
  readonly context?: readonly string[];
  /** The actors are the noun's default, not read from the text. */
  readonly assumed?: true;
}

/** Resolves every draft (named drafts resolve to themselves). @internal */
export function resolveAnaphors(
  drafts: readonly Draft[],
  roles: readonly ActorRole[],
  sentenceOf: Int32Array,
  defaults: ReadonlyMap<string, string> = NO_DEFAULTS,
  state: (actor: string) => boolean = () => false,
): Resolution[] {
  const sentence = (d: Draft): number => sentenceOf[d.first]!;
  const named = (d: Draft): boolean => d.rule !== 'anaphor';
  // What the article last said about each noun (for the context of unresolved anaphors).
  const lastOfNoun = new Map<string, readonly string[]>();
  // Nouns the article gave an owner the lexicon does not know: their default is no longer safe.
  const foreign = new Set<string>();
  return drafts.map((d, i) => {
    const r = resolve(d, i);
    if (d.otherOwner && d.noun) foreign.add(d.noun.id);
    // A default is no news of the article: the next bare noun takes the default again, not it as context.
    const said = r.assumed ? undefined : r.actors ?? r.context;
    if (d.noun && said && said.length > 0) lastOfNoun.set(d.noun.id, said);
    return r;
  });

  function resolve(d: Draft, i: number): Resolution {
    if (named(d)) return { actors: d.actors };
    // «الطيران الإسرائيلي» read by a lexicon without Israel: its owner is named, only not known.
    if (d.otherOwner) return { actors: null };
    const s = sentence(d);
    // 1. Same noun, named, within the window.
    for (let j = i - 1; j >= 0 && j >= i - MAX_SCAN && sentence(drafts[j]!) >= s - 1; j--) {
      const a = drafts[j]!;
      if (named(a) && a.noun?.id === d.noun?.id) return { actors: a.actors };
    }
    // 2. A named actor of the same sentence with a compatible role (not for organs: «الوزارة» needs a ministry).
    // A possessive («قواتها») takes the nearest actor, even a quoted one («قالت وزارة الدفاع الروسية إن طائراتها»).
    const fits = (j: number): boolean => {
      const a = drafts[j]!;
      if (!named(a) || sentence(a) !== s) return false;
      if (d.possessive) return j < i && roles[j] !== 'target';
      // Gunmen are not a state's forces, named before or after them: «اشتبكت قوات النظام مع مسلحين»، «أن مسلحين قتلوا
      // 40 مدنياً … بين الجيش السوداني وقوات الدعم السريع», «قتل 5 مسلحين في غارة للتحالف».
      if (d.noun?.irregular && a.actors.length > 0 && a.actors.every(state)) return false;
      return !d.speaks && !a.speaks && (roles[i] === 'attacker' ? roles[j] === 'attacker' : roles[j] !== 'source');
    };
    for (let j = i - 1; j >= 0 && j >= i - MAX_SCAN && sentence(drafts[j]!) === s; j--) {
      if (fits(j)) return { actors: drafts[j]!.actors };
    }
    for (let j = i + 1; j < drafts.length && j <= i + MAX_SCAN && sentence(drafts[j]!) === s; j++) {
      if (fits(j)) return { actors: drafts[j]!.actors };
    }
    // 3. The lexicon's default for the noun, unless the article has named an owner for it before (4.).
    const context = d.noun ? lastOfNoun.get(d.noun.id) : undefined;
    // An owner named before that is the default itself («متشددون إسلاميون» … «المتشددين» in Somalia) keeps it.
    const fallback = d.noun && !d.possessive && !d.speaks && !foreign.has(d.noun.id) ? defaults.get(d.noun.id) : undefined;
    if (fallback && context && (context.length !== 1 || context[0] !== fallback)) return { actors: null, context };
    const assumed = fallback && !armedSpeaker(i, fallback) ? fallback : undefined;
    if (assumed) return { actors: [assumed], assumed: true };
    // 4. Unresolved: the chain of the same noun gives the context.
    return context ? { actors: null, context } : { actors: null };
  }

  // «قال حزب الله إن مسيرة انقضاضية استهدفت…»، «أعلنت سرايا القدس أنها أطلقت طائرة مسيرة»: an armed actor (no organ
  // or medium: «وكالة سبأ» reports others' strikes) speaking earlier in the sentence may be telling of its own aircraft.
  function armedSpeaker(i: number, fallback: string): boolean {
    const s = sentence(drafts[i]!);
    for (let j = i - 1; j >= 0 && j >= i - MAX_SCAN && sentence(drafts[j]!) === s; j--) {
      const a = drafts[j]!;
      if (named(a) && !a.speaks && roles[j] === 'source' && !a.actors.includes(fallback)) return true;
    }
    return false;
  }
}
