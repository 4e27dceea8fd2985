// What `npm test` says at the end, read from vitest's JSON report: how many tests passed, failed and were skipped,
// and why they were skipped, so that a run without Chromium or without ../shared cannot pass for a full one.
//
// A skipped test gives its reason in its own title or in a title of a group around it, after «skipped: » or
// «skipped when » («skipped: /usr/bin/chromium is absent …», «gold … (skipped when ../shared is absent)»); a test
// that gives none takes the reason another skipped test of its file gives (a file skipped as a whole says why once),
// else it is named. The tests a run requires (CI requires the browser test) count as failed when they were skipped
// or did not run.

const MAX_REASONS = 5;
const REASON = /\bskipped(?::| when) ?(.+)$/u;

/** Why a skipped test was skipped, as its title or a group title says; undefined when none does. */
export function skipReason(test) {
  for (const title of [test.title, ...[...(test.ancestorTitles ?? [])].reverse()]) {
    const m = REASON.exec(title);
    if (m) return withinParenthesis(m[1]).trim();
  }
  return undefined;
}

// A reason given inside a parenthesis («gold (skipped when X)») ends where the parenthesis closes.
function withinParenthesis(text) {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth < 0) return text.slice(0, i);
  }
  return text;
}

const SKIPPED = new Set(['skipped', 'pending', 'todo']);

/**
 * Reads a vitest JSON report.
 * @param report - the parsed report (`vitest run --reporter=json`)
 * @param options.root - the project directory, to name test files relative to it
 * @param options.require - test files (relative paths) that must have run: skipped or missing counts as failed
 * @returns passed, failed and skipped counts, the skip reasons with their counts, and the problems that failed the run
 */
export function readReport(report, { root = '', require = [] } = {}) {
  const relative = (name) => (root && name.startsWith(`${root}/`) ? name.slice(root.length + 1) : name);
  const reasons = new Map();
  const ran = new Set();
  const skippedIn = new Map();
  let skipped = 0;
  for (const file of report.testResults ?? []) {
    const name = relative(file.name);
    const tests = file.assertionResults ?? [];
    if (tests.some((t) => t.status === 'passed')) ran.add(name);
    const given = tests.filter((t) => SKIPPED.has(t.status)).map((t) => [t, skipReason(t)]);
    const ofFile = given.find(([, reason]) => reason)?.[1];
    for (const [test, own] of given) {
      skipped++;
      const reason = own ?? ofFile ?? `${name} › ${[...(test.ancestorTitles ?? []), test.title].join(' › ')} (no reason given)`;
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
      if (!skippedIn.has(name)) skippedIn.set(name, reason);
    }
  }
  const problems = require.flatMap((name) =>
    skippedIn.has(name) ? [`${name} is required here but was skipped: ${skippedIn.get(name)}`]
      : ran.has(name) ? [] : [`${name} is required here but did not run`]);
  // A file that failed to load has no test results but fails the run: count it once.
  const failed = (report.numFailedTests ?? 0) + (report.success === false && !report.numFailedTests ? 1 : 0) + problems.length;
  return { passed: report.numPassedTests ?? 0, failed, skipped, reasons, problems };
}

/**
 * The last line of `npm test`: `N passed, N failed`, as CI reads it, then the skipped tests and why.
 * @example
 * summaryLine({ passed: 1900, failed: 0, skipped: 3, reasons: new Map([['../shared is absent', 3]]) })
 * // → '1900 passed, 0 failed, 3 skipped (3: ../shared is absent)'
 */
export function summaryLine({ passed, failed, skipped, reasons }) {
  // The most frequent reasons first; a run filtered with -t skips everything else, for no reason worth listing.
  const sorted = [...reasons].sort((a, b) => b[1] - a[1]);
  const shown = sorted.slice(0, MAX_REASONS).map(([reason, n]) => `${n}: ${reason}`);
  if (sorted.length > MAX_REASONS) shown.push(`${sorted.length - MAX_REASONS} more reasons`);
  const why = shown.join('; ');
  return `${passed} passed, ${failed} failed, ${skipped} skipped${why ? ` (${why})` : ''}`;
}
