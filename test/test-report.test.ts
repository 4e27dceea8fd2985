/**
 * The last line of `npm test` (scripts/test-report.mjs): passed and failed as CI reads them, then how many tests were
 * skipped and why; and the browser test CI requires fails the run when it was skipped there.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ES module script without types
import { readReport, summaryLine } from '../scripts/test-report.mjs';

type Status = 'passed' | 'failed' | 'skipped' | 'pending' | 'todo';
const test = (status: Status, title: string, ...ancestorTitles: string[]) => ({ status, title, ancestorTitles });
const file = (name: string, ...assertionResults: ReturnType<typeof test>[]) => ({ name: `/repo/${name}`, assertionResults });

const NO_SHARED = '../shared is absent (the shared corpus and scorers live beside the repository, never in it)';
const NO_CHROMIUM = '/usr/bin/chromium is absent (apt-get install -y chromium; .ci/run does it)';

/** A run like one on a machine with neither Chromium nor ../shared. */
const bare = {
  numPassedTests: 3,
  numFailedTests: 0,
  success: true,
  testResults: [
    file('test/normalize.test.ts', test('passed', 'folds alef'), test('passed', 'strips tatweel')),
    file('test/browser.test.ts', test('skipped', `skipped: ${NO_CHROMIUM}`, 'browser')),
    // A group skipped as a whole, and the one placeholder that says why.
    file('test/casualties-gold.test.ts', test('skipped', 'scores at least …', 'gold'), test('skipped', `skipped: ${NO_SHARED}`, 'gold')),
    file('test/numbers-score.test.ts', test('skipped', `skipped: ${NO_SHARED}`, 'numbers')),
    file('test/actors-gold.test.ts', test('skipped', 'finds every mention', `gold actors (skipped when ${NO_SHARED})`)),
    file('test/cli.test.ts', test('passed', 'prints help'), test('skipped', 'draws a bar', 'at a terminal (needs util-linux script)')),
  ],
};
const read = (report: object, require: string[] = []) => readReport(report, { root: '/repo', require });

describe('the last line of npm test', () => {
  it('keeps `N passed, N failed` and says how many were skipped, grouped by reason, most frequent first', () => {
    expect(summaryLine(read(bare))).toBe(
      `3 passed, 0 failed, 6 skipped (4: ${NO_SHARED}; 1: ${NO_CHROMIUM}; ` +
        '1: test/cli.test.ts › at a terminal (needs util-linux script) › draws a bar (no reason given))',
    );
  });
  it('says 0 skipped when nothing was', () => {
    const full = { numPassedTests: 2, numFailedTests: 0, success: true, testResults: [bare.testResults[0]] };
    expect(summaryLine(read(full))).toBe('2 passed, 0 failed, 0 skipped');
  });
  it('counts failed tests, and a file that failed to load once', () => {
    expect(read({ ...bare, numFailedTests: 2, success: false }).failed).toBe(2);
    expect(read({ ...bare, success: false }).failed).toBe(1);
  });
  it('lists five reasons at most (a run filtered with -t skips everything else)', () => {
    const many = { ...bare, testResults: Array.from({ length: 9 }, (_, i) => file(`test/t${i}.test.ts`, test('skipped', `t${i}`))) };
    expect(summaryLine(read(many))).toMatch(/^3 passed, 0 failed, 9 skipped \((1: [^;]+; ){5}4 more reasons\)$/u);
  });
});

describe('a required browser test (HASILA_REQUIRE_BROWSER=1, as .ci/run sets)', () => {
  it('fails the run when it was skipped, saying why', () => {
    const r = read(bare, ['test/browser.test.ts']);
    expect(r.failed).toBe(1);
    expect(r.problems).toEqual([`test/browser.test.ts is required here but was skipped: ${NO_CHROMIUM}`]);
    expect(summaryLine(r)).toMatch(/^3 passed, 1 failed, 6 skipped/u);
  });
  it('fails the run when it did not run at all', () => {
    expect(read({ ...bare, testResults: bare.testResults.slice(0, 1) }, ['test/browser.test.ts']).problems).toEqual([
      'test/browser.test.ts is required here but did not run',
    ]);
  });
  it('passes when it ran', () => {
    const ran = { ...bare, testResults: [file('test/browser.test.ts', test('passed', 'same as Node', 'browser (headless Chromium)'))] };
    expect(read(ran, ['test/browser.test.ts'])).toMatchObject({ failed: 0, problems: [] });
  });
});
