// When and how sure. The date is the date expression of the trigger's clause (resolved with the
// tense at the date itself: "on Monday announced it would take…" is last Monday), else a date
// fronted at the sentence start ("On Feb 18, 2025, X arrived"), else the publication date,
// marked inferred. Modality comes from the cue words around the trigger.
import { clauseTense, findDates, type Tense } from "../language/dates.js";
import type { ActorDocument, Modality, Span } from "../model/document.js";
import { modalityOf } from "./modality.js";

export interface When {
  date: string | null;
  dateInferred: boolean;
  dateText: string | null;
}

// Clause edges between a date and the trigger; "since May" dates a start, not the event.
const CLAUSE_EDGE = /[,;:()"“”]|\b(and|but|while|which|who|when|since|after|before|as|that|because)\b/i;
const SINCE = /\b(since|until|till)\s*$/i;

// Several events often share a sentence: its dates are found once per tense.
const sentenceDates = new WeakMap<ActorDocument, Map<string, ReturnType<typeof findDates>>>();

function datesOf(doc: ActorDocument, sentence: Span, tense: Tense): ReturnType<typeof findDates> {
  let cache = sentenceDates.get(doc);
  if (!cache) {
    cache = new Map();
    sentenceDates.set(doc, cache);
  }
  const key = `${sentence.start}:${sentence.end}:${tense}`;
  let found = cache.get(key);
  if (!found) {
    found = findDates(doc.text, sentence.start, sentence.end, doc.meta.published, tense);
    cache.set(key, found);
  }
  return found;
}

export function eventDate(doc: ActorDocument, sentence: Span, trigger: Span): When {
  const published = doc.meta.published;
  const text = doc.text;
  // Most sentences have no date at all: look before paying for the tense.
  if (datesOf(doc, sentence, "past").length === 0)
    return { date: published, dateInferred: true, dateText: null };
  const tenseAtTrigger = clauseTense(text, doc.tokens, sentence.start, sentence.end, trigger.start);
  const dates = datesOf(doc, sentence, tenseAtTrigger);
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
  const own = clauseTense(text, doc.tokens, sentence.start, sentence.end, best.start);
  if (own !== tenseAtTrigger) best = findDates(text, best.start, best.end, published, own)[0] ?? best;
  // A bare year is too coarse for the contract: keep the publication date when it agrees.
  if (best.grain === "year") {
    const same = published?.startsWith(best.value);
    return { date: same ? published : null, dateInferred: true, dateText: best.text };
  }
  return { date: best.value, dateInferred: false, dateText: best.text };
}

export function eventModality(doc: ActorDocument, sentence: Span, trigger: Span): Modality {
  return modalityOf(doc.text, doc.tokens, sentence, trigger);
}
