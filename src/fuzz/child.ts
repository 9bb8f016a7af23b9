// One fuzz batch in a process of its own (so a hang or a death is seen from outside): ingests a
// folder into a new SQLite store exactly as `dyad ingest` does, checks the store, and sends back
// what happened to each file.
import fs, { readdirSync } from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import { join } from "node:path";
import { type IngestFailure, ingest } from "../pipeline/ingest.js";
import { openDatabase } from "../store/database.js";
import { DocumentStore } from "../store/documents.js";

export interface BatchRequest {
  dir: string;
  db: string;
  /** The ingest's per-document watchdog. */
  timeoutSeconds: number;
  workers: number;
}

export interface BatchResult {
  files: string[];
  read: number;
  added: number;
  failed: IngestFailure[];
  /** Stored documents per origin path. */
  stored: Record<string, number>;
  documents: number;
  /** PRAGMA integrity_check and foreign_key_check: "ok" or what they found. */
  integrity: string;
  /** Peak resident memory of this process (workers included), in MB. */
  peakRssMb: number;
}

export type BatchReply =
  | { ok: true; result: BatchResult }
  | { ok: false; error: string }
  | { opening: string };

export async function runBatch(req: BatchRequest): Promise<BatchResult> {
  const files = readdirSync(req.dir).map((name) => join(req.dir, name));
  const db = openDatabase(req.db);
  try {
    const summary = await ingest([req.dir], new DocumentStore(db), {
      workers: req.workers,
      timeoutSeconds: req.timeoutSeconds,
    });
    const stored: Record<string, number> = {};
    const rows = db
      .prepare("SELECT origin_path AS path, count(*) AS n FROM documents GROUP BY origin_path")
      .all();
    for (const row of rows as { path: string; n: number }[]) stored[row.path] = row.n;
    const check = db.pragma("integrity_check", { simple: true });
    const keys = db.pragma("foreign_key_check") as unknown[];
    const integrity =
      check === "ok" && keys.length === 0 ? "ok" : `${check}; ${keys.length} foreign key errors`;
    const documents = (db.prepare("SELECT count(*) AS n FROM documents").get() as { n: number }).n;
    return {
      files,
      read: summary.read,
      added: summary.added,
      failed: summary.failed,
      stored,
      documents,
      integrity,
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    };
  } finally {
    db.close();
  }
}

// Run as a forked process (see run.ts): one request in, one reply out; the file being opened is told
// as it is opened, so a hang or a death of the reading thread points at its input.
if (process.send && process.env.DYAD_FUZZ_CHILD === "1") {
  const open = fs.createReadStream;
  const patched = ((path: string, ...rest: unknown[]) => {
    process.send?.({ opening: String(path) });
    return (open as (...a: unknown[]) => fs.ReadStream)(path, ...rest);
  }) as typeof fs.createReadStream;
  fs.createReadStream = patched;
  syncBuiltinESMExports();
  process.once("message", (req: BatchRequest) => {
    runBatch(req).then(
      (result) => process.send?.({ ok: true, result } satisfies BatchReply, () => process.exit(0)),
      (error: Error) =>
        process.send?.({ ok: false, error: error.stack ?? String(error) } satisfies BatchReply, () =>
          process.exit(0),
        ),
    );
  });
}
