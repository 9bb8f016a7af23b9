// Small text helpers shared by the cleaning rules.
import { lexicon } from "./lexicon.js";

// Text with nothing but ASCII, curly quotes and dashes needs no NFKC pass (the common case).
const NEEDS_NFKC = /[^\p{ASCII}\u2010-\u201F\u2032\u2033]/u;
const NON_ASCII = /[^\p{ASCII}]/u;

/** The scorer's comparison form: NFKC, straight quotes, "-" for dashes, collapsed spaces, lowercase. */
export function normKey(s: string): string {
  const hit = normCache.get(s);
  if (hit !== undefined) return hit;
  // Tidied ASCII lines (the common case) only need lowercasing: same result, no regex passes.
  if (isPlainAscii(s)) return remember(normCache, s, s.toLowerCase());
  let k = s;
  if (NON_ASCII.test(k)) {
    if (NEEDS_NFKC.test(k)) k = k.normalize("NFKC");
    k = k
      .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
      .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
      .replace(/[\u2010-\u2015]/g, "-");
  }
  k = k.replace(/\s+/g, " ").trim().toLowerCase();
  return remember(normCache, s, k);
}

// Non-ASCII, tab/newline/vertical tab/form feed/CR, or two spaces in a row (one regex scan beats a JS loop).
const NOT_PLAIN = /[\t\n\v\f\r\u0080-\uffff]| {2}/;

/** ASCII only, single inner spaces, no other whitespace, nothing to trim. */
export function isPlainAscii(s: string): boolean {
  const n = s.length;
  if (n === 0 || s.charCodeAt(0) === 32 || s.charCodeAt(n - 1) === 32) return n === 0;
  return !NOT_PLAIN.test(s);
}

// Rules ask the same questions about the same lines many times; these caches answer repeats cheaply.
const CACHE_MAX = 4000;
const normCache = new Map<string, string>();
const countCache = new Map<string, number>();
function remember<T>(cache: Map<string, T>, key: string, value: T): T {
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(key, value);
  return value;
}

/** Collapses every run of whitespace (incl. NBSP, tabs, zero-width) to one space and trims. */
export function tidy(s: string): string {
  if (isPlainAscii(s)) return s; // nothing to collapse or strip (most lines)
  let t = ZERO_WIDTH.test(s) ? s.replace(ZERO_WIDTH_ALL, "") : s;
  if (ODD_SPACE.test(t)) t = t.replace(/\s+/g, " ");
  return t.trim();
}
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/;
const ZERO_WIDTH_ALL = /[\u200B-\u200D\u2060\uFEFF]/g;
// Two spaces in a row or any whitespace other than a plain space.
const ODD_SPACE = /\s\s|[^\S ]/;

/** Words as written: letters/digits with inner apostrophes, dots or hyphens. */
export function wordsOf(s: string): string[] {
  return s.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
}

const WORD_START = /[\p{L}\p{N}]/u;
const isAsciiAlnum = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Number of words (cached). */
export function wordCount(s: string): number {
  const hit = countCache.get(s);
  if (hit !== undefined) return hit;
  return remember(countCache, s, countWords(s, s.length));
}

/** wordCount(s) > n, without counting the rest of a long paragraph once n words are passed. */
export function hasMoreWords(s: string, n: number): boolean {
  const hit = countCache.get(s);
  if (hit !== undefined) return hit > n;
  const count = countWords(s, n);
  return count > n || remember(countCache, s, count) > n;
}

/** Counts starts of words (a letter or digit after a space; same words as wordsOf for ordinary text), up to limit + 1. */
function countWords(s: string, limit: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
    if (space) inWord = false;
    else if (!inWord && (c > 127 ? WORD_START.test(s[i] ?? "") : isAsciiAlnum(c))) {
      if (++n > limit) return n;
      inWord = true;
    }
  }
  return n;
}

/** Content words are at least this long; stems keep at most this many characters. */
export const MIN_STEM_WORD = 3;
export const STEM_LENGTH = 5;

/**
 * Lowercase content words (no function words, at least 3 letters), reduced to a crude stem. stem-ids.ts
 * reads ASCII text the same way without this function (and caches both).
 */
export function contentStems(s: string): string[] {
  const out: string[] = [];
  const functionWords = lexicon().functionWords;
  const l = s.toLowerCase();
  // Hand-rolled tokenizer: letters/digits runs (an apostrophe suffix such as "'s" is dropped).
  let start = -1;
  for (let i = 0; i <= l.length; i++) {
    const c = i < l.length ? l.charCodeAt(i) : 32;
    const letter = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c > 127 && WORD_START.test(l[i] ?? ""));
    if (letter) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0 && i - start >= MIN_STEM_WORD) {
      const first = l.charCodeAt(start);
      const apostrophe = start > 0 && (l[start - 1] === "'" || l[start - 1] === "’");
      if (!(first >= 48 && first <= 57) && !apostrophe) {
        const w = l.slice(start, i);
        if (!functionWords.has(w))
          out.push(w.length > STEM_LENGTH ? w.slice(0, STEM_LENGTH) : w.endsWith("s") ? w.slice(0, -1) : w);
      }
    }
    start = -1;
  }
  return out;
}

const isCap = (w: string): boolean => /^[\p{Lu}\p{N}"“‘'(]/u.test(w);
const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/**
 * A headline: a short line, not ending like a sentence, not a quote, mostly capitalised or short.
 * Used for titles, related-story headlines and subheadings (which are told apart by context).
 */
export function isHeadlineShaped(s: string, maxWords = 20): boolean {
  if (s.length > 200 || !/^[\p{Lu}\p{N}‘'"“(]/u.test(s)) return false;
  if (/[.,;:]$/.test(s) && !/\b[\p{Lu}]\.$|\.{3}$/u.test(s)) return false;
  if (/^["“]/.test(s) && /["”]$/.test(s)) return false;
  const n = wordCount(s);
  return n >= 1 && n <= maxWords;
}

/** True when every lowercase word is a function word: a label or a verbless caption, not a sentence. */
export function isVerbless(s: string): boolean {
  let caps = 0;
  // Word by word, so the first lowercase content word ends the scan (most lines are sentences).
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(s); m; m = WORD_RE.exec(s)) {
    const w = m[0];
    if (isCap(w)) {
      caps++;
      continue;
    }
    const l = w.toLowerCase().replace(/\.$/, "");
    if (!lexicon().functionWords.has(l) || lexicon().verbLike.has(l)) return false;
  }
  return caps >= 2;
}

/** Dots, dashes, bullets, asterisks only. */
export function isPunctuationOnly(s: string): boolean {
  return /^[\p{P}\p{S}\s]+$/u.test(s);
}
