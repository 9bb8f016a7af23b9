// Ingest: read inputs, skip what is already stored unchanged, process the rest (in worker threads when
// asked), store each document atomically, in reading order.
import { resolve } from "node:path";
import { contentHash } from "../model/content-hash.js";
import { InputError, type SourceDocument } from "../model/document.js";
import { readInputs } from "../readers/index.js";
import type { DocumentStore } from "../store/documents.js";
import { INGEST_LOCK_SUFFIX } from "../store/ingest-lock.js";
import type { StoryPlacement } from "../store/stories.js";
import { type PackedDocument, unpackDocument } from "./packed.js";
import { type PipelineOptions, type ProcessedDocument, processBatchForStore } from "./process.js";
import { WorkerPool } from "./worker-pool.js";

export interface IngestFailure {
  path: string;
  record?: number;
  message: string;
}

/** An input read with something wrong that did not stop it (see SourceDocument.warnings). */
export type IngestWarning = IngestFailure;

export interface IngestSummary {
  read: number;
  added: number;
  replaced: number;
  unchanged: number;
  failed: IngestFailure[];
  warnings: IngestWarning[];
  seconds: number;
}

export interface IngestOptions extends PipelineOptions {
  /**
   * Worker threads for processing. 0 processes on the calling thread, unguarded, unless
   * `timeoutSeconds` is given: then one worker thread does (see `threads` in ingest).
   */
  workers?: number;
  /** Called after each input document (stored, skipped or failed). */
  onProgress?: (summary: IngestSummary) => void;
  /** Publication date (YYYY-MM-DD) of inputs that carry none. */
  published?: string;
  /** Watchdog: a document longer than this in one stage is abandoned. Default 30 with workers. */
  timeoutSeconds?: number;
}

type Processed = ProcessedDocument | PackedDocument;
type Outcome = Processed | InputError | Error | "unchanged";
/**
 * One input in reading order; `outcome` is set once it is known or its batch is on its way. Once
 * sent, only the document's name is kept, for its error message.
 */
type Task = { doc?: Pick<SourceDocument, "id" | "origin">; outcome?: Promise<Outcome> | Outcome };

/** Documents processed together, one stage at a time across the batch (see processBatch). */
const PROCESS_BATCH = 32;
/**
 * Documents in flight per worker: enough queued work to keep it busy while the main thread writes a
 * batch to the database (it cannot hand out new documents then), few enough to keep memory flat.
 */
const IN_FLIGHT_PER_WORKER = 4 * PROCESS_BATCH;
/** Documents written per commit. */
const WRITE_BATCH = 256;

export async function ingest(
  paths: string[],
  store: DocumentStore,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const started = performance.now();
  const summary: IngestSummary = {
    read: 0,
    added: 0,
    replaced: 0,
    unchanged: 0,
    failed: [],
    warnings: [],
    seconds: 0,
  };
  const workers = options.workers ?? 0;
  const pipeline: PipelineOptions = {
    domestic: options.domestic === true,
    oneSided: options.oneSided === true,
  };
  // A watchdog needs a thread of its own: synchronous code cannot be interrupted, and a document that
  // crashes (out of memory, abort) takes its thread down. Asked for a watchdog without workers, one
  // worker thread runs the documents while this one reads and writes.
  const threads = workers > 0 ? workers : options.timeoutSeconds !== undefined ? 1 : 0;
  const pool = threads > 0 ? new WorkerPool(threads, pipeline, options.timeoutSeconds) : undefined;
  const maxInFlight = Math.max(PROCESS_BATCH, threads * IN_FLIGHT_PER_WORKER);
  // Every input in reading order, with its outcome once its batch has been sent.
  const queue: Task[] = [];
  // Documents to process, waiting to make up a batch.
  let gathered: { task: Task; doc: SourceDocument; hash: string }[] = [];
  const dispatch = () => {
    if (!gathered.length) return;
    const docs = gathered.map((g) => g.doc);
    const hashes = gathered.map((g) => g.hash);
    const results = Promise.resolve(
      pool ? pool.submit(docs, hashes) : processBatchForStore(docs, hashes, pipeline),
    );
    gathered.forEach((g, i) => {
      g.task.doc = { id: g.doc.id, origin: g.doc.origin };
      g.task.outcome = results.then((r) => r[i] as Outcome);
    });
    gathered = [];
  };

  // Processed documents wait here to be written together, one commit per batch (see putMany).
  let batch: Processed[] = [];
  // The story index as stored documents left it; each new document joins it in reading order.
  const stories = store.stories.loadIndex();
  const place = (doc: ProcessedDocument): StoryPlacement => ({
    ...stories.add(doc.signature),
    signatureJson: doc.signatureJson,
  });
  const flush = () => {
    const outcomes = store.putMany(batch, unpackDocument, place);
    outcomes.forEach((outcome, i) => {
      if (outcome instanceof Error) summary.failed.push(failureOf(batch[i], outcome));
      else summary[outcome]++;
    });
    batch = [];
    summary.seconds = (performance.now() - started) / 1000;
    options.onProgress?.(summary);
  };

  const settle = async () => {
    const task = queue.shift();
    if (!task) return;
    if (task.outcome === undefined) dispatch(); // its batch is not full, but it is needed now
    const outcome = (await task.outcome) as Outcome;
    if (outcome === "unchanged") summary.unchanged++;
    else if (outcome instanceof InputError)
      summary.failed.push({ path: outcome.path, record: outcome.record, message: outcome.detail });
    else if (outcome instanceof Error) summary.failed.push(failureOf(task.doc, outcome));
    else batch.push(outcome);
    if (batch.length >= WRITE_BATCH) flush();
  };

  try {
    // A database kept inside the folder being ingested is not news.
    const dbFiles = new Set(
      ["", "-wal", "-shm", "-journal", INGEST_LOCK_SUFFIX].map((suffix) => resolve(store.db.name + suffix)),
    );
    for await (const item of readInputs(paths, {
      skip: (path) => dbFiles.has(resolve(path)),
      published: options.published,
    })) {
      if (item instanceof InputError) {
        queue.push({ outcome: item });
      } else {
        summary.read++;
        for (const w of item.warnings ?? []) summary.warnings.push(failureOf(item, new Error(w)));
        const hash = contentHash(item);
        if (store.storedHash(item.id) === hash) queue.push({ doc: item, outcome: "unchanged" });
        else {
          const task: Task = { doc: item };
          queue.push(task);
          gathered.push({ task, doc: item, hash });
          if (gathered.length >= PROCESS_BATCH) dispatch();
        }
      }
      while (queue.length >= maxInFlight) await settle();
    }
    while (queue.length) await settle();
    if (batch.length) flush();
  } finally {
    await pool?.close();
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

function failureOf(doc: Pick<SourceDocument, "id" | "origin"> | undefined, error: Error): IngestFailure {
  return {
    path: doc?.origin.path ?? "?",
    record: doc?.origin.record,
    message: `${doc?.id ?? ""}: ${error.message}`,
  };
}
