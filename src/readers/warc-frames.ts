// Cuts a WARC byte stream into records by its own Content-Length before warcio sees any of them:
// warcio loops forever on a record cut off at the end of its input and prints its own warnings,
// so it only ever parses one complete, in-memory record here.

/** A header block bigger than this is no WARC header. */
const MAX_HEADER_BYTES = 64 * 1024;
/** Of a record too large to keep, this much is kept so its HTTP headers can still be read. */
const HEAD_OF_LARGE = 64 * 1024;

export type Frame =
  | {
      kind: "record";
      /** WARC header block, lines ending "\r\n", closed by a blank line. */
      header: Buffer;
      /** WARC-Type from the header ("" when missing). */
      type: string;
      /** Content-Length of the block. */
      length: number;
      /** The block of an article type (only its head when over the limit); empty for other types. */
      block: Buffer;
      /** False when the block is over the size limit. */
      whole: boolean;
    }
  | { kind: "error"; detail: string };

const NEWLINE = new Set([0x0a, 0x0d]);

class Bytes {
  private buf: Buffer = Buffer.alloc(0);
  private done = false;

  constructor(private readonly it: AsyncIterator<Buffer>) {}

  /** Pulls one more chunk; false at the end of input. */
  private async more(): Promise<boolean> {
    if (this.done) return false;
    const next = await this.it.next();
    if (next.done) {
      this.done = true;
      return false;
    }
    this.buf = this.buf.length ? Buffer.concat([this.buf, next.value]) : next.value;
    return true;
  }

  /** Drops blank-line bytes; false when the input ends. */
  async skipNewlines(): Promise<boolean> {
    for (;;) {
      let i = 0;
      while (i < this.buf.length && NEWLINE.has(this.buf[i] as number)) i++;
      this.buf = this.buf.subarray(i);
      if (this.buf.length) return true;
      if (!(await this.more())) return false;
    }
  }

  /** "yes", "no", or "cut" when the input ends inside the prefix. */
  async startsWith(prefix: string): Promise<"yes" | "no" | "cut"> {
    while (this.buf.length < prefix.length && (await this.more())) {}
    const head = this.buf.subarray(0, prefix.length).toString("latin1");
    if (head === prefix) return "yes";
    return head.length < prefix.length && prefix.startsWith(head) ? "cut" : "no";
  }

  /** The bytes up to and including the first blank line, or why there is none. */
  async headerBlock(): Promise<Buffer | "cut" | "too long"> {
    let from = 0;
    for (;;) {
      const end = blankLine(this.buf, from);
      if (end !== -1) {
        const header = this.buf.subarray(0, end);
        this.buf = this.buf.subarray(end);
        return header;
      }
      if (this.buf.length > MAX_HEADER_BYTES) return "too long";
      from = Math.max(0, this.buf.length - 3);
      if (!(await this.more())) return "cut";
    }
  }

  /** Reads `length` bytes, keeping at most `keep` of them; null when the input ends first. */
  async block(length: number, keep: number): Promise<Buffer | null> {
    const parts: Buffer[] = [];
    let kept = 0;
    let left = length;
    for (;;) {
      const piece = this.buf.subarray(0, Math.min(left, this.buf.length));
      this.buf = this.buf.subarray(piece.length);
      left -= piece.length;
      if (kept < keep) {
        const part = piece.subarray(0, keep - kept);
        parts.push(part);
        kept += part.length;
      }
      if (left === 0) return Buffer.concat(parts);
      this.buf = Buffer.alloc(0);
      if (!(await this.more())) return null;
    }
  }
}

/** End (exclusive) of the first "\r\n\r\n" or "\n\n" at or after `from`, or -1. */
function blankLine(buf: Buffer, from: number): number {
  for (let i = buf.indexOf(0x0a, from); i !== -1; i = buf.indexOf(0x0a, i + 1)) {
    if (buf[i + 1] === 0x0a) return i + 2;
    if (buf[i + 1] === 0x0d && buf[i + 2] === 0x0a) return i + 3;
  }
  return -1;
}

/** Record types that can hold an article; all others are skipped without being buffered. */
export const ARTICLE_TYPES = new Set(["response", "resource", "conversion"]);

export async function* frames(chunks: AsyncIterable<Buffer>, limit: number): AsyncGenerator<Frame> {
  const bytes = new Bytes(chunks[Symbol.asyncIterator]());
  while (await bytes.skipNewlines()) {
    const start = await bytes.startsWith("WARC/");
    if (start === "cut") {
      yield { kind: "error", detail: "truncated WARC record (the file ends inside its header)" };
      return;
    }
    if (start === "no") {
      yield {
        kind: "error",
        detail: "malformed WARC record (no WARC/ header line); the rest of the file is skipped",
      };
      return;
    }
    const raw = await bytes.headerBlock();
    if (raw === "cut") {
      yield { kind: "error", detail: "truncated WARC record (the file ends inside its header)" };
      return;
    }
    if (raw === "too long") {
      yield {
        kind: "error",
        detail: "malformed WARC record (header over 64 KB); the rest of the file is skipped",
      };
      return;
    }
    // warcio wants "\r\n" line ends; some writers use bare "\n".
    const lines = raw.toString("latin1").split(/\r?\n/);
    const header = Buffer.from(lines.join("\r\n"), "latin1");
    const field = (name: string): string | undefined =>
      lines
        .find((l) => l.toLowerCase().startsWith(`${name}:`))
        ?.slice(name.length + 1)
        .trim();
    const lengthText = field("content-length") ?? "";
    if (!/^\d{1,15}$/.test(lengthText)) {
      yield {
        kind: "error",
        detail: "malformed WARC record (no valid Content-Length); the rest of the file is skipped",
      };
      return;
    }
    const length = Number(lengthText);
    const type = field("warc-type") ?? "";
    const keep = ARTICLE_TYPES.has(type) ? (length <= limit ? length : HEAD_OF_LARGE) : 0;
    const block = await bytes.block(length, keep);
    if (block === null) {
      yield { kind: "error", detail: `truncated WARC record (the file ends before its ${length} bytes)` };
      return;
    }
    yield { kind: "record", header, type, length, block, whole: length <= limit };
  }
}
