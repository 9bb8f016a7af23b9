// Whole-line rules: each line is kept or dropped with a reason; metadata found on the way is collected.
import type { Metadata, RemovalReason } from "../model/document.js";
import { parseByline } from "./bylines.js";
import { captionPairs, isCaption } from "./captions.js";
import { isRelatedCandidate } from "./headlines.js";
import { isReadAlsoLabel, markerReason } from "./markers.js";
import { isHeadlineShaped, isPunctuationOnly } from "./text.js";

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

/** Marks every line that is noise by itself or by its neighbours (captions twice, links after "Related:"). */
export function classifyLines(lines: Line[], found: Found): void {
  let afterEnd = false;
  let afterLabel = false;
  for (const l of lines) {
    if (l.reason || !l.text) continue;
    if (afterEnd && (isRelatedCandidate(l.text) || isPunctuationOnly(l.text))) {
      l.reason = "related-headline";
      continue;
    }
    if (afterLabel && isHeadlineShaped(l.text, 25) && !isReadAlsoLabel(l.text)) {
      l.reason = "read-also";
      continue;
    }
    afterLabel = false;
    if (isPunctuationOnly(l.text)) {
      l.reason = "empty";
      continue;
    }
    const marker = markerReason(l.text);
    if (marker) {
      l.reason = marker;
      if (marker === "end-marker") afterEnd = true;
      if (marker === "read-also" && isReadAlsoLabel(l.text)) afterLabel = true;
      continue;
    }
    if (isCaption(l.text)) {
      l.reason = "caption";
      continue;
    }
    const byline = parseByline(l.text);
    if (byline) {
      l.reason = "byline";
      note(found, byline);
    }
  }
  // Pairs are judged with the credits already dropped still in place: the credit vouches for the line above.
  const near = lines.filter((l) => l.text && (!l.reason || l.reason === "caption"));
  for (const i of captionPairs(near.map((l) => l.text))) {
    const l = near[i];
    if (l && !l.reason) l.reason = "caption";
  }
}
