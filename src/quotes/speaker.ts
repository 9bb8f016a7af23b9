// Finds who speaks for a cue word: the subject before it ("Wang said", "Lin Jian, at a briefing,
// said"), the name after it ("said Wang"), or the main clause's subject for "…, saying".
import type { Actor, Token } from "../model/document.js";
import { mentionActor, mentionAt, type QCtx } from "./context.js";
import { lexicon } from "./lexicon.js";

export type CandKind = "person" | "pronoun" | "role" | "name" | "group" | "media";

/** A stretch of tokens [start, end) that may name the speaker. */
export interface Cand {
  kind: CandKind;
  start: number;
  end: number;
  actor: Actor | null;
  /** Head word of a role noun phrase ("diplomat"), for role look-ups. */
  head?: string;
}

const NP_INNER = new Set(["NOUN", "PROPN", "ADJ", "NUM"]);
// Words between a subject and its verb that do not break the link ("Wang also said").
const SKIP = new Set([
  "also",
  "later",
  "then",
  "again",
  "further",
  "has",
  "had",
  "have",
  "was",
  "is",
  "will",
  "would",
  "had",
  "once",
  "earlier",
  "previously",
  "reportedly",
  "repeatedly",
  "publicly",
  "separately",
  "who",
  "had",
  "recently",
  "already",
  "both",
  "all",
  "meanwhile",
  "only",
  "just",
  "however",
  "has",
  "did",
  "does",
]);
const isCap = (t: string) => /^\p{Lu}/u.test(t);
// Capitalised words that are never a speaker's name.
const NOT_NAMES = new Set([
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "january",
  "february",
  "march",
  "april",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
  "today",
  "tonight",
  "yesterday",
  "tomorrow",
]);

/** The candidate whose last token is `j`, if any. */
export function candEndingAt(c: QCtx, j: number, lo: number): Cand | null {
  if (j < lo || c.quoted[j]) return null;
  const lex = lexicon();
  const m = mentionAt(c, j);
  if (m) {
    const a = mentionActor(c, m);
    const start = firstTokOfMention(c, j, m.start);
    if (!a) return null;
    // A pronoun keeps its kind: the stage may know better who "he" is (the person just quoted).
    if (a.kind === "person")
      return { kind: m.via === "pronoun" ? "pronoun" : "person", start, end: j + 1, actor: a };
    return { kind: a.kind === "media" ? "media" : "group", start, end: j + 1, actor: a };
  }
  const w = c.lower[j] as string;
  const pos = (c.toks[j] as Token).pos;
  // '"…," one said' / 'said another': someone new, unnamed.
  const prevTok = j > lo ? (c.toks[j - 1] as Token) : null;
  if (
    (w === "one" || w === "another") &&
    (!prevTok || (!NP_INNER.has(prevTok.pos) && prevTok.end < (c.toks[j] as Token).start))
  )
    return { kind: "name", start: j, end: j + 1, actor: null };
  if (lex.pronouns.has(w) && pos === "PRON")
    return { kind: "pronoun", start: j, end: j + 1, actor: null, head: w };
  if (!NP_INNER.has(pos) && !(pos === "X" && isCap(w))) return null;
  // A noun phrase ending here: extend left over nouns, adjectives, names and "'s".
  let s = j;
  while (s - 1 >= lo && !c.quoted[s - 1]) {
    const p = (c.toks[s - 1] as Token).pos;
    const lw = c.lower[s - 1] as string;
    if (NP_INNER.has(p) || lw === "'s" || lw === "’s" || lw === "-") s--;
    else if (p === "DET") {
      s--;
      break;
    } else break;
  }
  // A person mention inside the phrase ("Xi's interpreter") names the real speaker; a country
  // inside a body's name ("the Russian embassy", "China's foreign ministry") is who speaks.
  let country: Actor | null = null;
  for (let k = s; k < j; k++) {
    const mm = mentionAt(c, k);
    const a = mm ? mentionActor(c, mm) : null;
    if (a?.kind === "person") return { kind: "person", start: s, end: j + 1, actor: a, head: w };
    if (a?.kind === "country") country ??= a;
  }
  if (country && lex.institutionNouns.has(w)) return { kind: "group", start: s, end: j + 1, actor: country };
  if (lex.roleNouns.has(w) || lex.goBetweens.has(w))
    return { kind: "role", start: s, end: j + 1, actor: null, head: w };
  if (lex.institutionNouns.has(w)) return { kind: "role", start: s, end: j + 1, actor: null, head: w };
  if (pos === "PROPN" && isCap(c.text.slice((c.toks[j] as Token).start, (c.toks[j] as Token).end))) {
    let a = j;
    while (a - 1 >= s && (c.toks[a - 1] as Token).pos === "PROPN") a--;
    if (NOT_NAMES.has(w)) return null;
    return { kind: "name", start: a, end: j + 1, actor: null };
  }
  return null;
}

