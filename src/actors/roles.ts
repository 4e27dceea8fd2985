/**
 * Roles from the words around a mention. The rule, in order (documented in docs/lexicons.md):
 * 1. a speaking organ or medium is a `source`;
 * 2. a mention joined to the previous one by و، مع or a bracket shares its role («موسكو وأنقرة وطهران»);
 * 3. the nearest cue among the four words before it (within its clause) decides: speech → source, control →
 *    controller, attack → attacker (a verb before its subject, a verbal noun before its agent), target nouns
 *    («معاقل»، «مواقع»، «طرد») → target, support/leadership/surrender → other; «استهداف X» is attacker when an
 *    object follows and target otherwise; «على/ضد» after an attack word → target, «ضد» right after an actor → other;
 * 4. otherwise the first cue among the six words after it (other actors and و skipped): an attack word →
 *    attacker, a control verb → controller, a negation («لم تشن») or support → other, speech → source;
 * 5. otherwise an attack noun head («الغارات الروسية») or an attack word anywhere in the sentence → attacker;
 *    else other.
 * @module actors/roles
 */
import type { Doc } from '../document.js';
import { remember } from '../lexicon/compile.js';
import { cliticSplits } from '../tokenize/index.js';
import { wordInfo } from '../tokenize/words.js';
import { ACCUSATIONS, ACCUSE, ACCUSING, AGAINST, AGENT_OR_TARGET, BY_THE_HAND, CASUALTY_HEADS, CLAIMS, CLAUSE_BREAKS, CONTROL_VERBS, CUES, FIRED_BY, JOINED_MEMBERS, LINKERS, NOT_OBJECTS, PAST_VERBS, PLATFORMS, REPLY, STRIKING_SUBJECTS, STRIKING_VERBS, SUBJECT_OPENERS, UNITS, VEHICLES, VERBAL_NOUNS, type CueClass } from './cues.js';
import type { Draft } from './phrases.js';
import type { ActorRole } from './types.js';

const BEFORE = 4;
const AFTER = 6;
/** The farthest token a window looks at, counting the actors and punctuation it steps over. */
const REACH = 24;
const SKIP = new Set(['"', "'", '«', '»', '“', '”', '‘', '’', '(', ')', '-', '،', ',']);
const STOP = new Set(['.', '!', '?', '؟', ':', '؛', ';', '…']);

/** The cue class of a word, read bare or through its clitics («وقصفت»، «لسيطرة»، «القصف»), the bare word first. */
export function cueOf(word: string): CueClass | undefined {
  // cliticSplits gives the longest prefix first: reversed, the bare word and shorter prefixes come first.
  for (const { stem } of cliticSplits(word).reverse()) {
    const c = CUES.get(stem) ?? CUES.get(withoutObject(stem));
    if (c) return c;
  }
  return undefined;
}

/**
 * A verb without its object pronoun: «أكدها» → «اكد»، «نفذوها» stays. Bare «ه» is left on: after normalization it is
 * also the feminine ending (ة → ه).
 */
function withoutObject(stem: string): string {
  for (const suffix of OBJECT_PRONOUNS) if (stem.length - suffix.length >= 3 && stem.endsWith(suffix)) return stem.slice(0, -suffix.length);
  return stem;
}
const OBJECT_PRONOUNS = ['هما', 'ها', 'هم', 'ته'];

/** The cue classes, by their number in a {@link windowClass} (0: none). */
const CLASSES: readonly (CueClass | undefined)[] = [undefined, 'speech', 'control', 'attack', 'target', 'other', 'negation'];
/** A window word's bits above its cue class: it ends the window (an end mark or a clause break), or is stepped over. */
const STOPS = 8;
const SKIPPED = 16;
/** The words the window before a mention asks about by name, as bits of the same number (see {@link windowClass}). */
const AGENT_OR_TARGET_WORD = 32;
const ACCUSATION = 64;
const AGAINST_WORD = 128;
const HAND = 256;
const WEAPON_OF = 512;
/** «مصدره»: the source of fire, before the positions it came from. */
const FIRE_SOURCE: ReadonlySet<string> = new Set(['مصدره', 'مصدرها']);
/** «نصب كميناً»: an ambush and the verb of laying it. */
const AMBUSH = new Set(['كمين', 'كمينا']);
const LAYING = new Set(['نصب', 'نصبت', 'نصبوا', 'ينصب', 'تنصب']);
/** Words before a vehicle that make it what is attacked: «على عربة»، «تدمير عربة»، «استهدفت رتلاً»، «مرور قافلة». */
const VEHICLE_ATTACKED = new Set(['علي', 'ضد', 'تدمير', 'استهداف', 'اعطاب', 'احراق', 'استهدف', 'استهدفت', 'دمر', 'دمرت', 'مرور', 'كمين']);

