// Sentence splitter. Our own rather than wink's: it must never cross a line break, and its
// abbreviation knowledge lives in data/language/ where users can extend it.

import { derived, table } from "../knowledge/load.js";
import type { Span } from "../model/document.js";
import { isDigit, isLetter, isLowerLetter, isSpace, isUpperLetter } from "./chars.js";

interface Rules {
  titles: Set<string>;
  beforeNumber: Set<string>;
  other: Set<string>;
  starters: Set<string>;
  speechVerbs: Set<string>;
}

const getRules = derived((): Rules => {
  const file = table("language/abbreviations.json");
  return {
    titles: new Set(file.titles),
    beforeNumber: new Set(file.beforeNumber),
    other: new Set(file.other),
    starters: new Set(table("language/sentence-starters.txt")),
    speechVerbs: new Set(table("language/speech-verbs.txt")),
  };
});

const CLOSERS = new Set(['"', "'", "”", "’", ")", "]", "»"]);
const OPENERS = new Set(['"', "'", "“", "‘", "(", "[", "«"]);

const LINE_BREAKS = /[\n\r\u2028\u2029]/g;
// . ! ? … and their full-width forms; found with a regex because native scanning is faster.
const TERMINATOR = /[.!?\u2026\u3002\uff01\uff1f]/g;

/**
 * The longest a sentence may be, in characters. A news sentence is rarely over 600; glued ones
 * ("ties.Foreign minister …") reach ~1,400. A longer span without a sentence end is a list, a dump or
 * hostile input: it is cut (see pushBounded) so that every per-sentence scan stays bounded and the
 * pipeline linear in its input.
 */
export const MAX_SENTENCE = 2000;

function isTerminator(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 0x3002 || c === 0xff01 || c === 0xff1f;
}

/** Sentences of `text` as trimmed, ordered, non-overlapping spans; none crosses a line break. */
export function splitSentences(text: string): Span[] {
  const r = getRules();
  const out: Span[] = [];
  found = { text, from: -1, at: -1 };
  let lineStart = 0;
  LINE_BREAKS.lastIndex = 0;
  for (let m = LINE_BREAKS.exec(text); m !== null; m = LINE_BREAKS.exec(text)) {
    splitLine(text, lineStart, m.index, r, out);
    lineStart = m.index + 1;
  }
  splitLine(text, lineStart, text.length, r, out);
  return out;
}

function splitLine(text: string, from: number, to: number, r: Rules, out: Span[]): void {
  let start = from;
  let i = nextTerminator(text, from, to);
  while (i < to) {
    let j = i;
    while (j < to && isTerminator(text.charCodeAt(j))) j++;
    let k = j;
    while (k < to && CLOSERS.has(text.charAt(k))) k++;
    // "3.5", "U.S.-led", "Yahoo!'s": a terminator glued to the next word ends nothing.
    if (k >= to || !isSpace(text.charCodeAt(k))) {
      i = nextTerminator(text, k, to);
      continue;
    }
    let next = k;
    while (next < to && isSpace(text.charCodeAt(next))) next++;
    if (next < to && endsSentence(text, start, i, j, k, next, to, r)) {
      push(text, start, k, out);
      start = next;
    }
    i = nextTerminator(text, next, to);
  }
  push(text, start, to, out);
}

/** The last regex search: the first terminator at or after `from` is at `at` (text.length if none). */
let found = { text: "", from: -1, at: -1 };

function nextTerminator(text: string, from: number, to: number): number {
  // The search runs past the line's end; remembering where it stopped keeps many lines without a
  // terminator from searching the rest of the text each.
  if (!(found.text === text && found.from <= from && from <= found.at)) {
    TERMINATOR.lastIndex = from;
    const m = TERMINATOR.exec(text);
    found = { text, from, at: m === null ? text.length : m.index };
  }
  return found.at > to ? to : found.at;
}

