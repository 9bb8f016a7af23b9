// Stories and merged events from the store: the reports of one real-world event counted once.
import type { DyadEvent } from "../model/document.js";
import { type MergedEvent, mergeStoryEvents, type StoryDoc } from "../stories/index.js";
import type { Db } from "./database.js";
import { queryEvents } from "./event-queries.js";

export interface MergedQuery {
  dyad?: [string, string];
  directed?: boolean;
  /** Also merge planned, negated and hypothetical events (not by default: they did not happen). */
  allModalities?: boolean;
}

/** Events grouped by story, then merged across the story's documents. */
export function mergedEvents(db: Db, q: MergedQuery = {}): MergedEvent[] {
  const events = queryEvents(db, { dyad: q.dyad, directed: q.directed }).filter(
    (e) => q.allModalities || e.modality === "asserted",
  );
  const storyOf = db.prepare<[string], { story: string | null }>("SELECT story FROM documents WHERE id = ?");
  const byStory = new Map<string, Map<string, StoryDoc>>();
  for (const e of events) {
    const story = storyOf.get(e.docId)?.story ?? `s-${e.docId}`;
    const docs = byStory.get(story) ?? new Map<string, StoryDoc>();
    byStory.set(story, docs);
    const doc = docs.get(e.docId) ?? {
      id: e.docId,
      source: e.source_outlet,
      published: e.published,
      url: e.url,
      events: [] as DyadEvent[],
    };
    docs.set(e.docId, doc);
    doc.events.push(e);
  }
  const out: MergedEvent[] = [];
  for (const [story, docs] of [...byStory].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    out.push(...mergeStoryEvents([...docs.values()], story));
  }
  return out;
}

export interface StorySummary {
  story: string;
  documents: {
    id: string;
    title: string | null;
    source: string | null;
    published: string | null;
    duplicateOf: string | null;
  }[];
  outlets: number;
  first: string | null;
  events: MergedEvent[];
}

/** Stories with their documents and merged events; with a dyad, only stories with an event of that pair. */
export function listStories(db: Db, q: MergedQuery = {}): StorySummary[] {
  const merged = mergedEvents(db, q);
  const eventsOf = new Map<string, MergedEvent[]>();
  for (const m of merged) {
    const key = m.story ?? "";
    eventsOf.set(key, [...(eventsOf.get(key) ?? []), m]);
  }
  const rows = db
    .prepare<
      [],
      {
        story: string;
        id: string;
        title: string | null;
        source: string | null;
        published: string | null;
        duplicate_of: string | null;
      }
    >(
      "SELECT story, id, title, source, published, duplicate_of FROM documents WHERE story IS NOT NULL ORDER BY published, id",
    )
    .all();
  const stories = new Map<string, StorySummary>();
  for (const r of rows) {
    if (q.dyad && !eventsOf.has(r.story)) continue;
    const s = stories.get(r.story) ?? {
      story: r.story,
      documents: [],
      outlets: 0,
      first: null,
      events: eventsOf.get(r.story) ?? [],
    };
    stories.set(r.story, s);
    s.documents.push({
      id: r.id,
      title: r.title,
      source: r.source,
      published: r.published,
      duplicateOf: r.duplicate_of,
    });
  }
  for (const s of stories.values()) {
    s.outlets = new Set(s.documents.map((d) => (d.source ?? d.id).toLowerCase())).size;
    s.first = s.documents[0]?.published ?? null;
  }
  return [...stories.values()].sort(
    (a, b) => b.documents.length - a.documents.length || (a.first ?? "").localeCompare(b.first ?? ""),
  );
}
