// Photo captions and credits: "Image: Lee and Tanaka/ AP", "Photo: Reuters", "(File photo)", "... (Kyodo)",
// "FILE - Minister X speaks…", "… in Beijing. (Xinhua/Yao Dawei)". Kinds: a label or credit in the line
// (PREFIX, INNER_CREDIT, credits.ts), a photo position, no verb, a caption's verb and date (caption-sentences.ts).
import { copiedCaptions, isPosedAndDated, isPosingCaption } from "./caption-sentences.js";
import { closingParen, isCreditText, isProperName } from "./credits.js";
import { findDate } from "./dates.js";
import { agencyName, lexicon } from "./lexicon.js";
import { isVerbless, normKey, wordCount, wordsOf } from "./text.js";

const isOneSentence = (s: string): boolean => /[.!?]$/.test(s) && !/[.!?]\s+\p{Lu}/u.test(s);

const PREFIX =
  /^(?:photo|image|picture|photograph|video|graphic|caption|credit|file photo|photo credit|image credit|photo courtesy)s?\s*(?:credit)?\s*[:|]/i;
const INNER_CREDIT =
  /\((?:file(?: photo)?|photo[^)]*|[^)]*\bphoto\s*\/[^)]*|[^)]*\bphotos?\s+by\b[^)]*)\)|\b(?:image|photo|picture)\s+(?:credit|courtesy)\s*:|©/i;
