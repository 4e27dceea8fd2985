/**
 * From lexicon matches to actor phrases: names, nouns with names or adjectives, coordinated adjectives,
 * affiliated media, and bare anaphoric nouns. Place and facility names are not actors («أكاديمية الأسد»).
 * @module actors/phrases
 */
import type { Doc } from '../document.js';
import { QUOTES, type LexMatch } from '../lexicon/match.js';
import type { ActorNounEntry, SourceEntry } from '../lexicon/types.js';
import { PRONOUNS } from '../lexicon/forms.js';
import type { CliticSplit } from '../tokenize/index.js';
import { TokenIndex } from '../tokenize/token-index.js';
import { wordInfo } from '../tokenize/words.js';
import { FACILITY_NOUNS, LINKERS, QUALIFIERS } from './cues.js';
import type { ActorRule } from './types.js';

/** An actor phrase before roles and anaphora are decided. @internal */
export interface Draft {
  /** Tokens covered (inclusive). */
  first: number;
  last: number;
  /** Original span start (after a separable clitic) and end. */
  start: number;
  end: number;
  /** Actor ids named, in order; empty for a bare anaphoric noun. */
  actors: string[];
  rule: ActorRule;
  /** The head noun's entry, when there is one. */
  noun?: ActorNounEntry;
  /** The affiliated source entry, for media. */
  source?: SourceEntry;
  /** The phrase is a quoted organ (a speaking noun or a medium). */
  speaks: boolean;
  /** Clitic letters on the first token. */
  prefix: string;
  /** A bare noun with a possessive pronoun («قواتها»، «طائراتها»): it refers to the nearest actor before it. */
  possessive?: boolean;
  /**
   * A noun whose owner is said but not known: a nationality adjective the lexicon does not know («الطيران الإسرائيلي»
   * in a pack without Israel), or «من» and a noun group («مسلحون من القراصنة»).
   */
  otherOwner?: boolean;
}

/** The matches by first token, in views of one buffer per document (no Map keyed by token). */
type Matches = {
  names: TokenIndex<LexMatch<'actors'>>;
  nouns: TokenIndex<LexMatch<'actorNouns'>>;
  adjectives: TokenIndex<LexMatch<'actorAdjectives'>>;
  /** Whether an actor adjective ends at a token. */
  adjectiveEnds: Ends;
  media: TokenIndex<LexMatch<'sources'>>;
  /** Whether a plain source (civil defence, a health ministry, a monitor) ends at a token. */
  sourceEnds: Ends;
  /** The place matches, in text order (read with {@link coverAt}). */
  places: LexMatch[];
  /** The tokens where a name, a noun or a medium starts, in text order, each once. */
  opens: number[];
};

