/**
 * The built-in lexicons as `defineLexicon` returns them, built without its checks: the root `analyze` reads only
 * built-in data, so its bundle need not carry the validator and its messages. The data is checked all the same, by
 * test/builtin-lexicons.test.ts: `defineLexicon` of their raw entry lists gives the same lexicons, and every built-in
 * lexicon equals `defineLexicon` of itself, field order included.
 * @module lexicons/builtin-lexicon
 */
import { ENTRY_TYPES, type Lexicon, type LexiconData } from '../lexicon/types.js';

/** A lexicon's fields after its `id`, in `defineLexicon`'s order. */
const LEXICON_FIELDS: readonly string[] = ['description', 'version', 'country', 'labels', ...ENTRY_TYPES];

/**
 * An entry's fields after its `id`, in `defineLexicon`'s order (the common fields, then each group's: a group's
 * fields keep their order within this list). A field added to the schema goes here too, or the built-in lexicons
 * lose it (test/builtin-lexicons.test.ts says so).
 */
const ENTRY_FIELDS: readonly string[] = [
  'labels', 'forms', 'inflect', 'note', 'isA', 'category', 'adjectives', 'defaultFor', 'anaphoric', 'speaks', 'takesName', 'irregular',
  'kind', 'pos', 'number', 'plurals', 'reportsAs', 'role', 'type', 'isIn', 'ambiguous', 'actor',
];

type Fields = Readonly<Record<string, unknown>>;

/** A list or an object (labels) copied and frozen; other values as they are. */
const frozenCopy = (value: unknown): unknown =>
  typeof value === 'object' && value !== null ? Object.freeze(Array.isArray(value) ? [...value] : { ...value }) : value;

/** `raw`'s `id`, then its `known` fields in order, each copied; absent (undefined) fields left out. */
function ordered(raw: Fields, known: readonly string[]): Fields {
  const out: Record<string, unknown> = { id: raw.id };
  for (const key of known) if (raw[key] !== undefined) out[key] = frozenCopy(raw[key]);
  return Object.freeze(out);
}

/** A built-in lexicon, deeply frozen, with its fields and its entries' fields in `defineLexicon`'s order. @internal */
export function builtinLexicon(data: LexiconData): Lexicon {
  const groups: Record<string, unknown> = {};
  for (const type of ENTRY_TYPES) {
    const list = data[type] as readonly Fields[] | undefined;
    if (list) groups[type] = list.map((entry) => ordered(entry, ENTRY_FIELDS));
  }
  return ordered({ ...data, ...groups }, LEXICON_FIELDS) as unknown as Lexicon;
}
