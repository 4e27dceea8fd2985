#!/usr/bin/env node
// The whole test suite, as CI runs it: build, type-check, then every vitest file (unit, corpus, package, browser).
// The build comes first: the playground and its tests import the package by name (`hasila`), which resolves to the
// built declarations, as it does for a user.
// Ends with the line `N passed, N failed` that CI reads, followed on the same line by how many tests were skipped and
// why (scripts/test-report.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { readReport, summaryLine } from './test-report.mjs';

const REPORT = '.vitest-report.json';
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: false }).status ?? 1;
const bin = (name) => `node_modules/.bin/${name}`;

let failed = 0;
for (const [label, cmd, args] of [
  ['build', bin('tsup'), []],
  ['type-check', bin('tsc'), ['--noEmit', '-p', '.']],
]) {
  console.log(`\n== ${label}`);
  if (run(cmd, args) !== 0) {
    console.log(`${label} failed`);
    failed++;
  }
}

console.log('\n== tests');
rmSync(REPORT, { force: true });
run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${REPORT}`, ...process.argv.slice(2)]);
// CI sets HASILA_REQUIRE_BROWSER=1: there, a browser test that was skipped (no Chromium) fails the run.
const required = process.env.HASILA_REQUIRE_BROWSER === '1' ? ['test/browser.test.ts'] : [];
const result = existsSync(REPORT)
  ? readReport(JSON.parse(readFileSync(REPORT, 'utf8')), { root: process.cwd(), require: required })
  : { passed: 0, failed: 1, skipped: 0, reasons: new Map(), problems: ['vitest wrote no report'] };
result.failed += failed;
for (const problem of result.problems) console.log(problem);
console.log(summaryLine(result));
process.exit(result.failed ? 1 : 0);
