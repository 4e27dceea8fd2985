/**
 * The date of each event, chosen among the text's date expressions — never the publication day itself.
 * @module events/date
 */
import { firstSpanFrom, type Span } from '../document.js';
import type { DateMention } from '../dates/types.js';
import type { EventDate } from './types.js';

/** How many sentences from the start count as the lead (a headline and the opening sentence). */
const LEAD_SENTENCES = 2;

/** The sentence of an offset, given the sorted start offsets of the sentences. */
function sentenceAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const within = (d: Span, clause: Span | undefined): boolean => clause !== undefined && d.start >= clause.start && d.end <= clause.end;
const gap = (a: Span, b: Span): number => (a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0);

/** The longest span «منذ» may open for an incident: «منذ فجر السبت» is one, «منذ أكتوبر» a period. */
const SINCE_DAYS = 7;
const longSince = (d: DateMention): boolean => d.relative?.since === true && Date.parse(d.to!) - Date.parse(d.from!) > SINCE_DAYS * 86_400_000;

/** A day or a night across two days, not a longer period: what may date an incident instead of its report's day. */
const aDay = (d: DateMention): boolean => Date.parse(d.to!) - Date.parse(d.from!) <= 86_400_000;

const toEventDate = (d: DateMention): EventDate => ({ start: d.start, end: d.end, text: d.text, from: d.from!, to: d.to! });

/**
 * The date of each event, by one rule: the date expression nearest any of the event's mentions in the same clause,
 * else in the same sentence (by characters between them; the earlier on a tie: «قتل 5 مدنيين أمس في كفرنبل، وكانت
 * غارات قد قتلت 35 الشهر الماضي» dates each clause's event by its own; the clause of another event told in the
 * pluperfect lends its date to none); else the last one in the sentence before the event's first
 * mention; else the first one of the lead (the first two sentences) — not for an event told only in the pluperfect
 * («وكانت غارات روسية قد قتلت 35 مدنيا»), an earlier one than the story's. A running total («منذ بدء الحرب») is
 * dated by its own clause only, by a date nearer it than any other event's mention, and lends its date to no other;
 * an incident is not dated by a span «منذ» opens over more than a week («المحاصر منذ أكتوبر»). A day told between a
 * mention's source and the mention dates the statement («أعلن المرصد اليوم الأربعاء مقتل 5 مدنيين بقصف … أمس»): the
 * event takes another day or night told after it in its sentence — not later than the statement's day, not since a
 * day, not past another event's mention — when there is one, by the same rule. Only expressions resolved to days take
 * part, so without a publication day «أمس» dates nothing. `null` when none applies.
 *
 * @param events - the mention indices of each event
 * @param mentions - the casualty mentions
 * @param dates - the text's date mentions, in text order
 * @param sentenceStarts - the original-string offset where each sentence starts, ascending, the first 0
 * @param pluperfect - whether each mention is told in the pluperfect
 * @param clauses - the span of each mention's clause
 * @param cumulative - whether each mention is a running total
 * @param sources - the span of each mention's source, if it names one
 * @internal
 */