/** Builds the actor phrases of a document from its lexicon matches. @internal */
export function actorPhrases(doc: Doc, matches: readonly LexMatch[]): Draft[] {
  const m = index(doc, matches);
  const tokens = doc.tokens;
  const drafts: Draft[] = [];
  const endOf = (t: number): number => doc.norm.ends[tokens[t]!.end - 1]!;
  const wordAt = (t: number): string => tokens[t]?.text ?? '';
  const skipQuotes = (t: number): number => {
    while (t < tokens.length && QUOTES.has(wordAt(t))) t++;
    return t;
  };
  // A closing quote right after a phrase that skipped an opening one belongs to it («مليشيات "قسد"»).
  const closeQuote = (from: number, last: number): number => {
    let open = 0;
    for (let k = from; k <= last; k++) if (QUOTES.has(wordAt(k))) open++;
    return open % 2 === 1 && QUOTES.has(wordAt(last + 1)) ? last + 1 : last;
  };
  // Adds a phrase ending at `last` and returns it, for the caller to set what else it knows (no object spread per
  // phrase); `done` is the last token consumed.
  let done = -1;
  const add = (first: LexMatch, last: number, actors: string[], rule: ActorRule, noun?: ActorNounEntry, speaks = false): Draft => {
    const d: Draft = { first: first.firstToken, last, start: first.start, end: endOf(last), actors, rule, speaks, prefix: first.prefix };
    if (noun) d.noun = noun;
    drafts.push(d);
    done = last;
    return d;
  };
  // Same-actor adjectives after a name («النظام الأسدي»), then adjectives coordinated after an adjective
  // («الطيران الروسي والأسدي»): each adds its actor to the phrase.
  const adjectivesAfter = (last: number, actors: string[], coordinateOnly: boolean): { last: number; coordinated: boolean } => {
    let coordinated = false;
    for (;;) {
      const adj = m.adjectives.get(last + 1);
      if (!adj) break;
      const conj = adj.prefix.startsWith('و');
      if (conj && m.adjectiveEnds.has(last)) coordinated = true;
      else if (conj || coordinateOnly || !actors.includes(adj.id)) break;
      if (!actors.includes(adj.id)) actors.push(adj.id);
      last = adj.lastToken;
    }
    return { last, coordinated };
  };
  // «التابعة لـ X»، «باسم X»: the actor a speaking organ belongs to.
  // «موالين ل"تنظيم الدولة"»: a ل cut off by a quote stands before it.
  const linked = (k: number): LexMatch<'actors'> | undefined => {
    if (!LINKERS.has(wordAt(k))) return undefined;
    const detached = wordAt(k + 1) === 'ل';
    const name = m.names.get(skipQuotes(detached ? k + 2 : k + 1));
    return name && (detached || name.prefix === 'ل' || name.prefix === '' || wordAt(k) === 'باسم') ? name : undefined;
  };

  // A name reached from the end of a plain source through qualifier words and places only («وزارة الصحة في غزة التي
  // تديرها حماس»، «الدفاع المدني التابع لحكومة حماس»، «وزارة الصحة بحكومة الوحدة»): it says whose body reports.
  const qualifiesSource = (i: number): boolean => {
    for (let k = i - 1; k >= 0 && k >= i - QUALIFIER_REACH; k--) {
      if (m.sourceEnds.has(k)) return true;
      if (!QUALIFIERS.has(wordAt(k)) && coverAt(m.places, k) === undefined && !QUOTES.has(wordAt(k))) return false;
    }
    return false;
  };

  // Only tokens where a name, a noun or a medium starts can open a phrase.
  for (const i of m.opens) {
    if (i <= done) continue;
    const name = m.names.get(i);
    const noun = m.nouns.get(i);
    const medium = m.media.get(i);
    const reach = Math.max(name?.lastToken ?? -1, noun?.lastToken ?? -1);

    if (medium && medium.lastToken >= reach) {
      const owner = linked(medium.lastToken + 1);
      const last = owner ? owner.lastToken : medium.lastToken;
      const head = noun && noun.lastToken <= medium.lastToken ? noun.entry : undefined;
      add(medium, last, [owner?.id ?? medium.entry.actor!], 'source', head, true).source = medium.entry;
      continue;
    }
    if (name && (!noun || name.lastToken >= noun.lastToken)) {
      // «الجيش الكيني» read by the Somalia pack, whose «الجيش» is the Somali army: a name that is only an actor noun,
      // followed by a nationality the lexicon has no adjective for, is some other nation's.
      const bareNoun = noun && noun.firstToken === name.firstToken && noun.lastToken === name.lastToken;
      if (bareNoun && !m.adjectives.has(name.lastToken + 1) && nationality(wordAt(name.lastToken + 1))) {
        add(noun, noun.lastToken, [], 'anaphor', noun.entry, noun.entry.speaks === true).otherOwner = true;
        continue;
      }
      const actors = [name.id];
      const { last, coordinated } = adjectivesAfter(name.lastToken, actors, false);
      // A name that opens with an actor noun («الطيران الروسي»، «قوات النظام») keeps the noun, for anaphora.
      const head = noun && noun.lastToken <= name.lastToken ? noun.entry : undefined;
      // «وزارة الصحة التابعة لحركة حماس»، «مكتب الصحة في حكومة صنعاء»: the owner of a reporting body speaks with it.
      // Not a name right after the body with no link («واتهمت وزارة الداخلية قوات حفتر»: the accused).
      const owns = qualifiesSource(i) && !(name.prefix === '' && m.sourceEnds.has(i - 1));
      add(name, last, actors, coordinated ? 'coordination' : 'name', head, owns || head?.speaks === true);
      continue;
    }
    if (!noun) continue;

    const entry = noun.entry;
    const speaks = entry.speaks === true;
    // «طائرات حربية "روسية"»: the adjective may stand in quotes, as a name may.
    const firstAdj = m.adjectives.get(skipQuotes(noun.lastToken + 1));
    const nameInstead = m.names.get(noun.lastToken + 1); // «طائرات روسيا» is the name روسيا, not the adjective روسي
    // «المتشددون الصوماليون في حركة الشباب»: a state's nationality on gunmen says where they are from, not whose they
    // are — an anaphor, read like the bare noun (the body named beside it, or the pack's default).
    if (firstAdj && entry.id === GUNMEN && firstAdj.entry.category === 'government') {
      add(noun, firstAdj.lastToken, [], 'anaphor', entry, speaks);
      continue;
    }
    if (firstAdj && !firstAdj.prefix.startsWith('و') && !(nameInstead && nameInstead.lastToken >= firstAdj.lastToken)) {
      // The first adjective is not coordinated: read it, then any coordinated ones.
      const actors = [firstAdj.id];
      const { last } = adjectivesAfter(closeQuote(noun.lastToken + 1, firstAdj.lastToken), actors, true);
      const owner = speaks ? linked(last + 1) : undefined;
      const end = owner ? owner.lastToken : last;
      add(noun, end, owner ? [owner.id] : actors, owner ? 'noun+name' : 'noun+adjective', entry, speaks);
      continue;
    }
    // «طائرة بدون طيار يعتقد أنها أمريكية»، «يرجح أنها أمريكية»: a suspected owner, told by a hedge and «أنها».
    // The adjective first: an index by token, where the two words are lookups by string.
    const hedged = speaks ? undefined : m.adjectives.get(noun.lastToken + 3);
    if (hedged && HEDGED_OWNER.has(wordAt(noun.lastToken + 1)) && OWNER_PRONOUNS.has(wordAt(noun.lastToken + 2))) {
      add(noun, hedged.lastToken, [hedged.id], 'noun+adjective', entry, speaks);
      continue;
    }
    const k = skipQuotes(noun.lastToken + 1);
    const next = m.names.get(k);
    // «واتهمت وزارة الداخلية قوات حفتر»: a noun that ends on a definite word is complete — a name right after it is
    // no genitive of it (one after «لـ» is: «وزارة الدفاع لحكومة الوفاق»).
    const complete = next?.prefix === '' && DEFINITE.test(wordAt(noun.lastToken)) && noun.lastToken > noun.firstToken;
    if (next && !complete && entry.takesName !== false && (next.prefix === '' || next.prefix === 'ل')) {
      const coordinatedName = m.names.get(next.lastToken + 1);
      if (coordinatedName && coordinatedName.prefix.startsWith('و')) {
        // «طائرات روسيا والنظام»: each name is its own mention; the noun is left out.
        done = noun.lastToken;
        continue;
      }
      const actors = [next.id];
      const { last } = adjectivesAfter(closeQuote(noun.lastToken + 1, next.lastToken), actors, false);
      add(noun, last, actors, 'noun+name', entry, speaks);
      continue;
    }
    // «مسلحين إسلاميين موالين لتنظيم الدولة»: one adjective may stand between the noun and its linker.
    const owner = linked(noun.lastToken + 1) ?? (tokens[noun.lastToken + 1]?.kind === 'word' ? linked(noun.lastToken + 2) : undefined);
    if (owner && speaks) {
      add(noun, owner.lastToken, [owner.id], 'noun+name', entry, speaks);
      continue;
    }
    // Attack nouns with a pronoun («قصفها»، «غاراتها») refer to an attack, not to an actor.
    // The core's «قواته»، «جنوده»، «عناصره» are written with the pronoun: «ه» alone is also the feminine ending.
    // «طائراته»: «ته» is a feminine noun or plural before «ه», a pronoun (bare «ه» may be the ending itself).
    const possessive = entry.takesName !== false && (entry.id === OWN_FORCES || POSSESSIVE_ENDINGS.some((p) => wordAt(noun.firstToken).endsWith(p)));
    // «مسلحون مجهولون»: an unknown party refers to no actor.
    const unknown = wordAt(noun.lastToken + 1).startsWith('مجهول');
    // «من الأهالي المسلحين»: gunmen right after a definite noun of no phrase describe it («armed residents»).
    const describing = entry.id === GUNMEN && noun.prefix === '' && i - 1 > done && /^ال/u.test(wordAt(i - 1)) && tokens[i - 1]?.kind === 'word';
    // «قتلت خلالها تلك القوات الطفل»: a definite noun after a demonstrative points back at a named actor.
    const pointed = entry.takesName !== false && POINTING.has(wordAt(i - 1)) && DEFINITE.test(wordAt(noun.firstToken));
    if (!owner && !unknown && !describing && (entry.anaphoric === true || possessive || pointed)) {
      // «مسلحون من القراصنة»، «مسلحين من عشيرة»: «من» and a noun group say whose they are, as a nationality does (a
      // possessive has its owner: «سحبت قواتها من المنطقة» is a «من» of the verb).
      const from = !possessive && wordAt(noun.lastToken + 1) === 'من' && tokens[noun.lastToken + 2]?.kind === 'word';
      const said = from || nationality(wordAt(noun.lastToken + 1));
      const d = add(noun, noun.lastToken, [], 'anaphor', entry, speaks);
      d.possessive = possessive;
      if (said) d.otherOwner = true;
    }
    done = noun.lastToken;
  }
  return drafts;
}

