/**
 * The ESM build in a real browser: Debian's headless Chromium driven by playwright-core. A page bundled with esbuild
 * from dist/ (scripts/test.mjs builds before the tests run) reads the bundled sample article and must return exactly
 * what Node returns; then the playground page is driven like a user would: type text, check the highlights.
 * Skipped, with the reason, when /usr/bin/chromium is absent (`.ci/run` installs it).
 */
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectMentions, readText, type Library } from '../docs/playground/mentions.js';
import { DIST as BUILD, ROOT } from './helpers/dist.js';
// @ts-expect-error -- a plain ES module script without types
import { buildPlayground } from '../scripts/playground.mjs';

const CHROMIUM = '/usr/bin/chromium';
const DIST = join(BUILD, 'index.js');
const SAMPLE = readFileSync(join(ROOT, 'examples', 'sample-article.txt'), 'utf8');
const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

/**
 * Every text-reading function the build has, run on `text`, as JSON (typed arrays as arrays). The same source runs
 * in Node and in the page, so it must not close over anything.
 */
const PROBE = `(hasila, text) => {
  const names = ['analyze', 'extractCasualties', 'extractActors', 'extractNumbers', 'normalize', 'normalizeWithOffsets'];
  const out = {};
  for (const name of names) if (typeof hasila[name] === 'function') out[name] = hasila[name](text);
  if (typeof hasila.tokenize === 'function') out.tokenize = hasila.tokenize(hasila.normalize(text));
  return JSON.stringify(out, (k, v) => (ArrayBuffer.isView(v) ? Array.from(v) : v));
}`;

const skip = !existsSync(CHROMIUM)
  ? `${CHROMIUM} is absent (apt-get install -y chromium; .ci/run does it)`
  : !existsSync(DIST)
    ? 'dist/ is not built (npm test builds it first)'
    : '';

if (skip) {
  describe('browser', () => {
    it.skip(`skipped: ${skip}`, () => {});
  });
} else {
  describe('browser (headless Chromium)', () => {
    let scratch = '';
    let server: Server;
    let base = '';
    let browser: Browser;
    let page: Page;
    const errors: string[] = [];

    beforeAll(async () => {
      scratch = mkdtempSync(join(tmpdir(), 'hasila-browser-'));
      // A page that only exposes the library: the ESM build bundled for browsers.
      await build({
        stdin: { contents: `import * as hasila from ${JSON.stringify(DIST)}; window.hasila = hasila;`, resolveDir: ROOT },
        outfile: join(scratch, 'library.js'),
        bundle: true,
        format: 'iife',
        platform: 'browser',
        logLevel: 'silent',
      });
      await buildPlayground(join(scratch, 'playground.js'), DIST);
      const files: Record<string, string> = {
        '/': '<!doctype html><meta charset="utf-8"><title>hasila</title><script src="library.js"></script>',
        '/library.js': join(scratch, 'library.js'),
        '/playground/': join(ROOT, 'docs', 'playground', 'index.html'),
        '/playground/playground.js': join(scratch, 'playground.js'),
      };
      const TYPES: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html' };
      server = createServer((req, res) => {
        const file = files[req.url ?? ''];
        if (req.url === '/favicon.ico') {
          res.writeHead(204).end();
        } else if (file === undefined) {
          res.writeHead(404).end();
        } else if (file.startsWith('<')) {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(file);
        } else {
          res.writeHead(200, { 'content-type': `${TYPES[extname(file)]}; charset=utf-8` }).end(readFileSync(file));
        }
      });
      await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
      page = await browser.newPage();
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
    });

    afterAll(async () => {
      await browser?.close();
      await new Promise((ok) => (server ? server.close(ok) : ok(undefined)));
      if (scratch) rmSync(scratch, { recursive: true, force: true });
    });

    it('reads the sample article exactly as Node does', async () => {
      await page.goto(`${base}/`);
      const inBrowser = await page.evaluate(`(${PROBE})(window.hasila, ${JSON.stringify(SAMPLE)})`);
      const hasila: unknown = await import(DIST);
      const inNode = (new Function(`return ${PROBE}`)() as (h: unknown, t: string) => string)(hasila, SAMPLE);
      expect(JSON.parse(inBrowser as string)).toEqual(JSON.parse(inNode));
      expect(Object.keys(JSON.parse(inNode))).toEqual(expect.arrayContaining(['analyze', 'normalizeWithOffsets']));
      expect(errors).toEqual([]);
    });

    it('the playground highlights what the library finds, in place, right to left', async () => {
      await page.goto(`${base}/playground/`);
      const text = 'قُتل 23 مدنياً بينهم 7 أطفال، وأصيب أكثر من ٤٠ آخرين جراء غارات روسية، ﻻ سيما في ريف إدلب';
      await page.locator('#input').fill(text.slice(0, -4));
      await page.locator('#input').pressSequentially(text.slice(-4)); // the last words typed key by key
      await page.waitForFunction(`document.body.dataset.rendered === '${text.length}'`);

      // Read back as a string expression: the test is type-checked without the DOM library.
      const shown = (await page.evaluate(`({
        dir: document.getElementById('output').getAttribute('dir'),
        text: document.getElementById('output').textContent,
        marks: [...document.querySelectorAll('#output mark')].map((m) => ({
          start: Number(m.dataset.start), end: Number(m.dataset.end), text: m.textContent,
          kinds: m.className.split(' ').filter((c) => c !== 'active'),
        })),
        readings: [...document.querySelectorAll('#readings li')].map((li) => ({
          kind: li.dataset.kind, start: Number(li.dataset.start), end: Number(li.dataset.end),
        })),
      })`)) as {
        dir: string;
        text: string;
        marks: { start: number; end: number; text: string; kinds: string[] }[];
        readings: { kind: string; start: number; end: number }[];
      };
      expect(shown.dir).toBe('rtl');
      expect(shown.text).toBe(text); // highlighting never changes the text

      const hasila = (await import(DIST)) as unknown as Library;
      const expected = collectMentions(readText(hasila, text), text);
      expect(expected.length).toBeGreaterThan(0);
      expect(shown.readings).toEqual(expected.map(({ kind, start, end }) => ({ kind, start, end })));
      for (const mark of shown.marks) expect(mark.text).toBe(text.slice(mark.start, mark.end));
      // Every mention is highlighted over exactly its span.
      for (const m of expected) {
        const covering = shown.marks.filter((k) => k.start >= m.start && k.end <= m.end);
        expect(covering.map((k) => k.text).join('')).toBe(m.text);
        expect(covering.every((k) => k.kinds.includes(m.kind))).toBe(true);
      }
      // The figures of the text are among the highlights, whatever layer found them.
      expect(new Set(shown.readings.map((r) => r.kind))).toEqual(new Set(['casualty', 'number', 'actor']));
      const highlighted = shown.marks.map((k) => k.text).join('|');
      for (const figure of ['23', '٤٠']) expect(highlighted).toContain(figure);
      expect(errors).toEqual([]);
    });
  });
}
