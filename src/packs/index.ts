/**
 * Every conflict pack by id: for the command line (`--pack`) and the script that writes `packs/<id>.json`.
 * Library code imports packs one by one, so that a bundle holds only the packs it uses.
 * @module packs
 */
import type { Lexicon } from '../lexicon/types.js';
import { iraqPack } from '../lexicons/iraq/index.js';
import { lebanonPack } from '../lexicons/lebanon/index.js';
import { libyaPack } from '../lexicons/libya/index.js';
import { palestinePack } from '../lexicons/palestine/index.js';
import { somaliaPack } from '../lexicons/somalia/index.js';
import { sudanPack } from '../lexicons/sudan/index.js';
import { syriaPack } from '../lexicons/syria/index.js';
import { yemenPack } from '../lexicons/yemen/index.js';

/** The packs, by id. @internal */
export const PACKS: Readonly<Record<string, Lexicon>> = /* @__PURE__ */ Object.freeze({
  syria: syriaPack,
  yemen: yemenPack,
  iraq: iraqPack,
  libya: libyaPack,
  sudan: sudanPack,
  palestine: palestinePack,
  lebanon: lebanonPack,
  somalia: somaliaPack,
});
