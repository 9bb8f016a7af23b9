import { gzipSync } from "node:zlib";
import iconv from "iconv-lite";
import { describe, expect, it, vi } from "vitest";
import { WARCRecord, WARCSerializer } from "warcio";
import { read, tempDir, write } from "./helpers.js";

const FRANCE_SPAIN =
  "<html><head><title>Sommet</title></head><body><p>PARIS — La France et l'Espagne ont signé jeudi un accord sur l'énergie.</p></body></html>";
const KOREA =
  '<html><head><meta charset="euc-kr"></head><body><p>서울 - 한국과 일본 외교장관이 회담했다.</p></body></html>';

async function* body(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

type Spec = {
  type: "response" | "request" | "conversion";
  url: string;
  date?: string;
  statusline?: string;
  httpHeaders?: Record<string, string>;
  payload: Uint8Array;
};

// Builds the records of a small crawl: two articles, plus records a reader must skip.
function specs(): Spec[] {
  const html = { "Content-Type": "text/html" };
  return [
    {
      type: "response",
      url: "https://news.example.com/europe/france-spain-summit.html",
      date: "2024-04-10T06:30:00Z",
      httpHeaders: { "Content-Type": "text/html; charset=windows-1252" },
      payload: iconv.encode(FRANCE_SPAIN, "windows-1252"),
    },
    {
      type: "request",
      url: "https://news.example.com/europe/france-spain-summit.html",
      payload: new Uint8Array(),
    },
    {
      type: "response",
      url: "https://news.example.com/img/logo.png",
      httpHeaders: { "Content-Type": "image/png" },
      payload: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]),
    },
    {
      type: "response",
      url: "https://news.example.com/old-url",
      statusline: "HTTP/1.1 301 Moved Permanently",
      httpHeaders: { ...html, Location: "https://news.example.com/new-url" },
      payload: new TextEncoder().encode("<html>moved</html>"),
    },
    {
      // Charset only in <meta>, body gzip-compressed at the HTTP level.
      type: "response",
      url: "https://news.example.com/asia/korea-japan-ministers",
      date: "2024-04-11T01:00:00Z",
      httpHeaders: { ...html, "Content-Encoding": "gzip" },
      payload: gzipSync(iconv.encode(KOREA, "EUC-KR")),
    },
    {
      type: "conversion",
      url: "https://news.example.com/africa/kenya-ethiopia-road",
      date: "2024-04-12T00:00:00Z",
      payload: new TextEncoder().encode("NAIROBI — Kenya and Ethiopia opened a new road link on Friday."),
    },
  ];
}

async function buildWarc(gzip: boolean): Promise<Buffer> {
  const parts: Uint8Array[] = [
    await WARCSerializer.serialize(
      await WARCRecord.createWARCInfo(
        { filename: "crawl.warc", warcVersion: "WARC/1.1" },
        { software: "test" },
      ),
      { gzip },
    ),
  ];
  for (const s of specs()) {
    const record = await WARCRecord.create(
      {
        url: s.url,
        date: s.date ?? "2024-04-10T00:00:00Z",
        type: s.type,
        warcVersion: "WARC/1.1",
        ...(s.type === "conversion" ? { warcHeaders: { "Content-Type": "text/plain" } } : {}),
        ...(s.httpHeaders
          ? { httpHeaders: s.httpHeaders, statusline: s.statusline ?? "HTTP/1.1 200 OK" }
          : {}),
      },
      body(s.payload),
    );
    parts.push(await WARCSerializer.serialize(record, { gzip }));
  }
  return Buffer.concat(parts);
}

