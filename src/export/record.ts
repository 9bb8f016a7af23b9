// The export record: exactly the contract in shared/eval/README.md, plus a few extra fields.
// Fields of later stages (story, actors, events, quotes) stay empty until those stages exist.
import type { ActorCorrections } from "../actors/corrections.js";
import type { Actor, DyadEvent, Quote } from "../model/document.js";
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
  events: ExportEvent[];
  quotes: ExportQuote[];
  url: string | null;
  place: string | null;
  author: string | null;
  /** What was wrong with the input but did not stop it ("invalid UTF-8: …"); empty when nothing. */
  warnings: string[];
}

export interface ExportEvent {
  id: string;
  code: string;
  source: { name: string | null; country: string | null };
  target: { name: string | null; country: string | null } | null;
  others: { name: string | null; country: string | null }[];
  date: string | null;
  date_inferred: boolean;
  location: string | null;
  modality: DyadEvent["modality"];
  sentence: string;
  goldstein: number;
  quad_class: number;
  plover: string;
  mentions: number;
  pattern: string | null;
}

export interface ExportQuote {
  speaker: { name: string | null; country: string | null };
  text: string;
  via: string | null;
  kind: Quote["kind"];
  cue: string | null;
  events: string[];
}

export interface DocumentLayers {
  actors: Actor[];
  events: DyadEvent[];
  quotes: Quote[];
}

export function toExportRecord(
  doc: StoredDocument,
  layers: DocumentLayers,
  corrections: ActorCorrections,
): ExportRecord {
  const m = doc.meta;
  return {
    id: doc.id,
    title: m.title,
    published: m.published,
    source: m.source,
    text: doc.text,
    story: doc.story,
    duplicate_of: doc.duplicateOf,
    actors: exportActors(layers.actors, corrections),
    events: layers.events.map((e) => exportEvent(e, doc.text)),
    quotes: layers.quotes.map(exportQuote),
    url: m.url,
    place: m.place,
    author: m.author,
    warnings: doc.warnings,
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

export function exportQuote(q: Quote): ExportQuote {
  return {
    speaker: { name: q.speakerName, country: q.speakerCountry },
    text: q.text,
    via: q.via,
    kind: q.kind,
    cue: q.cue,
    events: q.events,
  };
}

/** One event as exported; `text` is its document's clean text (for the evidence sentence). */
export function exportEvent(e: DyadEvent, text: string): ExportEvent {
  const side = (p: { name: string | null; country: string | null }) => ({ name: p.name, country: p.country });
  const first = e.mentions[0];
  return {
    id: e.id,
    code: e.code,
    source: side(e.source),
    target: e.target && side(e.target),
    others: e.others.map(side),
    date: e.date,
    date_inferred: e.dateInferred,
    location: e.location,
    modality: e.modality,
    sentence: first ? text.slice(first.sentence.start, first.sentence.end) : "",
    goldstein: e.goldstein,
    quad_class: e.quadClass,
    plover: e.plover,
    mentions: e.mentions.length,
    pattern: first?.pattern ?? null,
  };
}