/**
 * What the role windows ask of every word they pass, in one number: its cue class (low bits, {@link CLASSES}),
 * whether it stops a window or is skipped, and whether it is one of the words the window before a mention names.
 * One memo lookup per word instead of a set lookup per question.
 */
function windowClass(word: string): number {
  const cls = CLASSES.indexOf(cueOf(word));
  const stops = STOP.has(word) || inSetAfterConjunction(CLAUSE_BREAKS, word, 'وف') ? STOPS : 0;
  return (cls < 0 ? 0 : cls) | stops | (SKIP.has(word) ? SKIPPED : 0) | (AGENT_OR_TARGET.has(word) ? AGENT_OR_TARGET_WORD : 0) |
    (ACCUSATIONS.has(word) ? ACCUSATION : 0) | (AGAINST.has(word) ? AGAINST_WORD : 0) | (BY_THE_HAND.has(word) ? HAND : 0) |
    (FIRED_BY.has(word.replace(/^و?ب?/u, '')) ? WEAPON_OF : 0);
}

/** «وعناصر»، «ومقاتلو»: a word of `JOINED_MEMBERS` joined by «و» (read by the role windows and the casualty agents). @internal */
export const joinedMembers = (word: string): boolean => word.startsWith('و') && JOINED_MEMBERS.has(word.slice(1));

/** Whether a word is in `set`, bare or after one of the conjunctions `conjunctions` («وسيطرت»، «فسيطرت»). */
function inSetAfterConjunction(set: ReadonlySet<string>, word: string, conjunctions: string): boolean {
  return set.has(word) || (conjunctions.includes(word[0]!) && set.has(word.slice(1)));
}

/**
 * Decides the role of every draft, in document order. Cue classes depend on the word only: each distinct word is
 * read once, and kept with its facts by the analyzer's word table (`WordInfo.window`). @internal
 */
