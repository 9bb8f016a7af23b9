import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixtures, read, readOne, tempDir, write } from "./helpers.js";

describe("plain text and HTML", () => {
  it("reads a text scrape whole, as contentType text", async () => {
    const doc = await readOne(join(fixtures, "corpus/news-001.txt"));
    expect(doc.id).toBe("news-001");
    expect(doc.contentType).toBe("text");
    expect(doc.origin).toEqual({
      path: join(fixtures, "corpus/news-001.txt"),
      format: "text",
      encoding: "UTF-8",
    });
    expect(doc.content).toContain("South Korea and Japan agreed");
    expect(doc.raw).toBe(doc.content);
    expect(doc.hints).toEqual({});
  });

  it("reads a file without extension as text and normalises CRLF in content only", async () => {
    const dir = tempDir();
    const path = write(dir, "scrape", "HANOI - Talks began.\r\nThey ended.\r\n");
    const doc = await readOne(path);
    expect(doc.id).toBe("scrape");
    expect(doc.contentType).toBe("text");
    expect(doc.raw).toBe("HANOI - Talks began.\r\nThey ended.\r\n");
    expect(doc.content).toBe("HANOI - Talks began.\nThey ended.\n");
  });

  it("hands HTML over untouched as contentType html", async () => {
    const doc = await readOne(join(fixtures, "corpus/wire/brief.html"));
    expect(doc.id).toBe("brief");
    expect(doc.contentType).toBe("html");
    expect(doc.origin.format).toBe("html");
    expect(doc.content).toMatch(/^<!DOCTYPE html>/);
    expect(doc.content).toContain("<p>HANOI — Vietnam and Laos");
  });

  it("sniffs HTML in a file without a known extension", async () => {
    const dir = tempDir();
    const doc = await readOne(write(dir, "page.php", "<!doctype html><html><body><p>Hi</p></body></html>"));
    expect(doc.contentType).toBe("html");
  });
});

describe("JSON Lines", () => {
  it("yields one document per line with hints, ids from the record or <file>-<line>", async () => {
    const path = join(fixtures, "corpus/wire/records.jsonl");
    const { docs, errors } = await read([path]);
    expect(errors).toEqual([]);
    expect(docs.map((d) => d.id)).toEqual(["wire-17", "records-2"]);
    const [first, second] = docs;
    expect(first?.origin).toEqual({ path, format: "json", record: 1, encoding: "UTF-8" });
    expect(first?.hints).toEqual({
      title: "Indonesia, Australia to hold joint patrols",
      url: "https://news.example.org/asia/indonesia-australia-patrols.html",
      published: "2024-05-14",
      source: "Example Wire",
    });
    expect(first?.contentType).toBe("text");
    expect(JSON.parse(first?.raw ?? "")).toMatchObject({ id: "wire-17" });
    expect(second?.contentType).toBe("html");
    expect(second?.content).toContain("<p>PHNOM PENH");
  });

  it("reports malformed lines and records without content by line number and goes on", async () => {
    const dir = tempDir();
    const path = write(
      dir,
      "mixed.ndjson",
      [
        '{"id":"ok-1","text":"Fine."}',
        '{"id":"broken", "text": ',
        '{"id":"no-body","title":"Only a title"}',
        "",
        '{"id":"bad-type","text":"x","title":42}',
        '["not","an","object"]',
        '{"id":"ok-2","text":"Also fine."}',
      ].join("\n"),
    );
    const { docs, errors } = await read([path]);
    expect(docs.map((d) => d.id)).toEqual(["ok-1", "ok-2"]);
    expect(docs.map((d) => d.origin.record)).toEqual([1, 7]);
    expect(errors.map((e) => e.record)).toEqual([2, 3, 5, 6]);
    expect(errors[0]?.message).toMatch(new RegExp(`^${path}:2: malformed JSON line`));
    expect(errors[1]?.message).toContain("record has no text or html");
    expect(errors[2]?.message).toContain('field "title"');
    expect(errors[3]?.message).toContain("not a JSON object");
  });

  it("reports a line over the per-document limit without stopping", async () => {
    const dir = tempDir();
    const big = JSON.stringify({ id: "big", text: "x".repeat(5000) });
    const path = write(dir, "big.jsonl", `${big}\n{"id":"small","text":"ok"}\n`);
    const { docs, errors } = await read([path], { maxDocumentBytes: 1000 });
    expect(docs.map((d) => d.id)).toEqual(["small"]);
    expect(errors[0]?.message).toMatch(/big\.jsonl:1: line too large/);
  });
});

