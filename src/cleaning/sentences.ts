// Sentence boundaries inside a paragraph, good enough to find repeated sentences; and glued sentence repair.
import { forgetOnReset } from "../knowledge/load.js";
import { lexicon } from "./lexicon.js";

/** "issues.Foreign Minister" -> "issues. Foreign Minister"; leaves "U.S.", "yna.co.kr", "Mr.Wang"-style initials alone. */
export function unglueSentences(text: string): string {
  return mayBeGlued(text) ? unglue(text) : text;
}

/**
 * Cheap test for "x.Y"-style joins (ASCII and Latin-1 letters), so the full regex only runs where one may be:
 * sentence punctuation (not the first character), an optional closing quote, an upper- then a lowercase letter
 * (any non-ASCII character but a closing quote counts as lowercase here).
 */
const MAYBE_GLUED =
  /[\s\S][.!?]["\u201d\u2019]?[A-Z\u00c0-\u00de][a-z\u0080-\u2018\u201a-\u201c\u201e-\uffff]/;
const mayBeGlued = (text: string): boolean => MAYBE_GLUED.test(text);

function unglue(text: string): string {
  return text.replace(
    /([\p{Ll}\d%)\]])([.!?])(["”’]?)(?=[\p{Lu}][\p{Ll}])/gu,
    (m, a: string, p: string, q: string, off: number) => {
      // "Mr.Wang", "Dr.Kim": an abbreviation, not a sentence end; still worth a space.
      const word =
        /[\p{L}.]+$/u.exec(text.slice(Math.max(0, off - 24), off + a.length))?.[0]?.toLowerCase() ?? "";
      return lexicon().abbreviations.has(word) || /\.[a-z]$/.test(word) ? m : `${a}${p}${q} `;
    },
  );
}

export interface Sentence {
  text: string;
  /** Whitespace that followed it in the paragraph. */
  gap: string;
}

const BOUNDARY = /[.!?…]+["”’)\]]*(\s+)(?=["“‘'([]?[\p{Lu}\p{N}])/gu;

function endsWithAbbreviation(before: string): boolean {
  const token = /(\S+)$/.exec(before)?.[1] ?? "";
  const word = token
    .replace(/^["“‘'(]+/, "")
    .replace(/[.!?]+$/, "")
    .toLowerCase();
  if (word.length === 1 && /\p{L}/u.test(word)) return true; // initials: "S. Korea", "John F. Kennedy"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true; // "u.s", "a.m"
  return token.endsWith(".") && lexicon().abbreviations.has(word);
}

// The confirmation pass splits the same paragraphs again; remember recent answers (read-only for callers).
const splitCache = new Map<string, readonly Sentence[]>();
forgetOnReset(splitCache);
const SPLIT_MAX = 2000;

export function splitSentences(paragraph: string): readonly Sentence[] {
  const hit = splitCache.get(paragraph);
  if (hit) return hit;
  if (splitCache.size >= SPLIT_MAX) splitCache.clear();
  const out = split(paragraph);
  splitCache.set(paragraph, out);
  return out;
}

function split(paragraph: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (const m of paragraph.matchAll(BOUNDARY)) {
    const gapStart = (m.index ?? 0) + m[0].length - (m[1]?.length ?? 0);
    if (endsWithAbbreviation(paragraph.slice(Math.max(start, gapStart - 32), gapStart))) continue;
    out.push({ text: paragraph.slice(start, gapStart), gap: m[1] ?? " " });
    start = gapStart + (m[1]?.length ?? 0);
  }
  if (start < paragraph.length) out.push({ text: paragraph.slice(start), gap: "" });
  return out;
}
