#!/usr/bin/env node
// `npm run bench` (after a build): throughput of every layer that exists in dist/ on a ≥ 10 MB corpus of real
// articles, against plain-JavaScript baselines measured in the same run, then a growth check on adversarial inputs.
//
//   node bench/run.mjs [--lib dist/index.js] [--quick] [--only throughput|memory|growth] [--match name,name…] [--repeat N] [--write docs/performance.md]
//
// --repeat N measures each throughput case in N processes, one after the other, and reports the median MB/s and the
// median ratio to its peer (on a shared machine one process can be unlucky; the median of 3–5 is steadier).
//
// Every measurement runs in its own process (peak memory is that process's alone; a runaway input is killed by
// a timeout instead of hanging the run). Output is Markdown, so it can be pasted (or --write'n) into the docs.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ADVERSARIAL, MB } from './corpus.mjs';
import { textFunctions, throughputCases } from './layers.mjs';
import { args, opt } from './args.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const libPath = resolve(opt('--lib', join(HERE, '../dist/index.js')));
const quick = args.includes('--quick');
const only = opt('--only', null);
const writeTo = opt('--write', null);
// e.g. --match normalize: only the functions whose name contains it; --match analyze,findActors: either.
const matches = opt('--match', null)?.split(',').filter(Boolean) ?? null;
const matchName = (name) => !matches || matches.some((m) => name.includes(m));
const repeat = Math.max(1, Number(opt('--repeat', 1)) || 1);

// Aims from the issues, checked on the corpus figures (MB/s of UTF-8 input).
const AIMS = {
  'normalizeWithOffsets (search)': { mbps: 100, ofNfkc: 1 / 3 },
  'normalize (search)': { ofNfkc: 1 / 3 },
  extractNumbers: { mbps: 40 }, // issue 13 (it was 30 before the new number forms)
  'findActors (built-in lexicon)': { mbps: 40 },
  extractCasualties: { mbps: 16 },
  analyze: { mbps: 15, ofBaseline: 0.1 },
};
const SIZES = quick ? [1, 4] : [1, 2, 4, 8];
const GROWTH_LIMIT_S = 20; // a size slower than this ends that input's series
const TIMEOUT_MS = { throughput: 300_000, growth: 90_000, memory: 120_000 }; // a growth series that takes longer is superlinear

function measure(params) {
  const timeout = TIMEOUT_MS[params[0]];
  const r = spawnSync(process.execPath, ['--expose-gc', join(HERE, 'measure.mjs'), ...params], {
    encoding: 'utf8', timeout, maxBuffer: 1 << 24,
  });
  const rows = (r.stdout ?? '').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const failure = r.error ? `killed after ${timeout / 1000} s` : r.status !== 0 ? lastLine(r.stderr) : null;
  return { rows, failure };
}
const lastLine = (s) => (s ?? '').trim().split('\n').filter((l) => /Error|error/.test(l))[0] ?? (s ?? '').trim().split('\n').pop();

const out = [];
const say = (line = '') => {
  out.push(line);
  console.log(line);
};

function machine() {
  const cpuinfo = (() => {
    try {
      return readFileSync('/proc/cpuinfo', 'utf8');
    } catch {
      return '';
    }
  })();
  const model = /model name\s*:\s*(.*)/.exec(cpuinfo)?.[1] ?? cpus()[0]?.model ?? 'unknown CPU';
  const load = loadavg().map((x) => x.toFixed(1)).join(' ');
  return `${cpus().length} cores (nproc), ${model}, Node ${process.version}, ${process.platform}-${process.arch}, load average at start ${load}`;
}

const lib = await import(pathToFileURL(libPath).href);
say(`Machine: ${machine()}; ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`);

if (!only || only === 'throughput') {
  const cases = throughputCases(lib).filter((c) => matchName(c.name) || c.kind === 'baseline');
  const results = new Map();
  let corpusNote = '';
  for (const c of cases) {
    const runs = [];
    let failure;
    for (let k = 0; k < (c.kind === 'baseline' ? 1 : repeat); k++) {
      const m = measure(['throughput', libPath, c.name]);
      if (m.rows[0]) runs.push(m.rows[0]);
      else failure = m.failure;
    }
    results.set(c.name, runs.length ? medianRun(runs) : { failure });
    if (runs[0]) corpusNote = `${(runs[0].bytes / MB).toFixed(1)} MB of UTF-8 in ${runs[0].articles} articles, from ${runs[0].from}`;
    process.stderr.write(`  measured ${c.name}${runs.length > 1 ? ` (${runs.map((r) => (r.bytes / MB / r.seconds).toFixed(1)).join(', ')} MB/s)` : ''}\n`);
  }
  const mbps = (r) => r.bytes / MB / r.seconds;
  say('');
  say(`### Throughput (${corpusNote}; one call per article, best of 5 passes after a warm-up; baselines interleaved in the same process${repeat > 1 ? `; layers: median of ${repeat} processes` : ''})`);
  say('');
  say('| function | MB/s | articles/s | peak RSS above start | vs baseline | aim |');
  say('|---|---:|---:|---:|---|---|');
  for (const c of cases) {
    const r = results.get(c.name);
    if (!r || r.failure) {
      say(`| ${c.name} | failed: ${r?.failure ?? '?'} | | | | |`);
      continue;
    }
    const ratio = r.baselineSeconds ? `${(r.baselineSeconds / r.seconds).toFixed(2)} × ${c.baseline}` : '';
    say(`| ${c.kind === 'baseline' ? `*${c.name}* (baseline)` : c.name} | ${mbps(r).toFixed(1)} | ${Math.round(r.articles / r.seconds)} | ${(r.peakExtra / MB).toFixed(0)} MB | ${ratio} | ${aimVerdict(c.name, r, results)} |`);
  }
  function aimVerdict(name, r, all) {
    const aim = AIMS[name];
    if (!aim) return '';
    const parts = [];
    if (aim.mbps) parts.push(`≥ ${aim.mbps} MB/s: ${mbps(r) >= aim.mbps ? 'met' : 'MISSED'}`);
    if (aim.ofNfkc && r.baselineSeconds) {
      parts.push(`≥ ⅓ NFKC: ${r.baselineSeconds / r.seconds >= aim.ofNfkc ? 'met' : 'MISSED'}`);
    }
    if (aim.ofBaseline && r.baselineSeconds) {
      parts.push(`≥ ${aim.ofBaseline} × baseline: ${r.baselineSeconds / r.seconds >= aim.ofBaseline ? 'met' : 'MISSED'}`);
    }
    return parts.join('; ');
  }
}

