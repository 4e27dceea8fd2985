/**
 * Places: place phrases resolved to the gazetteer, up to their governorate. `findPlaces` (built-in gazetteer) is
 * exported by the root entry; `createAnalyzer(…).findPlaces` reads with any lexicons.
 * @module places
 */
export type { PlaceMention, ResolvedPlace } from './types.js';
