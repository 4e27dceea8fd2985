import { defineConfig } from 'tsup';

// One entry per layer so that `hasila/normalize` (and every other sub-path) bundles only what it needs.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    normalize: 'src/normalize/index.ts',
    numbers: 'src/numbers/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true,
  target: 'es2022',
  platform: 'neutral',
});
