// Querying quotes across the corpus: by speaker, by the country they are about.
import type { Quote } from "../model/document.js";
import { type ActorMatch, matchActor } from "./actor-match.js";
import type { Db } from "./database.js";
import { quoteFromRow } from "./events.js";

export interface StoredQuote extends Quote {
  docId: string;
  published: string | null;
  outlet: string | null;
}

export interface QuoteQuery {
  /** By the rule of actor-match.ts (or already resolved). */
  speaker?: string | ActorMatch;
  /** ISO3: quotes in documents whose actors include this country, not said by it. */
  about?: string;
  limit?: number;
}

export function queryQuotes(db: Db, q: QuoteQuery): StoredQuote[] {
  const where: string[] = [];
  const args: (string | number)[] = [];
  if (q.speaker) {
    const match = typeof q.speaker === "string" ? matchActor(db, q.speaker) : q.speaker;
    where.push("qt.speaker_name IN (SELECT value FROM json_each(?))");
    args.push(JSON.stringify(match.names));
  }
  if (q.about) {
    where.push(`EXISTS (SELECT 1 FROM doc_actors a WHERE a.doc_id = qt.doc_id AND a.country = ? AND a.kind != 'media')
      AND (qt.speaker_country IS NULL OR qt.speaker_country != ?)`);
    args.push(q.about, q.about);
  }
  const sql = `SELECT qt.*, d.published, d.source AS outlet FROM quotes qt JOIN documents d ON d.id = qt.doc_id
    ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY d.published, qt.doc_id, qt.start LIMIT ?`;
  args.push(q.limit ?? 1_000_000);
  type Row = Parameters<typeof quoteFromRow>[0] & {
    doc_id: string;
    published: string | null;
    outlet: string | null;
  };
  return db
    .prepare<unknown[], Row>(sql)
    .all(...args)
    .map((r) => ({ ...quoteFromRow(r), docId: r.doc_id, published: r.published, outlet: r.outlet }));
}
