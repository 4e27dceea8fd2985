/**
 * `findPlaces`: the place phrases of a text, each resolved to the gazetteer and its governorate.
 * @module places/find-places
 */
import { prepareMended, type Doc } from '../document.js';
import type { CompiledLexicon } from '../lexicon/compile.js';
import { matchLexicon, type LexMatch } from '../lexicon/match.js';
import { assertText } from '../normalize/options.js';
import { numbersInDoc } from '../numbers/index.js';
import { phraseSpan, placePhrases, placeText, type TokenRange } from './reader.js';
import { resolveSpan } from './resolve.js';
import type { PlaceMention } from './types.js';

/** The gazetteer matches among `matches`, sorted by start. @internal */
export function placeNames(matches: readonly LexMatch[]): LexMatch<'places'>[] {
  return matches.filter((m): m is LexMatch<'places'> => m.type === 'places').sort((a, b) => a.start - b.start);
}

/**
 * The place phrases of a prepared document, resolved. `actors` are the actor mentions, `others` the first tokens of
 * numbers, casualty words and victim nouns (no part of a name). @internal
 */
export function placesInDoc(compiled: CompiledLexicon, doc: Doc, matches: readonly LexMatch[], actors: readonly TokenRange[], others: Iterable<number>): PlaceMention[] {
  const names = placeNames(matches);
  const text = placeText(doc, names, actors, others);
  return placePhrases(text).map((p) => resolveSpan(compiled, phraseSpan(text, p), names));
}

/**
 * The place phrases of a text on a compiled lexicon. @internal
 */
export function findPlacesWith(compiled: CompiledLexicon, text: string): PlaceMention[] {
  assertText(text, 'findPlaces');
  const doc = prepareMended(text, compiled.memo.words);
  const matches = matchLexicon(compiled, doc, ['places', 'actors', 'casualtyWords', 'victims']);
  const others = [
    ...numbersInDoc(doc).map((n) => n.firstToken),
    ...matches.filter((m) => m.type === 'casualtyWords' || m.type === 'victims').map((m) => m.firstToken),
  ];
  return placesInDoc(compiled, doc, matches, matches.filter((m) => m.type === 'actors'), others);
}
