/**
 * The Libya conflict pack, for bundlers: `createAnalyzer({ packs: [libyaPack] })`. The same data ships as
 * `hasila/packs/libya.json`.
 * @module packs/libya
 */
export { libyaPack } from '../lexicons/libya/index.js';
