// One event per occurrence: mentions of the same meeting across sentences become one event with
// several mentions. Same root, same sides (either order for symmetric roots), compatible dates.
import type { DyadEvent, Participant } from "../model/document.js";
import { participantKey } from "./participants.js";

// Consultations and agreements have no direction: "A met B" is "B met A".
const SYMMETRIC_ROOTS = new Set(["04", "03", "05", "06", "19"]);

const dateFits = (a: DyadEvent, b: DyadEvent): boolean =>
  a.dateInferred || b.dateInferred || a.date === b.date;

/** Same side: same country, and the same person when both name one ("Wang" met twice is one side). */
function fits(a: Participant | null, b: Participant | null): boolean {
  if (!a || !b) return a === b;
  if (participantKey(a) !== participantKey(b)) return false;
  return a.name === null || b.name === null || a.name === b.name;
}

function sameSides(a: DyadEvent, b: DyadEvent, symmetric: boolean): boolean {
  return (
    (fits(a.source, b.source) && fits(a.target, b.target)) ||
    (symmetric && fits(a.source, b.target) && fits(a.target, b.source))
  );
}

/** A person beats their country: keep the most specific participant. */
const better = (a: Participant, b: Participant | null): Participant =>
  b && a.name === null && b.name !== null && participantKey(a) === participantKey(b) ? b : a;

/** Events that may merge share their root, modality and sides' keys (merging keeps all three). */
const bucketKey = (root: string, e: DyadEvent, source: Participant | null, target: Participant | null) =>
  `${root}|${e.modality}|${source ? participantKey(source) : ""}|${target ? participantKey(target) : ""}`;

export function mergeEvents(events: DyadEvent[]): DyadEvent[] {
  const out: DyadEvent[] = [];
  // Kept events by bucket, in order: a long document has thousands, and each new one was compared
  // with every kept one. A bucket holds only events that could not merge with one another.
  const buckets = new Map<string, DyadEvent[]>();
  const order = new Map<DyadEvent, number>();
  for (const e of events) {
    const root = e.code.slice(0, 2);
    const symmetric = SYMMETRIC_ROOTS.has(root);
    const fitting = (o: DyadEvent) => sameSides(o, e, symmetric) && dateFits(o, e);
    const key = bucketKey(root, e, e.source, e.target);
    let same = buckets.get(key)?.find(fitting);
    if (symmetric) {
      const flipped = buckets.get(bucketKey(root, e, e.target, e.source))?.find(fitting);
      if (flipped && (!same || (order.get(flipped) as number) < (order.get(same) as number))) same = flipped;
    }
    if (!same) {
      order.set(e, out.length);
      out.push(e);
      const list = buckets.get(key);
      if (list) list.push(e);
      else buckets.set(key, [e]);
      continue;
    }
    const flipped = participantKey(same.source) !== participantKey(e.source);
    same.source = better(same.source, flipped ? e.target : e.source);
    if (same.target) same.target = better(same.target, flipped ? e.source : e.target);
    if (same.dateInferred && !e.dateInferred) {
      same.date = e.date;
      same.dateInferred = false;
      same.dateText = e.dateText;
    }
    // The finer code wins ("042" over "04").
    if (
      e.code.length > same.code.length ||
      (same.code.endsWith("0") && !e.code.endsWith("0") && e.code.length === same.code.length)
    ) {
      same.code = e.code;
      same.goldstein = e.goldstein;
      same.quadClass = e.quadClass;
      same.plover = e.plover;
    }
    same.location ??= e.location;
    for (const o of e.others)
      if (!same.others.some((x) => participantKey(x) === participantKey(o))) same.others.push(o);
    same.mentions.push(...e.mentions);
  }
  // Every event here was made by this stage for this document: numbered in place, not copied.
  out.forEach((e, i) => {
    e.id = `e${i + 1}`;
  });
  return out;
}
