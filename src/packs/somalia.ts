/**
 * The Somalia conflict pack, for bundlers: `createAnalyzer({ packs: [somaliaPack] })`. The same data ships as
 * `hasila/packs/somalia.json`.
 * @module packs/somalia
 */
export { somaliaPack } from '../lexicons/somalia/index.js';
