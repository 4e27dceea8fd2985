/**
 * The built-in lexicon, compiled on first use. The cache is invisible to callers: compiling is a pure function
 * of frozen data, so every caller would build the same matcher.
 * @module builtin
 */
import { compileLexicons, type CompiledLexicon } from './lexicon/compile.js';
import { defaultLexicon } from './lexicons/syria/index.js';

let compiled: CompiledLexicon | undefined;

/** The built-in lexicon compiled for matching. @internal */
export function builtinCompiled(): CompiledLexicon {
  return (compiled ??= compileLexicons([defaultLexicon]));
}
