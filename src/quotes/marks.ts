// Finds quoted stretches of text: straight and curly double marks, curly single marks used as the
// outer marks, quotations running over several paragraphs, and a closing mark whose opening mark
// is missing (the quotation then starts at the paragraph or after the previous quotation).
import type { Span } from "../model/document.js";

export interface Quoted extends Span {
  /** Offset of the opening mark; -1 when the text has none. */
  open: number;
  /** Offset of the closing mark; -1 when the paragraph ends first. */
  close: number;
  /** Quotations running over several paragraphs share a chain number; -1 otherwise. */
  chain: number;
}

const DOUBLE_OPEN = "\u201C\u201E\u00AB"; // “ „ «
const DOUBLE_CLOSE = "\u201D\u00BB"; // ” »
const SINGLE_OPEN = "\u2018"; // ‘
const SINGLE_CLOSE = "\u2019"; // ’

// The characters findQuoted acts on: " \n « » ‘ ’ “ ” „
const MARK = /["\n\u00ab\u00bb\u2018\u2019\u201c-\u201e]/g;

/** Offset of the first mark or line break at or after `from`; text.length when none, `from` past it. */
function nextMark(text: string, from: number): number {
  if (from >= text.length) return from;
  MARK.lastIndex = from;
  const m = MARK.exec(text);
  return m ? m.index : text.length;
}
const isSpace = (c: string | undefined) => c === undefined || c === " " || c === "\n" || c === "\t";
const isLetter = (c: string | undefined) => c !== undefined && /\p{L}|\d/u.test(c);
const BEFORE_OPEN = " \n\t([{\u2014\u2013-/:";

/** Every quotation in the text, in order, as the span of its words (marks excluded, trimmed). */
export function findQuoted(text: string, sentences: Span[] = []): Quoted[] {
  const out: Quoted[] = [];
  let sent = 0;
  // Where a quotation without its opening mark starts: at the paragraph, or, after an earlier
  // quotation of the paragraph, at the next sentence (the rest of that one names its speaker).
  const orphanStart = (): number => {
    if (lastEnd <= paraStart) return paraStart;
    while (sent < sentences.length && (sentences[sent] as Span).start < lastEnd) sent++;
    const next = sentences[sent]?.start ?? lastEnd;
    return next < text.length && !text.slice(lastEnd, next).includes("\n") ? next : lastEnd;
  };
  let paraStart = 0;
  let openAt = -1;
  let openKind: "double" | "single" | null = null;
  let lastEnd = 0;
  let chain = -1;
  let chains = 0;
  let markup = false;
  const push = (start: number, end: number, open: number, close: number) => {
    let a = start;
    let b = end;
    while (a < b && isSpace(text[a])) a++;
    while (b > a && isSpace(text[b - 1])) b--;
    if (b > a) out.push({ start: a, end: b, open, close, chain });
  };
  // Most characters are neither marks nor line breaks: jump from one mark to the next (and to the
  // text's end, which closes the last paragraph).
  for (let i = nextMark(text, 0); i <= text.length; i = nextMark(text, i + 1)) {
    const c = text[i];
    if (c === "\n" || i === text.length) {
      if (openAt >= 0) {
        // An open quotation at a paragraph end continues when the next paragraph opens again.
        let j = i;
        while (j < text.length && isSpace(text[j])) j++;
        const next = text[j];
        const continues = next !== undefined && (next === '"' || DOUBLE_OPEN.includes(next));
        if (continues && chain < 0) chain = chains++;
        push(openAt + 1, i, openAt, -1);
        if (!continues) chain = -1;
        openAt = -1;
        openKind = null;
      } else if (i > 0 && text[i - 1] !== "\n") chain = -1; // a blank line keeps a pending chain
      paraStart = i + 1;
      lastEnd = i + 1;
      continue;
    }
    const prev = i > 0 ? text[i - 1] : undefined;
    const next = text[i + 1];
    if (c === '"' && (prev === "=" || markup)) {
      // Markup left in the text (<tweet id="…">), not a quotation.
      markup = prev === "=";
    } else if (c === '"') {
      const opener = (prev === undefined || BEFORE_OPEN.includes(prev)) && !isSpace(next);
      const closer = !isSpace(prev) && !isLetter(next);
      if (openAt < 0 && opener) {
        openAt = i;
        openKind = "double";
      } else if (openAt >= 0 && openKind === "double" && (closer || !opener)) {
        push(openAt + 1, i, openAt, i);
        openAt = -1;
        lastEnd = i + 1;
      } else if (openAt < 0 && closer) {
        push(orphanStart(), i, -1, i);
        lastEnd = i + 1;
      }
    } else if (DOUBLE_OPEN.includes(c as string)) {
      // A second opening mark before any closing one: the first was never closed; restart here.
      openAt = i;
      openKind = "double";
    } else if (DOUBLE_CLOSE.includes(c as string)) {
      if (openAt >= 0 && openKind === "double") push(openAt + 1, i, openAt, i);
      else if (openAt < 0) push(orphanStart(), i, -1, i);
      openAt = -1;
      openKind = null;
      lastEnd = i + 1;
    } else if (c === SINGLE_OPEN && openAt < 0 && (prev === undefined || BEFORE_OPEN.includes(prev))) {
      openAt = i;
      openKind = "single";
    } else if (c === SINGLE_CLOSE && openKind === "single" && !isLetter(next) && !isSpace(prev)) {
      push(openAt + 1, i, openAt, i);
      openAt = -1;
      openKind = null;
      lastEnd = i + 1;
    }
  }
  // An outer single-marked stretch that never closed in its paragraph was an apostrophe, not a quote.
  return out.filter((q) => !(q.close < 0 && q.open >= 0 && text[q.open] === SINGLE_OPEN));
}