export function assignRoles(doc: Doc, drafts: readonly Draft[], sentenceOf: Int32Array): ActorRole[] {
  const tokens = doc.tokens;
  const owner = new Int32Array(tokens.length).fill(-1);
  drafts.forEach((d, i) => {
    for (let t = d.first; t <= d.last; t++) owner[t] = i;
  });
  const word = (t: number): string => tokens[t]!.text;
  const roles: ActorRole[] = [];
  // Each token's class read once per document (the windows ask a word several questions, and neighbours' windows overlap).
  const classes = new Int32Array(tokens.length).fill(-1);
  const classAt = (t: number): number => {
    let cls = classes[t]!;
    if (cls < 0) {
      const info = wordInfo(doc, t);
      classes[t] = cls = info.window >= 0 ? info.window : (info.window = windowClass(word(t)));
    }
    return cls;
  };
  const is = (t: number, bit: number): boolean => t >= 0 && (classAt(t) & bit) !== 0;
  const cueAt = (t: number): CueClass | undefined => CLASSES[classAt(t) & 7];
  const stops = (t: number): boolean => (classAt(t) & STOPS) !== 0;
  const skipped = (t: number): boolean => (classAt(t) & SKIPPED) !== 0;
  // Whether a sentence has an attack word, computed for the sentences that need it (each scanned once).
  const attackSentences = new Map<number, boolean>();
  const attackIn = (s: number, from: number): boolean =>
    remember(attackSentences, s, () => {
      let t = from;
      while (t > 0 && sentenceOf[t - 1] === s) t--;
      for (; t < tokens.length && sentenceOf[t] === s; t++) if (tokens[t]!.kind === 'word' && cueAt(t) === 'attack') return true;
      return false;
    });

  drafts.forEach((d, idx) => {
    const role = roleOf(d, idx);
    // «بغارة أمريكية»، «القصف الروسي»: an actor named by its attack is its agent, never what is attacked.
    roles.push(role === 'target' && d.noun?.takesName === false ? 'attacker' : role);
  });
  return roles;

  function roleOf(d: Draft, idx: number): ActorRole {
    if (d.speaks) return 'source';
    const s = sentenceOf[d.first]!;
    // 2. Coordination: «روسيا والنظام»، «القوات التركية مع فصائل»، «(قسد)».
    const prev = d.first - 1;
    if (prev >= 0 && sentenceOf[prev] === s) {
      const w = word(prev);
      if (owner[prev]! >= 0 && owner[prev] !== idx && (d.prefix.startsWith('و') || QUOTE_OR_BRACKET.has(word(d.first)))) return roles[owner[prev]!]!;
      if ((w === 'مع' || w === '(' || w === 'و') && prev - 1 >= 0 && owner[prev - 1]! >= 0) return roles[owner[prev - 1]!]!;
      // «الجيش وعناصر من حزب الله»، «قوات النظام ومقاتلو الميليشيات»: past the members of the actor, joined by «و».
      const members = w === 'من' ? prev - 1 : prev;
      if (members - 1 >= 0 && owner[members - 1]! >= 0 && sentenceOf[members] === s && joinedMembers(word(members))) return roles[owner[members - 1]!]!;
    }
    const affiliated = affiliationRole(d.first, s);
    if (affiliated) return affiliated;
    if (countedVictimsSide(d.first, s)) return 'target';
    // 3. Before.
    let seen = 0;
    for (let t = d.first - 1; t >= 0 && seen < BEFORE && t >= d.first - REACH && sentenceOf[t] === s; t--) {
      const w = word(t);
      if (stops(t)) break;
      if (skipped(t)) continue;
      if (owner[t]! >= 0) break; // another actor's phrase: cues beyond it are about that actor
      seen++;
      // «استهداف مباشر من الاحتلال»، «استهداف مقاتلات أمريكية بعدة غارات منزلا»: «من» before it, or an aircraft, is the agent.
      if (is(t, AGENT_OR_TARGET_WORD)) return objectFollows(d.last) || word(d.first - 1) === 'من' || PLATFORMS.has(d.noun?.id ?? '') ? 'attacker' : 'target';
      // «في ظل اتهامات "الجيش الوطني" لخلايا تتبع…»: the genitive of an accusation is the accuser, who speaks.
      if (seen === 1 && is(t, ACCUSATION) && !d.prefix.startsWith('ل')) return 'source';
      // «وجهت أصابع الاتهام إلى حركة الشباب»، «الاتهامات لقوات الدعم السريع»: the accused.
      if ((w === 'الي' || d.prefix.startsWith('ل')) && seen <= 2 && is(w === 'الي' ? t - 1 : t, ACCUSATION)) return 'attacker';
      // «على الأقل» ("at least") is no «على» of a target.
      if (w === 'علي' && word(t + 1) === 'الاقل') continue;
      if (seen === 1 && attackedVehicle(t)) return 'target';
      if (is(t, AGAINST_WORD)) {
        if (t > 0 && owner[t - 1]! >= 0) return 'other'; // «التحالف الدولي ضد داعش»: a descriptive name
        // «رداً على الهجمات الإسرائيلية»: what is answered is no target.
        if (t > 0 && inSetAfterConjunction(REPLY, word(t - 1), 'وف')) break;
        return 'target';
      }
      // «قتل جنديان على يد عناصر الشباب»: «على يد» names the agent («بيد» alone is control).
      if (is(t, HAND) && t > 0 && word(t - 1) === 'علي') return 'attacker';
      // «قتلوا برصاص الجيش»، «أصيب بنيران قوات الاحتلال»: who fired the weapon right before.
      if (seen === 1 && is(t, WEAPON_OF)) return 'attacker';
      const c = cueAt(t);
      // «اتهمت الحكومة قوات الدعم السريع بالوقوف وراء الهجوم»: with the accuser between, the actor is the accused.
      if (c === 'speech' && seen > 1 && inSetAfterConjunction(ACCUSE, w, 'وف')) return 'attacker';
      // «…، متهما الجيش السوداني بالمسؤولية عنها»: after a participle of accusing, whose accuser stood before it.
      if (c === 'speech' && inSetAfterConjunction(ACCUSING, w, 'و')) return 'attacker';
      // «أعلنت حركة الشباب مسؤوليتها عن الهجوم»: a claim is the attacker speaking.
      if (c === 'speech') return claimFollows(d.last) ? 'attacker' : 'source';
      if (c === 'control') return 'controller';
      // «تستهدف مسلحاً من حزب الله»: past the verb's object, «من» names the object's side — but a unit is the
      // subject's («شنت قوة من الدعم السريع هجوما»).
      // «نصب التنظيم كميناً لقوات النظام»: an ambush laid is laid for whom «لـ» names.
      if (c === 'attack' && d.prefix.startsWith('ل') && seen === 1 && AMBUSH.has(w) && laidBefore(t, s)) return 'target';
      if (c === 'attack') return objectSide(t, d.first) || subjectBefore(t) ? 'target' : 'attacker';
      // «برصاص حاجز للأمن العسكري»، «برصاص عناصر حاجز لقوات النظام»: the post whose fire it was is the firer's — in
      // the genitive («بصواريخ موقعا لقوات النظام», in the accusative, is the object struck).
      // «بقصف مصدره مواقع النظام»، «بقذائف من مواقع داعش»: positions fire came from are the firer's.
      if (c === 'target') return seen === 1 && t >= 1 && !w.endsWith('ا') && (is(t - 1, WEAPON_OF) || (JOINED_MEMBERS.has(word(t - 1)) && is(t - 2, WEAPON_OF)) || FIRE_SOURCE.has(word(t - 1)) || (word(t - 1) === 'من' && is(t - 2, WEAPON_OF))) ? 'attacker' : 'target';
      if (c === 'other') return 'other';
    }
    // 4. After.
    seen = 0;
    for (let t = d.last + 1; t < tokens.length && seen < AFTER && t <= d.last + REACH && sentenceOf[t] === s; t++) {
      const w = word(t);
      if (stops(t)) break;
      if (skipped(t) || w === 'و' || owner[t]! >= 0) continue;
      seen++;
      const c = cueAt(t);
      if (c === 'attack') return 'attacker';
      if (c === 'negation' || c === 'other') return 'other';
      if (c === 'speech' && seen === 1) return 'source';
      if (c === 'control' && inSetAfterConjunction(CONTROL_VERBS, w, 'وف')) return 'controller';
    }
    // 5. Default.
    if (d.noun?.takesName === false) return 'attacker';
    return attackIn(s, d.first) ? 'attacker' : 'other';
  }

  /**
   * «لقافلة»، «على عربة»، «تدمير عربة واحدة»، «أثناء مرور قافلة تابعة…»: a vehicle at `t` (or before its «واحدة» or
   * «تابعة») that is attacked, by its «لـ» or the word before it.
   */
  function attackedVehicle(t: number): boolean {
    let v = t;
    // «عربة واحدة للحوثيين»، «قافلة تابعة لقوة الاتحاد الإفريقي».
    if (word(v) === 'واحده' || word(v) === 'واحد' || AFFILIATION.has(word(v))) v--;
    if (v < 0) return false;
    const w = word(v).replace(/^و/u, '');
    if (w.startsWith('ل') && VEHICLES.has(w.slice(1))) return true;
    return VEHICLES.has(w) && v > 0 && VEHICLE_ATTACKED.has(word(v - 1).replace(/^و/u, ''));
  }

  /** A verb of laying an ambush among the few words before `t`, its subject between («نصب تنظيم داعش كميناً»). */
  function laidBefore(t: number, s: number): boolean {
    for (let k = t - 1; k >= 0 && k >= t - BEFORE && sentenceOf[k] === s && !stops(k); k--) if (inSetAfterConjunction(LAYING, word(k), 'وف')) return true;
    return false;
  }

  /**
   * «القوات المسلحة لحكومة الوفاق بقيادة فايز السراج»، «بيان لألوية العمالقة التابعة للجيش الوطني»، «قال آمر المنطقة،
   * التابع لعملية الكرامة، إن…»: the body or leader a linker («التابع لـ»، «بقيادة») gives another actor shares that
   * actor's role; given to a person a speech verb has just named, it speaks with him.
   */
  function affiliationRole(first: number, s: number): ActorRole | undefined {
    let k = first - 1;
    while (k >= 0 && QUOTE_OR_BRACKET.has(word(k))) k--;
    if (k >= 0 && (word(k) === 'ل' || word(k) === 'لـ')) k--;
    if (k < 0 || sentenceOf[k] !== s || !AFFILIATION.has(word(k))) return undefined;
    let adjectiveBetween = false;
    for (let t = k - 1, seen = 0; t >= 0 && seen < AFFILIATION_REACH && sentenceOf[t] === s; t--) {
      const w = word(t);
      // «قال شهود إن مسلحين تابعين لحفتر…»: what is said is no speaker's description.
      if (stops(t)) return undefined;
      if (skipped(t)) continue;
      // «لقوات فجر ليبيا الإسلامية، الموالية لحكومة الوفاق»: one definite adjective of the actor may stand between.
      if (owner[t]! >= 0) return seen === 0 || (seen === 1 && adjectiveBetween) ? roles[owner[t]!] : undefined;
      adjectiveBetween = seen === 0 && w.startsWith('ال') && cueAt(t) === undefined;
      seen++;
      const c = cueAt(t);
      if (c === 'speech') return 'source';
      if (c !== undefined) return undefined;
    }
    return undefined;
  }

  /**
   * «قتل 3 عناصر من حزب الله»، «مقتل اثنين من مقاتلي الحركة»، «5 قتلى من الجيش»: «من» after a casualty word and its
   * count — one or two words, no actor — names the victims' side. A lone unit there is the subject of an active verb
   * («قتلت قوة من الجيش مسلحين»), not a count.
   */
  function countedVictimsSide(first: number, s: number): boolean {
    if (first < 2 || word(first - 1) !== 'من') return false;
    for (let t = first - 2, between = 0; t >= 0 && between <= 2 && sentenceOf[t] === s; t--, between++) {
      if (owner[t]! >= 0 || STOP.has(word(t))) return false;
      if (CASUALTY_HEADS.has(word(t).replace(/^[وف]/u, ''))) return between !== 1 || !UNITS.has(word(first - 2));
    }
    return false;
  }

  // «أعلنت حركة الشباب مسؤوليتها»، «أعلن التنظيم في بيان مسؤوليته»، «أعلن التنظيم المسؤولية»: the responsibility the
  // speaker claims — with its pronoun, or right after it. «أعلن النظام مسؤولية المعارضة»، «حمّل X Y مسؤولية»: another
  // actor's responsibility is no claim.
  function claimFollows(last: number): boolean {
    for (let t = last + 1, seen = 0; t < tokens.length && seen < 3 && sentenceOf[t] === sentenceOf[last]; t++) {
      const w = word(t);
      if (skipped(t)) continue;
      if (owner[t]! >= 0) return false;
      const claim = CLAIMS.find((c) => w.startsWith(c));
      if (claim) return w.charAt(claim.length) === 'ت' || (seen === 0 && !(owner[t + 1]! >= 0));
      seen++;
    }
    return false;
  }

  // «تستهدف مسلحاً من حزب الله»، «استهدفت 3 عناصر من الحركة»: a verb (not a verbal noun: «قصفاً مكثفاً من الطيران
  // الروسي») and its object — one word, maybe counted, no unit — then «من» and the actor.
  function objectSide(cue: number, first: number): boolean {
    if (word(first - 1) !== 'من' || first - 2 <= cue) return false;
    // «استهدفت “عنصرًا” من حزب الله»: quotes around the object.
    let o = first - 2;
    while (o > cue + 1 && QUOTES.has(word(o))) o--;
    let q = cue + 1;
    while (q < o && QUOTES.has(word(q))) q++;
    const object = word(o);
    if (UNITS.has(object) || object === 'كل') return false;
    for (let t = q; t < o; t++) if (tokens[t]!.kind !== 'number') return false;
    const verb = word(cue).replace(/^[وف]/u, '');
    if (VERBAL_NOUNS.has(verb) || !(/^[يت]../u.test(verb) || /(ت|وا)$/u.test(verb) || PAST_VERBS.has(verb))) return false;
    return o > q || accusative(object, verb, cue);
  }

  // «عبوة ناسفة استهدفت الحشد»، «الغارة التي استهدفت …»، «الطائرات الروسية استهدفت …»: a verb of striking whose
  // subject stands right before it takes the actor after it as its object.
  // Not an actor in construct or after a preposition («وبعد انسحاب داعش هاجمت قوات …»، «وفي مناطق سيطرة النظام
  // استهدفت …»), nor a definite attack ending an adverbial («وعقب القصف استهدفت المدفعية التركية …»).
  function subjectBefore(verb: number): boolean {
    if (!STRIKING_VERBS.has(word(verb)) || verb === 0 || sentenceOf[verb - 1] !== sentenceOf[verb]) return false;
    const before = word(verb - 1);
    if (before === 'التي' || before === 'الذي' || STRIKING_SUBJECTS.has(before)) return true;
    const actor = owner[verb - 1]!;
    if (actor < 0) return false;
    const open = drafts[actor]!.first - 1;
    return open < 0 || sentenceOf[open] !== sentenceOf[verb] || tokens[open]!.kind === 'punct' || SUBJECT_OPENERS.has(word(open));
  }

  // Right after the verb, an uncounted noun is its subject («هاجم مقاتلون من الدعم السريع قرية») unless its ending
  // says object: tanween «مسلحاً»، or «ـين» once the verb has a subject — its own («يستهدفون»، «قتلوا»), a present
  // verb's subject before it, or an actor before it.
  function accusative(object: string, verb: string, cue: number): boolean {
    if (/[^ا]ا$/u.test(object)) return true;
    if (!object.endsWith('ين')) return false;
    return /^[يت]/u.test(verb) || verb.endsWith('وا') || (cue > 0 && owner[cue - 1]! >= 0);
  }

  // «استهداف روسيا والنظام مستشفيات»: after the agent (and any coordinated actors) comes a bare object noun.
  function objectFollows(last: number): boolean {
    let t = last + 1;
    while (t < tokens.length && t <= last + AFTER && owner[t]! >= 0) t++;
    // «استهداف قوات المجلس بصاروخ موجه، تجمعا لفصيل…»: an instrument («بصاروخ موجه») and a comma may come first.
    if (tokens[t]?.kind === 'word' && word(t).startsWith('ب')) {
      let k = t + 1;
      while (k < tokens.length && k <= t + INSTRUMENT_WORDS && tokens[k]!.kind === 'word') k++;
      if (k < tokens.length && (word(k) === '،' || word(k) === ',')) t = k + 1;
    }
    const next = tokens[t];
    if (!next || next.kind !== 'word') return false;
    const w = next.text;
    return !NOT_OBJECTS.has(w) && !'وفبلك'.includes(w[0]!);
  }
}

const QUOTE_OR_BRACKET = new Set(['"', '«', '(']);
const QUOTES = new Set(['"', "'", '«', '»', '“', '”', '‘', '’']);
/**
 * Linkers that give an actor its body or leader: «التابع لـ»، «الموالية لـ»، «باسم»، «بقيادة»، «بزعامة», and the
 * one that runs it («وكالة سبأ التي تديرها جماعة الحوثي»: the owner of a quoted agency speaks with it).
 */
const AFFILIATION: ReadonlySet<string> = new Set([...LINKERS, 'بقياده', 'بزعامه', 'تديرها', 'يديرها', 'تديره', 'يديره']);
/** Words of an instrument phrase («بصاروخ موجه») between an agent and the object of «استهداف». */
const INSTRUMENT_WORDS = 3;
/** How many words back from the linker a speech verb may name the person it describes. */
const AFFILIATION_REACH = 8;
