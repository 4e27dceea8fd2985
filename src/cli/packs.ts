/**
 * Every conflict pack by id: for the command line (`--pack`) and the script that writes `packs/<id>.json`.
 * Library code imports packs one by one, so that a bundle holds only the packs it uses.
 * @module cli/packs
 */
import type { Lexicon } from '../lexicon/types.js';
import { iraqPack } from '../packs/iraq.js';
import { lebanonPack } from '../packs/lebanon.js';
import { libyaPack } from '../packs/libya.js';
import { palestinePack } from '../packs/palestine.js';
import { somaliaPack } from '../packs/somalia.js';
import { sudanPack } from '../packs/sudan.js';
import { syriaPack } from '../packs/syria.js';
import { yemenPack } from '../packs/yemen.js';
import type { PackId } from '../packs/ids.js';

/**
 * The packs, by id, read through their entries (so the CLI, which may use only entries, can import this). The type
 * makes the table name every id of `PACK_IDS`, and no other. @internal
 */
export const PACKS: Readonly<Record<string, Lexicon>> = /* @__PURE__ */ Object.freeze({
  syria: syriaPack,
  yemen: yemenPack,
  iraq: iraqPack,
  libya: libyaPack,
  sudan: sudanPack,
  palestine: palestinePack,
  lebanon: lebanonPack,
  somalia: somaliaPack,
} satisfies Record<PackId, Lexicon>);
