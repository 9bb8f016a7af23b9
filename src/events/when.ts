// When and how sure. The date is the date expression of the trigger's clause (resolved with the
// tense at the date itself: "on Monday announced it would take…" is last Monday), else a date
// fronted at the sentence start ("On Feb 18, 2025, X arrived"). Without one, a background clause
// ("when Rabat recalled its envoy", "two days after they signed", "had met") takes the date its
// cue gives or none; any other event the day of the article's lead event ("Officials announced on
// Friday…" in a report published Saturday), marked inferred. Dates are read against the
// dateline's day when it names one ("BEIJING, Sept. 17 (Xinhua) --"), else the publication date.
// Modality comes from the cue words around the trigger.
import { backgroundCue } from "../language/dates/background.js";
import { dayNumber, formatDayNumber, parseReference } from "../language/dates/calendar.js";
import { datelineDay } from "../language/dates/dateline.js";
import { tokenIndexAt } from "../language/dates/phrases.js";
import {
  clauseTense,
  type DateMention,
  findDates,
  matchDates,
  resolveDates,
  type Tense,
} from "../language/dates.js";
import type { ActorDocument, Modality, Span } from "../model/document.js";
import { type EvCtx, sentenceWindow } from "./context.js";
import { modalityOf } from "./modality.js";
import { referenceFromHolders } from "./undated-year.js";

export interface When {
  date: string | null;
  dateInferred: boolean;
  dateText: string | null;
}

// Clause edges between a date and the trigger; "since May" dates a start, not the event.
const CLAUSE_EDGE = /[,;:()"“”]|\b(and|but|while|which|who|when|since|after|before|as|that|because)\b/i;
// A clause of its own after a background clause: its dates are not the background's.
const NEXT_CLAUSE = /;|,\s*(?:and|but|while|whereas|then)\b|\b(?:but|while|whereas)\b/i;
const SINCE = /\b(since|until|till)\s*$/i;
// The lead event is told in the first sentences; a date further down is some other event.
const LEAD_SENTENCES = 6;
// The lead event's day lies at most this many days before the reference (a weekly's lag).
const LEAD_MAX_DAYS = 10;

// A date further than this from the trigger (in characters) is not in its clause.
const MAX_GAP = 250;

/**
 * The dates starting in [from, to), and one fronted at the sentence start: a window found by
 * binary search, so each event costs the same however long its sentence (dates are in order).
 */
function near(dates: DateMention[], from: number, to: number, sentenceStart: number): DateMention[] {
  let a = 0;
  let b = dates.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if ((dates[mid] as DateMention).start < from) a = mid + 1;
    else b = mid;
  }
  let end = a;
  while (end < dates.length && (dates[end] as DateMention).start < to) end++;
  const out = dates.slice(a, end);
  const first = dates[0];
  if (a > 0 && first && first.start - sentenceStart < 4) out.unshift(first);
  return out;
}

/** Per document: the day relative dates are read against, and the lead event's day. */
interface DocDates {
  reference: string | null;
  lead: string | null | undefined;
}
const byDoc = new WeakMap<ActorDocument, DocDates>();

function docDates(ctx: EvCtx): DocDates {
  let d = byDoc.get(ctx.doc);
  if (!d) {
    d = { reference: referenceOf(ctx.doc), lead: undefined };
    byDoc.set(ctx.doc, d);
  }
  return d;
}

/** The dateline's day (from the cleaner's metadata when it gives one), else the publication date,
 * else (an undated document) a weekday and day of the lead placed in a year by its office holders. */
function referenceOf(doc: ActorDocument): string | null {
  const published = doc.meta.published;
  const given = doc.meta.datelineDate;
  const lines: string[] = [];
  if (typeof given === "string" && /^\d{4}-\d{2}-\d{2}$/.test(given)) {
    const lag = published ? dayOf(published) - dayOf(given) : 0;
    return lag >= 0 && lag <= LEAD_MAX_DAYS ? given : published;
  }
  for (const r of doc.removed) if (r.reason === "dateline") lines.push(r.text);
  // A caption or teaser may come before the dateline's paragraph.
  let at = 0;
  for (let k = 0; k < 3 && at < doc.text.length; k++) {
    const end = doc.text.indexOf("\n\n", at);
    lines.push(doc.text.slice(at, at + 120));
    if (end < 0) break;
    at = end + 2;
  }
  return datelineDay(lines, published) ?? published ?? referenceFromHolders(doc);
}

