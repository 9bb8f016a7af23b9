// Damaged WARCs (cut at every offset, bytes flipped) must end, each with records or an error naming the file.
import { Readable } from "node:stream";
import { afterEach, describe, expect, it, vi } from "vitest";
import { WARCRecord, WARCSerializer } from "warcio";
import type { InputError } from "../../src/model/document.js";
import { readStream } from "../../src/readers/index.js";
import { collect } from "./helpers.js";

async function* body(text: string): AsyncGenerator<Uint8Array> {
  yield new TextEncoder().encode(text);
}

async function smallWarc(): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  const pages = [
    [
      "https://news.example.com/a",
      "<html><body><p>HANOI — Vietnam and Laos signed a border deal.</p></body></html>",
    ],
    [
      "https://news.example.com/b",
      "<html><body><p>LIMA — Peru recalled its envoy from Bolivia.</p></body></html>",
    ],
  ];
  for (const [url, html] of pages) {
    const record = await WARCRecord.create(
      { url, date: "2024-05-02T00:00:00Z", type: "response", httpHeaders: { "Content-Type": "text/html" } },
      body(html as string),
    );
    parts.push(await WARCSerializer.serialize(record));
  }
  return Buffer.concat(parts);
}

const PATH = "damaged.warc";

async function readBytes(bytes: Buffer) {
  return collect(readStream(Readable.from([bytes]), { path: PATH, name: PATH }));
}

// A flipped byte may also turn a record into one that is skipped on purpose (a "respoxse", a status 900).
function expectRecordsOrClearErrors(out: { docs: unknown[]; errors: InputError[] }): void {
  expect(out.docs.length).toBeLessThanOrEqual(2);
  for (const error of out.errors) expect(error.message.startsWith(`${PATH}`)).toBe(true);
}

describe("damaged WARC", () => {
  const warn = vi.spyOn(console, "warn");
  const log = vi.spyOn(console, "log");
  afterEach(() => {
    // warcio's own messages (no file name) must not reach the terminal.
    expect(warn).not.toHaveBeenCalled();
    expect(log).not.toHaveBeenCalled();
  });

  it("ends at every cut, with the whole records before it and a truncated-record error", async () => {
    const whole = await smallWarc();
    // Each block is followed by "\r\n\r\n"; a cut there loses nothing.
    const ends = [whole.indexOf("WARC/1.0", 10) - 4, whole.length - 4];
    for (let cut = 1; cut < whole.length; cut++) {
      const out = await readBytes(whole.subarray(0, cut));
      expectRecordsOrClearErrors(out);
      const complete = ends.filter((end) => cut >= end).length;
      expect(out.docs.length).toBe(complete);
      const inTrailer = ends.some((end) => cut >= end && cut <= end + 4);
      if (inTrailer) expect(out.errors).toEqual([]);
      else
        expect(out.errors.map((e) => e.message)).toEqual([
          expect.stringMatching(/truncated WARC record|not a WARC file/),
        ]);
    }
  }, 120_000);

  it("ends on flipped bytes, with records or errors naming the file", async () => {
    const whole = await smallWarc();
    let seed = 13;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let trial = 0; trial < 400; trial++) {
      const bytes = Buffer.from(whole);
      for (let k = 1 + Math.floor(random() * 4); k > 0; k--) {
        bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
      }
      expectRecordsOrClearErrors(await readBytes(bytes));
    }
  }, 120_000);
});
