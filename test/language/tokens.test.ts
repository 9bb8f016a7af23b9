import { describe, expect, it } from "vitest";
import { analyse } from "../../src/language/analyse.js";

const tokensOf = (text: string) =>
  analyse(text).tokens.map((t) => ({ text: text.slice(t.start, t.end), pos: t.pos }));

describe("tokens", () => {
  it("tags a simple sentence with Universal POS", () => {
    const tokens = tokensOf("The foreign minister met her counterpart in Seoul.");
    expect(tokens.map((t) => t.text)).toEqual([
      "The",
      "foreign",
      "minister",
      "met",
      "her",
      "counterpart",
      "in",
      "Seoul",
      ".",
    ]);
    const pos = Object.fromEntries(tokens.map((t) => [t.text, t.pos]));
    expect(pos).toMatchObject({
      The: "DET",
      minister: "NOUN",
      met: "VERB",
      in: "ADP",
      Seoul: "PROPN",
      ".": "PUNCT",
    });
  });

  it.each([
    ["Foreign Minister Cho Tae-yul arrived in Washington.", "Tae-yul"],
    ["Kang Kyung-wha spoke to reporters.", "Kyung-wha"],
    ["President Moon Jae-in welcomed the envoy.", "Jae-in"],
    ["Kim Jong-un's sister issued a statement.", "Jong-un"],
    ["Taiwan's Tsai Ing-wen met the delegation.", "Ing-wen"],
  ])("keeps the hyphenated name in %j as one PROPN token", (text, name) => {
    const token = tokensOf(text).find((t) => t.text === name);
    expect(token).toEqual({ text: name, pos: "PROPN" });
  });

  it("tags the family name before a hyphenated given name PROPN", () => {
    const tokens = tokensOf("Moon Jae-in met Song Young-gil and Park Ji-won.");
    for (const name of ["Moon", "Song", "Park"])
      expect(tokens.find((t) => t.text === name)?.pos).toBe("PROPN");
    expect(tokens.find((t) => t.text === "met")?.pos).toBe("VERB");
  });

  it("does not turn ordinary hyphenated words into names", () => {
    const tokens = tokensOf("The anti-war protest and the co-op were in the well-known square.");
    expect(tokens.filter((t) => t.pos === "PROPN")).toEqual([]);
  });

  it("gives offsets that slice back to the token, with text before, between and after", () => {
    const text =
      "SEOUL, May 13 (Yonhap) -- “We can't wait,” said Kim Yo-jong. 😀 Café talks ended.\n\nU.S. envoy left.";
    const { tokens } = analyse(text);
    expect(tokens.length).toBeGreaterThan(15);
    let last = 0;
    for (const t of tokens) {
      expect(t.start).toBeGreaterThanOrEqual(last);
      expect(text.slice(last, t.start).trim()).toBe("");
      last = t.end;
    }
    expect(text.slice(last).trim()).toBe("");
    const texts = tokens.map((t) => text.slice(t.start, t.end));
    expect(texts).toContain("Yo-jong");
    expect(texts).toContain("U.S.");
    expect(texts).toContain("Café");
  });

  it("keeps a token wink returns with a space glued to it (a URL run into an e-mail)", () => {
    const text = '😀e-mail@x.org"$5.3http://x.com/a?b=1e-mail@x.org .';
    const tokens = tokensOf(text).map((t) => t.text);
    expect(tokens).toContain("http://x.com/a?b=1e-mail@x.org");
    expect(tokens.join("")).toBe(text.replace(/\s/g, ""));
  });
});
