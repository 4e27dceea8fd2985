/**
 * The playground page: several reports, each read with the ESM build of hasila (bundled by `npm run playground`),
 * shown as highlighted text beside a table of casualty mentions, with the article summary on top; the incidents
 * the reports form (`linkReports`), each report's figures side by side; exports; and the whole state in the link.
 */
import * as hasila from 'hasila';
import { tableCsv } from './csv.js';
import { el, highlighted, incidentList, mentionTable, summaryLine } from './dom.js';
import { namerOf, UI, type Lang, type Namer } from './labels.js';
import { choiceLabel, lexiconChoices, type DroppedLexicon } from './lexicons.js';
import { PACKS } from './packs.js';
import { linkIncidents, linkInput, reportId, reportIndex } from './link.js';
import { collectMentions, type Mention } from './mentions.js';
import { tableRows, type Row } from './rows.js';
import { decodeState, DEFAULT_STATE, encodeState, type PageState } from './state.js';
import { summaryItems } from './summary.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const input = $<HTMLTextAreaElement>('input');
const published = $<HTMLInputElement>('published');
const output = $<HTMLDivElement>('output');
const tableBox = $<HTMLDivElement>('table');
const json = $<HTMLPreElement>('json');
const jsonToggle = $<HTMLButtonElement>('json-toggle');
const summary = $<HTMLDivElement>('summary');
const tabs = $<HTMLElement>('tabs');
const reportView = $<HTMLElement>('report-view');
const incidentsView = $<HTMLElement>('incidents-view');
const pack = $<HTMLSelectElement>('pack');
const nonFacts = $<HTMLInputElement>('nonfacts');
const status = $<HTMLParagraphElement>('status');

/** What one report reads as. */
interface Reading {
  analysis: hasila.Analysis;
  mentions: Mention[];
  rows: Row[];
}

let state: PageState = structuredClone(DEFAULT_STATE);
let dropped: DroppedLexicon[] = [];
let analyzer = hasila.createAnalyzer();
let name: Namer = namerOf(analyzer.lexicons as never);
let readings: Reading[] = [];
let selected: number | null = null;
let lastHash = '';

const reportName = (id: string) => `${UI.report[state.lang]} ${reportIndex(id) + 1}`;

/** Builds the analyzer of the chosen lexicon; a lexicon that does not validate is reported and the built-in used. */
function chooseAnalyzer(): void {
  const choices = lexiconChoices(PACKS, dropped);
  const choice = choices.find((c) => c.id === state.pack) ?? choices[0]!;
  state.pack = choice.id;
  try {
    analyzer = hasila.createAnalyzer(choice.options as never);
  } catch (e) {
    dropped = dropped.filter((d) => `file:${d.name}` !== choice.id);
    state.pack = 'builtin';
    analyzer = hasila.createAnalyzer();
    showError(`${UI.lexiconError[state.lang]}: ${(e as Error).message}`);
  }
  name = namerOf(analyzer.lexicons as never);
  pack.replaceChildren(...lexiconChoices(PACKS, dropped).map((c) => el('option', { value: c.id, textContent: choiceLabel(c, state.lang), selected: c.id === state.pack })));
}

/** An error to show until the user's next change (a render does not wipe it). */
let error = '';
function showError(message: string): void {
  error = message;
  status.textContent = message;
  status.className = 'error';
}
// Any new input or click starts without the last error.
for (const type of ['input', 'click']) document.addEventListener(type, () => (error = ''), { capture: true });

function read(i: number): Reading {
  const { text, publishedAt } = state.reports[i]!;
  // The publication day dates the events («أمس» is the day before it), and linking reads those dates.
  const analysis = analyzer.analyze(text, { includeNonFacts: state.nonFacts, ...(publishedAt ? { publishedAt } : {}) });
  return { analysis, mentions: collectMentions(analysis, text), rows: tableRows(analysis, state.lang, name) };
}

/** Reads every report again (after a change of lexicon or options). */
function readAll(): void {
  readings = state.reports.map((_, i) => read(i));
}

