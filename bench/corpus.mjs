// The benchmark corpus: real articles repeated to at least 10 MB of UTF-8, and adversarial inputs of a given size.
// The shared articles are read from ../shared when present (never copied into the repository); otherwise the bundled
// sample article stands in.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = resolve(ROOT, '../shared/corpus/articles');
const SAMPLE = join(ROOT, 'examples/sample-article.txt');

export const MB = 1_000_000;

/** The source articles and where they came from. */
export function sourceArticles() {
  if (existsSync(SHARED)) {
    const files = readdirSync(SHARED).filter((f) => f.endsWith('.txt')).sort();
    if (files.length) return { from: `../shared/corpus/articles (${files.length} articles)`, articles: files.map((f) => readFileSync(join(SHARED, f), 'utf8')) };
  }
  if (existsSync(SAMPLE)) return { from: 'examples/sample-article.txt (../shared is absent)', articles: [readFileSync(SAMPLE, 'utf8')] };
  throw new Error('bench: no articles found (neither ../shared/corpus/articles nor examples/sample-article.txt)');
}

/**
 * The articles repeated until they hold at least `bytes` of UTF-8. Each repetition is a distinct string object (a
 * fresh decode), so no layer can profit from seeing the very same string twice.
 */
export function buildCorpus(bytes = 10 * MB) {
  const { from, articles } = sourceArticles();
  const list = [];
  let total = 0;
  while (total < bytes) {
    for (const a of articles) {
      const buf = Buffer.from(a, 'utf8');
      list.push(buf.toString('utf8'));
      total += buf.length;
    }
  }
  return { from, articles: list, bytes: total };
}

/** Hostile inputs (bench/adversarial.json, shared with the robustness tests): name → the unit to repeat. */
export const ADVERSARIAL = Object.fromEntries(
  JSON.parse(readFileSync(join(ROOT, 'bench/adversarial.json'), 'utf8')).inputs.map((x) => [x.name, x.unit]),
);

/** The unit repeated to about `bytes` of UTF-8. */
export function repeatTo(unit, bytes) {
  return unit.repeat(Math.max(1, Math.round(bytes / Buffer.byteLength(unit, 'utf8'))));
}
