// Readers: turn paths (files, directories, "-" for stdin, .gz) into source documents.
import { createReadStream } from "node:fs";
import type { Readable } from "node:stream";
import { InputError, type SourceDocument } from "../model/document.js";
import type { ReaderContext, ReaderOutput } from "./context.js";
import { readFeed } from "./feed.js";
import { IdRegistry } from "./ids.js";
import { readJson } from "./json.js";
import { readJsonLines } from "./jsonl.js";
import { type ReadOptions, type ResolvedOptions, resolveOptions } from "./options.js";
import { readPlain } from "./plain.js";
import { baseId, kindFromName, looksBinary, type ReaderKind, sniffKind } from "./sniff.js";
import { describeError, openInput, TooLargeError } from "./source.js";
import { expandPaths } from "./walk.js";
import { readWarc } from "./warc.js";

export { repairMojibake } from "./mojibake.js";
export { checkDate, MAX_DOCUMENT_BYTES, MAX_WHOLE_FILE_BYTES, type ReadOptions } from "./options.js";

/** Yields every document found under the given paths, or an InputError for each input that failed. */
export async function* readInputs(
  paths: string[],
  options: ReadOptions = {},
): AsyncGenerator<SourceDocument | InputError> {
  const resolved = resolveOptions(options);
  const ids = new IdRegistry();
  for await (const entry of expandPaths(paths)) {
    if (entry.kind === "error") {
      yield new InputError(entry.path, entry.message);
    } else if (entry.kind === "stdin") {
      yield* readSource(process.stdin, "-", "stdin", null, resolved, ids, "-");
    } else if (!options.skip?.(entry.path)) {
      const size = Number.isNaN(entry.size) ? null : entry.size;
      yield* readSource(
        createReadStream(entry.path),
        entry.path,
        entry.name,
        size,
        resolved,
        ids,
        entry.real,
      );
    }
  }
}

export interface StreamOptions extends ReadOptions {
  /** Shown in origin.path and errors; default "-". */
  path?: string;
  /** File name deciding reader and id; default "stdin" (reader chosen by content). */
  name?: string;
}

/** Reads one stream (stdin, a socket, a test buffer) as if it were a file. */
export function readStream(stream: Readable, options: StreamOptions = {}): AsyncGenerator<ReaderOutput> {
  const { path = "-", name = "stdin", ...rest } = options;
  return readSource(stream, path, name, null, resolveOptions(rest), new IdRegistry(), path);
}

const readers: Record<ReaderKind, (ctx: ReaderContext) => AsyncGenerator<ReaderOutput>> = {
  text: (ctx) => readPlain(ctx, "text"),
  html: (ctx) => readPlain(ctx, "html"),
  jsonl: readJsonLines,
  json: readJson,
  feed: readFeed,
  warc: readWarc,
};

// Every failure — open, gunzip, decode, parse — becomes an InputError for this input; the batch goes on.
async function* readSource(
  stream: Readable,
  path: string,
  name: string,
  size: number | null,
  options: ResolvedOptions,
  ids: IdRegistry,
  /** Names the input for ids: its resolved path ("-" for stdin). */
  origin: string,
): AsyncGenerator<ReaderOutput> {
  try {
    const input = await openInput(stream, path, name, size);
    if (input.complete && input.head.length === 0) {
      yield new InputError(path, "empty file");
      return;
    }
    const kind = kindFromName(name) ?? sniffKind(input.head);
    if (kind !== "warc" && looksBinary(input.head)) {
      yield new InputError(path, "binary file, not text");
      return;
    }
    for await (const item of readers[kind]({ input, fileId: baseId(name), options })) {
      if (!(item instanceof InputError)) {
        item.id = ids.claim(item.id, `${origin}#${item.origin.record ?? ""}`);
        if (options.published) item.defaults = { published: options.published };
      }
      yield item;
    }
  } catch (error) {
    yield new InputError(path, error instanceof TooLargeError ? error.message : describeError(error));
  } finally {
    // Release the file descriptor even when the consumer stops early; stdin is left open.
    if (stream !== process.stdin) stream.destroy();
  }
}
