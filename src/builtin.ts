/**
 * The built-in reading: the Arabic core and the Syria pack, compiled on first use. The cache is invisible to
 * callers: compiling is a pure function of frozen data, so every caller would build the same matcher.
 * @module builtin
 */
import { compileLexicons, type CompiledLexicon } from './lexicon/compile.js';
import type { Lexicon } from './lexicon/types.js';
import { coreLexicon } from './lexicons/core/index.js';
import { syriaPack } from './lexicons/syria/index.js';

let compiled: CompiledLexicon | undefined;

/** The default packs of the root entry. @internal */
export const DEFAULT_PACKS: readonly Lexicon[] = /* @__PURE__ */ Object.freeze([syriaPack]);

/** The core and the Syria pack compiled for matching. @internal */
export function builtinCompiled(): CompiledLexicon {
  return (compiled ??= compileLexicons([coreLexicon, ...DEFAULT_PACKS]));
}
