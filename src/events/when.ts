// When and how sure. The date is the date expression of the trigger's clause (resolved with the
// tense at the date itself: "on Monday announced it would take…" is last Monday), else a date
// fronted at the sentence start ("On Feb 18, 2025, X arrived"), else the publication date,
// marked inferred. Modality comes from the cue words around the trigger.
import {
  clauseTense,
  type DateMention,
  findDates,
  matchDates,
  resolveDates,
  type Tense,
} from "../language/dates.js";
import type { Modality, Span } from "../model/document.js";
import { type EvCtx, sentenceWindow } from "./context.js";
import { modalityOf } from "./modality.js";

export interface When {
  date: string | null;
  dateInferred: boolean;
  dateText: string | null;
}

// Clause edges between a date and the trigger; "since May" dates a start, not the event.
const CLAUSE_EDGE = /[,;:()"“”]|\b(and|but|while|which|who|when|since|after|before|as|that|because)\b/i;
const SINCE = /\b(since|until|till)\s*$/i;

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
    resolved = resolveDates(found.matches, doc.text, sentence.start, sentence.end, doc.meta.published, tense);
    found.byTense[tense] = resolved;
  }
  return resolved;
}

export function eventDate(ctx: EvCtx, sentence: Span, trigger: Span): When {
  const doc = ctx.doc;
  const published = doc.meta.published;
  const text = doc.text;
  // Most sentences have no date at all: look before paying for the tense.
  if (datesOf(ctx, sentence, "past").length === 0)
    return { date: published, dateInferred: true, dateText: null };
  const window = sentenceWindow(ctx, sentence);
  const tenseAt = (offset: number): Tense =>
    clauseTense(text, doc.tokens, sentence.start, sentence.end, offset, window);
  const tenseAtTrigger = tenseAt(trigger.start);
  const dates = datesOf(ctx, sentence, tenseAtTrigger);
  let best: (typeof dates)[number] | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const d of dates) {
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
  if (!best) return { date: published, dateInferred: true, dateText: null };
  // The tense that resolves a date is the one of the verb next to it.
  const own = tenseAt(best.start);
  if (own !== tenseAtTrigger) best = findDates(text, best.start, best.end, published, own)[0] ?? best;
  // A bare year is too coarse for the contract: keep the publication date when it agrees.
  if (best.grain === "year") {
    const same = published?.startsWith(best.value);
    return { date: same ? published : null, dateInferred: true, dateText: best.text };
  }
  return { date: best.value, dateInferred: false, dateText: best.text };
}

export function eventModality(ctx: EvCtx, sentence: Span, trigger: Span): Modality {
  return modalityOf(ctx.doc.text, ctx.doc.tokens, sentence, trigger, sentenceWindow(ctx, sentence));
}
