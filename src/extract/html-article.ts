// HTML → main article text plus page metadata.
import type { Metadata } from "../model/document.js";

export interface ExtractedArticle {
  /** Article body as plain text, one paragraph or subheading per line. Empty when no article was found. */
  text: string;
  meta: Partial<Metadata>;
}

export function extractArticle(_html: string, _url?: string | null): ExtractedArticle {
  throw new Error("not implemented yet");
}
