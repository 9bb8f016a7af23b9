// The shared helpers every hand-made table leans on: FNV-1a and the one isSpace.
import { describe, expect, it } from "vitest";
import { isSpace } from "../../src/language/chars.js";
import { FNV_SEED, fnvOf, fnvStep } from "../../src/language/fnv.js";
import { hashOf } from "../../src/language/wink-lexemes.js";
import { fmix, hashString } from "../../src/stories/hash.js";

describe("FNV-1a", () => {
  it("gives the published 32-bit test vectors on ASCII text", () => {
    expect(fnvOf("") >>> 0).toBe(0x811c9dc5);
    expect(fnvOf("a") >>> 0).toBe(0xe40c292c);
    expect(fnvOf("foobar") >>> 0).toBe(0xbf9cf968);
  });

  it("hashes a span as the sliced string, one code unit at a time", () => {
    const text = "Seoul’s 대한민국 talks 🎉";
    expect(fnvOf(text, 3, 12)).toBe(fnvOf(text.slice(3, 12)));
    let h = FNV_SEED;
    for (const c of "talks") h = fnvStep(h, c.charCodeAt(0));
    expect(h).toBe(fnvOf("talks"));
    expect(hashOf(text, 0, text.length)).toBe(fnvOf(text));
    expect(hashString("talks")).toBe(fmix(fnvOf("talks")));
  });
});

describe("isSpace", () => {
  it("is JavaScript's \\s, for every UTF-16 code unit", () => {
    for (let c = 0; c <= 0xffff; c++)
      expect(isSpace(c), `U+${c.toString(16)}`).toBe(/\s/.test(String.fromCharCode(c)));
  });
});
