// mergeStoryEvents: the same real-world event reported by several documents of a story becomes one
// merged event with all its mentions. Disagreements (two dates, two places, two codes) are kept as
// lists, most reported first, never averaged: users see where reports differ.
import type { DyadEvent } from "../model/document.js";
import { dayNumber, placeKey } from "./signature.js";
import type { MergedEvent, MergedMention } from "./types.js";

export interface StoryDoc {
  id: string;
  source: string | null;
  published: string | null;
  url: string | null;
  events: DyadEvent[];
}

/** Explicit days further apart than this are different occurrences (a July and a November meeting). */
const SAME_DAYS = 2;
const SYMMETRIC = new Set(["04"]);

interface Cluster {
  key: string;
  days: number[];
  docs: Set<string>;
  items: { doc: StoryDoc; event: DyadEvent }[];
}

const byPublication = (x: StoryDoc, y: StoryDoc): number =>
  (x.published ?? "9999") < (y.published ?? "9999")
    ? -1
    : (x.published ?? "9999") > (y.published ?? "9999")
      ? 1
      : x.id < y.id
        ? -1
        : x.id > y.id
          ? 1
          : 0;

/** What must agree: root and the two sides (in either order for a meeting). */
function eventKey(e: DyadEvent): string {
  const root = e.code.slice(0, 2);
  const s = e.source.country ?? e.source.name ?? "?";
  const t = e.target?.country ?? e.target?.name ?? "?";
  return SYMMETRIC.has(root) && t < s ? `${root}|${t}|${s}` : `${root}|${s}|${t}`;
}

const explicitDay = (e: DyadEvent): number | null => (e.dateInferred ? null : dayNumber(e.date));

/** Distinct values, most frequent first, ties in first-seen order. */
function ranked<T>(values: T[]): T[] {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.keys()].sort((a, b) => (counts.get(b) as number) - (counts.get(a) as number));
}

export function mergeStoryEvents(docs: StoryDoc[], story: string | null = null): MergedEvent[] {
  const clusters: Cluster[] = [];
  for (const doc of [...docs].sort(byPublication)) {
    for (const event of doc.events) {
      const key = eventKey(event);
      const day = explicitDay(event);
      const home = clusters.find(
        (c) =>
          c.key === key &&
          !c.docs.has(doc.id) &&
          (day === null || c.days.every((d) => Math.abs(d - day) <= SAME_DAYS)),
      );
      const c = home ?? { key, days: [], docs: new Set<string>(), items: [] };
      if (!home) clusters.push(c);
      if (day !== null) c.days.push(day);
      c.docs.add(doc.id);
      c.items.push({ doc, event });
    }
  }
  return clusters.map((c, i) => toMerged(c, `${story ?? docs[0]?.id ?? "doc"}#${i + 1}`, story));
}

function toMerged(c: Cluster, id: string, story: string | null): MergedEvent {
  const mentions: MergedMention[] = c.items.map(({ doc, event }) => ({
    doc: doc.id,
    event: event.id,
    source: doc.source,
    published: doc.published,
    url: doc.url,
  }));
  const codes = ranked(c.items.map((x) => x.event.code));
  const lead = c.items.find((x) => x.event.code === codes[0]) ?? (c.items[0] as Cluster["items"][number]);
  const first = c.items[0] as Cluster["items"][number];
  const side = (p: DyadEvent["source"] | null) => (p ? { name: p.name, country: p.country } : null);
  const places = new Map<string, string>();
  for (const x of c.items) {
    const k = placeKey(x.event.location);
    if (k && !places.has(k)) places.set(k, x.event.location as string);
  }
  return {
    id,
    story,
    code: lead.event.code,
    root: lead.event.code.slice(0, 2),
    quadClass: lead.event.quadClass,
    goldstein: lead.event.goldstein,
    source: side(first.event.source) as MergedEvent["source"],
    target: side(first.event.target),
    codes,
    dates: ranked(c.items.map((x) => x.event.date).filter((d): d is string => !!d)),
    locations: ranked(c.items.map((x) => placeKey(x.event.location)).filter((k): k is string => !!k)).map(
      (k) => places.get(k) as string,
    ),
    modalities: ranked(c.items.map((x) => x.event.modality)),
    mentions,
    documents: c.docs.size,
    outlets: new Set(c.items.map((x) => (x.doc.source ?? x.doc.id).toLowerCase())).size,
    first: mentions[0] as MergedMention,
    evidence: c.items.map((x) => ({ doc: x.doc.id, event: x.event })),
  };
}
