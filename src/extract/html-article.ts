// HTML → main article text plus page metadata.
// Readability (over linkedom) finds the article container; around it we remove page furniture first
// (preclean), drop furniture lines inside the container after (postfilter), and fall back to the
// page's JSON-LD articleBody or a plain Readability pass when that leaves too little.
import { Readability } from "@mozilla/readability";
import { DOMParser } from "linkedom";
import type { Metadata } from "../model/document.js";
import { limitDepth, limitTagDepth } from "./depth.js";
import { decodeEntities } from "./entities.js";
import { type JsonLdArticle, readJsonLd } from "./jsonld.js";
import { cleanAuthor, readMetadata } from "./metadata.js";
import { postfilter } from "./postfilter.js";
import { precleanDom } from "./preclean.js";
import { type Line, renderLines } from "./render.js";

export interface ExtractedArticle {
  /** Article body as plain text, one paragraph or subheading per line. Empty when no article was found. */
  text: string;
  meta: Partial<Metadata>;
}

/**
 * Elements that never reach the text, cut with a regular expression before parsing: it spares building
 * a third of the DOM. Only elements that rarely nest in themselves (a nested one would leave a stray
 * end tag, which the parser ignores); the pre-clean removes what this misses.
 */
const NEVER_TEXT =
  /<(script|style|svg|noscript|template|nav|aside|footer|select|button|iframe)(?=[\s/>])[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi;
/** Below this many characters the extraction is treated as a miss and the fallbacks are tried. */
const MIN_CHARS = 200;

export function extractArticle(html: string, url?: string | null): ExtractedArticle {
  const { lines, meta } = extractLines(html, url);
  return { text: lines.map((l) => l.text).join("\n"), meta };
}

/** Same as extractArticle, keeping per-line details (block tag, link share) for evaluation tools. */
export function extractLines(html: string, url?: string | null): { lines: Line[]; meta: Partial<Metadata> } {
  try {
    return extract(html, url ?? null);
  } catch {
    // Malformed input must not stop a batch: no lines tells the pipeline no article was found.
    return { lines: [], meta: url ? { url } : {} };
  }
}

/** One parser for all pages; DOMParser rather than parseHTML, which also builds a window proxy per page. */
const PARSER = new DOMParser();

function parse(html: string) {
  return PARSER.parseFromString(
    /<html[\s>]/i.test(html) ? html : `<html><body>${html}</body></html>`,
    "text/html",
  );
}

/** Parsed, with deep nesting unwrapped (see depth.ts). */
function parseBounded(html: string, depth: number) {
  const document = parse(html);
  // The counted depth leaves out elements that close themselves (p, li, td): a margin for those.
  if (depth > 20 && document.body) limitDepth(document.body);
  return document;
}

function readability(document: ReturnType<typeof parse>) {
  return new Readability(document as unknown as Document, {
    serializer: (n) => n,
    disableJSONLD: true,
    // Only the text is rendered, so stripping class attributes from the article would be wasted work.
    keepClasses: true,
  }).parse();
}

/** A page without one real paragraph (log-in pages, indexes, error pages) has no article. */
const MIN_PARAGRAPH = 80;
const isProse = (l: Line) => l.text.length >= MIN_PARAGRAPH && l.linkShare < 0.5;

const chars = (lines: Line[]) => lines.reduce((n, l) => n + l.text.length, 0);

function extract(html: string, url: string | null): { lines: Line[]; meta: Partial<Metadata> } {
  const ld = readJsonLd(html);
  const { html: stripped, depth } = limitTagDepth(html.replace(NEVER_TEXT, ""));
  const document = parseBounded(stripped, depth);
  // Metadata first: Readability and the pre-clean both remove elements that carry it.
  const meta = readMetadata(document, ld, url);
  if (document.body) precleanDom(document.body);
  const article = readability(document);
  let lines = article?.content ? postfilter(renderLines(article.content)) : [];
  let byline = article?.byline;

  if (chars(lines) < MIN_CHARS) {
    // The pre-clean can take a furniture-named wrapper for furniture: retry on the untouched page.
    const plain = readability(parseBounded(stripped, depth));
    const again = plain?.content ? postfilter(renderLines(plain.content)) : [];
    if (chars(again) > chars(lines)) lines = again;
    byline ??= plain?.byline;
  }
  const fromLd = jsonLdLines(ld);
  if (chars(lines) < MIN_CHARS && chars(fromLd) > chars(lines)) lines = fromLd;
  if (!lines.some(isProse)) lines = [];
  if (!meta.author && byline) {
    const author = cleanAuthor(byline);
    if (author) meta.author = author;
  }
  return { lines, meta };
}

/** JSON-LD articleBody as lines: sometimes HTML, sometimes text with or without paragraph breaks. */
function jsonLdLines(ld: JsonLdArticle | null): Line[] {
  const body = ld?.articleBody;
  if (!body) return [];
  const text = decodeEntities(
    body.replace(/<\/?(p|div|br|h[1-6]|li)\b[^>]*>/gi, "\n").replace(/<[^>]+>/g, ""),
  );
  return text
    .split(/\n+/)
    .map((t) => t.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .map((t) => ({ text: t, linkShare: 0, block: "P" }));
}
