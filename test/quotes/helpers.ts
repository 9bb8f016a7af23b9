// Runs language → actors → quotes over text written for the test.
import type { Quote } from "../../src/model/document.js";
import { findQuotes } from "../../src/quotes/stage.js";
import { actorsOf } from "../actors/helpers.js";

export function quotesOf(text: string): Quote[] {
  return findQuotes(actorsOf(text));
}

/** The quote whose text contains `part`. */
export const quoteWith = (qs: Quote[], part: string) => qs.find((q) => q.text.includes(part));
