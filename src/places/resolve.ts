/**
 * Resolving a place phrase: the first gazetteer name inside it, checked against the place the phrase puts around
 * it, then up its `isIn` chain to the governorate.
 * @module places/resolve
 */
import { firstSpanFrom, type Span } from '../document.js';
import { placeLineage, type CompiledLexicon } from '../lexicon/compile.js';
import type { LexMatch } from '../lexicon/match.js';
import { PLACE_TYPES, type PlaceEntry, type PlaceType } from '../lexicon/types.js';
import type { PlaceMention, ResolvedPlace } from './types.js';

const GOVERNORATE_SUFFIX = /-governorate$/u;
/** How local a place type is: a district lies in a city, a village or town in a region or governorate. */
const RANK: Readonly<Record<PlaceType, number>> = { district: 0, village: 1, town: 1, city: 2, region: 3, governorate: 4, country: 5 };

/** How local a place type is, 0 for a district up to 5 for a country; 6 for none. @internal */
export const localness = (type: PlaceType | null): number => (type === null ? 6 : RANK[type]);

/** A span with no resolution yet: the casualty layer's places, resolved by `analyze`. @internal */
export function unresolved(span: Span): PlaceMention {
  return { start: span.start, end: span.end, text: span.text, place: null, type: null, governorate: null, within: [] };
}

/** The gazetteer reading of one place id. */
function readingOf(compiled: CompiledLexicon, id: string): ResolvedPlace {
  const lineage = placeLineage(compiled, id);
  const entry = (at: string) => compiled.entries.places.get(at) as PlaceEntry | undefined;
  const governorate = lineage.find((at) => entry(at)?.type === 'governorate');
  return {
    place: id,
    type: entry(id)?.type ?? null,
    governorate: governorate === undefined ? null : governorate.replace(GOVERNORATE_SUFFIX, ''),
    within: lineage.slice(1),
  };
}

/**
 * The gazetteer reading of a phrase from the gazetteer names inside it, in text order: the first name, unless it is
 * a district, village or town and the phrase puts it in a larger place (its last name, of a less local type) that
 * its own chain does not reach, in another governorate — then the first name is an unlisted namesake («حي القصور»
 * of Deir ez-Zor, where the gazetteer lists Homs's) and the phrase resolves to the larger place. @internal
 */
export function resolvePlace(compiled: CompiledLexicon, names: readonly LexMatch<'places'>[]): ResolvedPlace {
  const head = names[0];
  if (!head) return { place: null, type: null, governorate: null, within: [] };
  const inner = readingOf(compiled, head.id);
  const last = names[names.length - 1]!;
  if (last === head || !PLACE_TYPES.includes(last.entry.type) || !inner.type) return inner;
  const outer = readingOf(compiled, last.id);
  // Only a local name (district, village, town) can be a namesake: a list of cities or governorates is no chain.
  const larger = RANK[inner.type] <= RANK.town && RANK[last.entry.type] > RANK[inner.type];
  const reaches = inner.within.includes(last.id) || (inner.governorate !== null && inner.governorate === outer.governorate);
  return larger && !reaches ? outer : inner;
}

/**
 * Resolves a span against the gazetteer matches of its text (`names`, sorted by start): the span reads the names
 * inside it. @internal
 */
export function resolveSpan(compiled: CompiledLexicon, span: Span, names: readonly LexMatch<'places'>[]): PlaceMention {
  const inside: LexMatch<'places'>[] = [];
  for (let k = firstSpanFrom(names, span.start); k < names.length && names[k]!.start < span.end; k++) if (names[k]!.end <= span.end) inside.push(names[k]!);
  return { start: span.start, end: span.end, text: span.text, ...resolvePlace(compiled, inside) };
}
