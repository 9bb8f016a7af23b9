// Lower-cased token texts, as text.slice(start, end).toLowerCase() for every token, made cheaply:
// the whole text is lower-cased once and sliced, which gives the same strings whenever no character
// changes length when lower-cased ("İ"), depends on its neighbours (final "Σ"), or is a surrogate
// a token edge might split. Otherwise each token is lower-cased on its own.
import type { Token } from "../model/document.js";

const UNSAFE_LOWER = /[\u0130\u03a3\ud800-\udfff]/;

/**
 * The events and quotes stages both read a document's lower-cased tokens: the array is made once per
 * token array and shared (read-only) between them.
 */
let lastTokens: Token[] | null = null;
let lastText = "";
let lastWords: readonly string[] = [];

export function lowerTokenTexts(text: string, tokens: Token[]): readonly string[] {
  if (tokens === lastTokens && text === lastText) return lastWords;
  const words = new Array<string>(tokens.length);
  const lower = UNSAFE_LOWER.test(text) ? null : text.toLowerCase();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    words[i] = lower ? lower.slice(t.start, t.end) : text.slice(t.start, t.end).toLowerCase();
  }
  lastTokens = tokens;
  lastText = text;
  lastWords = words;
  return words;
}
