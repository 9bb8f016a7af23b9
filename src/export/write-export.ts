// Streams the store to a writable: documents as JSONL (the contract) or CSV, merged events as a GDELT-style
// table, the actor network as GraphML.
import { once } from "node:events";
import type { Writable } from "node:stream";
import { stringify } from "csv-stringify/sync";
import { ActorCorrections } from "../actors/corrections.js";
import { countryName } from "../actors/knowledge/index.js";
import type { DocumentStore } from "../store/documents.js";
import { queryEvents } from "../store/event-queries.js";
import { mergedEvents } from "../store/story-queries.js";
import { safeCell } from "./cells.js";
import { gdeltRow } from "./gdelt.js";
import { actorGraphml } from "./graphml.js";
import { type ExportRecord, toExportRecord } from "./record.js";

export const exportFormats = ["jsonl", "csv", "gdelt", "graphml"] as const;
export type ExportFormat = (typeof exportFormats)[number];

const csvColumns: (keyof ExportRecord)[] = [
  "id",
  "title",
  "published",
  "source",
  "url",
  "place",
  "author",
  "text",
];

/**
 * The filters of `dyad events`, for every format: gdelt and graphml keep the merged events one of whose
 * reports matches; jsonl and csv keep the documents holding a matching event, each record whole.
 */
export interface ExportOptions {
  dyad?: [string, string];
  directed?: boolean;
  actor?: string;
  since?: string;
  until?: string;
}

export async function writeExport(
  store: DocumentStore,
  format: ExportFormat,
  out: Writable,
  options: ExportOptions = {},
): Promise<number> {
  const keep = matchingEvents(store, options);
  if (format === "gdelt" || format === "graphml") {
    const merged = mergedEvents(store.db, { dyad: options.dyad, directed: options.directed }).filter(
      (m) => !keep || m.evidence.some((x) => keep.events.has(`${x.doc}#${x.event.id}`)),
    );
    if (format === "graphml") {
      await write(out, actorGraphml(merged));
      return merged.length;
    }
    for (const [i, m] of merged.entries()) await write(out, `${gdeltRow(m, i + 1, countryName)}\n`);
    return merged.length;
  }
  let n = 0;
  if (format === "csv") await write(out, stringify([csvColumns]));
  const corrections = ActorCorrections.load();
  for (const doc of store.all()) {
    if (keep && !keep.documents.has(doc.id)) continue;
    const layers = {
      actors: store.actors.actors(doc.id),
      events: store.events.events(doc.id),
      quotes: store.events.quotes(doc.id),
    };
    const record = toExportRecord(doc, layers, corrections);
    const line =
      format === "jsonl"
        ? `${JSON.stringify(record)}\n`
        : stringify([csvColumns.map((c) => safeCell(record[c] as string | null))]);
    await write(out, line);
    n++;
  }
  return n;
}

/** Keys ("doc#e1") and documents of the events the filters select; null when nothing is filtered. */
function matchingEvents(
  store: DocumentStore,
  o: ExportOptions,
): { events: Set<string>; documents: Set<string> } | null {
  if (!o.dyad && !o.actor && !o.since && !o.until) return null;
  const events = queryEvents(store.db, {
    dyad: o.dyad,
    directed: o.directed,
    actor: o.actor,
    since: o.since,
    until: o.until,
  });
  return { events: new Set(events.map((e) => e.key)), documents: new Set(events.map((e) => e.docId)) };
}

/** Respects backpressure so exporting a large store keeps memory flat. */
async function write(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, "drain");
}
