import { readFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

// The command line: Node only, ESM, one self-contained file (dist/cli.js, which is also its own worker script,
// executable thanks to the entry's shebang). A separate build, so that no library entry can reach it.
const cli: Options = {
  entry: { cli: 'src/cli/main.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  clean: false,
  splitting: false,
  define: { __HASILA_VERSION__: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version) },
};

// One entry per layer so that `hasila/normalize` (and every other sub-path) bundles only what it needs.
export default defineConfig([{
  entry: {
    index: 'src/index.ts',
    normalize: 'src/normalize/index.ts',
    numbers: 'src/numbers/index.ts',
    lexicon: 'src/lexicon/index.ts',
    'lexicons/syria': 'src/lexicons/syria/index.ts',
    link: 'src/link/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  // Both builds run at once: the library's clean must leave the command line's output alone.
  clean: ['!cli.js', '!cli.js.map'],
  splitting: true,
  treeshake: true,
  target: 'es2022',
  platform: 'neutral',
}, cli]);