/** A word with the article, after any clitics («الداخلية»، «والدفاع»، «بالجيش»، «للجيش»). */
const DEFINITE = /^(?:[وف]?[بك]?ال|[وف]?لل)/u;

/** The core's actor noun of gunmen of any side («المسلحون»، «المتشددون»). */
const GUNMEN = 'fighters';

/** The core's actor noun of an actor's own forces, every form with its pronoun. */
export const OWN_FORCES = 'own-forces';

/**
 * A nisba adjective that names an owner («الإسرائيلي»، «أمريكية»، «التركيين») rather than describing the noun
 * («الحربية»، «المروحي»، «الانقضاضية»): with no actor adjective of the lexicon, still some nation's.
 */
function nationality(word: string): boolean {
  const bare = word.startsWith('ال') ? word.slice(2) : word;
  // The first ending (in list order) that leaves a stem of three letters or more; a loop, for this runs per noun.
  for (const e of NISBA_ENDINGS) if (bare.endsWith(e) && bare.length - e.length >= 3) return !DESCRIPTIVE.has(bare.slice(0, -e.length) + 'ي');
  return false;
}
const NISBA_ENDINGS = ['يين', 'يون', 'يه', 'ي'];
/** A possessive pronoun's ending on an actor noun, or «ته» before it («طائراته»). */
const POSSESSIVE_ENDINGS = /* @__PURE__ */ [...PRONOUNS, 'ته'];
/** Hedges before a suspected owner («يعتقد أنها أمريكية»), and the pronoun between. */
const HEDGED_OWNER = new Set(['يعتقد', 'يرجح', 'يشتبه', 'يعتقدون', 'يرجحون']);
/** Demonstratives before a noun that points back («تلك القوات»، «هذه الميليشيات»). */
const POINTING = new Set(['هذه', 'هذا', 'تلك', 'ذلك']);
const OWNER_PRONOUNS = new Set(['انها', 'انه', 'بانها', 'بانه']);