function firstTokOfMention(c: QCtx, j: number, start: number): number {
  let k = j;
  while (k - 1 >= 0 && (c.toks[k - 1] as Token).start >= start) k--;
  return k;
}

/** The subject of the cue at `cue`: the phrase right before it, past a parenthetical "X, …, said". */
export function subjectBefore(c: QCtx, cue: number, lo: number): Cand | null {
  let j = cue - 1;
  while (j >= lo && SKIP.has(c.lower[j] as string)) j--;
  if (j >= lo && c.lower[j] === ",") {
    // Parenthetical: jump to the comma that opens it and take the phrase before that.
    // A relative clause may run longer ("Bone, who asked … in St. Louis, lamented").
    let k = j - 1;
    while (k >= lo && c.lower[k] !== "," && !c.quoted[k] && j - k < 40) k--;
    if (k >= lo && c.lower[k] === "," && (j - k < 16 || c.lower[k + 1] === "who")) {
      const before = candEndingAt(c, k - 1, lo);
      if (before) return before.kind === "person" ? before : (headBeforePlace(c, before, lo) ?? before);
    }
    j--;
  }
  // The nearest candidate within a few tokens ("Biden on Monday said"), else any person nearby.
  let person: Cand | null = null;
  for (let k = j, n = 0; k >= lo && n < 30; k--, n++) {
    if (c.quoted[k] || c.lower[k] === ";") break;
    if (c.lower[k] === ")") {
      // "Sen. Ron Johnson (R-Wis.), who told": a bracket only qualifies the name before it.
      while (k > lo && c.lower[k] !== "(") k--;
      continue;
    }
    const cand = candEndingAt(c, k, lo);
    if (cand && (n < 6 || cand.kind === "person")) {
      if (n < 6) return cand.kind === "person" ? cand : (headBeforePlace(c, cand, lo) ?? cand);
      person ??= cand;
    }
    if (cand) k = cand.start;
  }
  return person;
}

const PLACE_PREPS = new Set(["in", "at", "from"]);

/** "the Russian embassy in Oslo said", "a student group at X University in Lynchburg, Va.,
 * derided": a place only locates the body or person before it. */
function headBeforePlace(c: QCtx, cand: Cand, lo: number): Cand | null {
  let head: Cand | null = null;
  for (let cur = cand, n = 0; n < 3; n++) {
    const p = cur.start - 1;
    if (p <= lo || !PLACE_PREPS.has(c.lower[p] as string)) break;
    const next = candEndingAt(c, p - 1, lo) ?? nounPhraseAt(c, p - 1, lo);
    if (!next || next.kind === "person") return next ?? head;
    head = next;
    cur = next;
  }
  return head;
}

/** A plain noun phrase ending at token j ("the investigator", "a student group"), as a name. */
export function nounPhraseAt(c: QCtx, j: number, lo: number): Cand | null {
  if (j < lo || c.quoted[j] || (c.toks[j] as Token).pos !== "NOUN") return null;
  let s = j;
  while (s - 1 >= lo && !c.quoted[s - 1] && NP_INNER.has((c.toks[s - 1] as Token).pos)) s--;
  if (s - 1 >= lo && (c.toks[s - 1] as Token).pos === "DET") s--;
  return { kind: "name", start: s, end: j + 1, actor: null };
}

/** The speaker named after an inverted cue ("said Wang", "said the minister"). */
export function subjectAfter(c: QCtx, from: number, hi: number): Cand | null {
  for (let k = from; k < hi && k < from + 8; k++) {
    if (c.quoted[k]) return null;
    // Read to the end of a noun phrase, then ask what it is.
    let e = k;
    while (e + 1 < hi && !c.quoted[e + 1] && continuesPhrase(c, e + 1)) e++;
    const cand = candEndingAt(c, e, k);
    if (cand) return cand;
    if (e > k) k = e;
  }
  return null;
}

function continuesPhrase(c: QCtx, k: number): boolean {
  const p = (c.toks[k] as Token).pos;
  const w = c.lower[k] as string;
  if (w === "'s" || w === "’s") return true;
  if (c.mentionOf[k] !== -1 && c.mentionOf[k] === c.mentionOf[k - 1]) return true;
  return NP_INNER.has(p) && !lexicon().finite.has(w);
}

/** The first candidate of the clause from `lo` to `cue` (the main subject for "…, saying"). */
export function firstSubject(c: QCtx, lo: number, cue: number): Cand | null {
  for (let k = lo; k < cue; k++) {
    if (c.quoted[k]) continue;
    let e = k;
    while (e + 1 < cue && !c.quoted[e + 1] && continuesPhrase(c, e + 1)) e++;
    const cand = candEndingAt(c, e, k);
    if (cand) return cand;
    if (e > k) k = e;
  }
  return null;
}