const dayOf = (iso: string): number => {
  const r = parseReference(iso);
  return r ? dayNumber(r.y, r.m, r.d) : Number.NaN;
};

/**
 * The day of the first dated event of the lead, if it lies just before the reference. Without a
 * reference, a full date of the lead (with its year) in a main clause that is not about the future.
 */
function leadDay(ctx: EvCtx, reference: string | null): string | null {
  const doc = ctx.doc;
  const ref = reference ? dayOf(reference) : Number.NaN;
  const n = Math.min(LEAD_SENTENCES, doc.sentences.length);
  for (let s = 0; s < n; s++) {
    const sentence = doc.sentences[s] as Span;
    const matches = matchDates(doc.text, sentence.start, sentence.end);
    if (matches.length === 0) continue;
    const found = resolveDates(
      matches,
      doc.text,
      sentence.start,
      sentence.end,
      reference,
      "past",
      doc.tokens,
    );
    for (const d of found) {
      if (d.grain !== "day" || SINCE.test(doc.text.slice(Math.max(sentence.start, d.start - 12), d.start)))
        continue;
      if (reference) {
        const lag = ref - dayOf(d.value);
        if (lag >= 0 && lag <= LEAD_MAX_DAYS) return d.value;
      } else if (mainClauseNotFuture(ctx, sentence, d)) return d.value;
    }
  }
  return null;
}

function mainClauseNotFuture(ctx: EvCtx, sentence: Span, d: DateMention): boolean {
  const window = sentenceWindow(ctx, sentence);
  const tense = clauseTense(ctx.doc.text, ctx.doc.tokens, sentence.start, sentence.end, d.start, window);
  const at = tokenIndexAt(ctx.doc.tokens, d.start) - window.first;
  return tense !== "future" && backgroundCue(window, at) === null;
}

// Several events often share a sentence: its dates are found once, and resolved once per tense.
function datesOf(ctx: EvCtx, sentence: Span, tense: Tense): DateMention[] {
  const doc = ctx.doc;
  let found = ctx.dates.get(sentence);
  if (!found) {
    found = { matches: matchDates(doc.text, sentence.start, sentence.end), byTense: {} };
    ctx.dates.set(sentence, found);
  }
  let resolved = found.byTense[tense];
  if (!resolved) {
    const reference = docDates(ctx).reference;
    resolved = resolveDates(found.matches, doc.text, sentence.start, sentence.end, reference, tense);
    found.byTense[tense] = resolved;
  }
  return resolved;
}

export function eventDate(ctx: EvCtx, sentence: Span, trigger: Span): When {
  const doc = ctx.doc;
  const text = doc.text;
  const dd = docDates(ctx);
  const reference = dd.reference;
  const window = sentenceWindow(ctx, sentence);
  const tenseAt = (offset: number): Tense =>
    clauseTense(text, doc.tokens, sentence.start, sentence.end, offset, window);
  const hasDates = datesOf(ctx, sentence, "past").length > 0;
  const tenseAtTrigger = hasDates ? tenseAt(trigger.start) : undefined;
  const dates = hasDates ? datesOf(ctx, sentence, tenseAtTrigger as Tense) : [];
  let best: DateMention | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const d of near(dates, trigger.start - MAX_GAP, trigger.end + MAX_GAP, sentence.start)) {
    if (SINCE.test(text.slice(Math.max(sentence.start, d.start - 12), d.start))) continue;
    const between =
      d.start >= trigger.end ? text.slice(trigger.end, d.start) : text.slice(d.end, trigger.start);
    const fronted = d.start - sentence.start < 4 && /^\s*,/.test(text.slice(d.end, d.end + 2));
    if (CLAUSE_EDGE.test(between.replace(/^(on|in)\b/i, "")) && !fronted) continue;
    const distance = between.length + (fronted ? 200 : 0);
    if (distance < bestDistance) {
      best = d;
      bestDistance = distance;
    }
  }
  if (!best) return undated(ctx, sentence, trigger, dates);
  // The tense that resolves a date is the one of the verb next to it.
  const own = tenseAt(best.start);
  if (own !== tenseAtTrigger) best = findDates(text, best.start, best.end, reference, own)[0] ?? best;
  return fromMention(best, fallbackDay(ctx, sentence, trigger));
}

