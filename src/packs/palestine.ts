/**
 * The Palestine conflict pack, for bundlers: `createAnalyzer({ packs: [palestinePack] })`. The same data ships as
 * `hasila/packs/palestine.json`.
 * @module packs/palestine
 */
export { palestinePack } from '../lexicons/palestine/index.js';
