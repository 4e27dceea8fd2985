/**
 * Loading `--lexicon` files: read, parse and validate each on the main thread, so that a bad file stops the run
 * before any output, with the file and the entry named.
 * @module cli/lexicons
 */
import { readFile } from 'node:fs/promises';
import { createAnalyzer } from '../index.js';
import { defineLexicon, type Lexicon, type LexiconData } from '../lexicon/index.js';
import { defaultLexicon } from '../lexicons/syria/index.js';
import { InputError } from './inputs.js';

/**
 * The parsed JSON of each lexicon file, in order, validated as `createAnalyzer` will take them: each may refer to
 * the ids of the built-in lexicon, of the `--pack` packs and of the files before it (an `isA: "russia"`, a place `isIn` a governorate).
 */
export async function loadLexicons(files: string[], packs: readonly Lexicon[] = []): Promise<unknown[]> {
  const loaded: unknown[] = [];
  const defined: Lexicon[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new InputError(`cannot read lexicon '${file}': ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new InputError(`invalid lexicon '${file}': not valid JSON (${(error as Error).message})`);
    }
    try {
      defined.push(defineLexicon(data as LexiconData, { extends: [defaultLexicon, ...packs, ...defined] }));
    } catch (error) {
      throw new InputError(`invalid lexicon '${file}': ${(error as Error).message}`);
    }
    loaded.push(data);
  }
  // What only an analyzer can check (a `defaultFor` naming no actor noun) is checked here too, on the lexicons the run
  // will read — a later file may define what an earlier one names —, naming the file of the lexicon at fault.
  try {
    createAnalyzer({ lexicons: [...packs, ...defined] });
  } catch (error) {
    const message = (error as Error).message;
    const at = defined.findIndex((l) => message.includes(`lexicon '${l.id}'`));
    throw new InputError(`invalid lexicon '${files[at < 0 ? files.length - 1 : at]}': ${message}`);
  }
  return loaded;
}
