/**
 * Scores `extractCasualties` against annotated texts the way `../shared/corpus/score.mjs` does: a prediction matches
 * a gold mention when their spans overlap and the kinds agree; then count, victims, actor and cause are compared.
 * Gold counts use the corpus schema: `{exact}`, `{approx}`, `{min}`, `{max}`, `{vague}`.
 */
import type { CasualtyMention } from '../../src/index.js';

export interface GoldMention {
  evidence: string;
  start?: number;
  kind: string;
  count: { exact?: number; approx?: number; min?: number; max?: number; vague?: string } | null;
  victims: string;
  actor: string;
  co_actors?: string[];
  actor_context?: string[];
  cause: string;
  co_causes?: string[];
  alt?: { actor?: string; cause?: string; victims?: string };
}

export interface Scores {
  f1: number;
  count: number;
  victims: number;
  actor: number;
  cause: number;
  gold: number;
  predicted: number;
  misses: string[];
}

function countRight(gold: GoldMention['count'], got: CasualtyMention['count']): boolean {
  if (gold === null) return got === null;
  if (got === null) return gold.vague === 'unknown';
  if (gold.exact !== undefined) return got.value === gold.exact && !got.approximate;
  if (gold.approx !== undefined) return got.value === gold.approx || got.min === gold.approx;
  if (gold.min !== undefined) return got.min === gold.min || (got.value === gold.min && got.approximate === true);
  if (gold.max !== undefined) return got.max === gold.max;
  return got.value === undefined && (got.vague !== undefined || got.min !== undefined);
}

/** Scores predictions for texts against their gold mentions. */
export function scoreCasualties(docs: { id: string; text: string; mentions: GoldMention[] }[], extract: (text: string) => CasualtyMention[]): Scores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const right = { count: 0, victims: 0, actor: 0, cause: 0 };
  const misses: string[] = [];
  for (const doc of docs) {
    const got = extract(doc.text);
    const used = new Set<number>();
    for (const g of doc.mentions) {
      const start = g.start ?? doc.text.indexOf(g.evidence);
      const end = start + g.evidence.length;
      const i = got.findIndex((m, k) => !used.has(k) && m.kind === g.kind && m.start < end && start < m.end);
      if (i < 0) {
        fn++;
        misses.push(`${doc.id}: missed ${g.kind} «${g.evidence}»`);
        continue;
      }
      used.add(i);
      tp++;
      const m = got[i]!;
      if (countRight(g.count, m.count)) right.count++;
      if ([g.victims, g.alt?.victims].includes(m.victims)) right.victims++;
      const actors = [g.actor, g.alt?.actor, ...(g.actor_context ?? [])].filter((a): a is string => !!a);
      if (actors.some((a) => (a === 'unknown' ? m.actors.length === 0 : m.actors.includes(a)))) right.actor++;
      if ([g.cause, g.alt?.cause, ...(g.co_causes ?? [])].includes(m.cause ?? 'unknown')) right.cause++;
    }
    got.forEach((m, k) => {
      if (!used.has(k)) {
        fp++;
        misses.push(`${doc.id}: spurious ${m.kind} «${m.text}»`);
      }
    });
  }
  const p = tp / Math.max(1, tp + fp);
  const r = tp / Math.max(1, tp + fn);
  const share = (n: number) => (tp ? n / tp : 0);
  return {
    f1: p + r ? (2 * p * r) / (p + r) : 0,
    count: share(right.count),
    victims: share(right.victims),
    actor: share(right.actor),
    cause: share(right.cause),
    gold: tp + fn,
    predicted: tp + fp,
    misses,
  };
}
