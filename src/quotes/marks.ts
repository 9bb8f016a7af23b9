// Finds quoted stretches of text: straight and curly double marks, „German“ and «French» pairs,
// straight and curly single marks used as the outer marks, quotations running over several
// paragraphs, a closing mark whose opening mark is missing (the quotation then starts at the
// paragraph or after the previous quotation) and an opening mark typed where the closing one belongs
// (`… the constitution “, he said`), common in translated statements.
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
const LOW_OPEN = "\u201E"; // „, closed by “ (German) or ”

// The characters findQuoted acts on: " ' \n « » ‘ ’ “ ” „
const MARK = /["'\n\u00ab\u00bb\u2018\u2019\u201c-\u201e]/g;

/** Offset of the first mark or line break at or after `from`; text.length when none, `from` past it. */
function nextMark(text: string, from: number): number {
  if (from >= text.length) return from;
  MARK.lastIndex = from;
  const m = MARK.exec(text);
  return m ? m.index : text.length;
}
const isSpace = (c: string | undefined) => c === undefined || c === " " || c === "\n" || c === "\t";
const isLetter = (c: string | undefined) => c !== undefined && /\p{L}|\d/u.test(c);
const isAlpha = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);

/** True when no closing mark follows `from` before the paragraph ends: an opening mark met inside
 * an open quotation then closes it (a mark typed the wrong way round), instead of starting another. */
function noCloserAhead(text: string, from: number): boolean {
  for (let k = from; k < text.length; k++) {
    const ch = text[k] as string;
    if (ch === "\n") return true;
    if (DOUBLE_CLOSE.includes(ch) || ch === '"') return false;
    if (ch === "\u201C" && !isLetter(text[k + 1])) return false;
  }
  return true;
}
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
  let openKind: "double" | "single" | "straight" | null = null;
  let openLow = false;
  let sAposAt = -1;
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
  // A closing mark without its opening one: the quotation runs back to orphanStart, taking in any
  // straight-single quotation there ("… the 'Sanctions Act', the government will act," he said).
  const orphan = (i: number) => {
    const start = orphanStart();
    while (
      out.length &&
      (out[out.length - 1] as Quoted).start >= start &&
      text[(out[out.length - 1] as Quoted).open] === "'"
    )
      out.pop();
    push(start, i, -1, i);
  };
  // Most characters are neither marks nor line breaks: jump from one mark to the next (and to the
  // text's end, which closes the last paragraph).
  for (let i = nextMark(text, 0); i <= text.length; i = nextMark(text, i + 1)) {
    const c = text[i];
    if (c === "\n" || i === text.length) {
      if (openKind === "straight" && sAposAt >= 0) {
        push(openAt + 1, sAposAt, openAt, sAposAt);
        openAt = -1;
        openKind = null;
      } else if (openAt >= 0) {
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
        openLow = false;
      } else if (openAt >= 0 && openKind === "double" && (closer || !opener)) {
        push(openAt + 1, i, openAt, i);
        openAt = -1;
        lastEnd = i + 1;
      } else if (openAt < 0 && closer) {
        orphan(i);
        lastEnd = i + 1;
      }
    } else if (DOUBLE_OPEN.includes(c as string)) {
      if (
        openAt >= 0 &&
        openKind === "double" &&
        c !== LOW_OPEN &&
        (openLow || !isLetter(next) || noCloserAhead(text, i + 1))
      ) {
        // „…“, or an opening mark standing for the closing one ("… law “, he said").
        push(openAt + 1, i, openAt, i);
        openAt = -1;
        openKind = null;
        lastEnd = i + 1;
        continue;
      }
      // An inner quotation introduced inside the open one ('… say, “Hey, is it us?” he wrote'):
      // the closing mark ends both.
      if (openAt >= 0 && openKind === "double" && /[,:]\s*$/.test(text.slice(Math.max(openAt, i - 3), i)))
        continue;
      // A second opening mark before any closing one: the first was never closed; restart here.
      openAt = i;
      openKind = "double";
      openLow = c === LOW_OPEN;
    } else if (DOUBLE_CLOSE.includes(c as string)) {
      if (openAt >= 0 && openKind === "double") push(openAt + 1, i, openAt, i);
      else if (openAt < 0) orphan(i);
      openAt = -1;
      openKind = null;
      lastEnd = i + 1;
    } else if (c === SINGLE_OPEN && openAt < 0 && (prev === undefined || BEFORE_OPEN.includes(prev))) {
      openAt = i;
      openKind = "single";
    } else if (
      c === "'" &&
      openAt < 0 &&
      (prev === undefined || BEFORE_OPEN.includes(prev)) &&
      isAlpha(next)
    ) {
      openAt = i;
      openKind = "straight";
      sAposAt = -1;
    } else if (c === "'" && openKind === "straight" && !isLetter(next) && !isSpace(prev)) {
      // "the leaders' summit": a plural's apostrophe before a word, not the closing mark.
      // Kept in mind: when no other closing mark comes, it was the closing one ("the 'talks' at").
      if (prev === "s" && isSpace(next) && isAlpha(text[i + 2])) {
        if (sAposAt < 0) sAposAt = i;
        continue;
      }
      // Not the end of a quotation for an orphan closing mark: 'X' may sit inside one.
      push(openAt + 1, i, openAt, i);
      openAt = -1;
      openKind = null;
    } else if (c === SINGLE_CLOSE && openKind === "single" && !isLetter(next) && !isSpace(prev)) {
      push(openAt + 1, i, openAt, i);
      openAt = -1;
      openKind = null;
      lastEnd = i + 1;
    }
  }
  // An outer single-marked stretch that never closed in its paragraph was an apostrophe, not a quote.
  return out.filter(
    (q) => !(q.close < 0 && q.open >= 0 && (text[q.open] === SINGLE_OPEN || text[q.open] === "'")),
  );
}
