// Worker thread: runs the pure per-document pipeline on documents sent by the ingest loop.
import { parentPort } from "node:worker_threads";
import { InputError, type SourceDocument } from "../model/document.js";
import { type ProcessedDocument, processForStore } from "./process.js";

export type WorkerRequest = { seq: number; doc: SourceDocument; hash: string };
export type WorkerReply =
  | { seq: number; ok: true; doc: ProcessedDocument }
  | { seq: number; ok: false; path: string; record?: number; message: string; inputError: boolean };

parentPort?.on("message", ({ seq, doc, hash }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { seq, ok: true, doc: processForStore(doc, hash) };
  } catch (error) {
    const inputError = error instanceof InputError;
    const message = inputError ? error.detail : `${doc.id}: ${(error as Error).message}`;
    reply = { seq, ok: false, path: doc.origin.path, record: doc.origin.record, message, inputError };
  }
  parentPort?.postMessage(reply);
});
