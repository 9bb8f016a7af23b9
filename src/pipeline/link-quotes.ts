// A quote supports an event when its words are in one of the event's evidence sentences and the
// speaker is on the event's source side (the one who said, urged, warned…).
import type { DyadEvent, Quote } from "../model/document.js";

/** One evidence sentence of an event; `reach` is the furthest end of this and every earlier span. */
type Span = { start: number; end: number; event: number; reach: number };

export function linkQuotesToEvents(quotes: Quote[], events: DyadEvent[]): Quote[] {
  // Evidence sentences by start: a quote reads only those it overlaps, not every event of a long
  // document (quotes × events was quadratic).
  const spans: Span[] = [];
  events.forEach((e, event) => {
    for (const m of e.mentions) spans.push({ start: m.sentence.start, end: m.sentence.end, event, reach: 0 });
  });
  spans.sort((a, b) => a.start - b.start);
  let reach = -1;
  for (const s of spans) {
    reach = Math.max(reach, s.end);
    s.reach = reach;
  }
  return quotes.map((q) => {
    const found = new Set<number>();
    // Spans starting before the quote ends, back to the last one that may still reach into it.
    for (
      let k = startingBefore(spans, q.span.end) - 1;
      k >= 0 && (spans[k] as Span).reach > q.span.start;
      k--
    ) {
      const s = spans[k] as Span;
      if (q.span.start < s.end) found.add(s.event);
    }
    const supported = [...found]
      .sort((a, b) => a - b)
      .map((i) => events[i] as DyadEvent)
      .filter(
        (e) =>
          q.speaker === null ||
          e.source.actor === q.speaker ||
          (e.source.name === null && e.source.country === q.speakerCountry),
      )
      .map((e) => e.id);
    return supported.length ? { ...q, events: supported } : q;
  });
}

/** How many spans (sorted by start) start before `at`. */
function startingBefore(spans: Span[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((spans[mid] as Span).start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
