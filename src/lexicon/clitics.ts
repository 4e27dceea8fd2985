/**
 * Clitic prefixes as a lookup table, for the matcher's hot path: the same readings as `cliticSplits` (a test
 * keeps them equal), found with at most five substring lookups and no allocation per word.
 * @module lexicon/clitics
 */

/** One clitic prefix. */
export interface Prefix {
  /** The prefix letters as written (normalized): «وبال»، «لل». */
  readonly text: string;
  /** The clitics before the article: «وب» for «وبال»; for a fused لل, the ل. */
  readonly clitics: string;
  /** The prefix ends with the article. */
  readonly article: boolean;
  /** The ل of the prefix is fused with the article (لل): it cannot be cut off a span. */
  readonly fused: boolean;
  /** The prefix has a preposition (ب ل ك), which verbs do not take. */
  readonly preposition: boolean;
}

// Conjunction (و ف), then preposition (ب ل ك), then the article; ل + ال is written لل.
function build(): ReadonlyMap<string, Prefix> {
  const out = new Map<string, Prefix>();
  for (const conj of ['', 'و', 'ف']) {
    for (const prep of ['', 'ب', 'ل', 'ك']) {
      const clitics = conj + prep;
      out.set(clitics, { text: clitics, clitics, article: false, fused: false, preposition: prep !== '' });
      const fused = prep === 'ل';
      const text = fused ? conj + 'لل' : clitics + 'ال';
      out.set(text, { text, clitics, article: true, fused, preposition: prep !== '' });
    }
  }
  return out;
}

let table: ReadonlyMap<string, Prefix> | undefined;

/** The prefix table, keyed by the prefix letters. */
export function prefixTable(): ReadonlyMap<string, Prefix> {
  return (table ??= build());
}

/** The longest prefix has four letters («وبال»). */
export const MAX_PREFIX = 4;
