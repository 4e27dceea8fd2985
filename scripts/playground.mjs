#!/usr/bin/env node
// Bundles the playground (docs/playground/main.ts) from the ESM build in dist/ into docs/playground/playground.js,
// one self-contained script for browsers. `npm run playground` builds the library first.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

/** Writes the playground script to `outfile`, bundling the library from `library` (the ESM root entry). */
export async function buildPlayground(outfile = here('../docs/playground/playground.js'), library = here('../dist/index.js')) {
  await build({
    entryPoints: [here('../docs/playground/main.ts')],
    alias: { hasila: library },
    outfile,
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'warning',
  });
  return outfile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`playground: ${await buildPlayground()}`);
}
