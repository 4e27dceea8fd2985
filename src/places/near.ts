/**
 * Which place phrase a statement is about: the nearest one in its clause, then its sentence, then a neighbour.
 * @module places/near
 */
import type { PlacePhrase, PlaceText } from './reader.js';

/** Place phrases by sentence, with the text they were read from. @internal */
export interface PlacesBySentence {
  readonly text: PlaceText;
  readonly bySentence: readonly (readonly PlacePhrase[])[];
}

/** Groups phrases by the sentence of their first token. @internal */
export function phrasesBySentence(phrases: readonly PlacePhrase[], sentenceOf: Int32Array, sentences: number): PlacePhrase[][] {
  // A loop, not `Array.from({ length })`: that goes through the generic iterable path, once per document.
  const out: PlacePhrase[][] = [];
  for (let s = 0; s < sentences; s++) out.push([]);
  for (const p of phrases) out[sentenceOf[p.first]!]!.push(p);
  return out;
}

/** The last phrase of `here` in clause `clause` that ends before token `first` (a loop: this runs for every mention). */
function lastBefore(here: readonly PlacePhrase[], clause: number, first: number, clauseOf: Int32Array): PlacePhrase | undefined {
  for (let k = here.length - 1; k >= 0; k--) {
    const p = here[k]!;
    if (clauseOf[p.first] === clause && p.last < first) return p;
  }
  return undefined;
}

/**
 * The place of a statement spanning tokens `at.first..at.last`: the first phrase after it in its clause (within 12
 * tokens), else the last before it in the clause, else the first inside it (a toll update names its place within:
 * «حصيلة القتلى المدنيين في معرة النعمان جراء الغارات إلى 38»), else the first elsewhere in its sentence, else the
 * first of sentence `fallback` (the one before, or under a heading). @internal
 */
export function placeNear(
  bySentence: readonly (readonly PlacePhrase[])[],
  at: { readonly first: number; readonly last: number },
  clauseOf: Int32Array,
  sentenceOf: Int32Array,
  fallback: number,
): PlacePhrase | undefined {
  const clause = clauseOf[at.first]!;
  const here = bySentence[sentenceOf[at.first]!] ?? [];
  return (
    here.find((p) => clauseOf[p.first] === clause && p.first > at.last && p.first - at.last <= 12) ??
    lastBefore(here, clause, at.first, clauseOf) ??
    here.find((p) => p.first >= at.first && p.last <= at.last) ??
    here.find((p) => p.first > at.last || p.last < at.first) ??
    bySentence[fallback]?.[0]
  );
}