/** A date mention as the event's date; a bare year is too coarse: the fallback day when it agrees. */
function fromMention(d: DateMention, fallback: string | null): When {
  if (d.grain !== "day" && d.grain !== "month") {
    const same = fallback?.startsWith(d.value);
    return { date: same ? fallback : null, dateInferred: true, dateText: d.text };
  }
  return { date: d.value, dateInferred: false, dateText: d.text };
}

/** The day of an event with no date of its own in a main clause: the lead's, unless it is to come. */
function fallbackDay(ctx: EvCtx, sentence: Span, trigger: Span): string | null {
  const dd = docDates(ctx);
  if (dd.lead === undefined) dd.lead = leadDay(ctx, dd.reference);
  if (dd.lead === null || dd.lead === dd.reference) return dd.reference;
  // An event to come keeps the reference (none without one).
  const tense = clauseTense(
    ctx.doc.text,
    ctx.doc.tokens,
    sentence.start,
    sentence.end,
    trigger.start,
    sentenceWindow(ctx, sentence),
  );
  return tense === "future" ? dd.reference : dd.lead;
}

/** No date next to the trigger: what its clause's cue gives, or the fallback day. */
function undated(ctx: EvCtx, sentence: Span, trigger: Span, dates: DateMention[]): When {
  const window = sentenceWindow(ctx, sentence);
  const at = tokenIndexAt(ctx.doc.tokens, trigger.start) - window.first;
  const cue = backgroundCue(window, at);
  if (!cue) return { date: fallbackDay(ctx, sentence, trigger), dateInferred: true, dateText: null };
  const cueStart = (ctx.doc.tokens[window.first + cue.index] as Span).start;
  const text = ctx.doc.text;
  const usable = (d: DateMention): boolean =>
    !SINCE.test(text.slice(Math.max(sentence.start, d.start - 12), d.start));
  // The clause's own date: after the cue, nearest the trigger.
  let own: DateMention | undefined;
  const around = near(dates, cueStart - MAX_GAP, trigger.end + MAX_GAP, sentence.start);
  for (const d of around)
    if (
      d.start >= cueStart &&
      usable(d) &&
      !(d.start > trigger.end && NEXT_CLAUSE.test(text.slice(trigger.end, d.start))) &&
      (!own || Math.abs(d.start - trigger.start) < Math.abs(own.start - trigger.start))
    )
      own = d;
  if (own) return fromMention(own, null);
  if (cue.kind === "own" || cue.kind === "previous")
    return { date: null, dateInferred: true, dateText: null };
  // "same" and "relative" hang on the clause before the cue: its date, else the fallback day.
  let main: DateMention | undefined;
  for (const d of around) if (d.end <= cueStart && usable(d)) main = d;
  if (cue.offsetDays === undefined) {
    if (main) return { ...fromMention(main, null), dateInferred: true };
    return { date: fallbackDay(ctx, sentence, trigger), dateInferred: true, dateText: null };
  }
  const base = main ? (main.grain === "day" ? main.value : null) : fallbackDay(ctx, sentence, trigger);
  if (base === null) return { date: null, dateInferred: true, dateText: null };
  const cueEnd = (ctx.doc.tokens[window.first + cue.index + 2] as Span).end;
  return {
    date: formatDayNumber(dayOf(base) + cue.offsetDays),
    dateInferred: false,
    dateText: text.slice(cueStart, cueEnd),
  };
}

export function eventModality(ctx: EvCtx, sentence: Span, trigger: Span): Modality {
  return modalityOf(ctx.doc.text, ctx.doc.tokens, sentence, trigger, sentenceWindow(ctx, sentence));
}
