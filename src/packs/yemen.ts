/**
 * The Yemen conflict pack, for bundlers: `createAnalyzer({ packs: [yemenPack] })`. The same data ships as
 * `hasila/packs/yemen.json`.
 * @module packs/yemen
 */
export { yemenPack } from '../lexicons/yemen/index.js';
