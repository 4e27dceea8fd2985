/**
 * The ids of the conflict packs, in the order the documentation lists them: the one list the build entries
 * (`tsup.config.ts`), the CLI's pack table and the tests derive from. `package.json` exports and `typedoc.json`
 * cannot import it; `test/packs-ids.test.ts` checks that they agree.
 * @module packs/ids
 * @internal
 */
export const PACK_IDS = ['syria', 'yemen', 'iraq', 'libya', 'sudan', 'palestine', 'lebanon', 'somalia'] as const;

/** A conflict pack id. @internal */
export type PackId = (typeof PACK_IDS)[number];
