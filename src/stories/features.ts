// The signature's two feature sets (word shingles and content words, see text.ts) in one pass over
// the text: words are hashed while they are scanned, so no word strings are made. Gives exactly
// shingleHashes(words(text)), and contentHashes(words(text)) with repeats.
import { FNV_PRIME, FNV_SEED } from "../language/fnv.js";
import { combine, fmix } from "./hash.js";
import { HashSet32 } from "./hash-set.js";
import { SHINGLE, stopwords } from "./text.js";

const Y = "y".charCodeAt(0);
const S = "s".charCodeAt(0);
const I = "i".charCodeAt(0);
const E = "e".charCodeAt(0);

const NON_ASCII = /[\u0080-\uffff]/;

/** The code unit at t[i], ASCII capitals lower-cased (the only capitals left in t). */
const codeAt = (t: string, i: number): number => {
  const c = t.charCodeAt(i);
  return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
};

// Whether a BMP code unit is a letter or digit, as /[\p{L}\p{N}]/u: 0 not yet known, 1 yes, 2 no.
const bmpWordChar = new Uint8Array(0x10000);
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

function isWordUnit(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
  let known = bmpWordChar[c] as number;
  if (known === 0) {
    known = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    bmpWordChar[c] = known;
  }
  return known === 1;
}

/** Length in code units (1 or 2) of the letter or digit at t[i], or 0 when there is none. */
function wordCharAt(t: string, i: number): number {
  const c = t.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return isWordUnit(c) ? 1 : 0;
  // A surrogate pair is one code point; a lone surrogate is no letter.
  const lo = t.charCodeAt(i + 1);
  if (!(lo >= 0xdc00 && lo <= 0xdfff)) return 0;
  return WORD_CHAR.test(t.slice(i, i + 2)) ? 2 : 0;
}

// Stopwords by the low bits of their word hash: most words miss here, the rest are compared with
// the few stopwords of their bucket, character by character, without making a string.
// The buckets are found through a typed array indexed by those bits (0: no stopword there, else the
// bucket's number + 1), which is cheaper than a Map lookup per word.
interface StopBuckets {
  at: Uint16Array;
  lists: string[][];
}
let stopBuckets: StopBuckets | null = null;
const STOP_BITS = 0xffff;

function stopwordBuckets(): StopBuckets {
  if (!stopBuckets) {
    const at = new Uint16Array(STOP_BITS + 1);
    const lists: string[][] = [];
    for (const w of stopwords()) {
      let h = FNV_SEED;
      for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), FNV_PRIME);
      const b = fmix(h) & STOP_BITS;
      if (at[b] === 0) at[b] = lists.push([]);
      lists[(at[b] as number) - 1]?.push(w);
    }
    stopBuckets = { at, lists };
  }
  return stopBuckets;
}

/** Whether t[start, end) is one of `words`. */
function isOneOf(t: string, start: number, end: number, words: string[]): boolean {
  for (const w of words) {
    if (w.length !== end - start) continue;
    let k = 0;
    while (k < w.length && w.charCodeAt(k) === codeAt(t, start + k)) k++;
    if (k === w.length) return true;
  }
  return false;
}

export interface TextFeatures {
  /** Distinct word-shingle hashes. */
  shingles: Uint32Array;
  /** Content-word hashes, repeats kept: a MinHash ignores them, and sets cost more than they save. */
  content: Uint32Array;
}

export function textFeatures(text: string): TextFeatures {
  // NFKC leaves ASCII as it is and lower-casing ASCII is per character: pure ASCII text (most
  // news) is scanned as it is, its capitals folded on the fly (codeAt). Other text is normalised.
  const t = NON_ASCII.test(text) ? text.normalize("NFKC").toLowerCase() : text;
  const stop = stopwordBuckets();
  // At most one word per two code units (a letter and a separator).
  const bound = (t.length >> 1) + 1;
  const wordHashes = new Uint32Array(bound);
  const contentHashes = new Uint32Array(bound);
  let nWords = 0;
  let nContent = 0;
  const n = t.length;
  let i = 0;
  while (i < n) {
    if (wordCharAt(t, i) === 0) {
      i++;
      continue;
    }
    const start = i;
    // FNV state after the word and after all but its last one and three code units (for the stems).
    let h = FNV_SEED;
    let h1 = h;
    let h2 = h;
    let h3 = h;
    let digitsOnly = true;
    for (;;) {
      const c = t.charCodeAt(i);
      // ASCII letters and digits inline; anything else through wordCharAt (1 or 2 code units).
      const step = c < 0x80 ? (isWordUnit(c) ? 1 : 0) : wordCharAt(t, i);
      if (step === 0) break;
      for (let k = 0; k < step; k++) {
        const u = codeAt(t, i + k);
        if (u < 0x30 || u > 0x39) digitsOnly = false;
        h3 = h2;
        h2 = h1;
        h1 = h;
        h = Math.imul(h ^ u, FNV_PRIME);
      }
      i += step;
      if (i >= n) break;
    }
    const hash = fmix(h);
    wordHashes[nWords++] = hash;
    const len = i - start;
    if (len < 3 || digitsOnly) continue;
    const bucket = stop.at[hash & STOP_BITS] as number;
    if (bucket !== 0 && isOneOf(t, start, i, stop.lists[bucket - 1] as string[])) continue;
    contentHashes[nContent++] = stemHash(t, i, len, hash, h1, h3);
  }
  return {
    shingles: shingles(wordHashes.subarray(0, nWords)),
    content: contentHashes.subarray(0, nContent),
  };
}

/** hashString(stem(word)) for the word ending at t[end], from the FNV states scanned (see text.ts stem). */
function stemHash(t: string, end: number, len: number, hash: number, h1: number, h3: number): number {
  const last = codeAt(t, end - 1);
  if (last !== S) return hash;
  if (len > 4 && codeAt(t, end - 2) === E && codeAt(t, end - 3) === I)
    return fmix(Math.imul(h3 ^ Y, FNV_PRIME));
  if (len > 3 && codeAt(t, end - 2) !== S) return fmix(h1);
  return hash;
}

/** As shingleHashes in text.ts, from the word hashes. */
function shingles(hs: Uint32Array, n = SHINGLE): Uint32Array {
  if (hs.length === 0) return hs;
  if (hs.length < n) {
    let h = 0;
    for (let i = 0; i < hs.length; i++) h = combine(h, hs[i] as number);
    return Uint32Array.of(h);
  }
  const set = new HashSet32(hs.length - n + 1);
  for (let i = 0; i + n <= hs.length; i++) {
    let h = hs[i] as number;
    for (let j = 1; j < n; j++) h = combine(h, hs[i + j] as number);
    set.add(h);
  }
  return set.list();
}
