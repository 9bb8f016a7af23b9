// The export record: exactly the contract in shared/eval/README.md, plus a few extra fields.
// Fields of later stages (story, actors, events, quotes) stay empty until those stages exist.
import type { StoredDocument } from "../store/documents.js";

export interface ExportRecord {
  id: string;
  title: string | null;
  published: string | null;
  source: string | null;
  text: string;
  story: string | null;
  duplicate_of: string | null;
  actors: unknown[];
  events: unknown[];
  quotes: unknown[];
  url: string | null;
  place: string | null;
  author: string | null;
}

export function toExportRecord(doc: StoredDocument): ExportRecord {
  const m = doc.meta;
  return {
    id: doc.id,
    title: m.title,
    published: m.published,
    source: m.source,
    text: doc.text,
    story: null,
    duplicate_of: null,
    actors: [],
    events: [],
    quotes: [],
    url: m.url,
    place: m.place,
    author: m.author,
  };
}
