/**
 * The casualty verbs of a lexicon with an object pronoun («قتله»، «اعتقلتهم»، «يختطفونه»), drawn from its verb entries
 * so that the lexicon stays the one list of casualty verbs.
 * @module casualties/object-verbs
 */
import type { CompiledLexicon } from '../lexicon/compile.js';
import { formWords } from '../lexicon/forms.js';
import type { CasualtyKind } from '../lexicon/types.js';
import { DEFECTIVE_OBJECT_ENDINGS, LIKE_VERBAL_NOUNS, NO_OBJECT, NO_OBJECT_ENTRIES, OBJECT_KINDS, PAST_OBJECT_ENDINGS, PRESENT_OBJECT_ENDINGS } from './grammar.js';

/** What a verb with an object pronoun says. @internal */
export interface ObjectVerb {
  readonly kind: CasualtyKind;
  /** The object pronoun: «ه»، «ها»، «هم»، «هما». */
  readonly pronoun: string;
  /** Also read as a verbal noun with a pronoun: «قتله» his killing, «قتلته» his killers. */
  readonly noun: boolean;
  /** A present verb («يقتلهم»), which tells a habit or a wish as often as an event. */
  readonly present: boolean;
}

/** Every surface of a casualty verb with an object pronoun, by surface (without clitics). @internal */
export interface ObjectVerbs {
  readonly forms: ReadonlyMap<string, ObjectVerb>;
  /** The surfaces of {@link ObjectVerbs.forms}, as a set for `wordIn`. */
  readonly surfaces: ReadonlySet<string>;
}

const KINDS = /* @__PURE__ */ new Set(OBJECT_KINDS);
const INTRANSITIVE = /* @__PURE__ */ new Set(NO_OBJECT);
const NO_OBJECT_IDS = /* @__PURE__ */ new Set(NO_OBJECT_ENTRIES);

/**
 * The object-pronoun forms of the one-word casualty verbs of `compiled` (see {@link OBJECT_KINDS}): past verbs with
 * {@link PAST_OBJECT_ENDINGS} (defective ones, in ى, with {@link DEFECTIVE_OBJECT_ENDINGS}), present ones with {@link PRESENT_OBJECT_ENDINGS} (a present plural the lexicon writes,
 * «يقتلون», takes the pronoun alone). A verb the lexicon also lists as a casualty noun, or one of
 * {@link LIKE_VERBAL_NOUNS}, is marked `noun`.
 * @internal
 * @example
 * ```ts
 * objectVerbs(builtinCompiled()).forms.get('اعتقلته'); // → { kind: 'detained', pronoun: 'ه', noun: false }
 * ```
 */
export function objectVerbs(compiled: CompiledLexicon): ObjectVerbs {
  const nouns = new Set(LIKE_VERBAL_NOUNS);
  const verbs: { base: string; kind: CasualtyKind }[] = [];
  for (const entry of compiled.entries.casualtyWords.values()) {
    if (NO_OBJECT_IDS.has(entry.id)) continue;
    for (const form of entry.forms) {
      const words = formWords(form);
      if (words.length !== 1) continue;
      if (entry.pos !== 'verb') nouns.add(words[0]!);
      else if (KINDS.has(entry.kind) && !INTRANSITIVE.has(words[0]!)) verbs.push({ base: words[0]!, kind: entry.kind });
    }
  }
  const forms = new Map<string, ObjectVerb>();
  for (const { base, kind } of verbs) {
    const present = /^[يت]/u.test(base);
    // «أردى» (normalized «اردي»): a defective past verb's ى gives way to the ending.
    const defective = !present && base.endsWith('ي');
    const stem = defective ? base.slice(0, -1) : base;
    const endings = present ? PRESENT_OBJECT_ENDINGS.filter((e) => !(base.endsWith('ون') && e.startsWith('ون'))) : defective ? DEFECTIVE_OBJECT_ENDINGS : PAST_OBJECT_ENDINGS;
    for (const e of endings) {
      const pronoun = /(هما|هم|هن|ها|ه)$/u.exec(e)![1]!;
      // «قتلوهم» (they killed them) has no reading as a noun; «قتله» does.
      if (!forms.has(stem + e)) forms.set(stem + e, { kind, pronoun, noun: !present && !e.startsWith('و') && nouns.has(base), present });
    }
  }
  return { forms, surfaces: new Set(forms.keys()) };
}
