import { describe, expect, it } from 'vitest';
import { PACKS } from '../src/packs/index.js';
import { createAnalyzer } from '../src/analyzer.js';
describe('tmp', () => { it('loads', () => {
  for (const [id, pack] of Object.entries(PACKS)) console.log(id, pack.actors?.length, pack.places?.length, JSON.stringify(pack).length);
}); });