/** Terminators at [i, j), closers at [j, k), the next sentence would start at `next`. */
function endsSentence(
  text: string,
  start: number,
  i: number,
  j: number,
  k: number,
  next: number,
  to: number,
  r: Rules,
): boolean {
  let w = next;
  while (w < to && OPENERS.has(text.charAt(w))) w++;
  // `"Will you go?" he asked.`, "etc. and": the sentence goes on.
  if (w < to && isLowerLetter(text.charAt(w))) return false;
  const singlePeriod = j - i === 1 && text.charAt(i) === "." && k === j;
  // `"Why now?" Kim asked.`: a quoted question or exclamation, then its speaker.
  if (k > j && text.charAt(j - 1) !== "." && speakerFollows(text, w, to, r)) return false;
  if (!singlePeriod) return true;
  const word = wordBefore(text, start, i);
  if (word === "") return true;
  const lower = word.toLowerCase();
  if (r.titles.has(lower)) return false;
  const digitNext = w < to && isDigit(text.charCodeAt(w));
  if (r.beforeNumber.has(lower)) return !digitNext && startsSentence(text, w, to, r);
  if (r.other.has(lower) || isInitial(word) || isDottedAcronym(word)) {
    return startsSentence(text, w, to, r);
  }
  return true;
}

/** The word right before the period at `i`, without opening quotes or brackets. */
function wordBefore(text: string, start: number, i: number): string {
  let b = i;
  while (b > start && !isSpace(text.charCodeAt(b - 1))) b--;
  while (b < i && OPENERS.has(text.charAt(b))) b++;
  return text.slice(b, i);
}

function startsSentence(text: string, w: number, to: number, r: Rules): boolean {
  let e = w;
  while (e < to && isLetter(text.charAt(e))) e++;
  return r.starters.has(text.slice(w, e));
}

/** A speech verb as the 2nd to 4th word from `w`, the first not being a sentence opener. */
function speakerFollows(text: string, w: number, to: number, r: Rules): boolean {
  let p = w;
  for (let n = 0; n < 4 && p < to; n++) {
    let e = p;
    while (e < to && isLetter(text.charAt(e))) e++;
    const word = text.slice(p, e);
    if (word === "" || (n === 0 && r.starters.has(word))) return false;
    if (n > 0 && r.speechVerbs.has(word)) return true;
    p = e;
    while (p < to && (isSpace(text.charCodeAt(p)) || text.charAt(p) === "-" || text.charAt(p) === "'")) p++;
  }
  return false;
}

/** "F" in "John F. Kennedy", "S" in "S. Korea". */
function isInitial(word: string): boolean {
  return word.length === 1 && isUpperLetter(word);
}

/** "U.S", "U.N", "a.m", "D.C" (the final period is not part of the word). */
function isDottedAcronym(word: string): boolean {
  if (word.length < 3 || word.length % 2 === 0) return false;
  for (let p = 0; p < word.length; p++) {
    const ch = word.charAt(p);
    if (p % 2 === 0 ? !isLetter(ch) : ch !== ".") return false;
  }
  return true;
}

function push(text: string, s: number, e: number, out: Span[]): void {
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  while (e - s > MAX_SENTENCE) {
    const cut = cutPoint(text, s, s + MAX_SENTENCE);
    push(text, s, cut, out);
    s = cut;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
  }
  if (s < e) out.push({ start: s, end: e });
}

/**
 * Where to end a piece of an over-long sentence [s, limit): after a glued sentence end ("ties.Foreign"),
 * else a semicolon, else a comma, else at a space, in the piece's second half; else at `limit`
 * (never between the two halves of a surrogate pair).
 */
function cutPoint(text: string, s: number, limit: number): number {
  const floor = s + (limit - s) / 2;
  let semicolon = -1;
  let comma = -1;
  let space = -1;
  for (let p = limit - 1; p > floor; p--) {
    const c = text.charCodeAt(p);
    if (isTerminator(c) && isUpperLetter(text.charAt(p + 1))) return p + 1;
    if (c === 59 && semicolon < 0) semicolon = p + 1;
    else if (c === 44 && comma < 0) comma = p + 1;
    else if (space < 0 && isSpace(c)) space = p;
  }
  if (semicolon > 0) return semicolon;
  if (comma > 0) return comma;
  if (space > 0) return space;
  const c = text.charCodeAt(limit - 1);
  return c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit;
}
