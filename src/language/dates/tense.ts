// Tense of a clause from cue words (data/language/tense.json): the cue nearest to the trigger
// decides, so "said he will visit" is future at "visit" and "met on Monday" is past at "met".

import { derived, table } from "../../knowledge/load.js";
import type { Token } from "../../model/document.js";
import { PhraseSet, type TokenWindow, tokenWindow } from "./phrases.js";
import type { Tense } from "./resolve.js";

type Cue = Tense | "reporting" | "reportingPhrase" | "would" | "perfect";

interface TenseLexicon {
  cues: PhraseSet<Cue>;
  breaks: Set<string>;
  notPastEd: Set<string>;
}

// Words after which a participle belongs to the auxiliary ("will be held", "is expected").
const AUXILIARIES = new Set([
  "be",
  "been",
  "being",
  "is",
  "are",
  "am",
  "was",
  "were",
  "'s",
  "'re",
  "to",
  "will",
  "would",
  "has",
  "have",
  "had",
  "get",
  "gets",
  "got",
  "can",
  "could",
  "may",
  "might",
  "must",
  "should",
]);
// Tokens a clause reaches on either side of the trigger (sentences rarely have longer clauses).
const REACH = 40;
// Cues after the trigger count a little less than cues before it, at equal distance.
const AFTER_PENALTY = 0.5;

const lexicon = derived((): TenseLexicon => {
  const w = table("language/tense.json");
  // Inserted in priority order: for equally long phrases the first wins ("told" is reporting).
  const entries: [string, Cue][] = [
    ...w.reporting.map((p): [string, Cue] => [p, "reporting"]),
    ...w.reportingPhrases.map((p): [string, Cue] => [p, "reportingPhrase"]),
    ...w.reportedFuture.map((p): [string, Cue] => [p, "would"]),
    ...w.perfect.map((p): [string, Cue] => [p, "perfect"]),
    ...w.plannedInPast.map((p): [string, Cue] => [p, "present"]),
    ...w.future.map((p): [string, Cue] => [p, "future"]),
    ...w.past.map((p): [string, Cue] => [p, "past"]),
    ...w.present.map((p): [string, Cue] => [p, "present"]),
  ];
  return { cues: new PhraseSet(entries), breaks: new Set(w.clauseBreaks), notPastEd: new Set(w.notPastEd) };
});

interface Found {
  index: number;
  length: number;
  tense: Tense;
  weak: boolean;
}

/**
 * Tense of the sentence/clause text[from, to), or of the clause around the trigger offset `at`:
 * the nearest cue (will, is set to, expected to, next week → future; said, met, held, -ed verbs,
 * had, was → past; is, are → present) wins. Without `at`, the first cue of the sentence decides and
 * reporting verbs ("said") count only when nothing else is there. Default: present. `window` is
 * tokenWindow of [from, to), for callers that already have it.
 */
export function clauseTense(
  text: string,
  tokens: Token[],
  from: number,
  to: number,
  at?: number,
  window: TokenWindow = tokenWindow(text, tokens, { start: from, end: to }),
): Tense {
  const lex = lexicon();
  const { words, pos, first } = window;
  let trigger = -1;
  if (at !== undefined) {
    // Binary search: the first token of the window ending after `at`.
    let a = 0;
    let b = Math.max(0, words.length - 1);
    while (a < b) {
      const mid = (a + b) >> 1;
      if ((tokens[first + mid] as Token).end <= at) a = mid + 1;
      else b = mid;
    }
    trigger = a;
  }
  let lo = 0;
  let hi = words.length;
  if (trigger >= 0) {
    // A clause reaches at most REACH tokens either way: each call stays bounded, so a sentence
    // with many dates or events costs linear time even when nothing punctuates it.
    lo = Math.max(0, trigger - REACH);
    hi = Math.min(words.length, trigger + REACH + 1);
    for (let i = trigger - 1; i >= lo; i--)
      if (lex.breaks.has(words[i] as string)) {
        lo = i + 1;
        break;
      }
    for (let i = trigger + 1; i < hi; i++)
      if (lex.breaks.has(words[i] as string)) {
        hi = i;
        break;
      }
  }
  // Only needed when a "would" turns up, so computed then.
  const reported = (): boolean => {
    const from = trigger >= 0 ? Math.max(0, trigger - 2 * REACH) : 0;
    const to = trigger >= 0 ? Math.min(words.length, trigger + 2 * REACH) : words.length;
    for (let i = from; i < to; i++) {
      const tag = lex.cues.at(words, i)?.tag;
      if (tag === "reporting" || tag === "reportingPhrase") return true;
    }
    return false;
  };
  const found: Found[] = [];
  for (let i = lo; i < hi; ) {
    const phrase = lex.cues.at(words, i, hi);
    const prev = words[i - 1] ?? "";
    let tense: Tense | null = null;
    let weak = false;
    const length = phrase?.words.length ?? 1;
    const tag = phrase?.tag;
    if (tag === "reporting") {
      tense = "past";
      weak = true;
    } else if (tag === "would") tense = reported() ? "future" : "present";
    else if (tag === "perfect") tense = pos[i + 1] === "VERB" || pos[i + 2] === "VERB" ? "past" : "present";
    else if (tag === "past")
      tense = AUXILIARIES.has(prev) && length === 1 && !isAuxPast(words[i]) ? null : "past";
    else if (tag && tag !== "reportingPhrase") tense = tag;
    else if (isPastEd(words[i] as string, pos[i], prev, lex.notPastEd)) tense = "past";
    if (tense) found.push({ index: i, length, tense, weak });
    i += length;
  }
  // For a whole sentence, "X will visit, officials said" is about the visit: reporting verbs
  // only break ties. Around a given offset the nearest verb wins, reporting or not
  // ("on Monday announced it would" is past at "on Monday").
  const strong = trigger >= 0 ? found : found.filter((f) => !f.weak);
  const pool = strong.length > 0 ? strong : found;
  if (pool.length === 0) return "present";
  if (trigger < 0) return (pool[0] as Found).tense;
  let best = pool[0] as Found;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const f of pool) {
    const d =
      trigger >= f.index && trigger < f.index + f.length
        ? 0
        : f.index > trigger
          ? f.index - trigger + AFTER_PENALTY
          : trigger - (f.index + f.length - 1);
    if (d < bestDistance) {
      best = f;
      bestDistance = d;
    }
  }
  return best.tense;
}

/** Auxiliaries that are past themselves even after another auxiliary ("had been", "to have had"). */
const isAuxPast = (w: string | undefined): boolean =>
  w === "was" || w === "were" || w === "had" || w === "did";

function isPastEd(w: string, pos: string | undefined, prev: string, exceptions: Set<string>): boolean {
  return pos === "VERB" && w.length > 3 && w.endsWith("ed") && !exceptions.has(w) && !AUXILIARIES.has(prev);
}
