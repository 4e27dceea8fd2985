/**
 * The built-in Syrian-conflict lexicon: actors, actor nouns, victim groups, casualty words, causes, places and
 * reporting sources. Import it from `hasila/lexicons/syria`; the root `hasila` entry uses it by default.
 * @module lexicons/syria
 */
import { defineLexicon } from '../../lexicon/define.js';
import type { Lexicon } from '../../lexicon/types.js';
import { actorNouns } from './actor-nouns.js';
import { actors } from './actors.js';
import { casualtyWords } from './casualty-words.js';
import { causes } from './causes.js';
import { places } from './places.js';
import { sources } from './sources.js';
import { victims } from './victims.js';
import { casualtyIdioms } from '../core/idioms.js';
import { kinship } from '../core/kinship.js';
import { nationalities } from '../core/nationalities.js';
import { ranks } from '../core/ranks.js';
import { moreVictims } from '../core/victim-nouns.js';

/**
 * The built-in lexicon (id `syria`), validated and deeply frozen.
 *
 * @example
 * ```ts
 * defaultLexicon.actors?.find((a) => a.id === 'russia')?.labels.ar; // → 'روسيا'
 * Object.isFrozen(defaultLexicon.actors); // → true
 * ```
 */
export const defaultLexicon: Lexicon = /* @__PURE__ */ defineLexicon({
  id: 'syria',
  description: 'Syrian conflict: armed actors, victim groups, casualty words, causes, gazetteer and sources',
  actors,
  actorNouns,
  victims: [...victims, ...moreVictims, ...kinship, ...ranks, ...nationalities],
  casualtyWords: [...casualtyWords, ...casualtyIdioms],
  causes,
  places,
  sources,
});

export { actorNouns, actors, casualtyWords, causes, places, sources, victims };