/** Nisba adjectives of aircraft, forces and relatives that name no owner. */
const DESCRIPTIVE = new Set([
  'حربي', 'مروحي', 'عسكري', 'جوي', 'انقضاضي', 'انتحاري', 'استطلاعي', 'تجسسي', 'قتالي', 'معادي', 'حكومي', 'نظامي',
  'اجنبي', 'مجهولي', 'ذي', 'الذي', 'التي', 'حالي', 'ماضي', 'خاصي', 'بحري', 'بري', 'امني', 'شعبي', 'محلي', 'مسلحي',
]);

/** «أمريكية الصنع»، «إيرانية المنشأ»: what makes an actor adjective before it a maker or an origin. */
const MADE_IN = /* @__PURE__ */ new Set(['الصنع', 'المنشا', 'التصنيع']);

/** How far back from a name the qualifier words of a source may reach. */
const QUALIFIER_REACH = 6;

/** Token flags in one view: `has(k)` reads, `add(k)` sets (out of range: none, as a Set of token numbers). */
class Ends {
  constructor(private readonly at: Int32Array) {}
  has(k: number): boolean {
    return k >= 0 && k < this.at.length && this.at[k] !== 0;
  }
  add(k: number): void {
    if (k >= 0 && k < this.at.length) this.at[k] = 1;
  }
}

