// Each command of the `hasila` CLI gives exactly what the library gives for the same text (plus where the text came
// from), in every input mode, and its table shows every item. Runs the built dist/cli.js and dist/index.js.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, hasila, LIBRARY, lines, SAMPLE } from './fixtures/cli/hasila.js';

type Lib = typeof import('../src/index.js');
let lib: Lib;
beforeAll(async () => {
  lib = (await import(pathToFileURL(LIBRARY).href)) as Lib;
});

const sample = readFileSync(SAMPLE, 'utf8');
const yemenLexicon = JSON.parse(readFileSync(`${FIXTURES}/yemen-lexicon.json`, 'utf8')) as object;
const yemenArticle = readFileSync(`${FIXTURES}/yemen-article.txt`, 'utf8');
const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

// command → the record fields the library gives for a text
const EXPECTED: [string, (text: string) => Record<string, unknown>][] = [
  ['analyze', (text) => ({ ...lib.analyze(text) })],
  ['casualties', (text) => ({ casualties: lib.extractCasualties(text) })],
  ['numbers', (text) => ({ numbers: lib.extractNumbers(text) })],
  ['actors', (text) => ({ actors: lib.findActors(text) })],
  ['normalize', (text) => ({ text: lib.normalize(text) })],
];

describe.each(EXPECTED)('hasila %s', (command, expected) => {
  it('on a file: one record, the library result plus its source', () => {
    const { code, stdout, stderr } = hasila([command, SAMPLE]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(lines(stdout)).toEqual([roundTrip({ source: SAMPLE, ...expected(sample) })]);
  });

  it('on stdin and on JSON Lines (with --workers 2) gives the same results', () => {
    expect(lines(hasila([command, '-'], sample).stdout)).toEqual([roundTrip({ source: 'stdin', ...expected(sample) })]);
    const jsonl = `${JSON.stringify({ id: 1, body: { text: sample } })}\n${JSON.stringify({ id: 2, body: { text: yemenArticle } })}\n`;
    const { code, stdout } = hasila([command, '--jsonl', '--field', 'body.text', '--workers', '2'], jsonl);
    expect(code).toBe(0);
    expect(lines(stdout)).toEqual([
      roundTrip({ source: 'stdin', line: 1, id: 1, ...expected(sample) }),
      roundTrip({ source: 'stdin', line: 2, id: 2, ...expected(yemenArticle) }),
    ]);
  });
});

describe('hasila tables', () => {
  it('casualties: a row per figure with kind, count, victims, actor, cause, place and the Arabic evidence', () => {
    const { code, stdout } = hasila(['casualties', '--format', 'table', SAMPLE]);
    expect(code).toBe(0);
    const casualties = lib.extractCasualties(sample);
    expect(casualties.length).toBeGreaterThan(0);
    const [head, header, ...rows] = stdout.trimEnd().split('\n');
    expect(head).toBe(`▌ ${SAMPLE}`);
    expect(header!.split(/ {2,}/u)).toEqual(['kind', 'count', 'victims', 'actor', 'cause', 'place', 'evidence']);
    expect(rows).toHaveLength(casualties.length);
    casualties.forEach((c, i) => {
      const cells = rows[i]!.split(/ {2,}/u);
      expect(cells[0]).toBe(c.kind);
      expect(cells[2]!.startsWith(c.victims)).toBe(true);
      expect(cells[3]).toBe(c.actors.join(' + ') || '—');
      expect(cells[4]).toBe([c.cause, ...c.coCauses].filter(Boolean).join(' + ') || '—');
      expect(cells[5]).toBe(c.location?.text ?? '—');
      expect(cells[6]!.startsWith(`«${c.text}»`)).toBe(true);
    });
  });

  it('piped or captured, a table has no direction marks (they are for terminals) and nothing invisible of its own', () => {
    for (const command of ['analyze', 'casualties', 'actors', 'numbers']) {
      const { stdout } = hasila([command, '--format', 'table', SAMPLE]);
      expect(stdout.length).toBeGreaterThan(100);
      expect(stdout).not.toMatch(/[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/u);
    }
  });

  it('casualties: counts read as figures and bounds', () => {
    const text = 'قتل 52 مدنيا وأصيب أكثر من 112 آخرين';
    const { stdout } = hasila(['casualties', '--format', 'table'], text);
    const counts = stdout.trimEnd().split('\n').slice(2).map((row) => row.split(/ {2,}/u)[1]);
    expect(lib.extractCasualties(text).map((c) => c.count)).toEqual([{ value: 52 }, { min: 112 }]);
    expect(counts).toEqual(['52', '≥112']);
  });

  it('analyze: events with every piece of evidence, the figures, and the summary', () => {
    const { code, stdout } = hasila(['analyze', '--format', 'table', SAMPLE]);
    expect(code).toBe(0);
    const analysis = lib.analyze(sample);
    expect(stdout).toContain(`Events (${analysis.events.length})`);
    expect(stdout).toContain(`Casualty figures (${analysis.casualties.length})`);
    for (const c of analysis.casualties) expect(stdout).toContain(`«${c.text}»`);
    expect(stdout).toContain(`killed ${analysis.summary.killed.total} (civilians ${analysis.summary.killed.civilians}`);
  });

  it('analyze: a running total is marked as one, and kept out of the summary counts', () => {
    const { stdout } = hasila(['analyze', '--format', 'table'], 'قتل 45 مدنيا في غارات على مدينة دوما، ليرتفع عدد القتلى منذ بدء الحرب إلى 4005 قتلى.');
    expect(stdout).toContain('killed 4,005 (running total)');
    expect(stdout).toContain('killed 45 (civilians 45');
    expect(stdout).toContain('running totals (in no count above): killed 4005 · injured 0');
  });

  it.each([
    ['numbers', (t: string) => lib.extractNumbers(t).length],
    ['actors', (t: string) => lib.findActors(t).length],
  ] as const)('%s: a row per mention', (command, count) => {
    const rows = hasila([command, '--format', 'table', SAMPLE]).stdout.trimEnd().split('\n').slice(2);
    expect(rows).toHaveLength(count(sample));
  });

  it('a text with nothing in it says so', () => {
    expect(hasila(['casualties', '--format', 'table'], 'طقس مشمس').stdout).toBe('▌ stdin\n(none)\n\n');
  });
});

describe('hasila --non-facts', () => {
  const text = 'نفت الوزارة مقتل 12 مدنيا في الغارة، وقالت إن 3 مسلحين قتلوا فيها';
  it('gives what the library gives with includeNonFacts, flagged, in every output and through workers', () => {
    const options = { includeNonFacts: true };
    expect(lines(hasila(['casualties', '--non-facts'], text).stdout)[0]!.casualties).toEqual(roundTrip(lib.extractCasualties(text, options)));
    expect(lines(hasila(['analyze', '--non-facts', '--workers', '2'], text).stdout)[0]).toEqual(roundTrip({ source: 'stdin', ...lib.analyze(text, options) }));
    expect(hasila(['casualties', '--non-facts', '--format', 'table'], text).stdout).toContain('killed (denied)');
    // Left out by default.
    expect((lines(hasila(['casualties'], text).stdout)[0]!.casualties as unknown[]).length).toBe(1);
  });
  it('applies to the commands that read casualties only', () => {
    expect(hasila(['actors', '--non-facts'], text)).toMatchObject({ code: 2, stderr: expect.stringContaining("--non-facts applies to 'analyze' and 'casualties' only") as unknown });
  });
});

describe('hasila --lexicon', () => {
  it('adds the custom lexicon to every lexicon command, as createAnalyzer does', () => {
    const analyzer = lib.createAnalyzer({ lexicons: [yemenLexicon as never] });
    const args = ['--lexicon', `${FIXTURES}/yemen-lexicon.json`, `${FIXTURES}/yemen-article.txt`];
    const actors = lines(hasila(['actors', ...args]).stdout)[0]!.actors as { actor: string }[];
    expect(actors).toEqual(roundTrip(analyzer.findActors(yemenArticle)));
    expect(actors.map((a) => a.actor)).toContain('houthis');
    expect(actors.map((a) => a.actor)).not.toEqual(lib.findActors(yemenArticle).map((a) => a.actor));
    expect(lines(hasila(['casualties', ...args]).stdout)[0]!.casualties).toEqual(roundTrip(analyzer.extractCasualties(yemenArticle)));
    expect(lines(hasila(['analyze', '--workers', '2', ...args]).stdout)[0]).toEqual(
      roundTrip({ source: `${FIXTURES}/yemen-article.txt`, ...analyzer.analyze(yemenArticle) }),
    );
  });
});
