// When and how sure: the event's date from the date expression nearest the trigger in its sentence
// (resolved with the clause's tense), else the publication date marked inferred.
import { clauseTense, findDates } from "../language/dates.js";
import type { ActorDocument, Modality, Span } from "../model/document.js";

export interface When {
  date: string | null;
  dateInferred: boolean;
  dateText: string | null;
}

export function eventDate(doc: ActorDocument, sentence: Span, trigger: Span): When {
  const published = doc.meta.published;
  const tense = clauseTense(doc.text, doc.tokens, sentence.start, sentence.end, trigger.start);
  const dates = findDates(doc.text, sentence.start, sentence.end, published, tense);
  let best: (typeof dates)[number] | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const d of dates) {
    const distance = d.start >= trigger.end ? d.start - trigger.end : trigger.start - d.end;
    if (distance < bestDistance) {
      best = d;
      bestDistance = distance;
    }
  }
  if (!best) return { date: published, dateInferred: true, dateText: null };
  // A bare year is too coarse for the contract: keep the publication date when it agrees.
  if (best.grain === "year") {
    const same = published?.startsWith(best.value);
    return { date: same ? published : null, dateInferred: true, dateText: best.text };
  }
  return { date: best.value, dateInferred: false, dateText: best.text };
}

export function eventModality(_doc: ActorDocument, _sentence: Span, _trigger: Span): Modality {
  return "asserted";
}