describe("JSON files", () => {
  it("reads an array of records, numbering items", async () => {
    const dir = tempDir();
    const records = [
      {
        id: 7,
        title: "Chile and Peru sign trade pact",
        published: "May 3, 2024",
        text: "LIMA — Chile and Peru signed a pact.",
      },
      { url: "https://x.example/a", html: "<p>Body</p>" },
      { title: "no content" },
    ];
    const path = write(dir, "batch.json", JSON.stringify(records, null, 2));
    const { docs, errors } = await read([path]);
    expect(docs.map((d) => d.id)).toEqual(["7", "batch-2"]);
    expect(docs[0]?.hints.published).toBe("2024-05-03");
    expect(docs[0]?.raw).toBe(JSON.stringify(records[0]));
    expect(docs[1]?.origin.record).toBe(2);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/batch\.json:3: record has no text or html/);
  });

  it("reads a JSON Feed and a single-record object", async () => {
    const dir = tempDir();
    const feed = {
      version: "https://jsonfeed.org/version/1.1",
      title: "Example Pacific",
      items: [
        { id: "p1", content_text: "SUVA — Fiji and Tonga met.", date_published: "2024-02-01T00:00:00Z" },
      ],
    };
    const fromFeed = await readOne(write(dir, "pacific.json", JSON.stringify(feed)));
    expect(fromFeed.id).toBe("p1");
    expect(fromFeed.hints).toEqual({ source: "Example Pacific", published: "2024-02-01" });
    const single = await readOne(write(dir, "one.json", '{"text":"APIA — Samoa votes."}'));
    expect(single.id).toBe("one-1");
    expect(single.content).toBe("APIA — Samoa votes.");
  });

  it("reads a .json file that is really JSON Lines", async () => {
    const dir = tempDir();
    const path = write(dir, "dump.json", '{"id":"l1","text":"One."}\n{"id":"l2","text":"Two."}\n');
    const { docs } = await read([path]);
    expect(docs.map((d) => [d.id, d.origin.record])).toEqual([
      ["l1", 1],
      ["l2", 2],
    ]);
  });

  it("reports invalid JSON with its line", async () => {
    const dir = tempDir();
    const path = write(dir, "broken.json", '[\n  {"text": "a"},\n  {"text": }\n]');
    const { docs, errors } = await read([path]);
    expect(docs).toEqual([]);
    expect(errors[0]?.message).toMatch(/broken\.json: invalid JSON: .*line 3/);
  });
});

