// Sentence boundaries inside a paragraph, good enough to find repeated sentences; and glued sentence repair.
import { lexicon } from "./lexicon.js";

/** "issues.Foreign Minister" -> "issues. Foreign Minister"; leaves "U.S.", "yna.co.kr", "Mr.Wang"-style initials alone. */
export function unglueSentences(text: string): string {
  return mayBeGlued(text) ? unglue(text) : text;
}

const isLower = (c: number): boolean => (c >= 97 && c <= 122) || (c > 127 && c !== 0x2019 && c !== 0x201d);
const isUpper = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde);

/** Cheap scan for "x.Y"-style joins (ASCII and Latin-1 letters), so the regex only runs where one may be. */
function mayBeGlued(text: string): boolean {
  for (let i = 1; i + 2 < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 46 && c !== 33 && c !== 63) continue;
    let j = i + 1;
    const q = text.charCodeAt(j);
    if (q === 34 || q === 0x201d || q === 0x2019) j++;
    if (j + 1 < text.length && isUpper(text.charCodeAt(j)) && isLower(text.charCodeAt(j + 1))) return true;
  }
  return false;
}

function unglue(text: string): string {
  return text.replace(
    /([\p{Ll}\d%)\]])([.!?])(["”’]?)(?=[\p{Lu}][\p{Ll}])/gu,
    (m, a: string, p: string, q: string, off: number) => {
      // "Mr.Wang", "Dr.Kim": an abbreviation, not a sentence end; still worth a space.
      const word =
        /[\p{L}.]+$/u.exec(text.slice(Math.max(0, off - 24), off + a.length))?.[0]?.toLowerCase() ?? "";
      return lexicon.abbreviations.has(word) || /\.[a-z]$/.test(word) ? m : `${a}${p}${q} `;
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
  return token.endsWith(".") && lexicon.abbreviations.has(word);
}

// The confirmation pass splits the same paragraphs again; remember recent answers (read-only for callers).
const splitCache = new Map<string, readonly Sentence[]>();
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
