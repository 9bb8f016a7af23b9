// One ingest at a time per store. Two ingests interleaving their commits would each miss the other's
// documents in the story index they loaded at the start, and a writer that waits longer than SQLite's
// busy timeout fails its whole batch; so a second ingest waits for the first to finish.
// The lock is SQLite's own exclusive lock on a small side file (`news.db-lock`): the operating system
// drops it when its process ends, even on kill -9, so a crash never leaves a stale lock behind.
import { basename } from "node:path";
import Database from "better-sqlite3";

/** Suffix of the side file next to the database; ingest skips it like the database's own files. */
export const INGEST_LOCK_SUFFIX = "-lock";
const POLL_MS = 200;

export interface IngestLock {
  release(): void;
}

/**
 * Takes the store's ingest lock, waiting (and saying so once, through `onWait`) while another
 * ingest holds it. An in-memory store needs no lock.
 */
export async function acquireIngestLock(
  dbFile: string,
  onWait: (message: string) => void = (m) => console.error(m),
): Promise<IngestLock> {
  if (dbFile === ":memory:" || dbFile === "") return { release() {} };
  const lock = new Database(`${dbFile}${INGEST_LOCK_SUFFIX}`, { timeout: 0 });
  let told = false;
  for (;;) {
    try {
      // Nothing is ever written to it: no journal file beside it (a killed holder would leave one).
      lock.pragma("journal_mode = MEMORY");
      lock.exec("BEGIN EXCLUSIVE");
      break;
    } catch (error) {
      if ((error as { code?: string }).code !== "SQLITE_BUSY") {
        lock.close();
        throw error;
      }
      if (!told) onWait(`waiting for another ingest on ${basename(dbFile)} to finish…`);
      told = true;
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  }
  return {
    release() {
      if (!lock.open) return;
      lock.exec("ROLLBACK");
      lock.close();
    },
  };
}
