/**
 * Loading `--lexicon` files: read, parse and validate each on the main thread, so that a bad file stops the run
 * before any output, with the file and the entry named.
 * @module cli/lexicons
 */
import { readFile } from 'node:fs/promises';
import { InputError } from './inputs.js';

/** The parsed JSON of each lexicon file, in order, after validation. */
export async function loadLexicons(files: string[]): Promise<unknown[]> {
  const loaded: unknown[] = [];
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
    loaded.push(data);
  }
  return loaded;
}
