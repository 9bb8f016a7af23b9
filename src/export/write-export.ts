// Streams every stored document to a writable as JSONL or CSV.
import { once } from "node:events";
import type { Writable } from "node:stream";
import { stringify } from "csv-stringify/sync";
import { ActorCorrections } from "../actors/corrections.js";
import type { DocumentStore } from "../store/documents.js";
import { type ExportRecord, toExportRecord } from "./record.js";

export const exportFormats = ["jsonl", "csv"] as const;
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

export async function writeExport(
  store: DocumentStore,
  format: ExportFormat,
  out: Writable,
): Promise<number> {
  let n = 0;
  if (format === "csv") await write(out, stringify([csvColumns]));
  const corrections = ActorCorrections.load();
  for (const doc of store.all()) {
    const layers = {
      actors: store.actors.actors(doc.id),
      events: store.events.events(doc.id),
      quotes: store.events.quotes(doc.id),
    };
    const record = toExportRecord(doc, layers, corrections);
    const line =
      format === "jsonl"
        ? `${JSON.stringify(record)}\n`
        : stringify([csvColumns.map((c) => record[c] as string | null)]);
    await write(out, line);
    n++;
  }
  return n;
}

/** Respects backpressure so exporting a large store keeps memory flat. */
async function write(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, "drain");
}
