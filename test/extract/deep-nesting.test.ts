// Markup nested thousands deep (hostile or broken pages; found by the fuzzer in a feed item) must
// cost time in proportion to its size and keep the article: Readability scores every wrapper
// against all of its descendants, which took 46 s for 800 nested divs and found no text.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/html-article.js";

const paragraphs = [
  "SEOUL — South Korean and Japanese foreign ministers met in Tokyo on Monday and agreed to resume talks on a fisheries accord that stalled two years ago.",
  "Officials from both sides said a working group would meet before the end of the month, and that the two governments would exchange data on catches in disputed waters.",
  "The ministers also discussed the detention of two Korean sailors, whose early release Seoul has sought since the spring.",
].map((p) => `<p>${p}</p>`);

function nested(depth: number, open = "<div>", close = "</div>"): string {
  return `<html><body>${open.repeat(depth)}${paragraphs.join("")}${close.repeat(depth)}</body></html>`;
}

describe("deeply nested markup", () => {
  it("keeps the article under 3,000 nested divs", { timeout: 60_000 }, () => {
    const { text } = extractArticle(nested(3000));
    expect(text).toContain("agreed to resume talks on a fisheries accord");
    expect(text).toContain("early release Seoul has sought");
  });

  it("finishes on 50,000 unclosed inline wrappers", { timeout: 60_000 }, () => {
    const html = `<html><body>${paragraphs[0]}${"<b><i>".repeat(50_000)}${paragraphs.slice(1).join("")}</body></html>`;
    const { text } = extractArticle(html);
    expect(text).toContain("fisheries accord");
  });

  it("leaves ordinary nesting as it was", () => {
    expect(extractArticle(nested(12)).text).toBe(extractArticle(nested(1)).text);
  });
});
