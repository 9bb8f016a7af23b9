// stem-ids.ts reads ASCII text straight into ids without contentStems; it must give the ids of
// exactly contentStems' stems, the same id for the same stem and different ids for different stems.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  MAX_STEM_IDS,
  paragraphStemIdsOfAll,
  stemEpoch,
  stemIdsOf,
  stemIdsOfAll,
} from "../../src/cleaning/stem-ids.js";
import { contentStems } from "../../src/cleaning/text.js";

// A non-ASCII word too short to be a stem: appended, it sends the text down contentStems' path.
const VIA_CONTENT_STEMS = " é";

/** Stems of `text` by both paths, and the id of each (checked consistent across calls). */
const idOfStem = new Map<string, number>();
const stemOfId = new Map<number, string>();
let epochSeen = -1;
function checkBothPaths(text: string): void {
  const [ascii, general] = stemIdsOfAll([text, text + VIA_CONTENT_STEMS]);
  if (stemEpoch() !== epochSeen) {
    idOfStem.clear();
    stemOfId.clear();
    epochSeen = stemEpoch();
  }
  expect(ascii).toEqual(general);
  const stems = contentStems(text);
  expect(ascii).toHaveLength(stems.length);
  stems.forEach((stem, i) => {
    const id = ascii?.[i] as number;
    expect(id).toBeGreaterThanOrEqual(0);
    expect(id).toBeLessThan(MAX_STEM_IDS);
    expect(idOfStem.get(stem) ?? id).toBe(id);
    expect(stemOfId.get(id) ?? stem).toBe(stem);
    idOfStem.set(stem, id);
    stemOfId.set(id, stem);
  });
}

const words = fc.constantFrom(
  "the",
  "and",
  "because",
  "through",
  "though",
  "minister",
  "Ministers",
  "talks",
  "TALKS",
  "bus",
  "boss",
  "news",
  "is",
  "was",
  "has",
  "its",
  "it's",
  "Korea's",
  "O'Neill",
  "don't",
  "1992",
  "3rd",
  "a1b2c",
  "abcde",
  "abcdes",
  "abcdef",
  "zzzzz",
  "99bottles",
  "x",
  "ab",
  "abc",
  "abcs",
  "sss",
  "Seoul",
  "sanctions",
  "sanction",
  "summit",
  "summits",
  "aaaaa",
  "aaaa",
  "aaa",
);
const asciiText = fc.oneof(
  fc
    .array(fc.tuple(words, fc.constantFrom(" ", ", ", ". ", "-", "'", "/", "  ", "\t")), { maxLength: 25 })
    .map((parts) => parts.map(([w, s]) => w + s).join("")),
  fc.string({ unit: "binary-ascii", maxLength: 60 }),
  fc.stringMatching(/^[a-zA-Z0-9' ]{0,40}$/),
);

describe("stem ids", () => {
  it("gives on ASCII text the ids of contentStems' stems, one id per stem", () => {
    fc.assert(fc.property(asciiText, checkBothPaths), { numRuns: 1500 });
  });

  it("reads the hand-picked edges as contentStems does", () => {
    for (const text of [
      "",
      "abc",
      "ab",
      "Abcdes abcdef abcde abcd's",
      "Talks talk TALKS talked; sanctions, sanction.",
      "'tis it's Korea's 9lives lives",
      "because becauses throughout through thorough",
      "sss ss s",
      "end with a stem",
    ])
      checkBothPaths(text);
    expect(stemIdsOf("Talks talk TALKS")).toEqual(stemIdsOf("talk talk talk"));
    // Stems are the first five letters, or the word without a plural "s".
    expect(new Set(stemIdsOf("talk talks talked summit summitry")).size).toBe(3);
  });

  it("gives paragraphs the ids of their sentences, in order", () => {
    const paragraph = "Ministers met in Seoul on Monday. The talks ended. Sanctions stay, officials said.";
    const [ids] = paragraphStemIdsOfAll([paragraph]);
    expect(ids).toEqual(stemIdsOf(paragraph));
  });

  it("starts over when the table is full, and gives one epoch's ids to a whole batch", () => {
    // Distinct 5-letter words: each a stem of its own.
    const word = (n: number): string => {
      let w = "";
      for (let k = 0; k < 5; k++, n = Math.floor(n / 26)) w += String.fromCharCode(97 + (n % 26));
      return w;
    };
    const sentences: string[] = [];
    for (let s = 0; s * 2000 < MAX_STEM_IDS + 4000; s++)
      sentences.push(Array.from({ length: 2000 }, (_, k) => word(s * 2000 + k)).join(" "));
    const before = stemEpoch();
    const lists = stemIdsOfAll(sentences);
    expect(stemEpoch()).toBeGreaterThan(before);
    // A batch's ids all come from the epoch it ends in: distinct words, distinct ids.
    const all = lists.flat();
    expect(all.every((id) => id >= 0 && id < MAX_STEM_IDS)).toBe(true);
    const late = lists.slice(-3).flat();
    expect(new Set(late).size).toBe(late.length);
    // And the table still gives one id per stem afterwards.
    checkBothPaths("Ministers met in Seoul; the ministers' talks ended.");
  });
});
