/**
 * ../shared (the development corpus, its scorer and the number cases) lives beside the repository and is never copied
 * into it. The tests that read it are skipped without it and say why in the same words, so that the last line of
 * `npm test` counts them under one reason.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The shared directory: `../shared` beside the repository. */
export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));

/** Why a test that needs `file` from ../shared is skipped. */
export function withoutShared(file: string): string {
  return existsSync(SHARED)
    ? `${file} is absent from ../shared`
    : '../shared is absent (the shared corpus and scorers live beside the repository, never in it)';
}
