/**
 * The conflict packs the chooser offers besides the built-in lexicon (whose pack is Syria's), in the order shown.
 * Each is its own entry point of the library, bundled with the page.
 */
import { iraqPack } from 'hasila/packs/iraq';
import { lebanonPack } from 'hasila/packs/lebanon';
import { libyaPack } from 'hasila/packs/libya';
import { palestinePack } from 'hasila/packs/palestine';
import { somaliaPack } from 'hasila/packs/somalia';
import { sudanPack } from 'hasila/packs/sudan';
import { yemenPack } from 'hasila/packs/yemen';

export const PACKS = [yemenPack, iraqPack, libyaPack, sudanPack, palestinePack, lebanonPack, somaliaPack] as const;
