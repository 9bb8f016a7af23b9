// Ingest: read inputs, skip what is already stored unchanged, process the rest, store each document atomically.
import { InputError } from "../model/document.js";
import { readInputs } from "../readers/index.js";
import { contentHash, type DocumentStore } from "../store/documents.js";
import { processDocument } from "./process.js";

export interface IngestFailure {
  path: string;
  record?: number;
  message: string;
}

export interface IngestSummary {
  read: number;
  added: number;
  replaced: number;
  unchanged: number;
  failed: IngestFailure[];
  seconds: number;
}

export interface IngestOptions {
  /** Called after each input document (stored, skipped or failed). */
  onProgress?: (summary: IngestSummary) => void;
}

export async function ingest(
  paths: string[],
  store: DocumentStore,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const started = performance.now();
  const summary: IngestSummary = { read: 0, added: 0, replaced: 0, unchanged: 0, failed: [], seconds: 0 };
  for await (const item of readInputs(paths)) {
    if (item instanceof InputError) {
      summary.failed.push(failure(item));
    } else {
      summary.read++;
      try {
        const hash = contentHash(item);
        if (store.storedHash(item.id) === hash) summary.unchanged++;
        else summary[store.put(processDocument(item), hash) === "added" ? "added" : "replaced"]++;
      } catch (error) {
        summary.failed.push(
          error instanceof InputError
            ? failure(error)
            : {
                path: item.origin.path,
                record: item.origin.record,
                message: `${item.id}: ${(error as Error).message}`,
              },
        );
      }
    }
    summary.seconds = (performance.now() - started) / 1000;
    options.onProgress?.(summary);
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

function failure(error: InputError): IngestFailure {
  const message = error.message.startsWith(error.path)
    ? error.message.slice(error.path.length).replace(/^(:\d+)?: /, "")
    : error.message;
  return { path: error.path, record: error.record, message };
}
