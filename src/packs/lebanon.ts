/**
 * The Lebanon conflict pack, for bundlers: `createAnalyzer({ packs: [lebanonPack] })`. The same data ships as
 * `hasila/packs/lebanon.json`.
 * @module packs/lebanon
 */
export { lebanonPack } from '../lexicons/lebanon/index.js';
