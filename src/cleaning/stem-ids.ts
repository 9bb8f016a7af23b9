// Content stems as small integers, shared by the whole process, so per-article tallies can use typed arrays
// instead of Maps of strings. ASCII text (most sentences) is read straight into ids, without cutting out
// or lowercasing words; other text goes through contentStems. Both give the same ids for the same stems.
import { derived, forgetOnReset } from "../knowledge/load.js";
import { lexicon } from "./lexicon.js";
import { splitSentences } from "./sentences.js";
import { contentStems, MIN_STEM_WORD, STEM_LENGTH } from "./text.js";

/** Ids stay below this; the table starts over when it is full (callers check `stemEpoch`). */
export const MAX_STEM_IDS = 1 << 18;

const BASE = 37;
/** a-z as 1..26, 0-9 as 27..36, anything else -1 (lowercase input). */
const digitOf = (c: number): number => (c >= 97 && c <= 122 ? c - 96 : c >= 48 && c <= 57 ? c - 21 : -1);

/** a-z0-9 stems of up to 5 characters as 1..37^5, else -1. */
function packed(stem: string): number {
  if (stem.length > STEM_LENGTH) return -1;
  let code = 0;
  for (let i = 0; i < stem.length; i++) {
    const d = digitOf(stem.charCodeAt(i));
    if (d < 0) return -1;
    code = code * BASE + d;
  }
  return code;
}

// Function words read as packed codes: short ones whole; long ones by their first five letters, which only
// say that the word must be cut out and looked up (few words start like "becau…", "throu…").
const functionCodes = derived(() => {
  const short = new Set<number>();
  const longStarts = new Set<number>();
  for (const w of lexicon().functionWords) {
    if (w.length <= STEM_LENGTH) {
      const code = packed(w);
      if (code >= 0) short.add(code);
    } else {
      const code = packed(w.slice(0, STEM_LENGTH));
      if (code >= 0) longStarts.add(code);
    }
  }
  return { short, longStarts };
});

// Most stems are up to 5 ASCII letters/digits: packed into one small integer they hash faster than strings.
let codes = new Map<number, number>();
let ids = new Map<string, number>();
let next = 0;
let epoch = 0;
// Sentences and lines are asked about again by the confirmation pass; a bounded cache answers repeats.
const CACHE_MAX = 4000;
let cache = new Map<string, readonly number[]>();
forgetOnReset({ clear: () => cache.clear() });

/** Changes whenever the table starts over: ids from different epochs must not be mixed. */
export const stemEpoch = (): number => epoch;

/** The content stems of `s` (see contentStems) as ids, in the same order (shared: read only). */
export function stemIdsOf(s: string): readonly number[] {
  const hit = cache.get(s);
  if (hit) return hit;
  const keys: (number | string)[] = asciiStemCodes(s) ?? contentStems(s).map(keyOf);
  if (next + keys.length > MAX_STEM_IDS) {
    codes = new Map();
    ids = new Map();
    cache = new Map();
    next = 0;
    epoch++;
  }
  // The keys array becomes the ids array (no second allocation).
  const out = keys as number[];
  for (let i = 0; i < keys.length; i++) out[i] = idOf(keys[i] as number | string);
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(s, out);
  return out;
}

const keyOf = (stem: string): number | string => {
  const code = packed(stem);
  return code < 0 ? stem : code;
};

function idOf(key: number | string): number {
  const table: Map<number | string, number> = typeof key === "number" ? codes : ids;
  let id = table.get(key);
  if (id === undefined) {
    id = next++;
    table.set(key, id);
  }
  return id;
}

/**
 * contentStems for ASCII text, as packed codes: runs of letters/digits, lowercased as read; words of 3+
 * characters not starting with a digit or following an apostrophe, not function words; stem = first five
 * characters, or the word without a final "s". Null as soon as a non-ASCII character shows up.
 */
function asciiStemCodes(s: string): number[] | null {
  const out: number[] = [];
  const { short: shortFunctionWords, longStarts: longFunctionStarts } = functionCodes();
  let start = -1;
  let code = 0; // packed first (up to) five characters of the current word
  let before = 0; // packed code without the last character (for the plural "s")
  for (let i = 0; i <= s.length; i++) {
    let c = i < s.length ? s.charCodeAt(i) : 32;
    if (c > 127) return null;
    if (c >= 65 && c <= 90) c += 32;
    const d = digitOf(c);
    if (d >= 0) {
      if (start < 0) {
        start = i;
        code = 0;
      }
      if (i - start < STEM_LENGTH) {
        before = code;
        code = code * BASE + d;
      }
      continue;
    }
    const len = i - start;
    if (start >= 0 && len >= MIN_STEM_WORD) {
      const first = s.charCodeAt(start);
      const apostrophe = start > 0 && s.charCodeAt(start - 1) === 39;
      if (!(first >= 48 && first <= 57) && !apostrophe) {
        if (len <= STEM_LENGTH) {
          if (!shortFunctionWords.has(code)) out.push((s.charCodeAt(i - 1) | 32) === 115 ? before : code);
        } else if (
          !longFunctionStarts.has(code) ||
          !lexicon().functionWords.has(s.slice(start, i).toLowerCase())
        ) {
          out.push(code);
        }
      }
    }
    start = -1;
  }
  return out;
}

/** Ids of many texts from one epoch (recomputed once if the table started over midway). */
export function stemIdsOfAll(texts: readonly string[]): (readonly number[])[] {
  const start = epoch;
  const out = texts.map(stemIdsOf);
  return epoch === start ? out : texts.map(stemIdsOf);
}

/**
 * stemIdsOf for whole paragraphs, read sentence by sentence: sentences are split at spaces, which no word
 * crosses, so the ids are the same; and dedupe, which works on sentences, then finds them cached.
 */
export function paragraphStemIdsOfAll(paragraphs: readonly string[]): (readonly number[])[] {
  const start = epoch;
  const out = paragraphs.map(paragraphStemIds);
  return epoch === start ? out : paragraphs.map(paragraphStemIds);
}

function paragraphStemIds(paragraph: string): readonly number[] {
  const sentences = splitSentences(paragraph);
  if (sentences.length === 1) return stemIdsOf(sentences[0]?.text ?? "");
  const out: number[] = [];
  for (const s of sentences) for (const id of stemIdsOf(s.text)) out.push(id);
  return out;
}
