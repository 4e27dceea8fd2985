/**
 * The lexicon chooser's list: the built-in lexicon (the Arabic core with the Syria pack), the library's conflict packs
 * (each replaces the Syria pack: `createAnalyzer({ packs: [pack] })`), and lexicon JSON files the user dropped on the
 * page (`createAnalyzer({ lexicons })`, which validates the data and names the faulty entry in its error).
 */
import { UI, type Bilingual, type Lang } from './labels.js';

/** One entry of the chooser. */
export interface LexiconChoice {
  /** `builtin`, `pack:<id>` or `file:<name>`; packs and the built-in one can be named in a link. */
  id: string;
  label: Bilingual;
  /** The options of `createAnalyzer`: a pack in place of the Syria pack, or lexicons on top of the built-in one. */
  options: { packs?: readonly unknown[]; lexicons?: readonly unknown[] };
}

/** A lexicon file dropped on the page. */
export interface DroppedLexicon {
  name: string;
  data: unknown;
}

/** A pack of the library: its id and its names. */
export interface PackLike {
  readonly id: string;
  readonly labels?: Partial<Bilingual>;
}

type Loose = Record<string, unknown>;

/** The name of lexicon data: its labels, else its id, else `fallback`. */
function labelOf(data: unknown, fallback: string): Bilingual {
  const o = (data && typeof data === 'object' ? data : {}) as Loose;
  const labels = o.labels as Partial<Bilingual> | undefined;
  const id = typeof o.id === 'string' ? o.id : fallback;
  return { ar: labels?.ar ?? id, en: labels?.en ?? id };
}

/** Every choice, in the order shown. */
export function lexiconChoices(packs: readonly PackLike[], dropped: readonly DroppedLexicon[]): LexiconChoice[] {
  return [
    { id: 'builtin', label: UI.builtin, options: {} },
    ...packs.map((p) => ({ id: `pack:${p.id}`, label: labelOf(p, p.id), options: { packs: [p] } })),
    ...dropped.map((f) => ({ id: `file:${f.name}`, label: labelOf(f.data, f.name), options: { lexicons: [f.data] } })),
  ];
}

/** The name shown for a choice. */
export const choiceLabel = (c: LexiconChoice, lang: Lang): string =>
  c.id.startsWith('file:') ? `${c.label[lang]} (${c.id.slice(5)})` : c.label[lang];
