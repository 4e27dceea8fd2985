/**
 * The one shape of a conflict pack: its country, its actors, its gazetteer rows and sources, and the local names of
 * the core's generic bodies (a country's health ministry, civil defence and news media).
 * @module lexicons/conflict-pack
 */
import { defineLexicon } from '../lexicon/define.js';
import type { ActorEntry, ActorNounEntry, Lexicon, SourceEntry, VictimEntry } from '../lexicon/types.js';
import { sources as coreSources } from './core/sources.js';
import { extend } from './extend.js';
import { entry, type Row } from './gazetteer.js';

/** What a conflict pack writes. @internal */
export interface ConflictPackData {
  /** The pack id, also its `country`. */
  readonly id: string;
  readonly labels: { readonly ar: string; readonly en: string };
  readonly description: string;
  readonly actors: readonly ActorEntry[];
  /** Gazetteer rows (see `gazetteer.ts`). */
  readonly places: readonly Row[];
  /** The pack's own sources. */
  readonly sources: readonly SourceEntry[];
  /** Local names for core sources, by core id: `{ 'health-ministry': ['وزارة الصحة اليمنية'] }`. */
  readonly local?: Readonly<Record<string, readonly string[]>>;  /** The pack's victim words, beside the core's: demonyms of armed sides (`role: 'member'`, «حوثي»). */
  readonly victims?: readonly VictimEntry[];
  /** Actor nouns that replace the core's of the same id (extended with `extend`): settlers as unnamed agents. */
  readonly actorNouns?: readonly ActorNounEntry[];
}

/** A conflict pack, validated and deeply frozen: the core sources it names locally carry their core forms too. @internal */
export function conflictPack({ id, labels, description, actors, places, sources, local = {}, victims, actorNouns }: ConflictPackData): Lexicon {
  const extended = Object.entries(local).map(([core, forms]) => extend(coreSources, core, forms));
  return defineLexicon({ id, country: id, labels, description, actors, places: places.map(entry), sources: [...sources, ...extended], ...(victims ? { victims } : {}), ...(actorNouns ? { actorNouns } : {}) });
}
