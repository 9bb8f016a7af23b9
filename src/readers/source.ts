// Opening an input: a byte stream (file or stdin), gunzipped when it starts with the gzip magic bytes,
// with its head buffered so readers can be chosen by content without reading the whole file.
import type { Readable } from "node:stream";
import { gunzip } from "./gunzip.js";
import { megabytes } from "./options.js";

const HEAD_BYTES = 64 * 1024;

export interface Input {
  /** Path as shown to users: the given path, the file inside a given directory, or "-". */
  path: string;
  /** File name used for the extension and the id ("stdin" for "-"). */
  name: string;
  /** Size on disk when known and not compressed; lets oversized files be refused unread. */
  size: number | null;
  gzip: boolean;
  /** First bytes of the (decompressed) content. */
  head: Buffer;
  /** True when `head` is the whole content. */
  complete: boolean;
  /** The whole (decompressed) content from the start; can be consumed once. */
  chunks: AsyncIterable<Buffer>;
}

/** Pulls from a byte iterator, keeping what it has read so it can be replayed. */
class Peekable {
  private buffered: Buffer[] = [];
  private length = 0;
  private done = false;
  private failure: { error: unknown } | null = null;

  constructor(private readonly it: AsyncIterator<unknown>) {}

  async peek(n: number): Promise<{ head: Buffer; complete: boolean }> {
    while (!this.done && this.length < n) {
      let next: IteratorResult<unknown>;
      try {
        next = await this.it.next();
      } catch (error) {
        // Kept for replay: what was read before a failure (a cut-off .gz) is still handed out first.
        this.failure = { error };
        this.done = true;
        break;
      }
      if (next.done) this.done = true;
      else {
        const chunk = toBuffer(next.value);
        this.buffered.push(chunk);
        this.length += chunk.length;
      }
    }
    const head = Buffer.concat(this.buffered);
    this.buffered = [head];
    return { head, complete: this.done && !this.failure };
  }

  async *replay(): AsyncGenerator<Buffer> {
    const buffered = this.buffered;
    this.buffered = [];
    yield* buffered;
    if (this.failure) throw this.failure.error;
    while (!this.done) {
      const next = await this.it.next();
      if (next.done) this.done = true;
      else yield toBuffer(next.value);
    }
  }
}

function toBuffer(chunk: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return Buffer.from(String(chunk), "utf8");
}

/** Opens a stream as an Input. Errors (unreadable file, corrupt gzip) surface while reading. */
export async function openInput(
  stream: Readable,
  path: string,
  name: string,
  size: number | null,
): Promise<Input> {
  const raw = new Peekable(stream[Symbol.asyncIterator]());
  const { head: magic } = await raw.peek(2);
  const gzip = magic[0] === 0x1f && magic[1] === 0x8b;
  let content = raw;
  if (gzip) {
    content = new Peekable(gunzip(raw.replay())[Symbol.asyncIterator]());
  }
  const { head, complete } = await content.peek(HEAD_BYTES);
  return { path, name, size: gzip ? null : size, gzip, head, complete, chunks: content.replay() };
}

export class TooLargeError extends Error {}

/** Reads the whole content, refusing more than `limit` bytes without buffering the excess. */
export async function readAll(input: Input, limit: number): Promise<Buffer> {
  if (input.size !== null && input.size > limit) {
    throw new TooLargeError(`file too large (${megabytes(input.size)} > ${megabytes(limit)} limit)`);
  }
  if (input.complete && input.head.length <= limit) return input.head;
  const parts: Buffer[] = [];
  let total = 0;
  for await (const chunk of input.chunks) {
    total += chunk.length;
    if (total > limit) {
      const what = input.gzip ? " after decompression" : "";
      throw new TooLargeError(`file too large (over ${megabytes(limit)} limit${what})`);
    }
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}

/** A user-facing reason for a failure while opening or reading an input. */
export function describeError(error: unknown): string {
  const err = error as NodeJS.ErrnoException;
  switch (err?.code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    case "ELOOP":
      return "too many symbolic links";
  }
  if (typeof err?.code === "string" && err.code.startsWith("Z_")) return "truncated or corrupt gzip";
  if (
    /unexpected end of file|incorrect header check|invalid (block|stored|distance)/i.test(err?.message ?? "")
  ) {
    return "truncated or corrupt gzip";
  }
  return err?.message ?? String(error);
}
