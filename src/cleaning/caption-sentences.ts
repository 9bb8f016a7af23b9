// Captions told by how they are written: the moment a picture shows, in the present tense or as a bare
// participle, with its date ("Minister X on Sept. 17 attends talks in Beijing", "X shakes hands with Y
// before their talks in Canberra, on June 4"). Reports are told in the past tense ("X met Y on Monday").
import { forgetOnReset } from "../knowledge/load.js";
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
    const c = w.charCodeAt(0);
    // Capitalised words and figures are the subject and its titles ("Minister of Foreign Affairs Cho Hyun").
    if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c > 127 && /^[\p{Lu}\p{N}]/u.test(w))) continue;
    const l = w.endsWith(".") ? w.slice(0, -1).toLowerCase() : w.toLowerCase();
    if (lexicon().functionWords.has(l) && !lexicon().verbLike.has(l)) continue;
    return lexicon().captionPredicates.has(l) ? l : null;
  }
  return null;
}

// Lines are asked about more than once (alone, then beside their neighbours): remember recent answers.
const posed = new Map<string, boolean>();
forgetOnReset(posed);
const POSED_MAX = 4000;

/** A caption-shaped sentence: one sentence, no quotation, a caption's predicate and a day of a month. */
export function isPosedAndDated(line: string): boolean {
  // Cheapest test first: a date needs a figure.
  if (!/\d/.test(line)) return false;
  const hit = posed.get(line);
  if (hit !== undefined) return hit;
  if (posed.size >= POSED_MAX) posed.clear();
  const n = wordCount(line);
  const v =
    n >= 5 &&
    n <= MOST_WORDS &&
    captionPredicate(line) !== null &&
    !/["“”]/.test(line) &&
    !REPORTED.test(line) &&
    (hasMonthDay(line) || findDate(line) !== null);
  posed.set(line, v);
  return v;
}

/** Posed with a verb only pictures are described with ("shakes hands", "poses"), and dated. */
export const isPosingCaption = (line: string): boolean => {
  if (!isPosedAndDated(line)) return false;
  const verb = captionPredicate(line);
  return verb !== null && lexicon().posingVerbs.has(verb);
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
