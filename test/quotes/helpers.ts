// Runs language → actors → quotes over text written for the test.
import { findActors } from "../../src/actors/stage.js";
import { analyse } from "../../src/language/analyse.js";
import { emptyMetadata, type Quote } from "../../src/model/document.js";
import { findQuotes } from "../../src/quotes/stage.js";

export function quotesOf(text: string): Quote[] {
  const base = {
    id: "t",
    origin: { path: "test", format: "text" as const, encoding: "UTF-8" },
    raw: text,
    contentType: "text" as const,
    content: text,
    hints: {},
    body: text,
    meta: { ...emptyMetadata(), published: "2024-06-10" },
    text,
    removed: [],
  };
  return findQuotes(findActors({ ...base, ...analyse(text) }));
}

/** The quote whose text contains `part`. */
export const quoteWith = (qs: Quote[], part: string) => qs.find((q) => q.text.includes(part));
