import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findActors } from '../src/actors/index.js';
import type { ActorMention } from '../src/actors/types.js';
import { withoutShared } from './helpers/shared.js';

// Every actor mention of the shared development gold (../shared/corpus/seeds-gold.jsonl, `actors`) must be found
// with the right id: a predicted mention whose span overlaps the gold span and whose actor is the gold id or has
// it among its isA ancestors (pro-government militias count as syrian-government); `unknown` is an unresolved
// anaphor (actor null). The shared files are read in place, never copied.
const CORPUS = new URL('../../shared/corpus/', import.meta.url);
const GOLD = new URL('seeds-gold.jsonl', CORPUS);
const present = existsSync(GOLD);

interface GoldActor { text: string; start: number; actor: string; role: string }
interface GoldArticle { id: string; file: string; actors: GoldActor[] }

function score() {
  const articles = readFileSync(GOLD, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as GoldArticle);
  let gold = 0, found = 0, exactId = 0, roles = 0, predicted = 0;
  const missed: string[] = [];
  for (const a of articles) {
    const text = readFileSync(new URL(a.file, CORPUS), 'utf8');
    const mentions = findActors(text);
    predicted += mentions.length;
    const used = new Set<ActorMention>();
    for (const g of a.actors) {
      gold++;
      const end = g.start + g.text.length;
      const hit = mentions.find((m) => !used.has(m) && m.start < end && g.start < m.end
        && (g.actor === 'unknown' ? m.actor === null : m.lineage.includes(g.actor)));
      if (!hit) {
        missed.push(`${a.id.slice(0, 3)}@${g.start} ${g.actor} «${g.text}»`);
        continue;
      }
      used.add(hit);
      found++;
      if (hit.actor === g.actor || (g.actor === 'unknown' && hit.actor === null)) exactId++;
      if (hit.role === g.role) roles++;
    }
  }
  return { gold, found, exactId, roles, predicted, extra: predicted - found, missed };
}

describe.skipIf(!present)('gold actor mentions (../shared/corpus/seeds-gold.jsonl)', () => {
  it('finds every gold actor mention with the right id (recall ≥ 0.95), with few extra mentions', () => {
    const s = score();
    const recall = s.found / s.gold;
    const precision = s.found / s.predicted;
    console.log(`actors: recall ${recall.toFixed(3)} (${s.found}/${s.gold}; same entry id ${s.exactId}), ` +
      `precision ${precision.toFixed(3)} (${s.extra} extra of ${s.predicted}), roles ${(s.roles / s.found).toFixed(3)}; missed: ${s.missed.join('; ')}`);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(s.roles / s.found).toBeGreaterThanOrEqual(0.9);
  });
});

if (!present) {
  describe('gold actor mentions', () => {
    it.skip(`skipped: ${withoutShared(fileURLToPath(GOLD))}`, () => {});
  });
}
