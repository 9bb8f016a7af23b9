// The rows one processed document becomes, built apart from the database: worker threads build them
// next to the pipeline, so the single writer thread only binds values (no serialising, and plain
// arrays of strings and numbers are cheap to pass between threads).
import type {
  ActorDocument,
  ActorMention,
  AnalysedDocument,
  DyadEvent,
  EventDocument,
  Quote,
} from "./document.js";

/** A row's values in the order of its table's columns (after doc_id, which the writer adds). */
type Values = (string | number | null)[];

export interface DocumentRows {
  id: string;
  /** documents: id … place, in the column order of DOCUMENT_COLUMNS. */
  document: Values;
  /** removed_lines: [seq, line, reason, text] each. */
  removed: Values[];
  /** language_layers.sentences: JSON [[start, end], …]. */
  sentences: string;
  actors?: { rows: Values[]; mentions: string };
  events?: { rows: Values[]; quotes: Values[] };
}

/** The documents columns the rows fill, in order; ingested_at, story and duplicate_of are set when written. */
export const DOCUMENT_COLUMNS = [
  "id",
  "hash",
  "origin_path",
  "origin_format",
  "origin_record",
  "encoding",
  "raw",
  "content_type",
  "body",
  "text",
  "title",
  "url",
  "published",
  "source",
  "author",
  "site",
  "place",
  "warnings",
] as const;

/** A stored actor mention: [start, end, actor ids, via, code, confidence, alternatives?]. */
export type MentionTuple = [number, number, string[], ActorMention["via"], string, number, string[]?];

export function documentRows(
  doc: AnalysedDocument | ActorDocument | EventDocument,
  hash: string,
): DocumentRows {
  const m = doc.meta;
  const rows: DocumentRows = {
    id: doc.id,
    document: [
      doc.id,
      hash,
      doc.origin.path,
      doc.origin.format,
      doc.origin.record ?? null,
      doc.origin.encoding,
      doc.raw,
      doc.contentType,
      doc.body,
      doc.text,
      m.title,
      m.url,
      m.published,
      m.source,
      m.author,
      m.site,
      m.place,
      doc.warnings?.length ? JSON.stringify(doc.warnings) : null,
    ],
    removed: doc.removed.map((r, i) => [i, r.line, r.reason, r.text]),
    sentences: JSON.stringify(doc.sentences.map((s) => [s.start, s.end])),
  };
  if ("actors" in doc) rows.actors = actorRows(doc);
  if ("events" in doc)
    rows.events = { rows: doc.events.map(eventValues), quotes: doc.quotes.map(quoteValues) };
  return rows;
}

function actorRows(doc: ActorDocument): NonNullable<DocumentRows["actors"]> {
  const rows = doc.actors.map(
    (a, seq): Values => [
      seq,
      a.id,
      a.kind,
      a.name,
      a.country,
      a.role,
      a.sector,
      a.code,
      JSON.stringify(a.aliases),
      a.confidence,
    ],
  );
  const tuples = doc.mentions.map((m): MentionTuple => {
    const t: MentionTuple = [m.start, m.end, m.actors, m.via, m.code, m.confidence];
    if (m.alternatives?.length) t.push(m.alternatives);
    return t;
  });
  return { rows, mentions: JSON.stringify(tuples) };
}

/** events columns after doc_id (see migration 3). */
function eventValues(e: DyadEvent): Values {
  return [
    e.id,
    e.code,
    e.code.slice(0, 2),
    e.goldstein,
    e.quadClass,
    e.plover,
    e.source.actor,
    e.source.name,
    e.source.country,
    e.source.code,
    e.target?.actor ?? null,
    e.target?.name ?? null,
    e.target?.country ?? null,
    e.target?.code ?? null,
    JSON.stringify(e.others),
    e.location,
    e.date,
    e.dateInferred ? 1 : 0,
    e.dateText,
    e.modality,
    JSON.stringify(e.mentions),
  ];
}

/** quotes columns after doc_id (see migration 3). */
function quoteValues(q: Quote): Values {
  return [
    q.id,
    q.speaker,
    q.speakerName,
    q.speakerCountry,
    q.text,
    q.span.start,
    q.span.end,
    q.kind,
    q.via,
    q.cue,
    JSON.stringify(q.events),
  ];
}
