// Worker thread: runs the pure pipeline on batches of documents sent by the ingest loop.
import { parentPort, workerData } from "node:worker_threads";
import { InputError, type SourceDocument } from "../model/document.js";
import { type PackedDocument, packDocument } from "./packed.js";
import { type PipelineOptions, processBatchForStore } from "./process.js";

export type WorkerRequest = { seq: number; docs: SourceDocument[]; hashes: string[] };
export type WorkerResult =
  | { ok: true; doc: PackedDocument }
  | { ok: false; path: string; record?: number; message: string; inputError: boolean };
export type WorkerReply = { seq: number; results: WorkerResult[] };

/** The ingest's options, the same for every batch (see WorkerPool). */
const options = (workerData ?? {}) as PipelineOptions;

parentPort?.on("message", ({ seq, docs, hashes }: WorkerRequest) => {
  const results = processBatchForStore(docs, hashes, options).map((result, i): WorkerResult => {
    if (!(result instanceof Error)) return { ok: true, doc: packDocument(result) };
    const doc = docs[i] as SourceDocument;
    // Errors do not survive the trip between threads as themselves: send what rebuilds them.
    const inputError = result instanceof InputError;
    const message = inputError ? result.detail : `${doc.id}: ${result.message}`;
    return { ok: false, path: doc.origin.path, record: doc.origin.record, message, inputError };
  });
  const buffers = results.flatMap((r) => (r.ok ? [r.doc.packed.buffer as ArrayBuffer] : []));
  parentPort?.postMessage({ seq, results } satisfies WorkerReply, buffers);
});
