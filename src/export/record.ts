// The export record: exactly the contract in shared/eval/README.md, plus a few extra fields.
// Fields of later stages (story, actors, events, quotes) stay empty until those stages exist.
import type { ActorCorrections } from "../actors/corrections.js";
import type { Actor } from "../model/document.js";
import type { StoredDocument } from "../store/documents.js";

export interface ExportActor {
  name: string;
  country: string | null;
  role: string | null;
  kind: Actor["kind"];
  code: string;
}

export interface ExportRecord {
  id: string;
  title: string | null;
  published: string | null;
  source: string | null;
  text: string;
  story: string | null;
  duplicate_of: string | null;
  actors: ExportActor[];
  events: unknown[];
  quotes: unknown[];
  url: string | null;
  place: string | null;
  author: string | null;
}

export function toExportRecord(
  doc: StoredDocument,
  actors: Actor[],
  corrections: ActorCorrections,
): ExportRecord {
  const m = doc.meta;
  return {
    id: doc.id,
    title: m.title,
    published: m.published,
    source: m.source,
    text: doc.text,
    story: null,
    duplicate_of: null,
    actors: exportActors(actors, corrections),
    events: [],
    quotes: [],
    url: m.url,
    place: m.place,
    author: m.author,
  };
}

/** Actors that act (media only relay), with the user's corrections applied. */
function exportActors(actors: Actor[], corrections: ActorCorrections): ExportActor[] {
  const out: ExportActor[] = [];
  for (const a of actors) {
    if (a.kind === "media" || corrections.isIgnored(a.name)) continue;
    const fix = a.kind === "person" ? corrections.find(a.name, ...a.aliases) : undefined;
    out.push({
      name: fix?.name ?? a.name,
      country: fix?.country !== undefined ? fix.country : a.country,
      role: fix?.role ?? a.role,
      kind: a.kind,
      code: a.code,
    });
  }
  return out;
}