describe("RSS", () => {
  it("makes each item a document with its metadata", async () => {
    const path = join(fixtures, "feed.rss");
    const { docs, errors } = await read([path]);
    expect(docs).toHaveLength(2);
    const [a, b] = docs;
    expect(a?.id).toBe("asia-desk-4411");
    expect(a?.origin).toEqual({ path, format: "rss", record: 1, encoding: "UTF-8" });
    expect(a?.contentType).toBe("html");
    // content:encoded wins over description; CDATA unwrapped.
    expect(a?.content).toBe(
      "<p>MANILA — Coast guard officials from the Philippines and China met in Manila on Tuesday &amp; agreed to keep a hotline open.</p>",
    );
    expect(a?.hints).toEqual({
      title: "Philippines and China hold coast guard talks",
      url: "https://asia.example.net/2024/06/ph-china-coast-guard.html",
      published: "2024-06-04",
      author: "Maria Santos",
      source: "Example Asia Desk",
    });
    expect(a?.raw).toMatch(/^<item>[\s\S]*<guid isPermaLink="false">asia-desk-4411<\/guid>[\s\S]*<\/item>$/);
    // No guid: the id comes from the link.
    expect(b?.id).toMatch(/^my-sg-water-[0-9a-f]{8}$/);
    expect(b?.contentType).toBe("text");
    expect(b?.hints.author).toBe("Lee Wen");
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/feed\.rss:3: feed item has no content/);
  });

  it("sniffs a feed saved as .xml and rejects XML that is not a feed", async () => {
    const dir = tempDir();
    const rss =
      '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>A</title><description>Body text.</description></item></channel></rss>';
    const doc = await readOne(write(dir, "export.xml", rss));
    expect(doc.id).toBe("export-1");
    expect(doc.origin.format).toBe("rss");
    const { errors } = await read([
      write(dir, "sitemap.xml", '<?xml version="1.0"?><urlset><url/></urlset>'),
    ]);
    expect(errors[0]?.message).toMatch(/sitemap\.xml: not an RSS or Atom feed/);
  });
});

describe("RSS 1.0", () => {
  it("reads items that sit beside the channel", async () => {
    const dir = tempDir();
    const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://old.example.org/"><title>Old Wire</title></channel>
  <item rdf:about="https://old.example.org/nz-fiji"><title>New Zealand pledges aid to Fiji</title>
    <link>https://old.example.org/nz-fiji</link><dc:date>2023-11-20T09:00:00+12:00</dc:date>
    <dc:creator>Sam Tane</dc:creator><description>WELLINGTON — New Zealand pledged cyclone aid to Fiji.</description></item>
</rdf:RDF>`;
    const doc = await readOne(write(dir, "old.rdf", rdf));
    expect(doc.origin.format).toBe("rss");
    expect(doc.id).toMatch(/^nz-fiji-[0-9a-f]{8}$/);
    expect(doc.hints).toEqual({
      title: "New Zealand pledges aid to Fiji",
      url: "https://old.example.org/nz-fiji",
      published: "2023-11-20",
      author: "Sam Tane",
      source: "Old Wire",
    });
  });
});

describe("Atom", () => {
  it("reads entries: html, xhtml and text content, alternate link, dates, author", async () => {
    const path = join(fixtures, "feed.atom");
    const { docs, errors } = await read([path]);
    expect(errors).toEqual([]);
    expect(docs).toHaveLength(3);
    const [a, b, c] = docs;
    expect(a?.origin.format).toBe("atom");
    expect(a?.id).toMatch(/^rail-0702-[0-9a-f]{8}$/);
    expect(a?.contentType).toBe("html");
    expect(a?.content).toBe(
      "<p>WARSAW — Polish and German transport ministers discussed a faster rail link between Warsaw and Berlin on Tuesday.</p>",
    );
    expect(a?.hints).toEqual({
      title: "Poland and Germany discuss rail link",
      url: "https://eu.example.com/poland-germany-rail",
      published: "2024-07-02",
      author: "Anna Nowak",
      source: "Example Europe Bulletin",
    });
    expect(b?.contentType).toBe("html");
    expect(b?.content).toContain("<p>ATHENS — Greece and Turkey resumed");
    expect(b?.hints.url).toBe("https://eu.example.com/greece-turkey-dialogue");
    expect(b?.hints.published).toBe("2024-07-01");
    expect(c?.contentType).toBe("text");
    expect(c?.content).toBe("BRUSSELS — Ministers met & agreed to meet again.");
    expect(c?.raw).toMatch(/^<entry>[\s\S]*Plain text entry[\s\S]*<\/entry>$/);
  });
});
