/**
 * The Sudan conflict pack, for bundlers: `createAnalyzer({ packs: [sudanPack] })`. The same data ships as
 * `hasila/packs/sudan.json`.
 * @module packs/sudan
 */
export { sudanPack } from '../lexicons/sudan/index.js';
