// Full-text search over clean text (FTS5, BM25 ranking).
import type { Db } from "./database.js";

export interface SearchHit {
  id: string;
  title: string | null;
  published: string | null;
  source: string | null;
  /** The matching passage, with matches wrapped in [ ]. */
  snippet: string;
  score: number;
}

/** Plain words are ANDed; FTS5 syntax (quotes, OR, NEAR, prefix*) is accepted when the query uses it. */
export function searchDocuments(db: Db, query: string, limit = 20): SearchHit[] {
  const sql = `SELECT d.id, d.title, d.published, d.source,
      snippet(documents_fts, 1, '[', ']', '…', 16) AS snippet, bm25(documents_fts) AS score
    FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
    WHERE documents_fts MATCH ? ORDER BY score LIMIT ?`;
  const stmt = db.prepare<[string, number], SearchHit>(sql);
  try {
    return stmt.all(query, limit);
  } catch {
    // Not valid FTS5 syntax (e.g. "U.S.-China"): search the words as quoted terms instead.
    return stmt.all(toPlainQuery(query), limit);
  }
}

function toPlainQuery(query: string): string {
  const words = query.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((w) => `"${w}"`).join(" ");
}
