/**
 * `findActors`: actor mentions with their roles, on a compiled lexicon.
 * @module actors/find-actors
 */
import { prepareMended, type Doc } from '../document.js';
import { actorInfo, type CompiledLexicon } from '../lexicon/compile.js';
import { matchLexicon, type LexMatch } from '../lexicon/match.js';
import { assertText, checkOptions } from '../normalize/options.js';
import { resolveAnaphors } from './anaphora.js';
import { actorPhrases } from './phrases.js';
import { assignRoles } from './roles.js';
import { sentenceIndex } from './sentences.js';
import type { ActorMention, FindActorsOptions } from './types.js';

/** The lexicon groups actor recognition reads. @internal */
export const ACTOR_MATCH_TYPES = ['actors', 'actorNouns', 'actorAdjectives', 'sources', 'places'] as const;

/** An actor mention with the tokens it covers, for the layers above. @internal */
export interface DocActorMention extends ActorMention {
  readonly firstToken: number;
  readonly lastToken: number;
}

/**
 * Actor mentions of a prepared document. `matches` may be passed when the caller already matched the lexicon
 * (with at least {@link ACTOR_MATCH_TYPES}).
 * @internal
 */
export function actorsInDoc(compiled: CompiledLexicon, doc: Doc, options?: FindActorsOptions, matches?: readonly LexMatch[]): DocActorMention[] {
  return mentionsOf(compiled, doc, options, matches, true) as DocActorMention[];
}

/**
 * The mentions of a document, with their tokens when `withTokens` (for the layers above); without, they are what
 * `findActors` returns, so that it needs no second, token-free copy of each.
 */
function mentionsOf(compiled: CompiledLexicon, doc: Doc, options: FindActorsOptions | undefined, matches: readonly LexMatch[] | undefined, withTokens: boolean): ActorMention[] {
  const anaphors = options?.anaphors ?? true;
  const unresolved = options?.unresolved ?? true;
  const sentenceOf = documentSentences(doc);
  const drafts = actorPhrases(doc, matches ?? matchLexicon(compiled, doc, ACTOR_MATCH_TYPES));
  const roles = assignRoles(doc, drafts, sentenceOf);
  const resolved = resolveAnaphors(drafts, roles, sentenceOf, compiled.nounDefaults, (id) => STATES.has(actorInfo(compiled, id).category ?? ''));
  const out: ActorMention[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    const anaphoric = d.rule === 'anaphor';
    if (anaphoric && !anaphors) continue;
    const { actors, context, assumed } = resolved[i]!;
    if (actors === null && (!unresolved || d.speaks)) continue; // an organ tied to no actor is no actor mention
    const text = doc.original.slice(d.start, d.end);
    for (const actor of actors ?? [null]) {
      const info = actor === null ? undefined : actorInfo(compiled, actor);
      const m: ActorMention & { firstToken?: number; lastToken?: number } = {
        start: d.start, end: d.end, text, actor, category: info?.category ?? null, lineage: info?.lineage ?? NO_LINEAGE,
        role: roles[i]!, rule: d.rule,
      };
      if (withTokens) {
        m.firstToken = d.first;
        m.lastToken = d.last;
      }
      if (anaphoric) m.anaphoric = true;
      if (assumed) m.assumed = true;
      if (actor === null && context) m.actorContext = context;
      if (d.source) m.source = d.source.id;
      if (d.noun) m.noun = d.noun.id;
      out.push(m);
    }
  }
  return out;
}

/** The sentence number of each token of a document (`sentenceIndex`), read once per document. @internal */
export function documentSentences(doc: Doc): Int32Array {
  return (doc.sentences ??= sentenceIndex(doc));
}

/**
 * Actor mentions of a text, with roles, on a compiled lexicon (what every analyzer's `findActors` calls).
 * @internal
 */
export function findActorsWith(compiled: CompiledLexicon, text: string, options?: FindActorsOptions): ActorMention[] {
  assertText(text, 'findActors');
  checkOptions(options, 'findActors', ['anaphors', 'unresolved'], 'boolean');
  return mentionsOf(compiled, prepareMended(text, compiled.memo.words), options, undefined, false);
}

const NO_LINEAGE: readonly string[] = Object.freeze([]);
/** Categories of states' forces, which a bare «مسلحون» never names (see `resolveAnaphors`). */
const STATES: ReadonlySet<string> = new Set(['government', 'international-coalition']);
