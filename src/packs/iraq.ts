/**
 * The Iraq conflict pack, for bundlers: `createAnalyzer({ packs: [iraqPack] })`. The same data ships as
 * `hasila/packs/iraq.json`.
 * @module packs/iraq
 */
export { iraqPack } from '../lexicons/iraq/index.js';