function index(doc: Doc, matches: readonly LexMatch[]): Matches {
  const tokens = doc.tokens;
  const n = tokens.length;
  const buffer = new Int32Array(6 * n);
  const view = (k: number): Int32Array => buffer.subarray(k * n, (k + 1) * n);
  const out: Matches = {
    names: new TokenIndex(view(0)), nouns: new TokenIndex(view(1)), adjectives: new TokenIndex(view(2)), adjectiveEnds: new Ends(view(3)),
    media: new TokenIndex(view(4)), sourceEnds: new Ends(view(5)), places: [], opens: [],
  };
  // The plain sources, in text order like the places: matches of one group do not overlap, so the one over a token
  // is found by a search of the list (no array of the document's length per group).
  const sources: LexMatch[] = [];
  for (const x of matches) {
    if (x.type === 'places') out.places.push(x);
    else if (x.type === 'sources' && (x.entry as SourceEntry).actor === undefined) {
      sources.push(x);
      out.sourceEnds.add(x.lastToken);
    } else if (x.type === 'actorAdjectives') out.adjectiveEnds.add(x.lastToken);
  }
  // A longer match over a match hides it.
  const covered = (x: LexMatch, list: readonly LexMatch[]): boolean => {
    const p = coverAt(list, x.firstToken);
    return p !== undefined && p.lastToken >= x.lastToken && p.lastToken - p.firstToken > x.lastToken - x.firstToken;
  };
  // Matches come in text order: the tokens that open a phrase are listed in order as their matches are kept.
  const opens = (k: number): void => {
    if (out.opens.length === 0 || out.opens[out.opens.length - 1]! < k) out.opens.push(k);
  };
  const afterFacility = (x: LexMatch): boolean => x.prefix === '' && tokens[x.firstToken - 1]?.kind === 'word' && isFacility(wordInfo(doc, x.firstToken - 1).splits);
  for (const x of matches) {
    // A medium is a source, which no other source covers (one group's matches do not overlap).
    if (x.type === 'sources') {
      if ((x.entry as SourceEntry).actor !== undefined) {
        out.media.set(x.firstToken, x as LexMatch<'sources'>);
        opens(x.firstToken);
      }
      continue;
    }
    // Plain sources (civil defence, monitors) hide the names, nouns and adjectives inside them («المرصد السوري»).
    if (covered(x, sources)) continue;
    if (x.type === 'actorNouns') {
      // «ساحة الطيران»، «حي الطيران»: a noun right after a facility or place noun names the place.
      if (afterFacility(x)) continue;
      out.nouns.set(x.firstToken, x as LexMatch<'actorNouns'>);
      opens(x.firstToken);
      // «المتحدث باسم رئاسة الأركان العامة للجيش الليبي»: a speaking organ reports like a plain source.
      if ((x.entry as ActorNounEntry).speaks === true) out.sourceEnds.add(x.lastToken);
    }
    // «بقذيفة أمريكية الصنع»: an adjective of make or origin names the maker, no side of the event.
    else if (x.type === 'actorAdjectives') {
      if (!MADE_IN.has(tokens[x.lastToken + 1]?.text ?? '')) out.adjectives.set(x.firstToken, x as LexMatch<'actorAdjectives'>);
    } else if (x.type === 'actors' && !covered(x, out.places)) {
      // «أكاديمية الأسد»، «مستشفى الأسد»: a name right after a facility noun is part of a place name.
      if (afterFacility(x)) continue;
      out.names.set(x.firstToken, x as LexMatch<'actors'>);
      opens(x.firstToken);
    }
  }
  return out;
}

/** The match of `list` (one group's, in text order: they do not overlap) over token `k`, by binary search. */
function coverAt(list: readonly LexMatch[], k: number): LexMatch | undefined {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = list[mid]!;
    if (x.lastToken < k) lo = mid + 1;
    else if (x.firstToken > k) hi = mid - 1;
    else return x;
  }
  return undefined;
}

/** A facility noun, read through clitics without the article («بمستشفى»، «وأكاديمية»), given the word's splits. */
function isFacility(splits: readonly CliticSplit[]): boolean {
  return splits.some((split) => !split.article && FACILITY_NOUNS.has(split.stem));
}
