/**
 * One list of pack ids (`src/packs/ids.ts`): the build entries, the CLI's table and the tests derive from it; the
 * files that cannot import it — `package.json` exports and `typedoc.json` — must agree with it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PACKS } from '../src/cli/packs.js';
import { PACK_IDS } from '../src/packs/ids.js';

const read = (file: string) => JSON.parse(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8'));
const ids = [...PACK_IDS].sort();

describe('pack ids agree everywhere', () => {
  it('the CLI table has every pack, each with its own id and country', () => {
    expect(Object.keys(PACKS).sort()).toEqual(ids);
    for (const [id, pack] of Object.entries(PACKS)) expect([pack.id, pack.country]).toEqual([id, id]);
  });

  it('each pack has its entry module and its packs/<id>.json', () => {
    for (const id of PACK_IDS) {
      expect(existsSync(new URL(`../src/packs/${id}.ts`, import.meta.url)), `src/packs/${id}.ts`).toBe(true);
      expect(existsSync(new URL(`../packs/${id}.json`, import.meta.url)), `packs/${id}.json`).toBe(true);
    }
  });

  it('package.json exports and types every pack entry, and no other', () => {
    const pkg = read('package.json');
    const exported = Object.keys(pkg.exports).filter((k: string) => /^\.\/packs\/[a-z-]+$/u.test(k)).map((k: string) => k.slice('./packs/'.length));
    expect(exported.sort()).toEqual(ids);
    for (const id of PACK_IDS) {
      expect(pkg.exports[`./packs/${id}`].import.default).toBe(`./dist/packs/${id}.js`);
      expect(pkg.exports[`./packs/${id}`].require.default).toBe(`./dist/packs/${id}.cjs`);
    }
    const typed = Object.keys(pkg.typesVersions['*']).filter((k) => k.startsWith('packs/')).map((k) => k.slice('packs/'.length));
    expect(typed.sort()).toEqual(ids);
  });

  it('typedoc documents every pack entry, and no other', () => {
    const entries: string[] = read('typedoc.json').entryPoints;
    const packs = entries.filter((e) => e.startsWith('src/packs/')).map((e) => e.slice('src/packs/'.length, -'.ts'.length));
    expect(packs.sort()).toEqual(ids);
  });

  it('no file beside the entries in src/packs is a pack the list forgets', () => {
    const dir = new URL('../src/packs/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'ids.ts').map((f) => f.slice(0, -3));
    expect(files.sort()).toEqual(ids);
  });
});
