/**
 * The page's DOM pieces, each built from pure data: the highlighted text, the mention table, the summary line and
 * the incidents. No state lives here; main.ts owns it.
 */
import { COLUMNS, UI, type Lang } from './labels.js';
import { flagWord, type IncidentView } from './link.js';
import { segments, type Mention } from './mentions.js';
import type { Row } from './rows.js';
import type { SummaryItem } from './summary.js';

/** An element with properties, dataset entries and children. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  data: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  Object.assign(node.dataset, data);
  node.append(...children);
  return node;
}

/** Text isolated from its neighbours' direction (Arabic, Latin and digits side by side stay in their order). */
const bdi = (text: string) => el('bdi', { textContent: text });

/** The text with every mention highlighted; a mark lists the ids of the mentions covering it. */
export function highlighted(text: string, mentions: readonly Mention[]): Node[] {
  return segments(text, mentions).map((s) => {
    if (s.ids.length === 0) return document.createTextNode(s.text);
    const kinds = [...new Set(s.ids.map((id) => mentions[id]!.kind))];
    return el('mark', { className: kinds.join(' '), textContent: s.text }, { ids: s.ids.join(' '), start: String(s.start), end: String(s.end) });
  });
}

/**
 * The table of casualty mentions; each row focusable by keyboard (one tab stop, arrows within). Columns empty in
 * every row (no governorate or date in this text) are left out; the CSV keeps them.
 */
export function mentionTable(rows: readonly Row[], lang: Lang): HTMLTableElement {
  const columns = COLUMNS.filter((c) => c.id === 'kind' || rows.some((r) => r.cells[c.id] !== ''));
  const head = el('tr', {}, {}, ...columns.map((c) => el('th', { scope: 'col', textContent: c[lang] })));
  const body = rows.map((row, i) =>
    el(
      'tr',
      { tabIndex: i === 0 ? 0 : -1, ariaSelected: 'false' },
      { index: String(row.index), start: String(row.start), end: String(row.end), kind: row.kind },
      ...columns.map((c) => el('td', { dir: 'auto' }, { label: c[lang], col: c.id }, bdi(row.cells[c.id]))),
    ),
  );
  const table = el('table', { className: 'mentions' }, {}, el('thead', {}, {}, head), el('tbody', {}, {}, ...body));
  table.setAttribute('role', 'grid');
  table.setAttribute('aria-label', UI.mentions[lang]);
  return table;
}

/** The summary line. */
export function summaryLine(items: readonly SummaryItem[]): Node[] {
  return items.map((i) => el('span', { className: 'item' }, { id: i.id }, el('b', { textContent: `${i.label}: ` }), bdi(i.value)));
}

/** The incidents, one table each: kind and victims, every report's figures with their spans, agreed range, flag. */
export function incidentList(views: readonly IncidentView[], reportName: (id: string) => string, lang: Lang): Node[] {
  if (views.length === 0) return [el('p', { className: 'empty', textContent: UI.noIncidents[lang] })];
  return views.map((v, n) => {
    const head = el(
      'tr',
      {},
      {},
      el('th', { textContent: COLUMNS[0][lang] }),
      el('th', { textContent: COLUMNS[2][lang] }),
      ...v.reports.map((r) => el('th', { textContent: reportName(r) })),
      el('th', { textContent: UI.agreed[lang] }),
      el('th', { textContent: UI.spread[lang] }),
      el('th', { textContent: UI.conflict[lang] }),
    );
    const rows = v.rows.map((f) =>
      el(
        'tr',
        { className: f.conflict ? 'conflict' : '' },
        {},
        el('td', { dir: 'auto' }, {}, bdi(f.kind)),
        el('td', { dir: 'auto' }, {}, bdi(f.victims)),
        ...v.reports.map((r) =>
          el(
            'td',
            { dir: 'auto' },
            {},
            ...(f.values[r] ?? []).map(({ evidence: x }) =>
              el('button', { type: 'button', className: 'figure', title: x.text }, { report: r, start: String(x.start), end: String(x.end) }, bdi(x.text)),
            ),
          ),
        ),
        el('td', { dir: 'auto' }, {}, bdi(f.agreed)),
        el('td', { dir: 'auto' }, {}, bdi(f.spread)),
        el('td', {}, { flag: f.conflict ? 'conflict' : 'agrees' }, flagWord(f.conflict, lang)),
      ),
    );
    return el(
      'article',
      { className: `incident${v.conflict ? ' conflict' : ''}` },
      { index: String(n), conflict: String(v.conflict) },
      el('h3', {}, {}, bdi(v.title || `#${n + 1}`), ' ', el('span', { className: 'flag' }, {}, flagWord(v.conflict, lang))),
      el('table', {}, {}, el('thead', {}, {}, head), el('tbody', {}, {}, ...rows)),
    );
  });
}
