/**
 * The ESM build in a real browser: Debian's headless Chromium driven by playwright-core. A page bundled with esbuild
 * from dist/ (scripts/test.mjs builds before the tests run) reads the bundled sample article and must return exactly
 * what Node returns; then the playground page is driven like a user would: type and drop reports, read the table
 * against `analyze`, select rows by mouse and keyboard, see two conflicting reports linked and flagged by the real
 * `linkReports`, export CSV and JSON,
 * reopen the page from its link, read it on a narrow screen, and run the README's screenshot script.
 * Skipped, with the reason, when /usr/bin/chromium is absent (`.ci/run` installs it).
 */
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, rmSync, } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv, tableCsv } from '../docs/playground/csv.js';
import { namerOf, type ColumnId, type Lang, type Namer } from '../docs/playground/labels.js';
import { collectMentions } from '../docs/playground/mentions.js';
import { tableRows, type AnalysisLike } from '../docs/playground/rows.js';
import { DIST as BUILD, ROOT } from './helpers/dist.js';
// @ts-expect-error -- a plain ES module script without types
import { buildPlayground, CHROMIUM, CHROMIUM_ARGS as ARGS, screenshot, servePlayground } from '../scripts/playground.mjs';

const DIST = join(BUILD, 'index.js');
const SAMPLE = readFileSync(join(ROOT, 'examples', 'sample-article.txt'), 'utf8');

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
      const files: Record<string, string> = {
        '/': '<!doctype html><meta charset="utf-8"><title>hasila</title><script src="library.js"></script>',
        '/library.js': join(scratch, 'library.js'),
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

    describe('the playground page', () => {
      /** Two reports of one strike whose killed tolls conflict: 12 on the day, 8 «yesterday» in the next day's report. */
      const REPORTS = [
        { text: 'قُتل 12 مدنياً بينهم 5 أطفال وأصيب أكثر من 20 آخرين جراء غارات جوية روسية على بلدة كفرنبل في ريف إدلب الجنوبي، بحسب الدفاع المدني.', publishedAt: '2019-05-14' },
        { text: 'قالت مصادر محلية إن 8 مدنيين قتلوا وأصيب عشرات بجروح في غارات روسية استهدفت كفرنبل جنوبي إدلب أمس الثلاثاء.', publishedAt: '2019-05-15' },
      ];
      let library: Record<string, unknown>;
      let name: Namer;
      let pageUrl = '';
      const closers: (() => Promise<unknown>)[] = [];

      /** `analyze` of the library in Node, with the publication day when the page is given one. */
      const analyzed = (text: string, publishedAt = '') =>
        (library.analyze as (t: string, o: object) => AnalysisLike)(text, publishedAt ? { publishedAt } : {});
      /** What the page should show for `text`: the rows of `analyze`, as the table functions make them. */
      const expectedRows = (text: string, lang: Lang = 'ar', publishedAt = '') => tableRows(analyzed(text, publishedAt), lang, name);

      async function open(url: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
        const p = await browser.newPage({ viewport, acceptDownloads: true });
        p.on('pageerror', (e) => errors.push(String(e)));
        p.on('console', (m) => {
          if (m.type() === 'error') errors.push(m.text());
        });
        await p.goto(url);
        await p.waitForFunction(`document.body.dataset.rendered !== undefined`);
        return p;
      }

      /** Fills the open report (adding one first unless it is the first) and waits for the page to read it. */
      async function addReport(p: Page, r: { text: string; publishedAt: string }, first: boolean): Promise<void> {
        if (!first) await p.click('#add');
        await p.fill('#input', r.text);
        await p.fill('#published', r.publishedAt);
        await p.waitForFunction(`document.body.dataset.rendered === '${r.text.length}'`);
      }

      /** The table as shown: each row's span, kind and cells by column. */
      const tableShown = (p: Page) =>
        p.evaluate(`[...document.querySelectorAll('table.mentions tbody tr')].map((tr) => ({
          index: Number(tr.dataset.index), start: Number(tr.dataset.start), end: Number(tr.dataset.end), kind: tr.dataset.kind,
          selected: tr.getAttribute('aria-selected') === 'true',
          cells: Object.fromEntries([...tr.cells].map((td) => [td.dataset.col, td.textContent])),
        }))`) as Promise<{ index: number; start: number; end: number; kind: string; selected: boolean; cells: Record<string, string> }[]>;

      /** The text of the marks outlined as active, joined. */
      const activeText = (p: Page) => p.evaluate(`[...document.querySelectorAll('#output mark.active')].map((m) => m.textContent).join('')`) as Promise<string>;

      beforeAll(async () => {
        library = (await import(DIST)) as Record<string, unknown>;
        name = namerOf((library.createAnalyzer as () => { lexicons: never[] })().lexicons);
        const real = await servePlayground(await buildPlayground(join(scratch, 'page.js'), DIST));
        closers.push(real.close);
        pageUrl = real.url;
      });

      afterAll(async () => {
        for (const close of closers) await close();
      });

      it('a typed report gives the table of analyze, highlights in place, right to left, the summary on top', async () => {
        const p = await open(pageUrl);
        const text = REPORTS[0]!.text;
        await p.locator('#input').fill(text.slice(0, -10));
        await p.locator('#input').pressSequentially(text.slice(-10)); // the last words typed key by key
        await p.waitForFunction(`document.body.dataset.rendered === '${text.length}'`);

        const expected = expectedRows(text);
        expect(expected.length).toBeGreaterThan(1);
        const shown = await tableShown(p);
        expect(shown.map(({ index, start, end, kind }) => ({ index, start, end, kind }))).toEqual(expected.map(({ index, start, end, kind }) => ({ index, start, end, kind })));
        // Every shown cell is the pure function's cell (columns empty in every row are left out).
        for (const [i, row] of shown.entries()) for (const [col, value] of Object.entries(row.cells)) expect(value).toBe(expected[i]!.cells[col as ColumnId]);
        expect(shown[0]!.cells).toMatchObject({ kind: 'قتلى', count: '12', victims: 'مدنيون (بينهم 5 أطفال)' });
        expect(shown[1]!.cells.count).toBe('أكثر من 20');

        const page = (await p.evaluate(`({
          dir: document.getElementById('output').getAttribute('dir'),
          text: document.getElementById('output').textContent,
          marks: [...document.querySelectorAll('#output mark')].map((m) => ({ start: Number(m.dataset.start), end: Number(m.dataset.end), text: m.textContent, kinds: m.className.split(' ') })),
          summary: document.getElementById('summary').textContent,
          isolated: [...document.querySelectorAll('table.mentions td')].every((td) => td.getAttribute('dir') === 'auto' && td.firstElementChild?.tagName === 'BDI'),
          json: !document.getElementById('json').hidden,
        })`)) as { dir: string; text: string; marks: { start: number; end: number; text: string; kinds: string[] }[]; summary: string; isolated: boolean; json: boolean };
        expect(page.dir).toBe('rtl');
        expect(page.text).toBe(text); // highlighting never changes the text
        for (const mark of page.marks) expect(mark.text).toBe(text.slice(mark.start, mark.end));
        const mentions = collectMentions((library.analyze as (t: string) => unknown)(text), text);
        for (const m of mentions) {
          const covering = page.marks.filter((k) => k.start >= m.start && k.end <= m.end);
          expect(covering.map((k) => k.text).join('')).toBe(m.text);
        }
        expect(page.summary).toContain('القتلى: 12');
        expect(page.isolated).toBe(true); // mixed Arabic, Latin and digits stay in order inside every cell
        expect(page.json).toBe(false); // raw JSON is one toggle away, not the default
        await p.click('#json-toggle');
        const raw = JSON.parse((await p.locator('#json').textContent())!) as AnalysisLike;
        expect(raw.casualties.map((m) => m.text)).toEqual(expected.map((r) => r.cells.text));
        expect(await p.locator('#table').isHidden()).toBe(true);

        await p.click('#lang');
        expect(await p.locator('table.mentions th').first().textContent()).toBe('Kind');
        expect((await tableShown(p))[0]!.cells.kind).toBe('killed');
        await p.close();
        expect(errors).toEqual([]);
      });

      it('a row click highlights its span, a highlight click selects its row, the keyboard moves between rows', async () => {
        const p = await open(pageUrl);
        await addReport(p, REPORTS[0]!, true);
        const expected = expectedRows(REPORTS[0]!.text);
        await p.locator('table.mentions tbody tr').nth(1).click();
        expect(await activeText(p)).toBe(expected[1]!.cells.text);
        expect((await tableShown(p)).map((r) => r.selected)).toEqual(expected.map((_, i) => i === 1));

        // A click on the text of the first mention selects the first row.
        await p.locator('#output mark.casualty').first().click();
        expect((await tableShown(p))[0]!.selected).toBe(true);
        expect(await activeText(p)).toBe(expected[0]!.cells.text);

        // Keyboard: the selected row holds the focus; arrows, End and Home move the selection and the highlight.
        await p.keyboard.press('ArrowDown');
        expect((await tableShown(p)).findIndex((r) => r.selected)).toBe(1);
        expect(await p.evaluate(`document.activeElement.dataset.index`)).toBe('1');
        expect(await activeText(p)).toBe(expected[1]!.cells.text);
        await p.keyboard.press('Home');
        expect((await tableShown(p)).findIndex((r) => r.selected)).toBe(0);
        await p.keyboard.press('End');
        expect((await tableShown(p)).findIndex((r) => r.selected)).toBe(expected.length - 1);
        await p.keyboard.press('Escape');
        expect(await activeText(p)).toBe('');
        // One tab stop for the table: Tab from the toggle lands on a row.
        await p.focus('#json-toggle');
        await p.keyboard.press('Tab');
        expect(await p.evaluate(`document.activeElement.tagName`)).toBe('TR');
        // Report tabs: arrows follow the reading direction (right to left: the next report is to the left).
        await addReport(p, REPORTS[1]!, false);
        await p.focus('[role="tab"][data-view="1"]');
        await p.keyboard.press('ArrowRight');
        expect(await p.evaluate(`document.activeElement.dataset.view`)).toBe('0');
        expect(await p.locator('#input').inputValue()).toBe(REPORTS[0]!.text);
        await p.keyboard.press('ArrowLeft');
        expect(await p.locator('#input').inputValue()).toBe(REPORTS[1]!.text);
        await p.close();
        expect(errors).toEqual([]);
      });

      it('two conflicting reports: linkReports makes one incident, the figures side by side with their spans, flagged', async () => {
        const p = await open(pageUrl);
        for (const [i, r] of REPORTS.entries()) await addReport(p, r, i === 0);
        expect(await p.locator('[role="tab"]').count()).toBe(3); // two reports and the incidents
        expect((await tableShown(p)).map((r) => r.start)).toEqual(expectedRows(REPORTS[1]!.text, 'ar', REPORTS[1]!.publishedAt).map((r) => r.start));
        // «أمس الثلاثاء» in a report published on the 15th: the strike's day, in the date column.
        expect((await tableShown(p))[0]!.cells.date).toBe('2019-05-14');
        await p.click('[role="tab"][data-view="-1"]');

        // What the library says in Node for the same reports, each read with its publication day.
        type Linked = { reports: string[]; conflict: boolean; figures: { kind: string; conflict: boolean; figures: { report: string; evidence: { start: number; end: number; text: string } }[] }[] };
        const analyses = REPORTS.map((r) => analyzed(r.text, r.publishedAt));
        const linked = (library.linkReports as (r: object[]) => Linked[])(analyses.map((analysis, i) => ({ id: `r${i + 1}`, analysis, publishedAt: REPORTS[i]!.publishedAt })));
        const both = linked.findIndex((inc) => inc.reports.length === 2);
        expect(both).toBeGreaterThanOrEqual(0);
        expect(linked[both]!.conflict).toBe(true);

        const incident = p.locator('article.incident').nth(both);
        expect(await p.locator('article.incident').count()).toBe(linked.length);
        expect(await incident.getAttribute('data-conflict')).toBe('true');
        expect(await incident.locator('h3').textContent()).toContain('2019-05-14 · كفرنبل · إدلب');
        const killed = linked[both]!.figures.find((f) => f.kind === 'killed')!;
        expect(killed.conflict).toBe(true);
        const killedRow = incident.locator('tbody tr').first();
        expect(await killedRow.locator('[data-flag="conflict"]').count()).toBe(1);
        // One column per report, each figure a button over its span in its own report's text.
        const buttons = await killedRow.locator('button.figure').evaluateAll((bs) =>
          bs.map((b) => {
            const data = (b as unknown as { dataset: Record<string, string> }).dataset;
            return { report: data.report!, start: Number(data.start), end: Number(data.end), text: b.textContent ?? '' };
          }),
        );
        expect(buttons).toEqual(killed.figures.map((f) => ({ report: f.report, ...f.evidence })));
        expect(buttons.map((b) => b.report)).toEqual(['r1', 'r2']);
        for (const b of buttons) expect(b.text).toBe(REPORTS[Number(b.report.slice(1)) - 1]!.text.slice(b.start, b.end));
        expect(await killedRow.locator('td').allTextContents()).toEqual(expect.arrayContaining(['—', '8–12', 'تضارب']));

        // The JSON export carries the incidents as linkReports gives them.
        const [download] = await Promise.all([p.waitForEvent('download'), p.click('#export-json')]);
        const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { incidents: unknown };
        expect(exported.incidents).toEqual(JSON.parse(JSON.stringify(linked)));
        // A figure opens its report with its row selected.
        await killedRow.locator('button.figure').nth(1).click();
        expect(await p.locator('#input').inputValue()).toBe(REPORTS[1]!.text);
        expect(await activeText(p)).toBe(buttons[1]!.text);
        await p.close();
        expect(errors).toEqual([]);
      });

      it('exports a CSV whose rows are those of analyze, with the BOM, and the analysis as JSON', async () => {
        const p = await open(pageUrl);
        for (const [i, r] of REPORTS.entries()) await addReport(p, r, i === 0);
        const [csvDownload] = await Promise.all([p.waitForEvent('download'), p.click('#csv')]);
        expect(csvDownload.suggestedFilename()).toBe('hasila.csv');
        const bytes = readFileSync((await csvDownload.path())!);
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const csv = bytes.toString('utf8');
        const reports = REPORTS.map((r, i) => ({ id: `r${i + 1}`, publishedAt: r.publishedAt, rows: expectedRows(r.text, 'ar', r.publishedAt) }));
        expect(csv).toBe(tableCsv(reports, 'ar'));
        // Straight against analyze: one record per casualty mention, its span and text.
        const records = parseCsv(csv).slice(1);
        const mentions = REPORTS.flatMap((r, i) => analyzed(r.text, r.publishedAt).casualties.map((m) => [`r${i + 1}`, m.text, String(m.start), String(m.end)]));
        expect(records.map((r) => [r[0], r[11], r[14], r[15]])).toEqual(mentions);

        const [jsonDownload] = await Promise.all([p.waitForEvent('download'), p.click('#export-json')]);
        const exported = JSON.parse(readFileSync((await jsonDownload.path())!, 'utf8')) as { reports: { text: string; publishedAt: string; analysis: unknown }[] };
        expect(exported.reports.map((r) => [r.text, r.publishedAt])).toEqual(REPORTS.map((r) => [r.text, r.publishedAt]));
        expect(exported.reports[0]!.analysis).toEqual(JSON.parse(JSON.stringify(analyzed(REPORTS[0]!.text, REPORTS[0]!.publishedAt))));
        await p.close();
        expect(errors).toEqual([]);
      });

      it('the link reproduces the page: texts, dates, language, options and the open tab', async () => {
        const p = await open(pageUrl);
        for (const [i, r] of REPORTS.entries()) await addReport(p, r, i === 0);
        await p.click('#lang');
        await p.check('#nonfacts');
        await p.click('[role="tab"][data-view="0"]');
        await p.waitForFunction(`location.hash === '#s=' + document.body.dataset.saved`);
        const url = p.url();
        expect(url).toMatch(/#s=z[\w-]+$/u);
        const before = await tableShown(p);
        await p.close();

        const q = await open(url);
        expect(await q.locator('#input').inputValue()).toBe(REPORTS[0]!.text);
        expect(await q.locator('#published').inputValue()).toBe(REPORTS[0]!.publishedAt);
        expect(await q.locator('#nonfacts').isChecked()).toBe(true);
        expect(await q.evaluate(`document.documentElement.lang`)).toBe('en');
        expect(await tableShown(q)).toEqual(before);
        await q.click('[role="tab"][data-view="1"]');
        expect(await q.locator('#input').inputValue()).toBe(REPORTS[1]!.text);
        expect(await q.locator('#published').inputValue()).toBe(REPORTS[1]!.publishedAt);
        await q.close();
        expect(errors).toEqual([]);
      });

      it('dropped text files become reports and a dropped lexicon file joins the chooser', async () => {
        const p = await open(pageUrl);
        const yemen = { id: 'yemen', labels: { ar: 'اليمن', en: 'Yemen' }, actors: [{ id: 'houthis', labels: { ar: 'الحوثيون', en: 'Houthis' }, forms: ['جماعة الحوثي'] }] };
        const drop = (files: { name: string; type: string; content: string }[]) =>
          p.evaluate(`(() => {
            const dt = new DataTransfer();
            for (const f of ${JSON.stringify(files)}) dt.items.add(new File([f.content], f.name, { type: f.type }));
            document.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
          })()`);
        await drop(REPORTS.map((r, i) => ({ name: `report-${i}.txt`, type: 'text/plain', content: r.text })));
        await p.waitForFunction(`document.querySelectorAll('[role="tab"]:not([data-view="-1"])').length === 2`);
        // Text dragged from elsewhere and dropped outside the editor is a report too.
        await p.evaluate(`(() => {
          const dt = new DataTransfer();
          dt.setData('text/plain', 'قتل جندي');
          document.getElementById('summary').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
        })()`);
        await p.waitForFunction(`document.querySelectorAll('[role="tab"]:not([data-view="-1"])').length === 3`);
        expect(await p.locator('#input').inputValue()).toBe('قتل جندي');
        await drop([{ name: 'yemen.json', type: 'application/json', content: JSON.stringify(yemen) }]);
        await p.waitForFunction(`document.getElementById('pack').value === 'file:yemen.json'`);
        await p.click('[role="tab"][data-view="0"]');
        await p.fill('#input', 'قتل 4 مدنيين بقصف جماعة الحوثي على مدينة تعز');
        await p.waitForFunction(`document.querySelector('table.mentions td[data-col="actor"]')?.textContent === 'الحوثيون'`);
        // A lexicon that does not validate is named in the status line, and the built-in lexicon stays.
        await drop([{ name: 'bad.json', type: 'application/json', content: JSON.stringify({ id: 'bad', actors: [{ id: 'x' }] }) }]);
        await p.waitForFunction(`document.getElementById('status').className === 'error'`);
        expect(await p.locator('#status').textContent()).toContain('bad');
        expect(await p.locator('#pack').inputValue()).toBe('builtin');
        await p.close();
        expect(errors).toEqual([]);
      });

      it('a conflict pack chosen from the list reads its country, and the link keeps the choice', async () => {
        const p = await open(pageUrl);
        const options = await p.locator('#pack option').evaluateAll((os) => os.map((o) => (o as unknown as { value: string }).value));
        expect(options).toEqual(['builtin', 'pack:yemen', 'pack:iraq', 'pack:libya', 'pack:sudan', 'pack:palestine', 'pack:lebanon', 'pack:somalia']);
        await p.selectOption('#pack', 'pack:sudan');
        const text = 'قتل 9 مدنيين بقصف مدفعي لقوات الدعم السريع على مدينة نيالا بجنوب دارفور';
        await p.fill('#input', text);
        await p.waitForFunction(`document.body.dataset.rendered === '${text.length}'`);
        const [row] = await tableShown(p);
        expect(row!.cells).toMatchObject({ place: 'مدينة نيالا بجنوب دارفور', governorate: 'ولاية جنوب دارفور', actor: 'قوات الدعم السريع' });
        await p.waitForFunction(`location.hash === '#s=' + document.body.dataset.saved`);
        const q = await open(p.url());
        expect(await q.locator('#pack').inputValue()).toBe('pack:sudan');
        expect((await tableShown(q))[0]!.cells.governorate).toBe('ولاية جنوب دارفور');
        await p.close();
        await q.close();
        expect(errors).toEqual([]);
      });

      it('reads on a narrow screen: the table becomes labelled cards, nothing overflows sideways', async () => {
        const p = await open(pageUrl, { width: 380, height: 800 });
        await addReport(p, REPORTS[0]!, true);
        const layout = (await p.evaluate(`({
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          display: getComputedStyle(document.querySelector('table.mentions tbody tr')).display,
          label: getComputedStyle(document.querySelector('table.mentions td'), '::before').content,
        })`)) as { overflow: number; display: string; label: string };
        expect(layout).toEqual({ overflow: 0, display: 'block', label: '"النوع"' });
        await p.close();
        expect(errors).toEqual([]);
      });

      it('the README screenshot script runs', async () => {
        const out = join(scratch, 'screenshot.png');
        await screenshot(out, DIST);
        expect([...readFileSync(out).subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      });
    });
  });
}
