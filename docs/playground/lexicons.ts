/**
 * The lexicon chooser's list: the built-in lexicon, the conflict packs the library exposes (once it does: an
 * object or array of lexicon data under `packs`), and lexicon JSON files the user dropped on the page. Each
 * choice becomes an analyzer through `createAnalyzer({ lexicons })`, which validates the data and names the
 * faulty entry in its error.
 */
import { UI, type Bilingual, type Lang } from './labels.js';

/** One entry of the chooser. */
export interface LexiconChoice {
  /** `builtin`, `pack:<id>` or `file:<name>`; packs and the built-in one can be named in a link. */
  id: string;
  label: Bilingual;
  /** The lexicons given to `createAnalyzer`, on top of the built-in one. */
  lexicons: readonly unknown[];
}

/** A lexicon file dropped on the page. */
export interface DroppedLexicon {
  name: string;
  data: unknown;
}

type Loose = Record<string, unknown>;

/** The name of lexicon data: its labels, else its id, else `fallback`. */
function labelOf(data: unknown, fallback: string): Bilingual {
  const o = (data && typeof data === 'object' ? data : {}) as Loose;
  const labels = o.labels as Partial<Bilingual> | undefined;
  const id = typeof o.id === 'string' ? o.id : fallback;
  return { ar: labels?.ar ?? id, en: labels?.en ?? id };
}

/** The packs of the library: `packs` as an object of lexicons by id, or an array of lexicons with ids. */
function packsOf(lib: object): [string, unknown][] {
  const packs = (lib as { packs?: unknown }).packs;
  if (Array.isArray(packs)) return packs.map((p, i) => [typeof (p as Loose)?.id === 'string' ? ((p as Loose).id as string) : String(i), p]);
  if (packs && typeof packs === 'object') return Object.entries(packs as Loose);
  return [];
}

/** Every choice, in the order shown. */
export function lexiconChoices(lib: object, dropped: readonly DroppedLexicon[]): LexiconChoice[] {
  return [
    { id: 'builtin', label: UI.builtin, lexicons: [] },
    ...packsOf(lib).map(([id, data]) => ({ id: `pack:${id}`, label: labelOf(data, id), lexicons: [data] })),
    ...dropped.map((f) => ({ id: `file:${f.name}`, label: labelOf(f.data, f.name), lexicons: [f.data] })),
  ];
}

/** The name shown for a choice. */
export const choiceLabel = (c: LexiconChoice, lang: Lang): string =>
  c.id.startsWith('file:') ? `${c.label[lang]} (${c.id.slice(5)})` : c.label[lang];
