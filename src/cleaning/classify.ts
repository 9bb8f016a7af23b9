// Whole-line rules: each line is kept or dropped with a reason; metadata found on the way is collected.
import { forgetOnReset } from "../knowledge/load.js";
import type { Metadata, RemovalReason } from "../model/document.js";
import { parseByline } from "./bylines.js";
import { captionPairs, isCaption } from "./captions.js";
import { chromeReason, MOST_CHROME_WORDS } from "./chrome.js";
import { isRelatedCandidate } from "./headlines.js";
import { isReadAlsoLabel, markerReason } from "./markers.js";
import { markSummaryBoxes } from "./summaries.js";
import { hasMoreWords, isHeadlineShaped, isPunctuationOnly, normKey, wordCount } from "./text.js";

/** Word counts above which a line cannot be a caption, marker or embed, or a byline/credit line. */
const LONGEST_CAPTION = 80;
const LONGEST_BYLINE = 40;

export interface Line {
  /** 0-based index of the line in the original body. */
  origin: number;
  /** The line as it was in the body. */
  raw: string;
  /** Repaired and tidied text; shrinks when glued prefixes are cut. */
  text: string;
  reason: RemovalReason | null;
  header: boolean;
  /** Something glued to the line (prefix, marker) was cut and reported on its own. */
  trimmed?: boolean;
}

export type Found = Partial<Record<keyof Metadata, string>>;

/** Sets a metadata field unless an earlier line already did (the first byline wins). */
export function note(found: Found, info: Found): void {
  for (const [k, v] of Object.entries(info) as [keyof Metadata, string | undefined][]) {
    if (v && !found[k]) found[k] = v;
  }
}

interface Verdict {
  reason: RemovalReason;
  label?: boolean;
  byline?: Found;
}

// Verdicts depend on the line alone, and later passes see the same lines again: remember them.
const verdicts = new Map<string, Verdict | null>();
forgetOnReset(verdicts);
const VERDICTS_MAX = 4000;

/** Why a line is noise by itself (marker, caption, byline…), or null. */
function lineVerdict(text: string): Verdict | null {
  const hit = verdicts.get(text);
  if (hit !== undefined) return hit;
  if (verdicts.size >= VERDICTS_MAX) verdicts.clear();
  const v = judge(text);
  verdicts.set(text, v);
  return v;
}

function judge(text: string): Verdict | null {
  // Long paragraphs cannot be markers, bylines or captions: skip the rules (most lines of most articles).
  if (hasMoreWords(text, LONGEST_CAPTION)) return null;
  const words = wordCount(text);
  if (words === 0 && isPunctuationOnly(text)) return { reason: "empty" };
  const marker = markerReason(text);
  if (marker) return { reason: marker, label: marker === "read-also" && isReadAlsoLabel(text) };
  // Credits come before chrome: "Anadolu | Getty Images" is a credit, and vouches for the caption above it.
  if (isCaption(text)) return { reason: "caption" };
  const chrome = words <= MOST_CHROME_WORDS ? chromeReason(text) : null;
  if (chrome) return { reason: chrome };
  const byline = words <= LONGEST_BYLINE ? parseByline(text) : null;
  return byline ? { reason: "byline", byline } : null;
}

/** Marks every line that is noise by itself or by its neighbours (captions twice, links after "Related:"). */
export function classifyLines(lines: Line[], found: Found): void {
  let afterEnd = false;
  let afterLabel = false;
  for (const l of lines) {
    if (l.reason || !l.text) continue;
    const v = lineVerdict(l.text);
    if (!v && afterEnd && isRelatedCandidate(l.text)) {
      l.reason = "related-headline";
      continue;
    }
    if (!v && afterLabel && isHeadlineShaped(l.text, 25)) {
      l.reason = "read-also";
      continue;
    }
    afterLabel = false;
    if (!v) continue;
    l.reason = v.reason;
    if (v.reason === "end-marker") afterEnd = true;
    if (v.label) afterLabel = true;
    if (v.byline) note(found, v.byline);
  }
  markSummaryBoxes(lines);
  // Pairs are judged with the credits already dropped still in place: the credit vouches for the line above.
  const near = lines.filter((l) => l.text && (!l.reason || l.reason === "caption"));
  for (const i of captionPairs(near.map((l) => l.text))) {
    const l = near[i];
    if (l && !l.reason) l.reason = "caption";
  }
  markCutCaptions(near);
}

const MIN_CUT_CAPTION_WORDS = 6;

/** A caption printed again cut short (alt text, a gallery teaser): the start of a caption, ending mid-sentence. */
function markCutCaptions(lines: Line[]): void {
  const captions = lines.filter((l) => l.reason === "caption").map((l) => normKey(l.text));
  if (captions.length === 0) return;
  for (const l of lines) {
    if (l.reason || /[.!?"”’)]$/.test(l.text) || wordCount(l.text) < MIN_CUT_CAPTION_WORDS) continue;
    const key = normKey(l.text);
    if (captions.some((c) => c.length > key.length && c.startsWith(key))) l.reason = "caption";
  }
}
