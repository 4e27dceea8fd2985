#!/usr/bin/env node
// The whole test suite, as CI runs it: type-check, build, then every vitest file (unit, corpus, package, browser).
// Ends with the line `N passed, N failed` that CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const REPORT = '.vitest-report.json';
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: false }).status ?? 1;
const bin = (name) => `node_modules/.bin/${name}`;

let failed = 0;
for (const [label, cmd, args] of [
  ['type-check', bin('tsc'), ['--noEmit', '-p', '.']],
  ['build', bin('tsup'), []],
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
let passed = 0;
if (existsSync(REPORT)) {
  const report = JSON.parse(readFileSync(REPORT, 'utf8'));
  passed = report.numPassedTests;
  failed += report.numFailedTests + (report.success ? 0 : report.numFailedTests ? 0 : 1);
} else failed++;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
