// JSON Lines (.jsonl, .ndjson): streamed line by line, so huge files are read with flat memory.
// A bad line becomes an InputError with its line number; the other lines go on.
import { isUtf8 } from "node:buffer";
import { InputError } from "../model/document.js";
import type { ReaderContext, ReaderOutput } from "./context.js";
import { bomEncoding, decode, guessEncoding, guessUtf16, isUtf8Prefix } from "./encoding.js";
import { nestedTooDeep, tooDeep } from "./json-position.js";
import { splitLines, toUtf8 } from "./lines.js";
import { megabytes } from "./options.js";
import { recordToDocument } from "./record.js";

export async function* readJsonLines(ctx: ReaderContext): AsyncGenerator<ReaderOutput> {
  const { input, options } = ctx;
  const wide = [bomEncoding(input.head), guessUtf16(input.head)].find((e) => e?.startsWith("UTF-16"));
  const chunks = wide ? toUtf8(input.chunks, wide) : input.chunks;
  // Lines that are not UTF-8 are decoded with the file's guessed encoding (decided once, from the head).
  const fallback = wide || isUtf8Prefix(input.head) ? undefined : guessEncoding(input.head);
  let records = 0;
  for await (const line of splitLines(chunks, options.maxDocumentBytes)) {
    if (line.tooLong !== undefined) {
      const size = `${megabytes(line.tooLong)} > ${megabytes(options.maxDocumentBytes)} limit`;
      yield new InputError(input.path, `line too large (${size})`, line.number);
      continue;
    }
    let bytes = line.bytes;
    if (line.number === 1 && bomEncoding(bytes) === "UTF-8") bytes = bytes.subarray(3);
    const decoded = wide
      ? { text: bytes.toString("utf8"), encoding: wide }
      : isUtf8(bytes)
        ? { text: bytes.toString("utf8"), encoding: "UTF-8" }
        : decode(bytes, { fallback });
    if (decoded.text.trim() === "") continue;
    records++;
    if (nestedTooDeep(decoded.text)) {
      yield new InputError(input.path, tooDeep, line.number);
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(decoded.text);
    } catch (error) {
      yield new InputError(input.path, `malformed JSON line: ${(error as Error).message}`, line.number);
      continue;
    }
    yield recordToDocument(ctx, value, line.number, decoded.text, decoded.encoding, decoded.replaced);
  }
  if (records === 0) yield new InputError(input.path, "empty file");
}
