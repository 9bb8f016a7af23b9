import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/html-article.js";

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/extract/${name}`, import.meta.url), "utf8");

describe("extractArticle on a news page", () => {
  const { text, meta } = extractArticle(fixture("news-article.html"), "https://ledger.example.com/x?utm=1");
  const lines = text.split("\n");

  it("keeps the article's paragraphs, one per line, in order", () => {
    expect(lines[0]).toMatch(/^Negotiators from Norland and Estmark agreed on Tuesday/);
    expect(lines).toContain(
      "The pact, signed in the harbour town of Vesterby, gives Estmark 55 per cent of the catch in the first two years and an equal split after that, officials from both delegations said.",
    );
    expect(lines[lines.length - 1]).toMatch(/^Environmental groups welcomed the deal/);
  });

  it("keeps subheadings and list items as their own lines", () => {
    expect(lines).toContain("A dispute over lines on a chart");
    expect(lines).toContain("What changes for the fleets");
    expect(lines).toContain("Boats from both countries may land catch in either port.");
    expect(lines.indexOf("A dispute over lines on a chart")).toBeLessThan(
      lines.findIndex((l) => l.startsWith("The quarrel began")),
    );
  });

  it("decodes entities and normalises whitespace", () => {
    expect(text).toContain("“Nobody wanted a confrontation at sea,” Estmark’s fisheries minister");
    expect(text).toContain("certainty & a season");
    expect(text).not.toMatch(/&[a-z]+;|&#\d+;/);
    expect(text).not.toMatch(/ {2}|\t|^ | $/m);
  });

  it("drops navigation, share bar, caption, related links, newsletter, comments, sidebar and footer", () => {
    for (const junk of [
      "Business",
      "Share on Facebook",
      "Trawlers moored",
      "Estmark recalls ambassador",
      "Sign up for our morning briefing",
      "common sense from both governments",
      "Most read",
      "Storm closes the northern ferry",
      "All rights reserved",
      "We use cookies",
    ]) {
      expect(text, junk).not.toContain(junk);
    }
  });

  it("does not repeat the headline in the body", () => {
    expect(lines).not.toContain("Harbour talks end with fishing pact");
  });

  it("reads metadata from meta tags and JSON-LD", () => {
    expect(meta.title).toBe("Harbour talks end with fishing pact between Norland and Estmark");
    // The page's own calendar day, not shifted to UTC (22:40 on the 5th at UTC-5 is the 6th in UTC).
    expect(meta.published).toBe("2024-03-05");
    expect(meta.author).toBe("Mara Lindqvist");
    expect(meta.site).toBe("The Coastal Ledger");
    expect(meta.source).toBe("Coastal Ledger Media");
    // Canonical link, resolved against the page's address.
    expect(meta.url).toBe("https://ledger.example.com/world/2024/03/05/harbour-talks-fishing-pact");
  });
});

describe("extractArticle on a plain blog page", () => {
  const { text, meta } = extractArticle(fixture("blog-post.html"), "https://courier.example.org/p/123");

  it("finds the paragraphs even with unclosed <p> tags", () => {
    const lines = text.split("\n");
    expect(
      lines.filter((l) => /^(The road bridge|Customs officers|The two governments)/.test(l)),
    ).toHaveLength(3);
    expect(text).not.toContain("Tweet");
    expect(text).not.toContain("Contact");
  });

  it("falls back to <title> without the site suffix, meta date and the given url", () => {
    expect(meta.title).toBe("Border crossing reopens after flood repairs");
    expect(meta.published).toBe("2023-11-02");
    expect(meta.url).toBe("https://courier.example.org/p/123");
    expect(meta.source).toBeUndefined();
  });
});

describe("extractArticle without an article", () => {
  it("returns empty text for a page with no article", () => {
    expect(extractArticle(fixture("no-article.html")).text).toBe("");
  });

  it("returns empty text for empty or non-HTML input", () => {
    expect(extractArticle("").text).toBe("");
    expect(extractArticle("<html><body></body></html>").text).toBe("");
  });

  it("never throws on malformed HTML", () => {
    const broken = [
      "<html><body><div><p>Unclosed <b>bold <i>italic</div></span></p>",
      "<<<>>><p>&#xFFFFFFFF; &#0; &bogus; </p></td></tr>",
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":</script><p>x',
      "<html><head><title>T</title></head><body>".repeat(50),
      "\u0000\u0001<p>\ud800</p>",
    ];
    for (const html of broken) expect(() => extractArticle(html, "not a url")).not.toThrow();
  });

  it("uses the JSON-LD articleBody when the page body holds no article", () => {
    const body = "The two ministers met in Geneva on Monday. ".repeat(8).trim();
    const html = `<html><head><script type="application/ld+json">${JSON.stringify({
      "@type": "NewsArticle",
      headline: "Ministers meet",
      articleBody: `${body}\n\nThey agreed to meet again in May.`,
    })}</script></head><body><nav><a href="/">Home</a></nav></body></html>`;
    const { text, meta } = extractArticle(html);
    expect(text.split("\n")).toEqual([body, "They agreed to meet again in May."]);
    expect(meta.title).toBe("Ministers meet");
  });
});
