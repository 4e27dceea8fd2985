/**
 * The Syria conflict pack, for bundlers: `createAnalyzer({ packs: [syriaPack] })` from `hasila/core`. The root
 * `hasila` entry reads with it by default. The same data ships as `hasila/packs/syria.json`.
 * @module packs/syria
 */
export { syriaPack } from '../lexicons/syria/index.js';
