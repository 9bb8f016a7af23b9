// Reported speech without quotation marks: "X said (that) CLAUSE", "CLAUSE, X said",
// "According to X, CLAUSE". The reported clause is the quote's text.
import type { Token } from "../model/document.js";
import type { QCtx } from "./context.js";
import { type Cue, cuesIn, speakerOf } from "./frame.js";
import { lexicon } from "./lexicon.js";
import type { Cand } from "./speaker.js";

export interface Reported {
  cue: Cue;
  cand: Cand;
  /** Tokens [start, end) of the reported clause. */
  start: number;
  end: number;
}

const MIN_CLAUSE = 4;
const isPunct = (c: QCtx, k: number) => (c.toks[k] as Token).pos === "PUNCT";

/** The reported speech of sentence tokens [lo, hi), if the sentence is one. */
export function findReported(c: QCtx, lo: number, hi: number): Reported | null {
  const lex = lexicon();
  let end = hi;
  while (end > lo && isPunct(c, end - 1)) end--;
  for (const cue of cuesIn(c, lo, hi)) {
    if (cue.word === "according to") {
      const cand = speakerOf(c, cue, lo, hi);
      if (!cand) continue;
      // "According to X, CLAUSE" or "CLAUSE, according to X."
      if (cue.start === lo) {
        const comma = nextComma(c, cand.end, end);
        if (comma >= 0 && end - comma - 1 >= MIN_CLAUSE) return { cue, cand, start: comma + 1, end };
      } else if (c.lower[cue.start - 1] === "," && cue.start - 1 - lo >= MIN_CLAUSE) {
        return { cue, cand, start: lo, end: cue.start - 1 };
      }
      continue;
    }
    if (cue.kind !== "finite" || !lex.indirect.has(cue.word)) continue;
    const cand = speakerOf(c, cue, lo, hi);
    if (!cand || cand.start > cue.start) {
      // "CLAUSE, said X." / "CLAUSE, X said." at the end of the sentence.
      if (cand && c.lower[cue.start - 1] === "," && cue.start - 1 - lo >= MIN_CLAUSE && cand.end >= end - 4)
        return { cue, cand, start: lo, end: cue.start - 1 };
      continue;
    }
    if (cand.start > lo && c.lower[cand.start - 1] === "," && cand.start - 1 - lo >= MIN_CLAUSE) {
      // "CLAUSE, X said (on Monday)."
      if (end - cue.end <= 6) return { cue, cand, start: lo, end: cand.start - 1 };
    }
    const start = clauseStart(c, cue, end);
    if (start >= 0 && end - start >= MIN_CLAUSE) return { cue, cand, start, end };
  }
  return null;
}

/** Where the reported clause begins after the cue: after "that", or right away for "said". */
function clauseStart(c: QCtx, cue: Cue, end: number): number {
  for (let k = cue.end; k < end && k < cue.end + 10; k++) {
    const w = c.lower[k] as string;
    if (w === "that") return k + 1;
    if (w === "," || w === ";" || w === "to" || c.quoted[k]) break;
  }
  // "Wang said China is willing…": a subject right after the verb starts the clause.
  if (cue.word !== "said" && cue.word !== "says" && cue.word !== "added" && cue.word !== "believes")
    return -1;
  const next = c.toks[cue.end];
  if (!next) return -1;
  return ["DET", "PRON", "PROPN", "NOUN", "NUM"].includes(next.pos) ? cue.end : -1;
}

function nextComma(c: QCtx, from: number, end: number): number {
  for (let k = from; k < end; k++) if (c.lower[k] === ",") return k;
  return -1;
}
