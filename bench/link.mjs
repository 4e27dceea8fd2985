#!/usr/bin/env node
// `npm run bench:link` (after a build): linkReports on 100,000 events of synthetic reports — incidents over three
// years in 14 governorates, each told by one to six outlets with tolls that differ — and the time it takes.
// The aim (issue 11): 100,000 events link in under 10 s on the 2-core development machine.
//
//   node bench/link.mjs [--lib dist/index.js] [--events 100000]
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { opt } from './args.mjs';

const { linkReports } = await import(pathToFileURL(resolve(opt('--lib', 'dist/index.js'))).href);
const EVENTS = Number(opt('--events', 100_000));

// A small deterministic generator, so that every run links the same archive.
let seed = 11;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (n) => Math.floor(random() * n);

const GOVERNORATES = ['damascus', 'rif-dimashq', 'aleppo', 'idlib', 'hama', 'homs', 'latakia', 'tartus', 'raqqa', 'deir-ez-zor', 'hasakah', 'daraa', 'quneitra', 'as-suwayda'];
const ACTORS = ['syrian-government', 'russia', 'isis', 'international-coalition', 'sdf', 'turkey'];
const CAUSES = ['airstrike', 'shelling', 'barrel-bomb', 'explosion', 'car-bomb', null];
const day = (n) => new Date(Date.UTC(2016, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

function analysisOf(incident, killed) {
  const text = `قتل ${killed} مدنيا`;
  const casualties = [{ start: 0, end: text.length, text, kind: 'killed', count: { value: killed }, victims: 'civilians' }];
  const location = { start: 0, end: 0, text: '', ...incident.place };
  const event = {
    figures: { killed: { value: killed } }, victims: 'civilians', actors: incident.actors, cause: incident.cause,
    location, mentions: [0], evidence: [{ kind: 'killed', count: { value: killed }, victims: 'civilians', mention: 0 }],
    date: { from: incident.day, to: incident.day },
  };
  return { casualties, actors: [], numbers: [], events: [event], summary: {} };
}

const reports = [];
for (let n = 0; reports.length < EVENTS; n++) {
  const g = GOVERNORATES[pick(GOVERNORATES.length)];
  const town = `${g}-town-${pick(300)}`;
  const place = random() < 0.2
    ? { place: `${g}-countryside`, type: 'region', governorate: g, within: [`${g}-governorate`, 'syria'] }
    : { place: town, type: 'town', governorate: g, within: [`${g}-governorate`, 'syria'] };
  const incident = { day: day(pick(3 * 365)), place, actors: random() < 0.3 ? [] : [ACTORS[pick(ACTORS.length)]], cause: CAUSES[pick(CAUSES.length)] };
  const toll = 1 + pick(40);
  const outlets = 1 + pick(6);
  for (let o = 0; o < outlets && reports.length < EVENTS; o++) {
    const killed = random() < 0.7 ? toll : toll + pick(10);
    reports.push({ id: `r${n}-${o}`, analysis: analysisOf(incident, killed), publishedAt: incident.day });
  }
}

const started = performance.now();
const incidents = linkReports(reports);
const seconds = (performance.now() - started) / 1000;
console.log(`linkReports: ${reports.length.toLocaleString('en')} events → ${incidents.length.toLocaleString('en')} incidents ` +
  `(${incidents.filter((i) => i.conflict).length.toLocaleString('en')} with conflicting figures) in ${seconds.toFixed(2)} s ` +
  `(aim: under 10 s) — ${seconds < 10 ? 'met' : 'MISSED'}`);

// A dense bucket: thousands of reports of one day in one governorate, at two towns and their countryside (a place
// that fits both). Events of one bucket meet near-linearly, not pair by pair.
const DENSE = Number(opt('--dense', 16_000));
const places = [
  { place: 'kafranbel', type: 'town', governorate: 'idlib', within: ['idlib-governorate', 'syria'] },
  { place: 'saraqib', type: 'town', governorate: 'idlib', within: ['idlib-governorate', 'syria'] },
  { place: 'idlib-countryside-southern', type: 'region', governorate: 'idlib', within: ['idlib-governorate', 'syria'] },
];
const dense = Array.from({ length: DENSE }, (_, i) => {
  const incident = { day: '2019-05-14', place: places[i % 3], actors: [ACTORS[i % 2]], cause: CAUSES[i % 3] };
  return { id: `d${String(i).padStart(6, '0')}`, analysis: analysisOf(incident, 5 + (i % 4)), publishedAt: '2019-05-14' };
});
const denseStarted = performance.now();
const denseIncidents = linkReports(dense);
console.log(`linkReports, one dense bucket: ${DENSE.toLocaleString('en')} events of one day in Idlib → ` +
  `${denseIncidents.length.toLocaleString('en')} incidents in ${((performance.now() - denseStarted) / 1000).toFixed(2)} s`);
