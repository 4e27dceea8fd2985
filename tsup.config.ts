import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';
import { PACK_IDS } from './src/packs/ids.js';

// One entry per layer so that `hasila/normalize` (and every other sub-path) bundles only what it needs.
const entry: Record<string, string> = {
  index: 'src/index.ts',
  normalize: 'src/normalize/index.ts',
  numbers: 'src/numbers/index.ts',
  dates: 'src/dates/index.ts',
  link: 'src/link/index.ts',
  lexicon: 'src/lexicon/index.ts',
  'lexicons/syria': 'src/lexicons/syria/index.ts',
  core: 'src/core.ts',
  ...Object.fromEntries(
    PACK_IDS.map((id) => [`packs/${id}`, `src/packs/${id}.ts`]),
  ),
};

// Source maps name the sources but do not embed them: embedded, they were most of the package's size.
const noSourcesContent: Options['esbuildOptions'] = (options) => {
  options.sourcesContent = false;
};

/**
 * The command line uses the library through its entries, as any user does: an import of an entry's source becomes
 * an import of the built entry beside it (dist/cli.js → ./index.js), so the package holds one copy of the library.
 * Any other import from outside src/cli would bundle a second copy of part of it, and fails the build.
 */
const libraryEntries: Plugin = {
  name: 'library-entries',
  setup(build) {
    const built = new Map(Object.entries(entry).map(([name, source]) => [resolve(source.replace(/\.ts$/u, '.js')), `./${name}.js`]));
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.kind === 'entry-point' || !args.importer.startsWith(resolve('src/cli'))) return undefined;
      const target = resolve(args.resolveDir, args.path);
      if (target.startsWith(resolve('src/cli'))) return undefined;
      const external = built.get(target);
      if (external) return { path: external, external: true };
      return { errors: [{ text: `the CLI may use the library only through its entries (${[...built.keys()].map((f) => relative('.', f)).join(', ')}), not ${relative('.', target)}` }] };
    });
  },
};

// The command line: Node only, ESM, dist/cli.js (which is also its own worker script, executable thanks to the
// entry's shebang), importing the library's built entries. A separate build, so that no library entry can reach it.
const cli: Options = {
  entry: { cli: 'src/cli/main.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  esbuildOptions: noSourcesContent,
  esbuildPlugins: [libraryEntries],
  clean: false,
  splitting: false,
  define: { __HASILA_VERSION__: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version) },
};

export default defineConfig([{
  entry,
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  esbuildOptions: noSourcesContent,
  // Both builds run at once: the library's clean must leave the command line's output alone.
  clean: ['!cli.js', '!cli.js.map'],
  splitting: true,
  treeshake: true,
  target: 'es2022',
  platform: 'neutral',
}, cli]);
