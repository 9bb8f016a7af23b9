import { createRequire } from "node:module";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { winkTokens } from "../../src/language/wink.js";
import { checkWinkVersions, SUPPORTED_WINK, winkVersionError } from "../../src/language/wink-version.js";
import { newsWords, newsy } from "./newsy.js";

// The fork (src/language/wink*.ts, pos-automaton.ts) must give exactly what wink's own readDoc()
// gives: the same tokens with the same POS. It computes no lemmas (Dyad lemmatizes with
// events/lemma.ts), so there are none to compare. Both caches learn each new word of a text, so
// every text goes through both, in the same order.
const require = createRequire(import.meta.url);
const winkNLP = require("wink-nlp") as typeof import("wink-nlp").default;
const nlp = winkNLP(require("wink-eng-lite-web-model"), ["pos"]);

function readDoc(text: string): { values: string[]; tags: string[] } {
  const tokens = nlp.readDoc(text).tokens();
  return { values: tokens.out(nlp.its.value) as string[], tags: tokens.out(nlp.its.pos) as string[] };
}

describe("wink fork against readDoc()", () => {
  it("agrees on tokens and POS for news-like sentences", () => {
    fc.assert(
      fc.property(newsWords, (text) => {
        expect(winkTokens(text)).toEqual(readDoc(text));
      }),
      { numRuns: 400 },
    );
  });

  it("agrees on tokens and POS for pieces run together and any characters", () => {
    fc.assert(
      fc.property(fc.oneof(newsy, fc.string({ unit: "grapheme", maxLength: 60 })), (text) => {
        expect(winkTokens(text)).toEqual(readDoc(text));
      }),
      { numRuns: 400 },
    );
  });
});

describe("wink version guard", () => {
  it("accepts the supported versions", () => {
    expect(winkVersionError({ ...SUPPORTED_WINK })).toBeNull();
  });

  it("names what was found, what is supported and what to do", () => {
    const error = winkVersionError({ "wink-nlp": "2.5.0", "wink-eng-lite-web-model": "1.8.1" });
    expect(error?.message).toContain("wink-nlp 2.5.0 (supported: 2.4.0)");
    expect(error?.message).not.toContain("wink-eng-lite-web-model 1.8.1 (");
    expect(error?.message).toContain("npm install wink-nlp@2.4.0");
    expect(error?.message).toContain("src/language/README.md");
  });

  it("refuses a model without a version", () => {
    const error = winkVersionError({ "wink-nlp": "2.4.0", "wink-eng-lite-web-model": undefined });
    expect(error?.message).toContain("wink-eng-lite-web-model (no version) (supported: 1.8.1)");
  });

  it("is checked against each package's package.json", () => {
    const fake = ((id: string) => ({ version: id.startsWith("wink-nlp/") ? "3.0.0" : "1.8.1" })) as never;
    expect(() => checkWinkVersions(fake)).toThrow("wink-nlp 3.0.0 (supported: 2.4.0)");
  });

  it("finds the installed versions supported", () => {
    expect(require("wink-nlp/package.json").version).toBe(SUPPORTED_WINK["wink-nlp"]);
    expect(require("wink-eng-lite-web-model/package.json").version).toBe(
      SUPPORTED_WINK["wink-eng-lite-web-model"],
    );
  });
});