function applyLanguage(): void {
  const lang = state.lang;
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  for (const node of document.querySelectorAll<HTMLElement>('[data-ui]')) node.textContent = UI[node.dataset.ui as keyof typeof UI][lang];
  input.placeholder = UI.placeholder[lang];
}

/** The tabs: one per report, then the incidents; the open one is the tab stop, arrows move between them. */
function renderTabs(): void {
  const tab = (label: string, view: number) => {
    const open = state.view === view;
    const b = el('button', { type: 'button', textContent: label, ariaSelected: String(open), tabIndex: open ? 0 : -1 }, { view: String(view) });
    b.setAttribute('role', 'tab');
    b.setAttribute('aria-controls', view === -1 ? 'incidents-view' : 'report-view');
    return b;
  };
  tabs.replaceChildren(...state.reports.map((_, i) => tab(reportName(reportId(i)), i)), tab(UI.incidents[state.lang], -1));
}

function openView(view: number): void {
  state.view = view;
  selected = null;
  render();
}

function renderReport(): void {
  const i = state.view;
  const report = state.reports[i]!;
  const r = readings[i]!;
  if (input.value !== report.text) input.value = report.text;
  published.value = report.publishedAt;
  ($('remove') as HTMLButtonElement).hidden = state.reports.length < 2;
  output.replaceChildren(...highlighted(report.text, r.mentions));
  summary.replaceChildren(...(report.text.trim() ? summaryLine(summaryItems(r.analysis.summary, state.lang, name)) : []));
  tableBox.replaceChildren(r.rows.length ? mentionTable(r.rows, state.lang) : el('p', { className: 'empty', textContent: report.text.trim() ? UI.noMentions[state.lang] : '' }));
  json.textContent = JSON.stringify(r.analysis, null, 1);
  if (selected !== null && selected >= r.rows.length) selected = null;
  select(selected, false);
}

/** The page's reports with the analyses it shows, as linking takes them. */
const pageReports = () => state.reports.map((r, i) => ({ analysis: readings[i]!.analysis, publishedAt: r.publishedAt }));

function renderIncidents(): void {
  try {
    const views = linkIncidents(hasila.linkReports, pageReports(), state.lang, name);
    incidentsView.replaceChildren(...incidentList(views, reportName, state.lang));
  } catch (e) {
    incidentsView.replaceChildren();
    showError(String(e));
  }
}

/** Renders everything from the state and readings, then writes the state into the link. */
function render(): void {
  status.className = error ? 'error' : '';
  const incidents = state.view === -1;
  if (!incidents && state.view < 0) state.view = 0;
  renderTabs();
  reportView.hidden = incidents;
  incidentsView.hidden = !incidents;
  if (incidents) renderIncidents();
  else renderReport();
  const r = readings[Math.max(state.view, 0)];
  if (error) status.textContent = error;
  else {
    status.textContent = incidents
      ? `${state.reports.length} ${UI.reports[state.lang]}`
      : `${r?.rows.length ?? 0} ${UI.mentions[state.lang]}`;
  }
  document.body.dataset.rendered = String(state.reports[Math.max(state.view, 0)]?.text.length ?? 0);
  void saveState();
}

/** The latest save: encoding is asynchronous, so an earlier save may finish after a later one and must not win. */
let saves = 0;

async function saveState(): Promise<void> {
  const save = ++saves;
  // Until this save lands, the page shows no saved state (a test waits on it; the old value would match the old link).
  delete document.body.dataset.saved;
  const value = await encodeState(state);
  if (save !== saves) return;
  lastHash = `#s=${value}`;
  if (location.hash !== lastHash) history.replaceState(null, '', lastHash);
  document.body.dataset.saved = value;
}

