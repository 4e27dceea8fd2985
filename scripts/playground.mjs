#!/usr/bin/env node
// Bundles the playground (docs/playground/main.ts) from the ESM build in dist/ into docs/playground/playground.js,
// one self-contained script for browsers. `npm run playground` builds the library first.
// `node scripts/playground.mjs --screenshot [out.png]` also serves the page, opens it in headless Chromium with two
// example reports and writes the README's screenshot (docs/playground/screenshot.png); `npm run docs:screenshot`.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

/**
 * esbuild options of the page; `library` is the ESM root entry the page imports as `hasila`, its packs beside it
 * (`hasila/packs/<id>` is `packs/<id>.js` next to it).
 */
const options = (library) => ({
  entryPoints: [here('../docs/playground/main.ts')],
  alias: { hasila: library },
  plugins: [{
    name: 'hasila-packs',
    setup(b) {
      // esbuild runs the filter as a Go regular expression: no flags.
      b.onResolve({ filter: /^hasila\/packs\/[\w-]+$/ }, (args) => ({ path: join(dirname(library), 'packs', `${args.path.slice('hasila/packs/'.length)}.js`) }));
    },
  }],
  bundle: true,
  minify: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  charset: 'utf8',
  logLevel: 'warning',
});

/** Writes the playground script to `outfile`, bundling the library from `library` (the ESM root entry). */
export async function buildPlayground(outfile = here('../docs/playground/playground.js'), library = here('../dist/index.js')) {
  await build({ ...options(library), outfile });
  return outfile;
}

/** The page's own code, minified, without the library (kept external): what the page adds to a site. */
export async function pageCode() {
  const result = await build({ ...options('hasila'), alias: {}, plugins: [], external: ['hasila'], format: 'esm', write: false });
  return result.outputFiles[0].text;
}

/**
 * Serves the playground page with `script` as its playground.js on 127.0.0.1; resolves to `{ url, close }`.
 */
export async function servePlayground(script) {
  const files = { '/': here('../docs/playground/index.html'), '/playground.js': script };
  const types = { '.js': 'text/javascript', '.html': 'text/html' };
  const server = createServer((req, res) => {
    const file = files[(req.url ?? '').replace(/[?#].*/u, '')];
    if (file === undefined) return res.writeHead(req.url === '/favicon.ico' ? 204 : 404).end();
    res.writeHead(200, { 'content-type': `${types[extname(file)]}; charset=utf-8` }).end(readFileSync(file));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

/** Two reports of one (invented) strike whose tolls conflict (12, then 8 «yesterday»): what the screenshot shows. */
export const EXAMPLE_REPORTS = [
  {
    text: 'قُتل 12 مدنياً بينهم 5 أطفال وأصيب أكثر من 20 آخرين جراء غارات جوية روسية على بلدة كفرنبل في ريف إدلب الجنوبي، بحسب الدفاع المدني السوري.',
    publishedAt: '2019-05-14',
  },
  {
    text: 'قالت مصادر محلية إن 8 مدنيين قتلوا وأصيب عشرات بجروح في غارات روسية استهدفت كفرنبل جنوبي إدلب أمس الثلاثاء، وفق ما أفاد المرصد السوري لحقوق الإنسان.',
    publishedAt: '2019-05-15',
  },
];

/** Opens the page in headless Chromium with the example reports, selects a row and writes a PNG to `outfile`. */
export async function screenshot(outfile = here('../docs/playground/screenshot.png'), library = here('../dist/index.js')) {
  const { chromium } = await import('playwright-core');
  const scratch = await mkdtemp(join(tmpdir(), 'hasila-shot-'));
  const served = await servePlayground(await buildPlayground(join(scratch, 'playground.js'), library));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 560 }, deviceScaleFactor: 1 });
    await page.goto(served.url);
    for (const [i, report] of EXAMPLE_REPORTS.entries()) {
      if (i > 0) await page.click('#add');
      await page.fill('#input', report.text);
      await page.fill('#published', report.publishedAt);
    }
    await page.click('[role="tab"][data-view="0"]');
    await page.waitForSelector('table.mentions tbody tr');
    await page.locator('table.mentions tbody tr').first().click();
    await page.screenshot({ path: outfile });
  } finally {
    await browser.close();
    await served.close();
    await rm(scratch, { recursive: true, force: true });
  }
  return outfile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`playground: ${await buildPlayground()}`);
  const at = process.argv.indexOf('--screenshot');
  if (at >= 0) console.log(`screenshot: ${await screenshot(process.argv[at + 1])}`);
}