const END_PAREN = /\(([^()]{1,60})\)\s*$/;
const SLASH_TAIL =
  /(?:^|[.!?”")]\s+|\s{2,})(?:©\s*)?(?:[\p{Lu}][\p{L}'.-]*\s+){0,3}[\p{Lu}][\p{L}'.-]*\s*\/\s*[\p{Lu}][\p{L}.-]*(?:\s+[\p{Lu}][\p{L}.-]*){0,2}$/u;
// AP's archive pictures: "FILE - …", "FILE PHOTO: …" (capitals: "File" opening a sentence is a word).
const FILE_PREFIX = /^FILE(?: PHOTO)?\s*[-–—:]\s*\S/;
const PIPE_TAIL = /[.!?”"]\s*\|\s*([\p{Lu}][\p{L}]*(?:\s+[\p{Lu}][\p{L}]*){0,2})$/u;

/** A credit by itself: "Kevin Lamarque/Reuters", "Anadolu | Anadolu | Getty Photos", "© Jane Doe / AFP", "Pool". */
export function isCreditLine(line: string): boolean {
  const s = line.trim();
  const n = wordCount(s);
  if (n === 0 || n > 14) return false;
  if (isCreditText(s)) return true;
  if (n > 6 || /[.!?]$/.test(s.replace(/\b\p{Lu}\.$/u, ""))) return false;
  if (lexicon().photoCredits.has(s.toLowerCase())) return true;
  if (/^©/.test(s)) return true;
  const caps = wordsOf(s).every(
    (w) => /^[\p{Lu}\p{N}]/u.test(w) || lexicon().nameParticles.has(w.toLowerCase()),
  );
  if (!caps) return false;
  if (/\S\s*\/\s*\S/.test(s)) return true;
  if (s.includes("|"))
    return s.split("|").every((p) => agencyName(p) || lexicon().photoCreditRe.test(p) || wordCount(p) <= 3);
  return lexicon().photoCreditRe.test(s) && n <= 4;
}

/** True when a line is a caption or credit by its own shape (no neighbours needed). */
export function isCaption(line: string): boolean {
  // Cheap character checks first: most lines are ordinary sentences and fail them all.
  const paren = line.includes("(");
  if (
    PREFIX.test(line) ||
    ((paren || line.includes("©") || /redit|ourtesy/.test(line)) && INNER_CREDIT.test(line))
  ) {
    return true;
  }
  const words = wordCount(line);
  if (words <= 14 && isCreditLine(line)) return true;
  if (words > 80) return false;
  if (FILE_PREFIX.test(line)) return true;
  const end = line.endsWith(")") ? END_PAREN.exec(line)?.[1] : undefined;
  if (end && (agencyName(end) || /\bphoto\b/i.test(end))) return true;
  // A credit after the caption's last full stop: "… Sept. 17, 2025. (Xinhua/Yao Dawei)"; an institution
  // only when the sentence reads as a caption: "… attends talks in Beijing. (Ministry of Foreign Affairs)".
  const closing = end ? closingParen(line) : null;
  if (closing && (isCreditText(closing) || (isProperName(closing) && isPosedAndDated(line)))) return true;
  if (isPosingCaption(line)) return true;
  if (line.includes("/") && SLASH_TAIL.test(line) && !/["“”]/.test(line)) return true;
  const pipe = line.includes("|") ? PIPE_TAIL.exec(line)?.[1] : undefined;
  if (pipe && (agencyName(pipe) || lexicon().photoCreditRe.test(pipe) || wordCount(pipe) <= 2)) return true;
  if (paren && words <= 60 && hasPositionInParens(line)) return true;
  // "Prime Minister Lee and his Japanese counterpart at the harbour in Busan on Monday." - no verb, no sentence.
  return words >= 4 && words <= 30 && line.endsWith(".") && !/[.!?]\s+\p{Lu}/u.test(line) && isVerbless(line);
}

const OPEN = 40;
const CLOSE = 41;
/** The longest text in parentheses that can name a position ("(left)", "(center, rear)"). */
const MOST_PAREN = 40;

/**
 * Whether some "(…)" of 1-40 characters without parentheses inside names a photo position ("left",
 * "second from right"). Scans with indexOf: the same spans as /\(([^()]{1,40})\)/g, without match arrays.
 */
function hasPositionInParens(line: string): boolean {
  let at = line.indexOf("(");
  while (at !== -1) {
    let j = at + 1;
    while (j < line.length && j - at <= MOST_PAREN + 1) {
      const c = line.charCodeAt(j);
      if (c === OPEN || c === CLOSE) break;
      j++;
    }
    const inside = j - at - 1;
    if (line.charCodeAt(j) === CLOSE && inside >= 1 && inside <= MOST_PAREN) {
      const position = line
        .slice(at + 1, j)
        .trim()
        .toLowerCase();
      if (lexicon().captionPositions.has(position)) return true;
      at = line.indexOf("(", j + 1);
    } else at = line.indexOf("(", at + 1);
  }
  return false;
}

/** A full date ("on July 7, 2022") or a posing verb ("shakes hands", "arrive"): how captions are written. */
function readsLikeCaption(line: string): boolean {
  if (findDate(line)) return true;
  return wordsOf(line.toLowerCase()).some((w) => lexicon().captionVerbs.has(w));
}

/**
 * Captions told by their neighbour: the same line printed twice (alt text, then caption with credit),
 * or a line followed by a credit line. Returns the indexes (into `lines`) that are captions.
 */
export function captionPairs(lines: string[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i] ?? "";
    const b = lines[i + 1] ?? "";
    const wa = wordCount(a);
    if (wa === 0 || wa > 80) continue;
    // A bare credit ("Anadolu | Getty Images") under a line that reads like a caption: dated or posed.
    if (isCreditLine(b) && !PREFIX.test(b) && !isCreditLine(a) && !/["“”]/.test(a) && readsLikeCaption(a)) {
      out.add(i).add(i + 1);
      continue;
    }
    if (/["“”]/.test(a) || wa > 60) continue;
    // Alt text then caption: identical sentences (lines come tidied), or the second one plus a credit.
    const same = Math.abs(a.length - b.length) <= 4 && normKey(a) === normKey(b);
    if (same ? isOneSentence(a) : b.startsWith(a) && isCreditLine(b.slice(a.length))) {
      out.add(i).add(i + 1);
    }
  }
  // A caption restating the report beside it: "X on Sept. 17 attends talks…" above "X on Sept. 17 met…".
  for (const i of copiedCaptions(lines)) out.add(i);
  return out;
}
