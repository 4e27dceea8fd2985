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

/**
 * Hostile inputs, each a generator of a string of about `bytes` UTF-8 bytes (Arabic letters take 2 bytes).
 * They aim at the places where a careless grammar goes quadratic: chains that never end, one enormous token, a
 * sentence without a full stop, a word drowned in marks.
 */
export const ADVERSARIAL = {
  'و×n': 'و ', // a conjunction chain: every number and actor rule looks for «X و Y»
  digits: '٠١٢٣٤٥٦٧٨٩0123456789,', // one endless number token with separators
  'number words': 'خمسة وعشرين ألفا ومائة و', // one endless chained number expression
  'actor words': 'الطيران الروسي والسوري وقوات النظام و', // one endless coordinated actor phrase
  diacritics: 'بَُِّْ', // a letter with five marks, over and over
  'long word': 'والمدنيينقتلواجراءالغارات', // one word of the whole size, starting with a clitic
  'one sentence': 'قتل 5 مدنيين بقصف لطائرات النظام و', // casualty clauses with no sentence end
  'casualty sentences': 'قتل 52 مدنيا وأصيب عشرات آخرين جراء غارات لطائرات النظام على حلب.\n', // dense, realistic
};

/** The unit repeated to about `bytes` of UTF-8. */
export function repeatTo(unit, bytes) {
  return unit.repeat(Math.max(1, Math.round(bytes / Buffer.byteLength(unit, 'utf8'))));
}
