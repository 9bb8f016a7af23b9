// Opens the embedded SQLite database and brings its schema up to date.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import Database from "better-sqlite3";
import { migrations } from "./migrations.js";

export type Db = Database.Database;

/**
 * How long a statement waits for another connection's write lock before failing with "database is
 * locked". Ingests take turns through their own lock (see ingest-lock.ts); this covers the rest (a
 * new store migrated by two processes at once, a write batch of a slow machine) with room to spare.
 */
const BUSY_TIMEOUT_MS = 120_000;

export function openDatabase(file: string): Db {
  const db = new Database(file, { timeout: BUSY_TIMEOUT_MS });
  // WAL + NORMAL: each document's transaction is atomic and durable against crashes of the process,
  // without an fsync per document (which would cap ingest at a few hundred documents/s).
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  // 64 MB of page cache: a write batch of documents (~7 MB of rows) fits without SQLite spilling
  // pages to the WAL in the middle of the transaction, and the indexes stay in memory.
  db.pragma("cache_size = -65536");
  migrate(db);
  return db;
}

/**
 * Read commands never make a store: opening a missing file would create an empty one and answer
 * "no match". The error names the file looked for (the demo writes dyad-demo.db, not dyad.db).
 */
export function requireStore(file: string): void {
  if (existsSync(file)) return;
  const where = resolve(file) === file ? file : `${file} (${resolve(file)})`;
  throw new Error(
    `no store at ${where}: make one with "dyad ingest <files> --db ${file}", or run "dyad demo", which writes dyad-demo.db`,
  );
}

export function schemaVersion(db: Db): number {
  const row = db.prepare("SELECT MAX(version) AS v FROM schema_migrations").get() as { v: number | null };
  return row.v ?? 0;
}

function migrate(db: Db): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const newest = migrations.at(-1)?.version ?? 0;
  const current = schemaVersion(db);
  if (current > newest) {
    throw new Error(`database schema v${current} is newer than this Dyad (v${newest}); upgrade Dyad`);
  }
  if (current === newest) return;
  // Two processes may open a new store at once: take the write lock first, then look again, so that
  // the second one waits and finds the schema made rather than making it twice.
  db.transaction(() => {
    const now = schemaVersion(db);
    for (const m of migrations) {
      if (m.version <= now) continue;
      db.exec(m.sql);
      db.prepare("INSERT INTO schema_migrations(version, name, applied_at) VALUES (?, ?, ?)").run(
        m.version,
        m.name,
        new Date().toISOString(),
      );
    }
  }).immediate();
}
