// One cleaning pass over a body's lines: metadata prefixes, whole-line noise, title, dateline, related
// headlines, then each paragraph and sentence once. clean.ts repeats passes until nothing changes.
import type { Metadata, RemovedLine } from "../model/document.js";
import { parseByline } from "./bylines.js";
import { classifyLines, type Found, type Line, note } from "./classify.js";
import { crawlerPrefix, parseDateline } from "./datelines.js";
import { dedupe, type Para } from "./dedupe.js";
import {
  canStripInlineTitle,
  holdsClue,
  isTitleCandidate,
  isTitleLine,
  relatedHeadlines,
  stripInlineTitle,
  titleClue,
} from "./headlines.js";
import { looksLikeOutlet } from "./lexicon.js";
import { stripGlued } from "./markers.js";
import { unglueSentences } from "./sentences.js";
import { isHeadlineShaped, wordCount } from "./text.js";

/** How far into the article the title, bylines and dateline are looked for (non-empty lines). */
const HEADER_WINDOW = 10;
const DATELINE_TRIES = 3;

export interface PassResult {
  paras: Para[];
  found: Found;
  removed: RemovedLine[];
}

const kept = (l: Line): boolean => !l.reason && l.text.length > 0;

export function cleanPass(lines: Line[], hints: Partial<Metadata>): PassResult {
  const removed: RemovedLine[] = [];
  const found: Found = {};
  const cut = (l: Line, text: string, reason: RemovedLine["reason"]) =>
    removed.push({ text, reason, line: l.origin });

  for (const l of lines) {
    if (!l.text) continue;
    // Crawlers glue "date YYYY-MM-DD" to the first line; prose never starts that way, so any line is checked
    // (the first line may be gone after cleaning, and the next one must not get a second chance).
    const crawler = crawlerPrefix(l.text);
    if (crawler) {
      cut(l, crawler.prefix.trim(), "crawler-prefix");
      note(found, { published: crawler.date });
      l.text = l.text.slice(crawler.prefix.length).trim();
      l.trimmed = true;
    }
    const { text, spans } = stripGlued(l.text);
    if (!text && spans[0]) l.reason = spans[0].reason;
    else for (const s of spans) cut(l, s.text, s.reason);
    if (text && spans.length) l.trimmed = true;
    l.text = text;
  }
  classifyLines(lines, found);
  const title = markTitle(lines, hints.title ?? null, found, cut);
  const headerEnd = markHeader(lines, found, cut);
  for (const l of lines.slice(0, headerEnd)) l.header = true;

  const body = lines.filter(kept);
  // The title vouches for on-topic subheadings too. (Not captions: they are gone when a cleaned text is
  // cleaned again, and the verdict must not change then.)
  const related = relatedHeadlines(
    body.map((l) => l.text),
    title ? [title] : [],
  );
  for (const i of related) {
    const l = body[i];
    if (l) l.reason = "related-headline";
  }
  // A dropped line is reported as written, or as left after its prefixes were reported separately.
  for (const l of lines)
    if (l.reason && l.raw.trim()) cut(l, l.trimmed ? l.text || l.raw.trim() : l.raw.trim(), l.reason);
  const paras = lines
    .filter(kept)
    .map((l) => ({ origin: l.origin, text: unglueSentences(l.text), header: l.header }));
  return { paras: dedupe(paras, removed), found, removed };
}

const isScrap = (s: string): boolean => wordCount(s) < 3 && !/[.!?]$/.test(s);
/** A short line in the header that is not a sentence: an author's name or the site's name. */
const isLeftover = (s: string): boolean => wordCount(s) <= 4 && !/[.!?:]$/.test(s);

type Cut = (l: Line, text: string, reason: RemovedLine["reason"]) => void;

/** Finds the title (hint, else a headline opening the body), drops its copies, cuts it out of paragraphs. */
function markTitle(lines: Line[], hint: string | null, found: Found, cut: Cut): string | null {
  const nonEmpty = lines.filter(kept);
  let title = hint;
  // The first line that could be a headline; one- or two-word scraps above it (site names, "0") do not count,
  // so the choice is the same whether or not a scrap is later dropped.
  const opener = nonEmpty.find((l) => !isScrap(l.text));
  if (!title && opener && isTitleCandidate(opener.text)) {
    // "Headline Headline": some pages print the title twice on one line.
    const twice = /^(.{12,}?) \1$/.exec(opener.text);
    title = twice?.[1] ?? opener.text;
    note(found, { title });
  }
  if (!title) return null;
  const head = new Set(nonEmpty.slice(0, 3));
  for (const l of nonEmpty) if (isTitleLine(l.text, title, head.has(l))) l.reason = "title";
  if (!canStripInlineTitle(title)) return title;
  const clue = titleClue(title);
  for (const l of lines) {
    // Most lines lack a word of the title: ruled out without building a result.
    if (!kept(l) || !holdsClue(l.text, clue)) continue;
    const { text, cut: spans } = stripInlineTitle(l.text, title, clue);
    if (spans.length === 0) continue;
    for (const s of spans) cut(l, s, "title");
    l.text = text;
    l.trimmed = true;
    if (!text) l.reason = "title";
  }
  return title;
}

/**
 * The header: everything up to the dateline, or up to the last title/byline line near the top. Returns the
 * index of the first line after it; reads the dateline; drops short leftovers there (site names, authors).
 */
function markHeader(lines: Line[], found: Found, cut: Cut): number {
  const top = lines.filter((l) => l.text || l.reason).slice(0, HEADER_WINDOW);
  let end = 0;
  for (const l of top) if (l.reason === "title" || l.reason === "byline") end = l.origin + 1;
  // A dateline opens the first paragraph, or the first one after dropped header lines (a teaser may come
  // before the byline). Not any later paragraph: a cleaned text must not be cut again on a second run.
  let tries = 0;
  let prev: Line | undefined;
  for (const l of lines) {
    if (!l.text && !l.reason) continue;
    const after = prev === undefined || prev.reason !== null || isLeftover(prev.text);
    prev = l;
    if (!kept(l) || isHeadlineShaped(l.text)) continue;
    if (tries++ >= DATELINE_TRIES) break;
    if (!after) continue;
    const d = parseDateline(l.text);
    if (!d) continue;
    note(found, { place: d.place, source: d.source, datelineDate: d.date });
    // A dateline is part of the lead as the outlet printed it; only an outlet's name is cut.
    if (d.outlet) {
      cut(l, d.prefix.trim(), "dateline");
      l.text = l.text.slice(d.prefix.length).trim();
      l.trimmed = true;
    }
    end = l.origin;
    break;
  }
  const endIdx = lines.findIndex((l) => l.origin >= end);
  const stop = endIdx === -1 ? lines.length : endIdx;
  for (const l of lines.slice(0, stop)) {
    if (!kept(l) || !isLeftover(l.text)) continue;
    // "David Jackson" under the headline is the author; "Newsfrom Japan" is the site's name.
    const info = parseByline(`By ${l.text}`);
    if (info && !looksLikeOutlet(l.text)) {
      l.reason = "byline";
      note(found, { author: info.author });
    } else l.reason = "navigation";
  }
  return stop;
}
