// Captions told by how they are written: the moment a picture shows, in the present tense or as a bare
// participle, with its date ("Minister X on Sept. 17 attends talks in Beijing", "X shakes hands with Y
// before their talks in Canberra, on June 4"). Reports are told in the past tense ("X met Y on Monday").
import { findDate, hasMonthDay } from "./dates.js";
import { lexicon } from "./lexicon.js";
import { contentStems, wordCount } from "./text.js";

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
const MOST_WORDS = 60;
// A caption shows; it does not attribute ("…, his office said" is a report of a plan).
const REPORTED = /\b(?:said|says|told|according to|announced|reported|will|would)\b/i;

/**
 * The predicate of a caption: the first lowercase word that is not a function word, when it is a caption's
 * verb ("attends", "pictured"). Parentheses ("(left)") and their text do not count.
 */
export function captionPredicate(line: string): string | null {
  const text = line.includes("(") ? line.replace(/\([^()]*\)/g, " ") : line;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const w = m[0];
    if (/^[\p{Lu}\p{N}]/u.test(w)) continue;
    const l = w.toLowerCase().replace(/\.$/, "");
    if (lexicon.functionWords.has(l) && !lexicon.verbLike.has(l)) continue;
    return lexicon.captionPredicates.has(l) ? l : null;
  }
  return null;
}

/** A caption-shaped sentence: one sentence, no quotation, a caption's predicate and a day of a month. */
export function isPosedAndDated(line: string): boolean {
  const n = wordCount(line);
  if (n < 5 || n > MOST_WORDS || /["“”]/.test(line) || REPORTED.test(line)) return false;
  if (!hasMonthDay(line) && !findDate(line)) return false;
  return captionPredicate(line) !== null;
}

/** Posed with a verb only pictures are described with ("shakes hands", "poses"), and dated. */
export const isPosingCaption = (line: string): boolean => {
  if (!isPosedAndDated(line)) return false;
  const verb = captionPredicate(line);
  return verb !== null && lexicon.posingVerbs.has(verb);
};

/** Share of a caption's content words a body paragraph must hold for the caption to be its copy. */
const COPY_SHARE = 0.5;
const MIN_STEMS = 5;

/** Indexes of posed, dated lines that nearly copy another line of the article (its report of the moment). */
export function copiedCaptions(lines: readonly string[]): number[] {
  const candidates = lines.flatMap((l, i) => (isPosedAndDated(l) ? [i] : []));
  if (candidates.length === 0) return [];
  const stems = lines.map((l) => new Set(contentStems(l)));
  return candidates.filter((i) => {
    const own = stems[i] as Set<string>;
    if (own.size < MIN_STEMS) return false;
    return stems.some((other, j) => {
      if (j === i || other.size === 0) return false;
      let shared = 0;
      for (const s of own) if (other.has(s)) shared++;
      return shared / own.size >= COPY_SHARE;
    });
  });
}
