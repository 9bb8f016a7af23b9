// Opens the embedded SQLite database and brings its schema up to date.
import Database from "better-sqlite3";
import { migrations } from "./migrations.js";

export type Db = Database.Database;

export function openDatabase(file: string): Db {
  const db = new Database(file);
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

export function schemaVersion(db: Db): number {
  const row = db.prepare("SELECT MAX(version) AS v FROM schema_migrations").get() as { v: number | null };
  return row.v ?? 0;
}

function migrate(db: Db): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const current = schemaVersion(db);
  const newest = migrations.at(-1)?.version ?? 0;
  if (current > newest) {
    throw new Error(`database schema v${current} is newer than this Dyad (v${newest}); upgrade Dyad`);
  }
  for (const m of migrations) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare("INSERT INTO schema_migrations(version, name, applied_at) VALUES (?, ?, ?)").run(
        m.version,
        m.name,
        new Date().toISOString(),
      );
    })();
  }
}