if (!only || only === 'throughput' || only === 'memory') {
  // One call on one 1 MB article: what a caller must budget for the largest text it passes.
  const fns = textFunctions(lib).filter((f) => matchName(f.name) && f.name !== 'parseNumber');
  say('');
  say('### Memory of one call on a 1 MB article (the corpus articles joined into one string; after a warm-up call)');
  say('');
  say('| function | time | peak RSS above start | heap held after the call |');
  say('|---|---:|---:|---:|');
  for (const fn of fns) {
    const { rows, failure } = measure(['memory', libPath, fn.name]);
    const r = rows[0];
    say(r ? `| ${fn.name} | ${fmt(r.seconds)} | ${(r.peakExtra / MB).toFixed(0)} MB | ${(r.heapHeld / MB).toFixed(0)} MB |` : `| ${fn.name} | failed: ${failure ?? '?'} | | |`);
  }
}

if (!only || only === 'growth') {
  const fns = textFunctions(lib).filter((f) => matchName(f.name));
  const inputs = Object.keys(ADVERSARIAL);
  say('');
  say(`### Growth on adversarial inputs (one call on ${SIZES.join(', ')} MB, best of 3 interleaved rounds; cell: time at ${SIZES[0]} MB, then time(4×) ÷ time(1×); linear ≈ 4)`);
  say('');
  say(`| function | ${inputs.join(' | ')} |`);
  say(`|---|${inputs.map(() => '---:').join('|')}|`);
  const suspects = [];
  for (const fn of fns) {
    const cells = [];
    for (const input of inputs) {
      const { rows, failure } = measure(['growth', libPath, fn.name, input, SIZES.join(','), String(GROWTH_LIMIT_S)]);
      const at = (size) => (rows.find((x) => x.size === size && x.final) ?? rows.find((x) => x.size === size))?.seconds;
      const t1 = at(SIZES[0]);
      const ratios = SIZES.filter((s) => SIZES.includes(s * 4)).map((s) => at(s * 4) / at(s)).filter(Number.isFinite);
      const ratio = ratios.length ? Math.max(...ratios) : NaN;
      if (t1 === undefined) cells.push(`failed: ${failure ?? '?'}`);
      else if (!Number.isFinite(ratio)) cells.push(`${fmt(t1)}, stopped${failure ? `: ${failure}` : ''}`);
      else cells.push(`${fmt(t1)} → ×${ratio.toFixed(1)}`);
      if (Number.isFinite(ratio) && t1 >= 0.1 && ratio > 6) suspects.push(`${fn.name} on ${input} (×${ratio.toFixed(1)})`);
      if (!Number.isFinite(ratio)) suspects.push(`${fn.name} on ${input} (${t1 === undefined ? 'did not finish 1 MB' : 'stopped'})`);
      process.stderr.write(`  grew ${fn.name} on ${input}\n`);
    }
    say(`| ${fn.name} | ${cells.join(' | ')} |`);
  }
  say('');
  say(suspects.length
    ? `Superlinear suspects (a series that did not finish, or ≥ 100 ms at 1 MB and a ratio above 6; smaller cells are timer and GC noise): ${suspects.join('; ')}.`
    : 'No superlinear suspect: every series finished, and no cell of ≥ 100 ms at 1 MB grew more than ×6.');
}

/**
 * The run of median speed among one case's runs, with the median ratio to its peer (each run's ratio is measured in
 * its own process, so the two medians may come from different runs).
 */
function medianRun(runs) {
  const mid = (xs) => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1];
  const bySpeed = [...runs].sort((a, b) => a.seconds - b.seconds);
  const run = { ...bySpeed[(bySpeed.length - 1) >> 1] };
  if (runs.every((r) => r.baselineSeconds)) {
    // Keep the run's own time; scale its peer's so that the ratio is the median ratio.
    run.baselineSeconds = run.seconds * mid(runs.map((r) => r.baselineSeconds / r.seconds));
  }
  run.peakExtra = mid(runs.map((r) => r.peakExtra));
  return run;
}

function fmt(seconds) {
  return seconds < 1 ? `${(seconds * 1000).toFixed(seconds < 0.01 ? 1 : 0)} ms` : `${seconds.toFixed(2)} s`;
}

if (writeTo) {
  const START = '<!-- bench:start -->';
  const END = '<!-- bench:end -->';
  const doc = readFileSync(writeTo, 'utf8');
  const a = doc.indexOf(START);
  const b = doc.indexOf(END);
  if (a < 0 || b < a) throw new Error(`${writeTo} has no ${START} … ${END} section`);
  writeFileSync(writeTo, `${doc.slice(0, a + START.length)}\n${out.join('\n')}\n${doc.slice(b)}`);
  console.error(`wrote the tables into ${writeTo}`);
}
