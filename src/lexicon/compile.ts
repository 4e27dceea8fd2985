/**
 * Compiles lexicons into one token trie. Every form becomes a path of word keys; each key is a base word
 * tagged with how it inflects, and a surface table maps every derived surface (clitics aside) back to its bases.
 * Matching then costs a few hash lookups per token, whatever the size of the lexicon.
 * @module lexicon/compile
 */
import { describe } from '../normalize/options.js';
import { guessCategory } from './category.js';
import { LexiconError } from './define.js';
import { compoundSpellings, formWords, hasArticle, inflections, modesOf, type InflectMode } from './forms.js';
import { ENTRY_TYPES, type ActorEntry, type ActorNounEntry, type EntryOf, type EntryType, type Lexicon, type LexiconEntry, type PlaceEntry } from './types.js';
import { WordTable } from '../tokenize/words.js';

/**
 * What a trie path can stand for: an entry group, or the adjectives of actors (which only match after a noun).
 * @example
 * ```ts
 * const t: MatchType = 'actorAdjectives'; // «الروسية» in «الغارات الروسية»
 * ```
 */
export type MatchType = EntryType | 'actorAdjectives';

const MODE_TAG: Readonly<Record<InflectMode, string>> = { nominal: 'n:', verb: 'v:', none: 'x:' };

/** A form's end in the trie. @internal */
export interface Terminal {
  readonly type: MatchType;
  readonly entry: LexiconEntry;
  /** Index of the lexicon the entry comes from; later lexicons win. */
  readonly rank: number;
  /** Position of the entry in its group (earlier wins among equals). */
  readonly order: number;
  /** The form as written. */
  readonly form: string;
  /** `typeBit(type)`, read by the matcher at every candidate. */
  readonly bit: number;
}

/**
 * A trie node keyed by tagged word keys, each by its number in {@link CompiledLexicon.keyIds}: the walks compare small
 * integers, where string keys cost a comparison of their letters at every step. @internal
 */
export interface TrieNode {
  readonly next: Map<number, TrieNode>;
  /** At most one terminal per match type: the winner of any conflict. */
  terminals: Terminal[] | undefined;
  /** The match types (as {@link typeBit}s) that end here or below: a walk stops where none is wanted. */
  mask: number;
}

const MATCH_TYPES: readonly MatchType[] = [...ENTRY_TYPES, 'actorAdjectives'];

/** The bit of a match type in {@link TrieNode.mask}. @internal */
export function typeBit(type: MatchType): number {
  return 1 << MATCH_TYPES.indexOf(type);
}

/**
 * The winning entry of each id, per group.
 * @example
 * ```ts
 * compileLexicons([defaultLexicon]).entries.places.get('idlib')?.labels.ar; // → 'إدلب'
 * ```
 */
export type CompiledEntries = { readonly [T in EntryType]: ReadonlyMap<string, EntryOf[T]> };

/**
 * Lexicons compiled for matching: the merged entries (a later lexicon's entry replaces an earlier one with the
 * same group and id) and the trie. Frozen; build one with {@link compileLexicons} and share it freely.
 * @example
 * ```ts
 * const compiled: CompiledLexicon = compileLexicons([defaultLexicon]);
 * compiled.entries.actors.get('isis')?.labels.ar; // → 'تنظيم الدولة الإسلامية'
 * ```
 */
export interface CompiledLexicon {
  /** The lexicons, in priority order (last wins). */
  readonly lexicons: readonly Lexicon[];
  /** The winning entry of each id, per group. */
  readonly entries: CompiledEntries;
  /**
   * @internal The actor a bare actor noun stands for when the text names no owner (`ActorEntry.defaultFor`), by
   * noun id; the last lexicon that sets one wins.
   */
  readonly nounDefaults: ReadonlyMap<string, string>;
  /** @internal */ readonly root: TrieNode;
  /** @internal surface (without clitics or article) → the trie keys it can stand for. */
  readonly surfaces: ReadonlyMap<string, readonly SurfaceReading[]>;
  /** @internal The number of each tagged word key ({@link wordKey}) of the trie and the surfaces. */
  readonly keyIds: ReadonlyMap<string, number>;
  /**
   * @internal Readings of words already seen, shared by every text this lexicon reads. A memo of a pure function
   * of the (frozen) lexicon and the word, bounded, and invisible to callers.
   */
  readonly memo: WordMemo;
}