describe("WARC", () => {
  for (const gzip of [false, true]) {
    it(`reads HTML responses and text conversions${gzip ? " from a gzipped WARC" : ""}`, async () => {
      const dir = tempDir();
      const path = write(dir, gzip ? "crawl.warc.gz" : "crawl.warc", await buildWarc(gzip));
      const { docs, errors } = await read([path]);
      expect(errors).toEqual([]);
      expect(docs).toHaveLength(3);
      const [france, korea, kenya] = docs;
      expect(france?.id).toMatch(/^france-spain-summit-[0-9a-f]{8}$/);
      expect(france?.origin).toEqual({ path, format: "warc", record: 2, encoding: "windows-1252" });
      expect(france?.contentType).toBe("html");
      expect(france?.raw).toBe(FRANCE_SPAIN);
      expect(france?.hints).toEqual({
        url: "https://news.example.com/europe/france-spain-summit.html",
        published: "2024-04-10",
      });
      expect(korea?.origin.encoding).toBe("EUC-KR");
      expect(korea?.content).toBe(KOREA);
      expect(korea?.id).toMatch(/^korea-japan-ministers-[0-9a-f]{8}$/);
      expect(kenya?.contentType).toBe("text");
      expect(kenya?.content).toContain("Kenya and Ethiopia");
      expect(kenya?.hints.published).toBe("2024-04-12");
    });
  }

  it("gives the same ids on every read", async () => {
    const dir = tempDir();
    const path = write(dir, "again.warc", await buildWarc(false));
    const first = (await read([path])).docs.map((d) => d.id);
    const second = (await read([path])).docs.map((d) => d.id);
    expect(second).toEqual(first);
  });

  it("reports a record over the size limit and reads the others", async () => {
    const dir = tempDir();
    const path = write(dir, "limit.warc", await buildWarc(false));
    const { docs, errors } = await read([path], { maxDocumentBytes: 150 });
    expect(docs.map((d) => d.hints.url)).toEqual(["https://news.example.com/africa/kenya-ethiopia-road"]);
    expect(errors.map((e) => e.record)).toEqual([2, 6]);
    expect(errors[0]?.message).toMatch(/limit\.warc:2: record too large/);
  });

  it("reports a truncated gzipped WARC after the records it could read", async () => {
    const dir = tempDir();
    const whole = await buildWarc(true);
    const path = write(dir, "cut.warc.gz", whole.subarray(0, whole.length - 40));
    const { docs, errors } = await read([path]);
    expect(docs.length).toBeGreaterThanOrEqual(2);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/cut\.warc\.gz: truncated or corrupt gzip/);
  });

  it("keeps the complete records of a WARC cut off mid-record and reports the cut one", async () => {
    const dir = tempDir();
    const whole = await buildWarc(false);
    const path = write(dir, "cut.warc", whole.subarray(0, whole.length - 30));
    const { docs, errors } = await read([path]);
    expect(docs.map((d) => d.hints.url)).toEqual([
      "https://news.example.com/europe/france-spain-summit.html",
      "https://news.example.com/asia/korea-japan-ministers",
    ]);
    // The Kenya conversion lost its last bytes: not stored as a partial article.
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/cut\.warc:7: truncated WARC record/),
    ]);
  });

  it("reports a WARC cut off in its HTTP headers and reads the files after it", async () => {
    const dir = tempDir();
    const cut = write(
      dir,
      "a-cut.warc",
      "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.com/a\r\n" +
        "Content-Type: application/http; msgtype=response\r\nContent-Length: 500\r\n\r\n" +
        "HTTP/1.1 200 OK\r\nContent-Type: text/ht",
    );
    const after = write(
      dir,
      "b-after.txt",
      "SEOUL — South Korea and Japan agreed on Monday to resume talks.",
    );
    const { docs, errors } = await read([cut, after]);
    expect(docs.map((d) => d.origin.path)).toEqual([after]);
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/a-cut\.warc:1: truncated WARC record/),
    ]);
  });

  it("reports a WARC cut off inside a WARC header", async () => {
    const dir = tempDir();
    const path = write(dir, "head.warc", "WARC/1.0\r\nWARC-Type: response\r\nContent-Le");
    const { docs, errors } = await read([path]);
    expect(docs).toEqual([]);
    expect(errors[0]?.message).toMatch(/head\.warc:1: truncated WARC record/);
  });

  it("reports junk where a record should start (a Content-Length too small)", async () => {
    const dir = tempDir();
    const whole = await buildWarc(false);
    const text = whole.toString("latin1");
    // The Kenya conversion's length shrunk by ten: its last bytes are left where record 8 should begin.
    const at = text.lastIndexOf("Content-Length: ");
    const length = Number(/\d+/.exec(text.slice(at + 16))?.[0]);
    const bad = text.slice(0, at) + text.slice(at).replace(String(length), String(length - 10));
    const warn = vi.spyOn(console, "warn");
    const { docs, errors } = await read([write(dir, "short.warc", Buffer.from(bad, "latin1"))]);
    // warcio's own "Content-Length Too Small" warning named no file: the error above replaces it.
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
    expect(docs).toHaveLength(3);
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/short\.warc:8: malformed WARC record/),
    ]);
  });

  it("reports a .warc file that is not a WARC", async () => {
    const dir = tempDir();
    const { docs, errors } = await read([write(dir, "fake.warc", "This is not a web archive.\n")]);
    expect(docs).toEqual([]);
    expect(errors[0]?.message).toMatch(/^.*fake\.warc: /);
  });
});
