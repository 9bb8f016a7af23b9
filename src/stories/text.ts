// Words, shingles and content words for the two MinHashes: word 5-shingles find copies (wording),
// content words find reports of the same story in other words (vocabulary).
import { derived, table } from "../knowledge/load.js";
import { combine, hashString } from "./hash.js";

/** Function words and newsroom filler ignored by the content-word similarity (data/stories/stopwords.txt,
 * several words a line). */
export const stopwords = derived(
  (): Set<string> =>
    new Set(
      table("stories/stopwords.txt")
        .flatMap((line) => line.split(/\s+/))
        .map((w) => w.toLowerCase())
        .filter((w) => w !== ""),
    ),
);

/** Lower-case words of letters and digits; punctuation and case do not make a copy different. */
export function words(text: string): string[] {
  return (
    text
      .normalize("NFKC")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

export const SHINGLE = 5;

/** Distinct hashes of word n-grams; texts shorter than n give one shingle of all their words. */
export function shingleHashes(ws: string[], n = SHINGLE): Set<number> {
  const hs = ws.map((w) => hashString(w));
  const out = new Set<number>();
  if (hs.length === 0) return out;
  if (hs.length < n) {
    out.add(hs.reduce((a, b) => combine(a, b), 0));
    return out;
  }
  for (let i = 0; i + n <= hs.length; i++) {
    let h = hs[i] as number;
    for (let j = 1; j < n; j++) h = combine(h, hs[i + j] as number);
    out.add(h);
  }
  return out;
}

/** Crude stem: enough to meet "talks"/"talk", "met"/"meeting" is left to the events. */
const stem = (w: string): string =>
  w.length > 4 && w.endsWith("ies")
    ? `${w.slice(0, -3)}y`
    : w.length > 3 && w.endsWith("s") && !w.endsWith("ss")
      ? w.slice(0, -1)
      : w;

/** Distinct hashes of content words (no stopwords, no bare numbers, at least 3 letters). */
export function contentHashes(ws: string[]): Set<number> {
  const sw = stopwords();
  const out = new Set<number>();
  for (const w of ws) {
    if (w.length < 3 || sw.has(w) || /^\d+$/.test(w)) continue;
    out.add(hashString(stem(w)));
  }
  return out;
}
