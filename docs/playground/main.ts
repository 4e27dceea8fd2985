/**
 * The playground page: reads the textarea with the ESM build of hasila (bundled by `npm run playground`) and
 * highlights casualty phrases, numbers and actors in place, with their structured reading beside them.
 */
import * as hasila from 'hasila';
import { collectMentions, readText, readingOf, segments, type Library, type Mention } from './mentions.js';

const input = document.getElementById('input') as HTMLTextAreaElement;
const output = document.getElementById('output') as HTMLDivElement;
const readings = document.getElementById('readings') as HTMLUListElement;
const status = document.getElementById('status') as HTMLParagraphElement;
const summaryBox = document.getElementById('summary-box') as HTMLDetailsElement;
const summary = document.getElementById('summary') as HTMLPreElement;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, data: Record<string, string> = {}) {
  const node = Object.assign(document.createElement(tag), props);
  Object.assign(node.dataset, data);
  return node;
}

/** Highlights mention `id` (or none) in both panes. */
function activate(id: number | null): void {
  for (const node of document.querySelectorAll('.active')) node.classList.remove('active');
  if (id === null) return;
  for (const node of output.querySelectorAll<HTMLElement>('mark')) {
    if (node.dataset.ids!.split(' ').includes(String(id))) node.classList.add('active');
  }
  readings.querySelector(`li[data-id="${id}"]`)?.classList.add('active');
}

function renderReading(m: Mention, id: number): HTMLLIElement {
  const li = el('li', {}, { id: String(id), kind: m.kind, start: String(m.start), end: String(m.end) });
  li.append(el('span', { className: `kind ${m.kind}`, textContent: m.kind }), ' ', el('bdi', { textContent: m.text }));
  li.append(el('pre', { className: 'reading', textContent: JSON.stringify(readingOf(m.value), null, 1) }));
  li.addEventListener('mouseenter', () => activate(id));
  li.addEventListener('mouseleave', () => activate(null));
  return li;
}

function render(): void {
  const text = input.value;
  const began = performance.now();
  let mentions: Mention[];
  let result: Record<string, unknown>;
  try {
    result = readText(hasila as unknown as Library, text);
    mentions = collectMentions(result, text);
  } catch (e) {
    status.textContent = String(e);
    return;
  }
  const took = performance.now() - began;
  output.replaceChildren(
    ...segments(text, mentions).map((s) => {
      if (s.ids.length === 0) return document.createTextNode(s.text);
      const kinds = [...new Set(s.ids.map((id) => mentions[id]!.kind))];
      const mark = el('mark', { className: kinds.join(' '), textContent: s.text }, { ids: s.ids.join(' '), start: String(s.start), end: String(s.end) });
      mark.addEventListener('mouseenter', () => activate(s.ids[0]!));
      mark.addEventListener('mouseleave', () => activate(null));
      return mark;
    }),
  );
  readings.replaceChildren(...mentions.map(renderReading));
  // The article-level record, when the library gives one (analyze's summary).
  summaryBox.hidden = !result.summary || text.trim() === '';
  summary.textContent = result.summary ? JSON.stringify(readingOf(result.summary as Record<string, unknown>), null, 1) : '';
  status.textContent = `${mentions.length} mentions · ${took.toFixed(1)} ms`;
  document.body.dataset.rendered = String(text.length);
}

input.addEventListener('input', render);
render();
