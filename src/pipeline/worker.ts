// Worker thread: runs the pure pipeline on batches of documents sent by the ingest loop.
import { parentPort, workerData } from "node:worker_threads";
import { loadAllKnowledge } from "../knowledge/load.js";
import { InputError, type SourceDocument } from "../model/document.js";
import { type PackedDocument, packDocument } from "./packed.js";
import { type PipelineOptions, processBatchForStore, STAGES, type StageName } from "./process.js";

export type WorkerRequest = { seq: number; docs: SourceDocument[]; hashes: string[] };
export type WorkerResult =
  | { ok: true; doc: PackedDocument }
  | { ok: false; path: string; record?: number; message: string; inputError: boolean };
export type WorkerReply = { seq: number; results: WorkerResult[] };
/** `state`: where the worker is, for the pool's watchdog: batch seq, document index, stage index, start (ms). */
export type WorkerData = { options: PipelineOptions; state: SharedArrayBuffer };

const { options, state } = (workerData ?? { options: {} }) as WorkerData;
const where = state ? new Float64Array(state) : undefined;

/**
 * Test hook: DYAD_TEST_FAULT="hang:<id>" or "crash:<id>" makes the worker hang or die when the
 * document with that id enters its events stage, to test the pool's watchdog and recovery.
 */
const fault = /^(hang|crash):(.+)$/.exec(process.env.DYAD_TEST_FAULT ?? "");

// Models and knowledge load on first use: load them now, so that the watchdog's clock never counts
// loading against a document.
if (parentPort) {
  loadAllKnowledge();
  const origin = { path: "(warm-up)", format: "text", encoding: "UTF-8" } as const;
  const text = "Japan's foreign minister met his South Korean counterpart in Seoul on Monday.";
  processBatchForStore(
    [{ id: "", origin, raw: text, contentType: "text", content: text, hints: {} }],
    [""],
    options,
  );
}

parentPort?.on("message", ({ seq, docs, hashes }: WorkerRequest) => {
  const watch = (i: number, stage: StageName) => {
    if (where) {
      where[0] = seq;
      where[1] = i;
      where[2] = STAGES.indexOf(stage);
      where[3] = Date.now();
    }
    if (fault && stage === "events" && docs[i]?.id === fault[2]) {
      if (fault[1] === "crash") process.exit(3);
      for (;;);
    }
  };
  const results = processBatchForStore(docs, hashes, options, watch).map((result, i): WorkerResult => {
    if (!(result instanceof Error)) return { ok: true, doc: packDocument(result) };
    const doc = docs[i] as SourceDocument;
    // Errors do not survive the trip between threads as themselves: send what rebuilds them.
    const inputError = result instanceof InputError;
    const message = inputError ? result.detail : `${doc.id}: ${result.message}`;
    return { ok: false, path: doc.origin.path, record: doc.origin.record, message, inputError };
  });
  if (where) where[0] = -1;
  const buffers = results.flatMap((r) => (r.ok ? [r.doc.packed.buffer as ArrayBuffer] : []));
  parentPort?.postMessage({ seq, results } satisfies WorkerReply, buffers);
});