/** @internal Bounded memo tables of word readings (emptied when full: news vocabulary refills it quickly). */
export interface WordMemo {
  readonly first: Map<string, unknown>;
  readonly inner: Map<string, readonly unknown[]>;
  readonly actors: Map<string, { readonly lineage: readonly string[]; readonly category: string | null }>;
  /** The vocabulary and each word's facts (`prepareMended(text, memo.words)`), the other layers' readings of it included. */
  readonly words: WordTable;
  /** Tables a layer derives from the entries, by the function that derives them ({@link derivedTable}). */
  readonly derived: Map<(compiled: CompiledLexicon) => unknown, unknown>;
}

/** A reading of a surface: the base it inflects, in one mode, with its trie keys precomputed. @internal */
export interface SurfaceReading {
  readonly mode: InflectMode;
  readonly suffix: string;
  /** The key of the base without the article, and with it (their numbers in {@link CompiledLexicon.keyIds}). */
  readonly key: number;
  readonly articleKey: number;
}

/** The tagged trie key of a base word in a mode. @internal */
export function wordKey(mode: InflectMode, word: string): string {
  return MODE_TAG[mode] + word;
}


/**
 * Compiles lexicons, in priority order, into a frozen matcher. Entries of a later lexicon replace those of an
 * earlier one with the same group and id; when two entries of one group share a form, the later lexicon's wins.
 *
 * @param lexicons - validated lexicons (see `defineLexicon`), built-ins first
 * @returns the compiled lexicon
 * @example
 * ```ts
 * const compiled = compileLexicons([defaultLexicon, defineLexicon({ id: 'mine', actors: [
 *   { id: 'houthis', labels: { ar: 'الحوثيون', en: 'Houthis' }, forms: ['أنصار الله'] }] })]);
 * compiled.entries.actors.get('houthis')?.labels.en; // → 'Houthis'
 * ```
 */
