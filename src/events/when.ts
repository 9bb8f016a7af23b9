// When and how sure: the event's date and modality. Dates default to the publication date
// (marked inferred) until the sentence fixes one.
import type { ActorDocument, Modality, Span } from "../model/document.js";

export interface When {
  date: string | null;
  dateInferred: boolean;
  dateText: string | null;
}

export function eventDate(doc: ActorDocument, _sentence: Span, _trigger: Span): When {
  return { date: doc.meta.published, dateInferred: true, dateText: null };
}

export function eventModality(_doc: ActorDocument, _sentence: Span, _trigger: Span): Modality {
  return "asserted";
}
