// A tiny lemmatizer for the lexicon's own words: irregular forms from data, then regular
// -s/-es/-ies/-ed/-ied/-ing endings (with doubled consonants and dropped e), kept only when the
// result is a word some pattern uses.
//
// Every token of every document is looked up, and almost none is a form of a lexicon word. So the
// forms that can lead to a lexicon word are spelled out once per lexicon (a few thousand), each
// with its lemmas, and a token is looked up among them; most tokens are turned away by a sketch of
// their length and outer letters before the Map hashes the whole string.
import type { Lexicon, Pattern } from "./lexicon.js";

const NONE: string[] = [];
const NO_PATTERNS: Pattern[][] = [];

interface FormIndex {
  /** Every word with at least one lemma, and its lemmas (in derive's order). */
  forms: Map<string, string[]>;
  /** Every word some pattern starts with (one in ten tokens), and those patterns of each of its
   * lemmas, in lemma order. */
  starters: Map<string, Pattern[][]>;
  /** 1 at the sketch of every form: a word whose sketch is 0 here is no form. */
  sketches: Uint8Array;
  longest: number;
}

const indexes = new WeakMap<Lexicon, FormIndex>();
// One lexicon serves a whole run: the last one asked about skips the WeakMap.
let lastLex: Lexicon | null = null;
let lastIndex: FormIndex | null = null;

function indexOf(lex: Lexicon): FormIndex {
  if (lex === lastLex && lastIndex) return lastIndex;
  let index = indexes.get(lex);
  if (!index) {
    index = buildIndex(lex);
    indexes.set(lex, index);
  }
  lastLex = lex;
  lastIndex = index;
  return index;
}

/** Lexicon words this (lower-case) token may be a form of; empty when none. */
export function lemmas(word: string, lex: Lexicon): string[] {
  const index = indexOf(lex);
  return mayBeForm(index, word) ? (index.forms.get(word) ?? NONE) : NONE;
}

/** The patterns (by lemma, in lemma order) whose first word this token may be a form of. */
export function startingPatterns(word: string, lex: Lexicon): Pattern[][] {
  const index = indexOf(lex);
  return mayBeForm(index, word) ? (index.starters.get(word) ?? NO_PATTERNS) : NO_PATTERNS;
}

/** False when the word's sketch rules out every form (no hashing of the whole string). */
function mayBeForm(index: FormIndex, word: string): boolean {
  return word.length <= index.longest && index.sketches[sketch(word)] === 1;
}

/** A 16-bit digest of the length and the first two and last two letters. */
function sketch(word: string): number {
  const n = word.length;
  if (n === 0) return 0;
  let h = n;
  h = Math.imul(h, 31) + word.charCodeAt(0);
  h = Math.imul(h, 31) + word.charCodeAt(n - 1);
  if (n > 1) {
    h = Math.imul(h, 31) + word.charCodeAt(1);
    h = Math.imul(h, 31) + word.charCodeAt(n - 2);
  }
  return (h ^ (h >>> 16)) & 0xffff;
}

/** The inverse of derive: every spelling derive can map to a lexicon word, with what it maps to. */
function buildIndex(lex: Lexicon): FormIndex {
  const candidates = new Set<string>(lex.forms.keys());
  for (const w of lex.words) {
    candidates.add(w);
    candidates.add(`${w}s`);
    candidates.add(`${w}es`);
    for (const ending of ["ed", "ing"]) {
      candidates.add(w + ending);
      // Dropped e ("urge" → "urged") and doubled consonant ("plan" → "planned").
      if (w.endsWith("e")) candidates.add(w.slice(0, -1) + ending);
      candidates.add(w + w.slice(-1) + ending);
    }
    if (w.endsWith("y")) {
      candidates.add(`${w.slice(0, -1)}ies`);
      candidates.add(`${w.slice(0, -1)}ied`);
    }
  }
  const forms = new Map<string, string[]>();
  const starters = new Map<string, Pattern[][]>();
  const sketches = new Uint8Array(1 << 16);
  let longest = 0;
  for (const c of candidates) {
    const found = derive(c, lex);
    if (found.length === 0) continue;
    forms.set(c, found);
    const lists: Pattern[][] = [];
    for (const l of found) {
      const list = lex.byLemma.get(l);
      if (list) lists.push(list);
    }
    if (lists.length > 0) starters.set(c, lists);
    longest = Math.max(longest, c.length);
    sketches[sketch(c)] = 1;
  }
  return { forms, starters, sketches, longest };
}

function derive(word: string, lex: Lexicon): string[] {
  const out: string[] = [];
  const add = (w: string): void => {
    if (lex.words.has(w) && !out.includes(w)) out.push(w);
  };
  add(word);
  const irregular = lex.forms.get(word);
  if (irregular) add(irregular);
  const n = word.length;
  if (n < 4) return out;
  if (word.endsWith("ies")) add(`${word.slice(0, -3)}y`);
  if (word.endsWith("es")) add(word.slice(0, -2));
  if (word.endsWith("s")) add(word.slice(0, -1));
  if (word.endsWith("ied")) add(`${word.slice(0, -3)}y`);
  if (word.endsWith("ed")) stem(word.slice(0, -2), add);
  if (word.endsWith("ing")) stem(word.slice(0, -3), add);
  return out;
}

/** A stem after -ed/-ing: as is, with "e" back ("urg" → "urge"), or undoubled ("plann" → "plan"). */
function stem(s: string, add: (w: string) => void): void {
  add(s);
  add(`${s}e`);
  const last = s[s.length - 1];
  if (s.length > 2 && last === s[s.length - 2]) add(s.slice(0, -1));
}