export function compileLexicons(lexicons: readonly Lexicon[]): CompiledLexicon {
  if (!Array.isArray(lexicons)) throw new TypeError(`compileLexicons: argument 'lexicons' must be an array, got ${describe(lexicons)}`);
  const root: TrieNode = { next: new Map(), terminals: undefined, mask: 0 };
  const surfaces = new Map<string, SurfaceReading[]>();
  const seenBase = new Set<string>();
  const keyIds = new Map<string, number>();
  // A new key takes the next number (the map's size before it is added).
  const idOf = (key: string): number => keyIds.get(key) ?? keyIds.set(key, keyIds.size).size - 1;

  // `spelling`: a form the compiler derives, which never replaces a form a lexicon writes.
  const insert = (words: readonly string[], firstMode: InflectMode, innerMode: InflectMode, terminal: Terminal, spelling = false): void => {
    // Every node on the path has the terminal's type below it.
    const bit = terminal.bit;
    let node = root;
    node.mask |= bit;
    words.forEach((word, i) => {
      const mode = !isLetters(word) ? 'none' : i === 0 ? firstMode : innerMode;
      // Surfaces are read without the article; the key is the word as the form writes it.
      registerSurfaces(surfaces, seenBase, idOf, mode, hasArticle(word) ? word.slice(2) : word);
      const key = idOf(wordKey(mode, word));
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map(), terminals: undefined, mask: 0 };
        node.next.set(key, child);
      }
      node = child;
      node.mask |= bit;
    });
    const list = (node.terminals ??= []);
    const at = list.findIndex((x) => x.type === terminal.type);
    if (at < 0) list.push(terminal);
    else if (!spelling && beats(terminal, list[at]!)) list[at] = terminal;
  };

  const entries = {} as Record<EntryType, Map<string, LexiconEntry>>;
  const spellings: [readonly string[], InflectMode, InflectMode, Terminal][] = [];
  for (const type of ENTRY_TYPES) {
    // The winning entry of each id: a later lexicon's replaces an earlier one's.
    const winners = new Map<string, { entry: LexiconEntry; rank: number; order: number }>();
    lexicons.forEach((lexicon, rank) => {
      (lexicon[type] ?? []).forEach((entry: LexiconEntry, order: number) => winners.set(entry.id, { entry, rank, order }));
    });
    entries[type] = new Map();
    for (const [id, { entry, rank, order }] of winners) {
      entries[type].set(id, entry);
      const { firstMode, innerMode } = modesOf(type, entry);
      const plurals = (entry as { plurals?: readonly string[] }).plurals ?? [];
      for (const form of [...entry.forms, ...plurals]) {
        insert(formWords(form), firstMode, innerMode, { type, entry, rank, order, form, bit: typeBit(type) });
        if (type === 'places') for (const words of compoundSpellings(formWords(form))) spellings.push([words, firstMode, innerMode, { type, entry, rank, order, form: words.join(' '), bit: typeBit(type) }]);
      }
      if (type === 'actors') {
        for (const adjective of (entry as ActorEntry).adjectives ?? []) {
          // Adjectives take the article or not, as the noun they follow does: key them without it.
          const words = formWords(adjective).map((w, i) => (i === 0 && hasArticle(w) ? w.slice(2) : w));
          insert(words, 'nominal', 'nominal', { type: 'actorAdjectives', entry, rank, order, form: adjective, bit: typeBit('actorAdjectives') });
        }
      }
    }
  }

  // Compound place names written joined or apart («خان يونس»/«خانيونس»، «كفرنبودة»/«كفر نبودة»), after every written form.
  for (const [words, firstMode, innerMode, terminal] of spellings) insert(words, firstMode, innerMode, terminal, true);

  const nounDefaults = new Map<string, string>();
  // A pack's default is a fact of its country's war: with several packs the text may be about any of them, so only
  // the defaults of lexicons without a country (the user's own) hold.
  const packs = lexicons.filter((l) => l.country !== undefined).length;
  // Without an anaphoric actor noun (places alone, or a pack's unknown agent without the core) nothing takes a default.
  const anaphoric = [...entries.actorNouns.values()].some((n) => (n as ActorNounEntry).anaphoric);
  for (const lexicon of lexicons) {
    if (packs > 1 && lexicon.country !== undefined) continue;
    for (const actor of lexicon.actors ?? []) {
      if (entries.actors.get(actor.id) !== actor) continue; // replaced by a later lexicon's entry
      for (const noun of actor.defaultFor ?? []) {
        if (anaphoric && !entries.actorNouns.has(noun)) {
          throw new LexiconError(`lexicon '${lexicon.id}': actors '${actor.id}': defaultFor names no actor noun '${noun}' (known: ${[...entries.actorNouns.keys()].join(', ')})`);
        }
        nounDefaults.set(noun, actor.id);
      }
    }
  }

  return Object.freeze({
    lexicons: Object.freeze([...lexicons]),
    entries: Object.freeze(entries) as CompiledEntries,
    nounDefaults,
    root,
    surfaces,
    keyIds,
    memo: { first: new Map(), inner: new Map(), actors: new Map(), words: new WordTable(), derived: new Map() },
  });
}

function registerSurfaces(table: Map<string, SurfaceReading[]>, seen: Set<string>, idOf: (key: string) => number, mode: InflectMode, base: string): void {
  const tagged = wordKey(mode, base);
  if (seen.has(tagged)) return;
  seen.add(tagged);
  const key = idOf(tagged);
  const articleKey = idOf(wordKey(mode, 'ال' + base));
  for (const inf of inflections(base, mode)) {
    const reading: SurfaceReading = { mode, suffix: inf.suffix, key, articleKey };
    const list = table.get(inf.surface);
    if (list) list.push(reading);
    else table.set(inf.surface, [reading]);
  }
}

