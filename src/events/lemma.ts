// A tiny lemmatizer for the lexicon's own words: irregular forms from data, then regular
// -s/-es/-ies/-ed/-ied/-ing endings (with doubled consonants and dropped e), kept only when the
// result is a word some pattern uses.
import type { Lexicon } from "./lexicon.js";

// Words repeat across articles: remember each answer (per lexicon, bounded).
const memo = new WeakMap<Lexicon, Map<string, string[]>>();
const NONE: string[] = [];

/** Lexicon words this (lower-case) token may be a form of; empty when none. */
// The lexicon asked about last and its memo: one lexicon serves a whole run, so most calls (one per
// token) skip the WeakMap.
let lastLex: Lexicon | null = null;
let lastCache = new Map<string, string[]>();

export function lemmas(word: string, lex: Lexicon): string[] {
  let cache = lastCache;
  if (lex !== lastLex) {
    cache = memo.get(lex) ?? new Map();
    memo.set(lex, cache);
    lastLex = lex;
    lastCache = cache;
  }
  const known = cache.get(word);
  if (known) return known;
  const found = derive(word, lex);
  if (cache.size > 100_000) cache.clear();
  cache.set(word, found.length ? found : NONE);
  return found;
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
