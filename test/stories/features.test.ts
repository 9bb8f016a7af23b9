import { describe, expect, it } from "vitest";
import { textFeatures } from "../../src/stories/features.js";
import { contentHashes, shingleHashes, words } from "../../src/stories/text.js";

const texts = [
  "",
  "One.",
  "THE TALKS: Studies, CITIES, BOSS and Glass ABIES in 2024 AND Sanctions",
  "Two words",
  "The ministers' talks in Geneva studies cities glass boss abies 1234 x1y 2024-05-13.",
  "Ünïcödé ＦＵＬＬ ｗｉｄｔｈ 𝐁𝐨𝐥𝐝 𝟏𝟐 İstanbul ǅemal ﬁnance 😀 \ud800 lone — “quoted” words’ end",
  "The talks were held; the talks were held again, and again the talks were held by the ministers.",
];

describe("textFeatures", () => {
  it.each(texts)("gives the word shingles and content words of %j", (text) => {
    const ws = words(text);
    const f = textFeatures(text);
    expect([...f.shingles].sort()).toEqual([...shingleHashes(ws)].sort());
    expect([...new Set(f.content)].sort()).toEqual([...contentHashes(ws)].sort());
  });
});
