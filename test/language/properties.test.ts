import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/language/analyse.js";
import type { Span } from "../../src/model/document.js";
import { newsy } from "./newsy.js";

function checkSpans(text: string, spans: Span[]): void {
  let last = 0;
  for (const s of spans) {
    expect(s.start).toBeGreaterThanOrEqual(last);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(text.length);
    const piece = text.slice(s.start, s.end);
    expect(piece).toBe(piece.trim());
    last = s.end;
  }
}

const anyText = fc.oneof(fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" }), newsy);

describe("analyse properties", () => {
  it("returns ordered, non-overlapping, trimmed spans within bounds for any text", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { sentences, tokens } = analyse(text);
        checkSpans(text, sentences);
        checkSpans(text, tokens);
        for (const s of sentences) expect(/[\n\r]/.test(text.slice(s.start, s.end))).toBe(false);
        for (const t of tokens) expect(t.pos).toMatch(/^[A-Z]+$/);
      }),
      { numRuns: 500 },
    );
  });

  it("covers every non-space character of the text with a sentence", () => {
    fc.assert(
      fc.property(newsy, (text) => {
        const { sentences } = analyse(text);
        const covered = sentences.map((s) => text.slice(s.start, s.end)).join("");
        expect(covered.replace(/\s/g, "")).toBe(text.replace(/\s/g, ""));
      }),
      { numRuns: 300 },
    );
  });

  it("puts every non-space character in some token", () => {
    fc.assert(
      fc.property(fc.oneof(newsy, fc.string({ unit: "grapheme" })), (text) => {
        const { tokens } = analyse(text);
        const joined = tokens.map((t) => text.slice(t.start, t.end)).join("");
        expect(joined.replace(/\s/g, "")).toBe(text.replace(/\s/g, ""));
      }),
      { numRuns: 500 },
    );
  });
});
