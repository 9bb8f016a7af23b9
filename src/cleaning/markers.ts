// Scraper/CMS markers, navigation residue and "read also" links: whole lines, or glued to real text.
import { derived, forgetOnReset } from "../knowledge/load.js";
import { isSpace } from "../language/chars.js";
import type { RemovalReason } from "../model/document.js";
import { lexicon } from "./lexicon.js";
import { wordCount } from "./text.js";

export interface Span {
  text: string;
  reason: RemovalReason;
}

/** Lowercase, without bullets/arrows/spaces in front and punctuation/arrows/spaces behind. */
function bare(s: string): string {
  const l = s.toLowerCase();
  let start = 0;
  let end = l.length;
  // Loops, not regexes: an end-anchored regex scans the whole line.
  while (start < end && isBareStart(l.charCodeAt(start))) start++;
  while (end > start && isBareEnd(l.charCodeAt(end - 1))) end--;
  return start === 0 && end === l.length ? l : l.slice(start, end);
}

const BARE_START = new Set([..."•·*▪►>|-"].map((ch) => ch.charCodeAt(0)));
const BARE_END = new Set([...":.!|»>›-"].map((ch) => ch.charCodeAt(0)));
const isBareStart = (c: number): boolean => isSpace(c) || BARE_START.has(c);
const isBareEnd = (c: number): boolean => isSpace(c) || BARE_END.has(c);

// A label is a few words; bare() keeps the words of a line, so longer lines are no label.
const mostLabelWords = derived(() =>
  Math.max(0, ...[...lexicon().readAlsoLabels].map((label) => wordCount(label))),
);

const TAIL = 48;
const URL_RE = /\bhttps?:\/\/\S+|\bwww\.\S+\.\S+/i;

/** Why a whole line is not article text (marker, navigation, read-also, end-marker), or null. */
export function markerReason(line: string): RemovalReason | null {
  const words = wordCount(line);
  // Whole-line lists only hold short entries; long lines only meet the patterns (embeds, boilerplate).
  if (words <= 6) {
    const b = bare(line);
    const l = line.toLowerCase();
    if (lexicon().endMarkers.has(l.trim()) || lexicon().endMarkers.has(b)) return "end-marker";
    if (lexicon().markerLines.has(b) || lexicon().markerLines.has(l)) return "marker";
    if (lexicon().navLines.has(b)) return "navigation";
  }
  if (lexicon().markerPattern.test(line)) return "marker";
  if (words <= 25 && isReadAlso(line)) return "read-also";
  // A bare link or a short line pointing somewhere else ("You can find … at http://…").
  if (words < 30 && (line.includes("http") || line.includes("www.")) && URL_RE.test(line)) return "marker";
  if (words <= 24 && /[>›»]/.test(line) && isBreadcrumbLine(line)) return "navigation";
  // Widgets such as "• Country:" / "• China": a bullet with one or two words.
  if (words <= lexicon().bulletWidgetMaxWords && /^[•·▪►]/.test(line)) return "navigation";
  return null;
}

export function isReadAlsoLabel(line: string): boolean {
  return wordCount(line) <= mostLabelWords() && lexicon().readAlsoLabels.has(bare(line));
}

function isReadAlso(line: string): boolean {
  if (isReadAlsoLabel(line)) return true;
  if (lexicon().morePattern.test(line)) return true;
  // "Read - Minister Resigns…", "Also read: …": a link line is short.
  return lexicon().readAlsoPrefix.test(line) && wordCount(line) <= 25;
}

/** "World > Asia > Vietnam": only short crumbs between separators. */
function isBreadcrumbLine(line: string): boolean {
  const parts = line.split(/\s+(?:>|›|»)\s+/);
  return parts.length >= 3 && parts.every((p) => p.length > 0 && wordCount(p) <= 3);
}

// The confirmation pass sees the same lines again; remember recent answers (read-only for callers).
const gluedCache = new Map<string, Glued>();
forgetOnReset(gluedCache);
const GLUED_MAX = 4000;
type Glued = { readonly text: string; readonly spans: readonly Span[] };

/** Removes navigation and markers glued to the start or end of a line; returns what is left and what went. */
export function stripGlued(line: string): Glued {
  const hit = gluedCache.get(line);
  if (hit) return hit;
  if (gluedCache.size >= GLUED_MAX) gluedCache.clear();
  const out = strip(line);
  gluedCache.set(line, out);
  return out;
}

function strip(line: string): Glued {
  const spans: Span[] = [];
  let text = line;
  for (let changed = true; changed && text; ) {
    changed = false;
    const nav = lexicon().navPhrases.find((p) => text.startsWith(p));
    if (nav) {
      spans.push({ text: nav, reason: "navigation" });
      text = text.slice(nav.length).trimStart();
      changed = true;
      continue;
    }
    const crumb = breadcrumbPrefix(text);
    if (crumb) {
      spans.push({ text: crumb, reason: "navigation" });
      text = text.slice(crumb.length).trimStart();
      changed = true;
      continue;
    }
    for (const re of lexicon().gluedStart) {
      const m = re.exec(text);
      if (m?.[0]) {
        spans.push({ text: m[0].trim(), reason: "marker" });
        text = text.slice(m[0].length).trimStart();
        changed = true;
        break;
      }
    }
  }
  // End markers are short: look at the tail only, so long paragraphs are not scanned from the start.
  for (const re of lexicon().gluedEnd) {
    const from = Math.max(0, text.length - TAIL);
    const m = re.exec(text.slice(from));
    // "^" inside the tail is not the start of the line: then the character before the tail must end a sentence.
    const fakeStart = m?.index === 0 && from > 0 && !/[.!?…"”’)\]]\s*$/.test(text.slice(from - 2, from));
    if (m?.[0] && from + m.index > 0 && !fakeStart) {
      spans.push({ text: m[0].trim(), reason: "marker" });
      text = text.slice(0, from + m.index).trimEnd();
    }
  }
  const credit = creditTail(text);
  if (credit) {
    spans.push({ text: credit, reason: "byline" });
    text = text.slice(0, text.length - credit.length).trimEnd();
  }
  return { text, spans };
}

/** Wire credits closing the last paragraph: "… in four months. (Reporting by Jane Doe; Editing by Ken Ito)". */
function creditTail(text: string): string | null {
  if (!text.endsWith(")")) return null;
  const open = text.lastIndexOf("(");
  if (open < 1 || text.length - open > 200 || !/[.!?"”’]\s*$/.test(text.slice(0, open))) return null;
  const tail = text.slice(open);
  return CREDIT_TAIL.test(tail) ? tail : null;
}
const CREDIT_TAIL =
  /^\((?:(?:additional )?reporting|writing|editing|compiled|edited|written) by\b[^()]*(?:;\s*(?:additional )?(?:reporting|writing|editing|edited) by\b[^()]*)*\)$/i;

/** "Home > World > Asia " at the start of a line; the last crumb is a known section or one word. */
function breadcrumbPrefix(text: string): string | null {
  const start = lexicon().breadcrumbStart.exec(text);
  if (!start) return null;
  let pos = start[0].length;
  for (let i = 0; i < 8; i++) {
    const rest = text.slice(pos);
    const section = lexicon().sections.find((s) => rest.startsWith(s));
    const crumb = section ?? /^[\p{L}\p{N}&'-]+/u.exec(rest)?.[0];
    if (!crumb) break;
    pos += crumb.length;
    const sep = /^\s*(?:>|›|»|\/|\|)\s*/.exec(text.slice(pos));
    if (!sep) break;
    pos += sep[0].length;
  }
  return text.slice(0, pos);
}
