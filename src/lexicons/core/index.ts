/**
 * The Arabic core: the language of casualty reporting, whatever the conflict — casualty verbs and nouns, victim
 * groups, causes and weapons, nouns for forces, aircraft, attacks and speaking organs (with the generic
 * «مسلحون»، «مجهولون»), and the reporting bodies every conflict has. Every analyzer reads with it; conflict packs
 * (`hasila/packs/<id>`) add a country's actors, places and sources.
 * @module lexicons/core
 */
import { builtinLexicon } from '../builtin-lexicon.js';
import type { Lexicon } from '../../lexicon/types.js';
import { actorNouns } from './actor-nouns.js';
import { casualtyWords as casualtyVerbsAndNouns } from './casualty-words.js';
import { casualtyIdioms } from './idioms.js';
import { kinship } from './kinship.js';
import { nationalities } from './nationalities.js';
import { ranks } from './ranks.js';
import { moreVictims } from './victim-nouns.js';
import { causes } from './causes.js';
import { sources } from './sources.js';
import { victims as victimGroups } from './victims.js';

/**
 * The core's victim words: victim groups with the cascade's kinship, ranks, nationalities and other victim nouns.
 * @example
 * ```ts
 * victims.some((v) => v.forms.includes('طفل')); // → true
 * ```
 */
const victims = [...victimGroups, ...moreVictims, ...kinship, ...ranks, ...nationalities];
/**
 * The core's casualty predicates: verbs and nouns with the idioms («أودى بحياة»، «لقي حتفه»).
 * @example
 * ```ts
 * casualtyWords.some((w) => w.forms.includes('قتل')); // → true
 * ```
 */
const casualtyWords = [...casualtyVerbsAndNouns, ...casualtyIdioms];

/**
 * The Arabic core lexicon (id `core`), deeply frozen (its data checked by the tests). It names no actor and no place.
 *
 * @example
 * ```ts
 * coreLexicon.casualtyWords?.some((w) => w.forms.includes('استشهد')); // → true
 * coreLexicon.actors; // → undefined
 * ```
 */
export const coreLexicon: Lexicon = /* @__PURE__ */ builtinLexicon({
  id: 'core',
  description: 'The Arabic language of casualty reporting: casualty words, victim groups, causes, actor nouns and generic sources',
  actorNouns,
  victims,
  casualtyWords,
  causes,
  sources,
});

export { actorNouns, casualtyWords, causes, sources, victims };