function isLetters(word: string): boolean {
  const c = word.charCodeAt(0);
  return !(c >= 0x30 && c <= 0x39);
}

function beats(a: Terminal, b: Terminal): boolean {
  return a.rank !== b.rank ? a.rank > b.rank : a.order < b.order;
}

/** The most values a memo table holds before it is emptied. */
const MEMO_LIMIT = 200_000;

/**
 * The value of `key` in a memo table, computed (`compute(key, arg)`) and stored on first use; a full table is emptied
 * first. `arg` lets a hot caller pass what the computation needs without a closure over it (a variable a closure
 * captures makes its function allocate a scope on every call, whether the closure is made or not).
 * @internal
 */
export function remember<K, V, A = undefined>(memo: Map<K, V>, key: K, compute: (key: K, arg: A) => V, arg?: A): V {
  let value = memo.get(key);
  if (value === undefined) {
    value = compute(key, arg as A);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, value);
  }
  return value;
}

/**
 * What `derive` makes of the compiled lexicon, computed once per compiled lexicon: a layer's table drawn from the
 * entries (the object-pronoun forms of the casualty verbs, say), which a user's entries extend like the built-in ones.
 * @internal
 */
export function derivedTable<T>(compiled: CompiledLexicon, derive: (compiled: CompiledLexicon) => T): T {
  return remember(compiled.memo.derived, derive, () => derive(compiled)) as T;
}

/** The lineage and category of an actor, computed once per compiled lexicon. @internal */
export function actorInfo(compiled: CompiledLexicon, id: string): { readonly lineage: readonly string[]; readonly category: string | null } {
  return remember(compiled.memo.actors, id, () =>
    Object.freeze({ lineage: Object.freeze(actorLineage(compiled, id)), category: actorCategory(compiled, id) ?? null }),
  );
}

/**
 * The parent chain of an actor id, itself first.
 * @example
 * ```ts
 * actorLineage(compileLexicons([defaultLexicon]), 'hezbollah'); // → ['hezbollah', 'iran-backed'] («حزب الله»)
 * ```
 */
export function actorLineage(compiled: CompiledLexicon, id: string): string[] {
  const out: string[] = [];
  for (let at: string | undefined = id; at !== undefined && !out.includes(at); at = compiled.entries.actors.get(at)?.isA) out.push(at);
  return out;
}

/**
 * The category of an actor, inherited along `isA`; when no ancestor has one, guessed from the names
 * (`guessCategory`); `undefined` when they say nothing either.
 * @example
 * ```ts
 * actorCategory(compileLexicons([defaultLexicon]), 'pro-government-militias'); // → 'government' («الشبيحة»)
 * ```
 */
export function actorCategory(compiled: CompiledLexicon, id: string): string | undefined {
  const lineage = actorLineage(compiled, id);
  for (const at of lineage) {
    const c = compiled.entries.actors.get(at)?.category;
    if (c !== undefined) return c;
  }
  // No category written anywhere up the lineage: read one from the names, the actor's own first.
  for (const at of lineage) {
    const actor = compiled.entries.actors.get(at);
    const guess = actor && guessCategory(actor);
    if (guess !== undefined) return guess;
  }
  return undefined;
}

/**
 * The enclosing places of a place id, itself first.
 * @example
 * ```ts
 * placeLineage(compileLexicons([defaultLexicon]), 'douma'); // → ['douma', 'rif-dimashq', 'syria'] («دوما»)
 * ```
 */
export function placeLineage(compiled: CompiledLexicon, id: string): string[] {
  const out: string[] = [];
  for (let at: string | undefined = id; at !== undefined && !out.includes(at); at = (compiled.entries.places.get(at) as PlaceEntry | undefined)?.isIn) out.push(at);
  return out;
}
