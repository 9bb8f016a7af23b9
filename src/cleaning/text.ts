// Small text helpers shared by the cleaning rules.
import { lexicon } from "./lexicon.js";

/** The scorer's comparison form: NFKC, straight quotes, "-" for dashes, collapsed spaces, lowercase. */
export function normKey(s: string): string {
  return s
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/** Collapses every run of whitespace (incl. NBSP, tabs, zero-width) to one space and trims. */
export function tidy(s: string): string {
  return s
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, "")
    .replace(/\s+/gu, " ")
    .trim();
}

/** Words as written: letters/digits with inner apostrophes, dots or hyphens. */
export function wordsOf(s: string): string[] {
  return s.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
}

/** Lowercase content words (no function words, at least 3 letters), reduced to a crude stem. */
export function contentStems(s: string): string[] {
  const out: string[] = [];
  for (const w of wordsOf(s)) {
    const l = w
      .toLowerCase()
      .replace(/['’].*$/, "")
      .replace(/\.$/, "");
    if (l.length < 3 || lexicon.functionWords.has(l) || /^\d/.test(l)) continue;
    out.push(l.length > 5 ? l.slice(0, 5) : l.replace(/s$/, ""));
  }
  return out;
}

const isCap = (w: string): boolean => /^[\p{Lu}\p{N}"“‘'(]/u.test(w);

/**
 * A headline: a short line, not ending like a sentence, not a quote, mostly capitalised or short.
 * Used for titles, related-story headlines and subheadings (which are told apart by context).
 */
export function isHeadlineShaped(s: string, maxWords = 20): boolean {
  if (s.length > 200 || !/^[\p{Lu}\p{N}‘'"“(]/u.test(s)) return false;
  if (/[.,;:]$/.test(s) && !/\b[\p{Lu}]\.$|\.{3}$/u.test(s)) return false;
  if (/^["“]/.test(s) && /["”]$/.test(s)) return false;
  const ws = wordsOf(s);
  return ws.length >= 1 && ws.length <= maxWords;
}

/** True when every lowercase word is a function word: a label or a verbless caption, not a sentence. */
export function isVerbless(s: string): boolean {
  const ws = wordsOf(s);
  let caps = 0;
  for (const w of ws) {
    if (isCap(w)) {
      caps++;
      continue;
    }
    const l = w.toLowerCase().replace(/\.$/, "");
    if (!lexicon.functionWords.has(l) || lexicon.verbLike.has(l)) return false;
  }
  return caps >= 2;
}

/** Dots, dashes, bullets, asterisks only. */
export function isPunctuationOnly(s: string): boolean {
  return /^[\p{P}\p{S}\s]+$/u.test(s);
}
