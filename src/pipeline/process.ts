// The per-document pipeline: extraction (HTML only) → cleaning → language → actors → events and quotes.
// Pure: no I/O, no store.
import { findActors } from "../actors/stage.js";
import { cleanBody } from "../cleaning/clean.js";
import { extractEvents } from "../events/stage.js";
import { extractArticle } from "../extract/html-article.js";
import { analyse } from "../language/analyse.js";
import {
  type AnalysedDocument,
  type CleanDocument,
  type EventDocument,
  InputError,
  type Origin,
  type SourceDocument,
} from "../model/document.js";
import { findQuotes } from "../quotes/stage.js";
import { contentHash } from "../store/documents.js";
import { type DocumentRows, documentRows } from "../store/rows.js";
import { encodeSignature, type StorySignature, signatureOf } from "../stories/index.js";
import { linkQuotesToEvents } from "./link-quotes.js";

export function cleanDocument(src: SourceDocument): CleanDocument {
  let body = src.content;
  let hints = src.hints;
  if (src.contentType === "html") {
    const article = extractArticle(src.content, src.hints.url ?? null);
    if (!article.text.trim())
      throw new InputError(src.origin.path, "no article text found in the HTML page", src.origin.record);
    body = article.text;
    // What the container said (JSON fields, feed, WARC headers) wins over what the page says.
    hints = { ...definedOnly(article.meta), ...definedOnly(src.hints) };
  }
  const cleaned = cleanBody(body, hints);
  if (!cleaned.text.trim())
    throw new InputError(src.origin.path, "no article text left after cleaning", src.origin.record);
  return { ...src, body, meta: cleaned.meta, text: cleaned.text, removed: cleaned.removed };
}

export function analyseDocument(src: SourceDocument): AnalysedDocument {
  const doc = cleanDocument(src);
  const { sentences, tokens } = analyse(doc.text);
  return { ...doc, sentences, tokens };
}

/**
 * What the store needs of a processed document, built where it was processed (a worker thread): its
 * rows, ready to insert, and its story signature twice — as typed arrays for the story index, and
 * serialised for the store. Strings and typed arrays are cheap to pass back to the writer thread.
 */
export interface ProcessedDocument {
  id: string;
  origin: Origin;
  hash: string;
  rows: DocumentRows;
  signature: StorySignature;
  signatureJson: string;
}

export function processForStore(src: SourceDocument, hash = contentHash(src)): ProcessedDocument {
  const doc = processDocument(src);
  const signature = signatureOf(doc);
  return {
    id: doc.id,
    origin: doc.origin,
    hash,
    rows: documentRows(doc, hash),
    signature,
    signatureJson: JSON.stringify(encodeSignature(signature)),
  };
}

export function processDocument(src: SourceDocument): EventDocument {
  const doc = findActors(analyseDocument(src));
  const events = extractEvents(doc);
  const quotes = linkQuotesToEvents(findQuotes(doc), events);
  return { ...doc, events, quotes };
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== ""),
  ) as Partial<T>;
}