export function eventDates(
  events: readonly { mentions: readonly number[] }[],
  mentions: readonly Span[],
  dates: readonly DateMention[],
  sentenceStarts: readonly number[],
  pluperfect: readonly boolean[] = [],
  clauses: readonly (Span | undefined)[] = [],
  cumulative: readonly boolean[] = [],
  sources: readonly (Span | undefined)[] = [],
): (EventDate | null)[] {
  const resolved = dates.filter((d) => d.from !== null && d.to !== null);
  const bySentence = new Map<number, DateMention[]>();
  for (const d of resolved) {
    const s = sentenceAt(sentenceStarts, d.start);
    const list = bySentence.get(s);
    if (list) list.push(d);
    else bySentence.set(s, [d]);
  }
  // The dates in the clause of a mention told in the pluperfect or of a running total are its event's, no other's:
  // by date, those events.
  const eventOf: number[] = [];
  events.forEach((e, x) => e.mentions.forEach((i) => (eventOf[i] = x)));
  const heldBy = new Map<DateMention, Set<number>>();
  mentions.forEach((_, k) => {
    if (!(pluperfect[k] || cumulative[k]) || eventOf[k] === undefined) return;
    for (const d of bySentence.get(sentenceAt(sentenceStarts, mentions[k]!.start)) ?? []) {
      if (!within(d, clauses[k])) continue;
      const held = heldBy.get(d);
      if (held) held.add(eventOf[k]!);
      else heldBy.set(d, new Set([eventOf[k]!]));
    }
  });
  return events.map((e, x) => {
    const running = e.mentions.every((i) => cumulative[i]);
    // An incident is not dated by a span since long ago («في قصف على الحي المحاصر منذ أكتوبر»).
    const fits = (d: DateMention): boolean => running || !longSince(d);
    const usable = (d: DateMention): boolean => {
      const held = heldBy.get(d);
      return fits(d) && (held === undefined || (held.size === 1 && held.has(x)));
    };
    // The date of the statement that reports a mention: between its source and it, in its sentence, with no mention
    // between the source and it (past one, it is that mention's: «أعلن الدفاع المدني مقتل 3 فجر الثلاثاء، بعد مقتل 27»).
    const said = (d: DateMention): boolean =>
      e.mentions.some((i) => {
        const source = sources[i];
        if (source === undefined || source.end > d.start || d.end > mentions[i]!.start) return false;
        const next = mentions[firstSpanFrom(mentions, source.end)];
        return (next === undefined || next.start >= d.end) && sentenceAt(sentenceStarts, source.start) === sentenceAt(sentenceStarts, d.start);
      });
    const nearest = (skip: (d: DateMention) => boolean): DateMention | undefined => {
      let best: DateMention | undefined;
      for (const sameClause of running ? [true] : [true, false]) {
        let bestGap = Infinity;
        for (const i of e.mentions) {
          const m = mentions[i]!;
          const sentence = sentenceAt(sentenceStarts, m.start);
          for (const d of bySentence.get(sentence) ?? []) {
            if ((sameClause ? !within(d, clauses[i]) || !fits(d) : !usable(d)) || skip(d)) continue;
            const g = gap(d, m);
            // «استشهد 45 خلال الساعات الـ24 الماضية، ليرتفع عدد الشهداء منذ بدء الحرب إلى…»: the hours are the 45's — a
            // mention of another event next to this one in its sentence is nearer them.
            if (running && [i - 1, i + 1].some((k) => eventOf[k] !== undefined && eventOf[k] !== x && gap(d, mentions[k]!) < g && sentenceAt(sentenceStarts, mentions[k]!.start) === sentence)) continue;
            if (g < bestGap || (g === bestGap && best && d.start < best.start)) [best, bestGap] = [d, g];
          }
        }
        if (best) return best;
      }
      return undefined;
    };
    // Another event's mention told between this event's and a date after them: the date is that event's («مقتل 5 …،
    // بعد يوم من مقتل 3 آخرين في سراقب أمس»).
    const pastOther = (d: DateMention): boolean => {
      const k = firstSpanFrom(mentions, d.start) - 1;
      return k >= 0 && eventOf[k] !== undefined && eventOf[k] !== x && e.mentions.some((i) => mentions[i]!.end <= mentions[k]!.start);
    };
    let best = nearest(() => false);
    // Another day told after the statement's, in what it reports: not one after the statement's day («غداً»), not a
    // span since a day («الأعنف منذ الثلاثاء الماضي»), not another event's («بعد يوم من مقتل 3 في سراقب أمس»).
    if (best && said(best)) {
      const statement = best;
      best = nearest((d) => d.start < statement.end || said(d) || !aDay(d) || d.from! > statement.to! || d.relative?.since === true || pastOther(d)) ?? best;
    }
    if (!best && e.mentions.length && !running && !e.mentions.every((i) => pluperfect[i])) {
      const before = bySentence.get(sentenceAt(sentenceStarts, mentions[e.mentions[0]!]!.start) - 1)?.filter(usable);
      best = before?.[before.length - 1] ?? resolved.find((d) => sentenceAt(sentenceStarts, d.start) < LEAD_SENTENCES && usable(d));
    }
    return best ? toEventDate(best) : null;
  });
}
