// Properties: cleanBody never throws, and cleaning a cleaned text with its metadata changes nothing.
// Idempotence, precisely: for r = cleanBody(x, h), cleanBody(r.text, r.meta).text === r.text.
// (The metadata goes back in as hints: without it, the first paragraph of a cleaned text could be taken
// for a title a second time.)
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanBody } from "../../src/cleaning/clean.js";
import { fixture } from "./helpers.js";

// Lines that look like real article parts and noise, so the rules actually fire on generated bodies.
const pieces = [
  ...["agency-wire.txt", "teaser.txt", "repeated-body.txt", "live-blog.txt"].flatMap((f) =>
    fixture(f).split("\n"),
  ),
  "(END)",
  "Related coverage:",
  "Photo: Reuters",
  "Skip to content Home > World > Asia Talks resume in Hanoi today after a long pause.",
];
const line = fc.oneof(
  fc.constantFrom(...pieces),
  fc.string({ maxLength: 80 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
);
const body = fc.array(line, { maxLength: 16 }).map((ls) => ls.join("\n"));
const hints = fc.record(
  {
    title: fc.option(fc.constantFrom(...pieces.slice(0, 6)), { nil: null }),
    source: fc.constantFrom("AFP", null),
  },
  { requiredKeys: [] },
);

describe("cleanBody properties", () => {
  it("never throws, on any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (s) => {
        const r = cleanBody(s, {});
        expect(typeof r.text).toBe("string");
      }),
      { numRuns: 500 },
    );
  });

  it("is idempotent when the metadata goes back in as hints", () => {
    fc.assert(
      fc.property(body, hints, (b, h) => {
        const r = cleanBody(b, h);
        // A record whose every line would go keeps its sentences as a last resort; cleaning that
        // again may drop one of them (the next property), so it is left out here.
        fc.pre(!r.shortRecord);
        expect(cleanBody(r.text, r.meta).text).toBe(r.text);
      }),
      { numRuns: 800 },
    );
  });

  it("never empties a short record that was kept, when cleaned again", () => {
    fc.assert(
      // Records of a few article-like lines: the ones that end up short records.
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 3 }), hints, (ls, h) => {
        const r = cleanBody(ls.join("\n"), h);
        fc.pre(r.shortRecord === true && r.text !== "");
        expect(cleanBody(r.text, r.meta).text).not.toBe("");
      }),
      { numRuns: 300 },
    );
  });

  it("never returns empty paragraphs or stray whitespace", () => {
    fc.assert(
      fc.property(body, (b) => {
        const { text } = cleanBody(b, {});
        if (text) for (const p of text.split("\n\n")) expect(p).toMatch(/^\S(?:.*\S)?$/su);
      }),
      { numRuns: 400 },
    );
  });

  it("reports removed lines that exist in the body", () => {
    fc.assert(
      fc.property(body, (b) => {
        const n = b.split(/\r\n|\r|\n|\u2028|\u2029/).length;
        for (const x of cleanBody(b, {}).removed) expect(x.line).toBeLessThan(n);
      }),
      { numRuns: 300 },
    );
  });
});
