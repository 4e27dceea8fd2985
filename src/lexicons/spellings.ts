/**
 * Spelling variants news uses for words that packs cross with names.
 * @module lexicons/spellings
 */

/** Every spelling of «ميليشيات» news uses, crossed with what follows it. */
export function militias(...tails: string[]): string[] {
  const out: string[] = [];
  for (const head of ['ميليشيات', 'مليشيات', 'ميلشيات', 'ميليشيا', 'مليشيا']) for (const tail of tails) out.push(`${head} ${tail}`);
  return out;
}