/** Selects table row `index` (a casualty mention) and highlights its span; `null` clears. */
function select(index: number | null, focus = true): void {
  selected = index;
  for (const node of output.querySelectorAll('mark.active')) node.classList.remove('active');
  const rows = [...tableBox.querySelectorAll<HTMLTableRowElement>('tbody tr')];
  rows.forEach((tr, n) => {
    tr.ariaSelected = String(n === index);
    tr.tabIndex = n === (index ?? 0) ? 0 : -1;
  });
  if (index === null) return;
  const r = readings[state.view]!;
  const id = r.mentions.findIndex((m) => m.value === (r.analysis.casualties[index] as unknown));
  const marks = [...output.querySelectorAll<HTMLElement>('mark')].filter((m) => m.dataset.ids!.split(' ').includes(String(id)));
  for (const m of marks) m.classList.add('active');
  marks[0]?.scrollIntoView({ block: 'nearest' });
  const row = rows[index];
  if (row) {
    row.scrollIntoView({ block: 'nearest' });
    if (focus) row.focus();
  }
}

/** Re-reads report `i` after its text or date changed. */
function changed(i: number): void {
  readings[i] = read(i);
  render();
}

function download(name: string, type: string, content: string): void {
  const a = el('a', { href: URL.createObjectURL(new Blob([content], { type })), download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** Puts `text` in the first empty report, or in a new one; returns its index. */
function addReport(text: string): number {
  const empty = text ? state.reports.findIndex((r) => r.text.trim() === '') : -1;
  const i = empty >= 0 ? empty : state.reports.push({ text: '', publishedAt: '' }) - 1;
  state.reports[i]!.text = text;
  readings[i] = read(i);
  return i;
}

/** Adds dropped or opened files: lexicon JSON to the chooser, anything else as reports. */
async function addFiles(files: readonly File[]): Promise<void> {
  for (const file of files) {
    const text = await file.text();
    if (/\.json$/iu.test(file.name) || file.type === 'application/json') {
      try {
        dropped = [...dropped.filter((d) => d.name !== file.name), { name: file.name, data: JSON.parse(text) }];
        state.pack = `file:${file.name}`;
      } catch (e) {
        showError(`${UI.lexiconError[state.lang]}: ${file.name}: ${(e as Error).message}`);
        continue;
      }
      chooseAnalyzer();
      readAll();
    } else state.view = addReport(text);
  }
  render();
}

async function load(): Promise<void> {
  state = location.hash.startsWith('#s=') ? await decodeState(location.hash.slice(3)) : structuredClone(DEFAULT_STATE);
  nonFacts.checked = state.nonFacts;
  selected = null;
  applyLanguage();
  chooseAnalyzer();
  readAll();
  render();
}

input.addEventListener('input', () => {
  state.reports[state.view]!.text = input.value;
  changed(state.view);
});
published.addEventListener('change', () => {
  state.reports[state.view]!.publishedAt = published.value;
  changed(state.view);
});
$('remove').addEventListener('click', () => {
  state.reports.splice(state.view, 1);
  readings.splice(state.view, 1);
  state.view = Math.min(state.view, state.reports.length - 1);
  render();
});
tabs.addEventListener('click', (e) => {
  const b = (e.target as HTMLElement).closest<HTMLElement>('[role="tab"]');
  if (b) openView(Number(b.dataset.view));
});
tabs.addEventListener('keydown', (e) => {
  const all = [...tabs.querySelectorAll<HTMLElement>('[role="tab"]')];
  const at = all.indexOf(document.activeElement as HTMLElement);
  // Arrows follow the reading direction: in Arabic the next tab is to the left.
  const forward = document.documentElement.dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const backward = forward === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft';
  const next = { [forward]: at + 1, [backward]: at - 1, Home: 0, End: all.length - 1 }[e.key];
  if (at < 0 || next === undefined) return;
  e.preventDefault();
  const target = all[(next + all.length) % all.length]!;
  openView(Number(target.dataset.view));
  tabs.querySelector<HTMLElement>(`[data-view="${target.dataset.view}"]`)?.focus();
});
$('add').addEventListener('click', () => {
  addReport('');
  openView(state.reports.length - 1);
  input.focus();
});
pack.addEventListener('change', () => {
  state.pack = pack.value;
  chooseAnalyzer();
  readAll();
  render();
});
nonFacts.addEventListener('change', () => {
  state.nonFacts = nonFacts.checked;
  readAll();
  render();
});
$('lang').addEventListener('click', () => {
  state.lang = state.lang === 'ar' ? 'en' : 'ar';
  applyLanguage();
  chooseAnalyzer();
  readAll();
  render();
});
jsonToggle.addEventListener('click', () => {
  const on = jsonToggle.ariaPressed !== 'true';
  jsonToggle.ariaPressed = String(on);
  json.hidden = !on;
  tableBox.hidden = on;
});
$('csv').addEventListener('click', () => {
  const reports = state.reports.map((r, i) => ({ id: reportId(i), publishedAt: r.publishedAt, rows: readings[i]!.rows }));
  download('hasila.csv', 'text/csv;charset=utf-8', tableCsv(reports, state.lang));
});
$('export-json').addEventListener('click', () => {
  const reports = state.reports.map((r, i) => ({ id: reportId(i), publishedAt: r.publishedAt || null, text: r.text, analysis: readings[i]!.analysis }));
  // The incidents as linkReports returns them.
  const incidents = hasila.linkReports(linkInput(pageReports()));
  download('hasila.json', 'application/json', JSON.stringify({ reports, incidents }, null, 1));
});
$('copy').addEventListener('click', () => {
  void navigator.clipboard?.writeText(location.href).then(() => (status.textContent = UI.linkCopied[state.lang]));
});
$('open').addEventListener('click', () => $('files').click());
$<HTMLInputElement>('files').addEventListener('change', (e) => {
  const files = [...((e.target as HTMLInputElement).files ?? [])];
  (e.target as HTMLInputElement).value = '';
  void addFiles(files);
});

// Table: a click or the arrow keys select a row; the highlight follows.
tableBox.addEventListener('click', (e) => {
  const tr = (e.target as HTMLElement).closest<HTMLTableRowElement>('tbody tr');
  if (tr) select(Number(tr.dataset.index));
});
tableBox.addEventListener('keydown', (e) => {
  const count = readings[state.view]?.rows.length ?? 0;
  if (!count) return;
  const at = selected ?? -1;
  const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: count - 1, PageDown: at + 10, PageUp: at - 10 }[e.key];
  if (next !== undefined) {
    e.preventDefault();
    select(Math.max(0, Math.min(count - 1, next)));
  } else if (e.key === 'Escape') select(null);
});
// Text: a click on a highlighted casualty phrase selects its row.
output.addEventListener('click', (e) => {
  const mark = (e.target as HTMLElement).closest<HTMLElement>('mark');
  if (!mark) return;
  const r = readings[state.view]!;
  const casualties: readonly unknown[] = r.analysis.casualties;
  for (const id of mark.dataset.ids!.split(' ').map(Number)) {
    const index = casualties.indexOf(r.mentions[id]!.value);
    if (index >= 0) return select(index);
  }
});
// Incidents: a figure opens its report with its span selected.
incidentsView.addEventListener('click', (e) => {
  const b = (e.target as HTMLElement).closest<HTMLButtonElement>('button.figure');
  if (!b) return;
  const view = reportIndex(b.dataset.report!);
  if (!state.reports[view]) return;
  state.view = view;
  const start = Number(b.dataset.start);
  const end = Number(b.dataset.end);
  const rows = readings[view]!.rows;
  const row = rows.find((x) => x.start <= start && end <= x.end) ?? rows.find((x) => x.start < end && start < x.end);
  selected = row ? row.index : null;
  render();
  if (selected !== null) select(selected);
});
// Dropping files anywhere: text files become reports, JSON files lexicons.
document.addEventListener('dragover', (e) => {
  e.preventDefault();
  document.body.classList.add('dragging');
});
document.addEventListener('dragleave', () => document.body.classList.remove('dragging'));
document.addEventListener('drop', (e) => {
  document.body.classList.remove('dragging');
  const files = [...(e.dataTransfer?.files ?? [])];
  const text = e.dataTransfer?.getData('text/plain') ?? '';
  // Text dropped into the editor goes where it falls; dropped elsewhere, it is a new report.
  if (!files.length && (e.target === input || !text.trim())) return;
  e.preventDefault();
  if (files.length) return void addFiles(files);
  openView(addReport(text));
});
window.addEventListener('hashchange', () => {
  if (location.hash !== lastHash) void load();
});

void load();
