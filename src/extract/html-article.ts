// HTML → main article text plus page metadata.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { Metadata } from "../model/document.js";
import { readJsonLd } from "./jsonld.js";
import { readMetadata } from "./metadata.js";
import { postfilter } from "./postfilter.js";
import { precleanDom } from "./preclean.js";
import { renderLines } from "./render.js";

export interface ExtractedArticle {
  /** Article body as plain text, one paragraph or subheading per line. Empty when no article was found. */
  text: string;
  meta: Partial<Metadata>;
}

/** Content that never reaches the text; cutting it before parsing halves the DOM to build. */
const NEVER_TEXT = /<(script|style|svg|noscript|template)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi;

export function extractArticle(html: string, url?: string | null): ExtractedArticle {
  try {
    return extract(html, url ?? null);
  } catch {
    // Malformed input must not stop a batch: "" tells the pipeline no article was found.
    return { text: "", meta: url ? { url } : {} };
  }
}

function extract(html: string, url: string | null): ExtractedArticle {
  const ld = readJsonLd(html);
  const stripped = html.replace(NEVER_TEXT, "");
  const { document } = parseHTML(
    /<html[\s>]/i.test(stripped) ? stripped : `<html><body>${stripped}</body></html>`,
  );
  const byline = null;
  const meta = readMetadata(document, ld, url, byline);
  if (document.body) precleanDom(document.body);
  const article = new Readability(document as unknown as Document, {
    serializer: (n) => n,
    disableJSONLD: true,
  }).parse();
  const lines = article?.content ? renderLines(article.content) : [];
  const kept = postfilter(lines);
  if (process.env.DYAD_LINES)
    return { text: kept.map((l) => `${l.linkShare.toFixed(2)}\t${l.block}\t${l.text}`).join("\n"), meta };
  return { text: kept.map((l) => l.text).join("\n"), meta };
}
