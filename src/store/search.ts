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

/**
 * FTS5's matching and snippets grow faster than the query (2,000 repeated words took 30 s): a query is
 * refused beyond these, which no one types.
 */
export const MAX_QUERY_WORDS = 64;
export const MAX_QUERY_CHARS = 1_000;
const WORD = /[\p{L}\p{N}]+/gu;

/** Refuses a query too long to search in reasonable time, saying by how much. */
export function checkQuery(query: string): void {
  const words = query.match(WORD)?.length ?? 0;
  if (words > MAX_QUERY_WORDS)
    throw new Error(`search query too long: ${words} words (at most ${MAX_QUERY_WORDS})`);
  if (query.length > MAX_QUERY_CHARS)
    throw new Error(`search query too long: ${query.length} characters (at most ${MAX_QUERY_CHARS})`);
}

/** Plain words are ANDed; FTS5 syntax (quotes, OR, NEAR, prefix*) is accepted when the query uses it. */
export function searchDocuments(db: Db, query: string, limit = 20): SearchHit[] {
  checkQuery(query);
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
  const words = query.match(WORD) ?? [];
  return words.map((w) => `"${w}"`).join(" ");
}
