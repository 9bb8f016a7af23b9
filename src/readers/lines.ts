// Streams a byte source line by line with flat memory: only the current line is buffered.
import iconv from "iconv-lite";

export interface Line {
  /** 1-based line number. */
  number: number;
  /** The line's bytes without "\n" / "\r\n"; empty when the line was too long. */
  bytes: Buffer;
  /** Length in bytes when the line exceeded the limit (its bytes were dropped). */
  tooLong?: number;
}

export async function* splitLines(chunks: AsyncIterable<Buffer>, maxLineBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let length = 0;
  let number = 0;
  const finish = (): Line => {
    number++;
    if (length > maxLineBytes) return { number, bytes: Buffer.alloc(0), tooLong: length };
    let bytes = Buffer.concat(parts);
    if (bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, -1);
    return { number, bytes };
  };
  for await (const chunk of chunks) {
    let start = 0;
    for (let nl = chunk.indexOf(0x0a); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
      add(chunk.subarray(start, nl));
      yield finish();
      parts = [];
      length = 0;
      start = nl + 1;
    }
    add(chunk.subarray(start));
  }
  if (length > 0) yield finish();

  function add(piece: Buffer): void {
    length += piece.length;
    // Past the limit only the count is kept.
    if (length <= maxLineBytes && piece.length > 0) parts.push(Buffer.from(piece));
  }
}

/** UTF-16 has NUL bytes inside characters, so it is turned into UTF-8 before splitting on "\n". */
export async function* toUtf8(chunks: AsyncIterable<Buffer>, encoding: string): AsyncGenerator<Buffer> {
  const decoder = iconv.getDecoder(encoding);
  for await (const chunk of chunks) {
    const text = decoder.write(chunk);
    if (text) yield Buffer.from(text, "utf8");
  }
  const rest = decoder.end();
  if (rest) yield Buffer.from(rest, "utf8");
}
