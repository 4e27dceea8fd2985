/**
 * `findActors`: actor mentions with their roles, on a compiled lexicon.
 * @module actors/find-actors
 */
import { prepare, type Doc } from '../document.js';
import { actorCategory, actorLineage, type CompiledLexicon } from '../lexicon/compile.js';
import { matchLexicon, type LexMatch } from '../lexicon/match.js';
import { describe } from '../normalize/options.js';
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
  const anaphors = options?.anaphors ?? true;
  const unresolved = options?.unresolved ?? true;
  const sentenceOf = sentenceIndex(doc);
  const drafts = actorPhrases(doc, matches ?? matchLexicon(compiled, doc, ACTOR_MATCH_TYPES));
  const roles = assignRoles(doc, drafts, sentenceOf);
  const resolved = resolveAnaphors(drafts, roles, sentenceOf);
  const out: DocActorMention[] = [];
  drafts.forEach((d, i) => {
    const anaphoric = d.rule === 'anaphor';
    if (anaphoric && !anaphors) return;
    const { actors, context } = resolved[i]!;
    const base = {
      start: d.start,
      end: d.end,
      text: doc.original.slice(d.start, d.end),
      role: roles[i]!,
      rule: d.rule,
      firstToken: d.first,
      lastToken: d.last,
      ...(anaphoric ? { anaphoric: true as const } : {}),
      ...(d.source ? { source: d.source.id } : {}),
      ...(d.noun ? { noun: d.noun.id } : {}),
    };
    if (actors === null) {
      // An organ that cannot be tied to an actor is not an actor mention («الوزارة» of an unnamed state).
      if (!unresolved || d.speaks) return;
      out.push({ ...base, actor: null, category: null, lineage: [], ...(context ? { actorContext: context } : {}) });
      return;
    }
    for (const actor of actors) {
      out.push({ ...base, actor, category: actorCategory(compiled, actor) ?? null, lineage: actorLineage(compiled, actor) });
    }
  });
  return out;
}

/**
 * Actor mentions of a text, with roles, on a compiled lexicon (what every analyzer's `findActors` calls).
 * @internal
 */
export function findActorsWith(compiled: CompiledLexicon, text: string, options?: FindActorsOptions): ActorMention[] {
  if (typeof text !== 'string') throw new TypeError(`findActors: argument 'text' must be a string, got ${describe(text)}`);
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new TypeError(`findActors: argument 'options' must be an object, got ${describe(options)}`);
  }
  return actorsInDoc(compiled, prepare(text), options).map(({ firstToken: _f, lastToken: _l, ...m }) => m);
}
