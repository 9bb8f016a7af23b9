// Multi-word cue matching over tokens ("is set to", "did n't"): phrases are indexed by their
// first word, so a clause is scanned once. Shared by clause tense and event modality.
import type { Span, Token } from "../../model/document.js";

export interface Phrase<T> {
  words: string[];
  tag: T;
  /** For each "+VERB|AUX" word, the POS tags it stands for (parsed once); null for plain words. */
  posTags: (string[] | null)[];
}

export class PhraseSet<T> {
  private readonly byFirst = new Map<string, Phrase<T>[]>();

  constructor(entries: Iterable<[string, T]>) {
    for (const [text, tag] of entries) {
      const words = text.toLowerCase().split(/\s+/).filter(Boolean);
      const first = words[0];
      if (first === undefined) continue;
      const list = this.byFirst.get(first) ?? [];
      const posTags = words.map((w) => (w.startsWith("+") ? w.slice(1).toUpperCase().split("|") : null));
      list.push({ words, tag, posTags });
      // Longest first, so "is set to" wins over "is".
      list.sort((a, b) => b.words.length - a.words.length);
      this.byFirst.set(first, list);
    }
  }

  /**
   * The longest phrase starting at words[i] (not running past `end`), or null. A phrase word
   * "+VERB" (or "+VERB|AUX") matches any token with that POS tag, given `pos`.
   */
  at(words: string[], i: number, end = words.length, pos?: string[]): Phrase<T> | null {
    const list = this.byFirst.get(words[i] ?? "");
    if (!list) return null;
    for (const p of list) {
      if (i + p.words.length > end) continue;
      let ok = true;
      for (let k = 1; k < p.words.length && ok; k++) {
        const tags = p.posTags[k];
        ok = tags ? pos !== undefined && tags.includes(pos[i + k] ?? "") : words[i + k] === p.words[k];
      }
      if (ok) return p;
    }
    return null;
  }
}

/** Index of the first token starting at or after `offset` (binary search; tokens are in order). */
export function tokenIndexAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface TokenWindow {
  /** Index in `tokens` of words[0]. */
  first: number;
  /** Lower-cased token texts of the span. */
  words: string[];
  /** POS tags, parallel to words. */
  pos: string[];
}

/**
 * Lower-cased words and tags of the tokens inside `span`. `lower`, when given, holds every token's
 * text already lower-cased (parallel to `tokens`), so callers that have it do not redo it.
 */
export function tokenWindow(
  text: string,
  tokens: Token[],
  span: Span,
  lower?: readonly string[],
): TokenWindow {
  const first = tokenIndexAt(tokens, span.start);
  const words: string[] = [];
  const pos: string[] = [];
  for (let i = first; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.end > span.end) break;
    const w = lower ? (lower[i] as string) : text.slice(t.start, t.end).toLowerCase();
    // Curly apostrophes are common in news; cue lists are written with straight ones.
    words.push(w.includes("\u2019") ? w.replace(/\u2019/g, "'") : w);
    pos.push(t.pos);
  }
  return { first, words, pos };
}
