/**
 * The Syria conflict pack — armed actors, the gazetteer and Syrian reporting sources — and `defaultLexicon`, the
 * pack together with the Arabic core as one lexicon (as it was before the core was split out). Import it from
 * `hasila/lexicons/syria` or `hasila/packs/syria`; the root `hasila` entry reads with it by default.
 * @module lexicons/syria
 */
import { builtinLexicon } from '../builtin-lexicon.js';
import type { Lexicon, LexiconData } from '../../lexicon/types.js';
import { actorNouns, casualtyWords, causes, sources as coreSources, victims } from '../core/index.js';
import { actors } from './actors.js';
import { places } from './places.js';
import { sources } from './sources.js';

const description = 'Syrian conflict: armed actors, gazetteer and sources';

/**
 * The Syria pack (id and country `syria`): what the Arabic core does not know about the Syrian conflict.
 *
 * @example
 * ```ts
 * syriaPack.actors?.find((a) => a.id === 'sdf')?.forms.includes('قسد'); // → true
 * syriaPack.casualtyWords; // → undefined (the core has them)
 * ```
 */
export const syriaPack: Lexicon = /* @__PURE__ */ builtinLexicon({ id: 'syria', country: 'syria', description, actors, places, sources });

/**
 * The built-in lexicon as one object (id `syria`): the Arabic core and the Syria pack, deeply frozen (its data checked by the tests).
 * A pack's source replaces the core's of the same id.
 *
 * @example
 * ```ts
 * defaultLexicon.actors?.find((a) => a.id === 'russia')?.labels.ar; // → 'روسيا'
 * Object.isFrozen(defaultLexicon.actors); // → true
 * ```
 */
export const defaultLexicon: Lexicon = /* @__PURE__ */ builtinLexicon(/* @__PURE__ */ withCore());

/** The data of {@link defaultLexicon}, in a function so that a bundle that does not use it can drop it. */
function withCore(): LexiconData {
  return {
    id: 'syria',
    country: 'syria',
    description: `${description}, with the Arabic core (casualty words, victim groups, causes, actor nouns)`,
    actors,
    actorNouns,
    victims,
    casualtyWords,
    causes,
    places,
    sources: [...coreSources.filter((c) => !sources.some((s) => s.id === c.id)), ...sources],
  };
}

export { actorNouns, actors, casualtyWords, causes, places, sources, victims };
