/**
 * Where the built package lives for the tests that check the build (package, size, browser). `npm test` builds into
 * `dist/` first; `HASILA_DIST=/some/dir` points the same tests at another build (e.g. `npx tsup --out-dir /tmp/x`),
 * which keeps a developer's checks apart from a `dist/` others may be rebuilding.
 */
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const DIST = process.env.HASILA_DIST ? resolve(process.env.HASILA_DIST) : resolve(ROOT, 'dist');

/** The path in the build of a package-relative file such as `./dist/numbers.js`. */
export const inDist = (packagePath: string): string => resolve(DIST, packagePath.replace(/^\.?\/?dist\//, ''));
