import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateArticles, generateHtmlPages, writeCorpus } from "../../src/bench/corpus.js";
import { templates } from "../../src/bench/corpus-story.js";

const articles = [...generateArticles(1500, 7)];
const lines = (text: string) => text.split("\n").filter((l) => l.trim() !== "");

describe("generateArticles", () => {
  it("is deterministic: same seed, same articles; another seed, other articles", () => {
    expect([...generateArticles(40, 7)]).toEqual(articles.slice(0, 40));
    const other = [...generateArticles(40, 8)];
    expect(other.map((a) => a.text)).not.toEqual(articles.slice(0, 40).map((a) => a.text));
  });

  it("gives article i the same content whatever the count asked for", () => {
    expect([...generateArticles(3, 7)]).toEqual(articles.slice(0, 3));
  });

  it("produces unique ids and well-formed metadata", () => {
    expect(new Set(articles.map((a) => a.id)).size).toBe(articles.length);
    for (const a of articles) {
      expect(a.published).toMatch(/^20(1[5-9]|2[0-5])-\d\d-\d\d$/);
      expect(a.title.length).toBeGreaterThan(10);
      expect(a.source.length).toBeGreaterThan(1);
    }
  });

  it("keeps every article within ~3 KB ±30%", () => {
    const sizes = articles.map((a) => Buffer.byteLength(a.text));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(2100);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(3900);
    const mean = sizes.reduce((s, n) => s + n, 0) / sizes.length;
    expect(mean).toBeGreaterThan(2600);
    expect(mean).toBeLessThan(3400);
  });

  it("mentions the two countries' people and diplomatic verbs in news style", () => {
    const all = articles.map((a) => a.text).join("\n");
    for (const verb of [" met ", " urged ", " warned ", " signed ", " arrived in "])
      expect(all).toContain(verb);
    expect(all).toMatch(/ Foreign Minister [A-Z][a-z]+ [A-Z][a-z]+-[a-z]+ /); // Korean names, hyphenated
  });

  const share = (test: (text: string, title: string) => boolean) =>
    articles.filter((a) => test(a.text, a.title)).length / articles.length;

  it.each([
    ["crawler prefix", (t: string) => /^ date \d{4}-\d\d-\d\d \S/.test(t), 0.3, 0.7],
    ["agency byline", (t: string) => / \| Updated: \d\d-\d\d-\d{4} /.test(t), 0.03, 0.3],
    ["dateline", (t: string) => /^[A-Z][A-Z .]+(, [A-Z][a-z]+ \d+)? \([\w ]+\) --? /m.test(t), 0.2, 0.7],
    ["ad marker", (t: string) => /^\[ad_\d\]$/m.test(t), 0.02, 0.5],
    ["Read More", (t: string) => /^Read More$/m.test(t), 0.005, 0.3],
    ["caption", (t: string) => /^(Photo: |Image: |\(File photo\)$)/m.test(t), 0.05, 0.6],
    [
      "read-also link",
      (t: string) => /^(Read - |Also read: |READ ALSO: |Related coverage: )/m.test(t),
      0.05,
      0.6,
    ],
    [
      "related headline",
      (t: string) => lines(t).some((l) => templates.relatedHeadlines.includes(l)),
      0.1,
      0.8,
    ],
    [
      "repeated title",
      (t: string, title: string) => lines(t).filter((l) => l.endsWith(title)).length >= 2,
      0.05,
      0.4,
    ],
    ["mojibake", (t: string) => t.includes("â€"), 0.005, 0.15],
    ["curly quotes", (t: string) => t.includes("“"), 0.1, 0.6],
  ])("includes %s noise in some articles, not all", (_kind, test, min, max) => {
    const s = share(test);
    expect(s).toBeGreaterThanOrEqual(min);
    expect(s).toBeLessThanOrEqual(max);
  });

  it("repeats a teaser paragraph in some articles and the whole body in a few", () => {
    const repeats = articles.map((a) => {
      const ls = lines(a.text).filter((l) => l.length > 80);
      return ls.length - new Set(ls).size;
    });
    expect(repeats.filter((r) => r === 1).length).toBeGreaterThan(30);
    expect(repeats.filter((r) => r >= 5).length).toBeGreaterThan(10);
    expect(repeats.filter((r) => r === 0).length).toBeGreaterThan(articles.length / 2);
  });
});

describe("generateHtmlPages", () => {
  const pages = [...generateHtmlPages(60, 7)];

  it("is deterministic and sized like real news pages", () => {
    expect([...generateHtmlPages(5, 7)]).toEqual(pages.slice(0, 5));
    for (const p of pages) {
      expect(p.html.length).toBeGreaterThanOrEqual(8000);
      expect(p.html.length).toBeLessThanOrEqual(20000);
    }
  });

  it("has head metadata, page furniture and an article with paragraphs and subheadings", () => {
    for (const { html } of pages) {
      for (const part of [
        'property="og:title"',
        "<nav",
        "<article",
        "<aside",
        "<footer",
        "<script src=",
        "<h2>",
      ]) {
        expect(html).toContain(part);
      }
      const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)?.[1] ?? "null");
      const h1 = /<h1 class="headline">(.*?)<\/h1>/.exec(html)?.[1];
      expect(ld["@type"]).toBe("NewsArticle");
      expect(ld.datePublished).toMatch(/^\d{4}-\d\d-\d\dT/);
      expect(h1?.replace(/&amp;/g, "&").replace(/&quot;/g, '"')).toBe(ld.headline);
      expect((html.match(/<p>/g) ?? []).length).toBeGreaterThanOrEqual(8);
    }
  });
});

describe("writeCorpus", () => {
  const dir = mkdtempSync(join(tmpdir(), "dyad-corpus-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes the articles as JSONL and each page as an .html file", async () => {
    const written = await writeCorpus(dir, { articles: 30, html: 4, seed: 7 });
    const jsonl = readFileSync(join(dir, "articles.jsonl"), "utf8").trimEnd().split("\n");
    expect(jsonl.map((l) => JSON.parse(l))).toEqual(articles.slice(0, 30));
    const htmlFiles = readdirSync(join(dir, "html")).sort();
    expect(htmlFiles).toEqual([
      "page-000001.html",
      "page-000002.html",
      "page-000003.html",
      "page-000004.html",
    ]);
    expect(readFileSync(join(dir, "html", "page-000001.html"), "utf8")).toBe(pages0());
    const bytes =
      statSync(join(dir, "articles.jsonl")).size +
      htmlFiles.reduce((s, f) => s + statSync(join(dir, "html", f)).size, 0);
    expect(written).toEqual({ files: 5, bytes });
  });
});

function pages0(): string {
  return generateHtmlPages(1, 7).next().value?.html ?? "";
}
