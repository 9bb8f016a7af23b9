// Querying events across the corpus: by dyad, actor, dates, code.
import type { DyadEvent } from "../model/document.js";
import { type ActorMatch, matchActor } from "./actor-match.js";
import type { Db } from "./database.js";
import { type EventRow, fromRow } from "./events.js";

export interface EventQuery {
  /** Two ISO3 codes; either direction unless `directed`. */
  dyad?: [string, string];
  directed?: boolean;
  /** A person or organisation on either side, by the rule of actor-match.ts (or already resolved). */
  actor?: string | ActorMatch;
  since?: string;
  until?: string;
  /** CAMEO code prefix ("04", "042"). */
  code?: string;
  modality?: DyadEvent["modality"];
  limit?: number;
}

export interface StoredEvent extends DyadEvent {
  /** Corpus-wide id: "<document id>#<event id>". */
  key: string;
  docId: string;
  published: string | null;
  source_outlet: string | null;
  url: string | null;
}

export function queryEvents(db: Db, q: EventQuery): StoredEvent[] {
  const where: string[] = [];
  const args: (string | number)[] = [];
  if (q.dyad) {
    const [a, b] = q.dyad;
    where.push(
      q.directed
        ? "(e.source_country = ? AND e.target_country = ?)"
        : "((e.source_country = ? AND e.target_country = ?) OR (e.source_country = ? AND e.target_country = ?))",
    );
    args.push(a, b, ...(q.directed ? [] : [b, a]));
  }
  if (q.actor) {
    const names = JSON.stringify((typeof q.actor === "string" ? matchActor(db, q.actor) : q.actor).names);
    where.push(`(e.source_name IN (SELECT value FROM json_each(?)) OR e.target_name IN (SELECT value FROM json_each(?))
      OR EXISTS (SELECT 1 FROM json_each(e.others) o
        WHERE json_extract(o.value, '$.name') IN (SELECT value FROM json_each(?))))`);
    args.push(names, names, names);
  }
  if (q.since) {
    where.push("e.date >= ?");
    args.push(q.since);
  }
  if (q.until) {
    // "2024-05" as an upper bound includes the whole month.
    where.push("substr(e.date, 1, length(?)) <= ?");
    args.push(q.until, q.until);
  }
  if (q.code) {
    where.push("e.code LIKE ?");
    args.push(`${q.code}%`);
  }
  if (q.modality) {
    where.push("e.modality = ?");
    args.push(q.modality);
  }
  const sql = `SELECT e.*, d.published, d.source AS outlet, d.url FROM events e JOIN documents d ON d.id = e.doc_id
    ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY e.date, e.doc_id, e.event_id LIMIT ?`;
  args.push(q.limit ?? 1_000_000);
  const rows = db
    .prepare<unknown[], EventRow & { published: string | null; outlet: string | null; url: string | null }>(
      sql,
    )
    .all(...args);
  return rows.map((r) => ({
    ...fromRow(r),
    key: `${r.doc_id}#${r.event_id}`,
    docId: r.doc_id,
    published: r.published,
    source_outlet: r.outlet,
    url: r.url,
  }));
}

export function getEvent(db: Db, key: string): StoredEvent | undefined {
  const [docId, eventId] = key.split("#");
  if (!docId || !eventId) return undefined;
  const r = db
    .prepare<
      [string, string],
      EventRow & { published: string | null; outlet: string | null; url: string | null }
    >(
      `SELECT e.*, d.published, d.source AS outlet, d.url FROM events e JOIN documents d ON d.id = e.doc_id
       WHERE e.doc_id = ? AND e.event_id = ?`,
    )
    .get(docId, eventId);
  return r && { ...fromRow(r), key, docId, published: r.published, source_outlet: r.outlet, url: r.url };
}
