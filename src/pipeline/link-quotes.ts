// A quote supports an event when its words are in one of the event's evidence sentences and the
// speaker is on the event's source side (the one who said, urged, warned…).
import type { DyadEvent, Quote } from "../model/document.js";

export function linkQuotesToEvents(quotes: Quote[], events: DyadEvent[]): Quote[] {
  return quotes.map((q) => {
    const supported = events
      .filter(
        (e) =>
          e.mentions.some((m) => q.span.start < m.sentence.end && m.sentence.start < q.span.end) &&
          (q.speaker === null ||
            e.source.actor === q.speaker ||
            (e.source.name === null && e.source.country === q.speakerCountry)),
      )
      .map((e) => e.id);
    return supported.length ? { ...q, events: supported } : q;
  });
}
