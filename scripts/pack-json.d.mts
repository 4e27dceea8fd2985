/** The text of `packs/<id>.json` for a pack (see pack-json.mjs). */
export function packJson(pack: unknown): string;
