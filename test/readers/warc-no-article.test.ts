// A WARC holding no article (only crawl info, redirects, error pages) is said so, naming the file:
// found by the fuzzer, such a file was neither stored nor reported, so a user saw nothing at all.
import { describe, expect, it } from "vitest";
import { read, tempDir, write } from "./helpers.js";

function record(type: string, contentType: string, block: string): string {
  const bytes = Buffer.byteLength(block);
  return `WARC/1.0\r\nWARC-Type: ${type}\r\nWARC-Target-URI: https://news.example.org/a\r\nContent-Type: ${contentType}\r\nContent-Length: ${bytes}\r\n\r\n${block}\r\n\r\n`;
}

const notFound = record(
  "response",
  "application/http; msgtype=response",
  "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<h1>Not found</h1>",
);
const article = record(
  "response",
  "application/http; msgtype=response",
  "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>SEOUL — South Korea and Japan agreed on Monday to resume talks.</p></body></html>",
);

describe("a WARC file without article records", () => {
  const dir = tempDir();

  it("is an error naming the file", async () => {
    const path = write(
      dir,
      "crawl.warc",
      record("warcinfo", "application/warc-fields", "software: x\r\n") + notFound,
    );
    const { docs, errors } = await read([path]);
    expect(docs).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.path).toBe(path);
    expect(errors[0]?.detail).toMatch(/no article/);
  });

  it("is not said of a WARC that has one", async () => {
    const path = write(dir, "good.warc", notFound + article);
    const { docs, errors } = await read([path]);
    expect(docs).toHaveLength(1);
    expect(errors).toEqual([]);
  });
});
