/**
 * A toll broken down into its parts: «عدد القتلى شمل 336 مقاتلاً و298 مدنياً»، «ووزع المرصد الحصيلة على الشكل التالي:
 * 226 من أبناء المحافظة، 305 من عناصر …» — each counted group listed is a mention of the toll's kind.
 * @module casualties/toll-parts
 */
import { wordIn, type Context } from './context.js';
import { AS_FOLLOWS, TOLL_INCLUDING, TOLL_ITSELF } from './grammar.js';
import { amongFigure, fromGroupAt } from './link.js';
import { readNounPhrase, tollHead, type Candidate, type NounPhrase } from './phrases.js';
import { CUE, F } from './tokens.js';
import type { CasualtyKind } from './types.js';

const ITSELF = /* @__PURE__ */ new Set(TOLL_ITSELF);
const INCLUDING = /* @__PURE__ */ new Set(TOLL_INCLUDING);
const FOLLOWS = /* @__PURE__ */ new Set(AS_FOLLOWS);
/** How many parts a breakdown may list; how many words may describe one before the next. */
const MAX_PARTS = 8;
const DESCRIPTION = 4;
/** How many words «على الشكل التالي» may take before its colon. */
const FOLLOWS_REACH = 4;

/**
 * The parts of each toll told part by part (rule `toll-part`): a toll noun with what it counts («عدد القتلى»), or a
 * bare «الحصيلة» of the kind of the mention before it, then a verb of including or «على الشكل التالي:», then counted
 * groups or figures of a side, parted by commas or «و». A part with a casualty word of its own («و165 شخصاً أعدموا») is
 * read by its own rule and ends the list.
 */
export function linkTollParts(ctx: Context, found: Candidate[]): void {
  // The mentions by where they end, walked once beside the tokens: the last one before a bare «الحصيلة» gives its kind.
  const before = [...found].sort((a, b) => a.last - b.last);
  let seen = 0;
  for (let i = 0; i < ctx.n; i++) {
    if (!(ctx.cues[i]! & CUE.TOLL)) continue; // a toll noun (a bit of stage 1)
    while (seen < before.length && before[seen]!.last < i) seen++;
    const head = tollHead(ctx, i);
    const kind = head?.kind ?? (wordIn(ctx, i, ITSELF) && ctx.words[i]!.startsWith('ال') ? kindBefore(ctx, before[seen - 1], i) : null);
    if (!kind) continue;
    const trigger = head?.trigger ?? ([i, i] as const);
    let k = trigger[1] + 1;
    if (wordIn(ctx, k, INCLUDING)) k++;
    else {
      let j = k;
      while (j < k + FOLLOWS_REACH && FOLLOWS.has(ctx.words[j] ?? '')) j++;
      if (j === k || ctx.words[j] !== ':') continue;
      k = j + 1;
    }
    i = readParts(ctx, kind, trigger, k, found);
  }
}

/** The kind of `last`, the last mention ending before token `i`, when it is in its sentence or the one before. */
function kindBefore(ctx: Context, last: Candidate | undefined, i: number): CasualtyKind | null {
  return last && ctx.sentenceOf[last.last]! >= ctx.sentenceOf[i]! - 1 ? last.kind : null;
}

/** Reads the parts from token `k`, pushing one mention each; returns the last token read. */
function readParts(ctx: Context, kind: CasualtyKind, trigger: readonly [number, number], k: number, found: Candidate[]): number {
  const sentence = ctx.sentenceOf[k];
  let last = k - 1;
  for (let n = 0; n < MAX_PARTS && k < ctx.n && ctx.sentenceOf[k] === sentence; n++) {
    const g = part(ctx, k);
    if (!g) break;
    // Past the part's description, a casualty word gives it a predicate of its own.
    let end = g.last;
    for (let d = 0; d < DESCRIPTION && end + 1 < ctx.n && !(ctx.bits[end + 1]! & (F.COMMA | F.END | F.AND | F.INCLUDES)) && !ctx.numberAt.has(end + 1); d++) {
      if (ctx.casualtyAt.has(end + 1)) return last;
      end++;
    }
    found.push({ ...fromGroupAt(kind, trigger, g, g.first, g.last), victims: g.victims ?? 'unspecified', rule: 'toll-part' });
    last = end;
    k = end + 1;
    if (ctx.bits[k]! & F.COMMA) k++;
    if (ctx.words[k] === 'و') k++;
  }
  return last;
}

/** A counted group, read without its conjuncts (each is a part of its own), or a figure of a side at `k`. */
function part(ctx: Context, k: number): NounPhrase | null {
  if (!ctx.numberAt.has(k)) return null;
  const g = readNounPhrase(ctx, k, false, false, false);
  if (g?.countTokens && !g.others && !g.participle && g.victims !== null && g.first === k) return g;
  return amongFigure(ctx, k);
}
