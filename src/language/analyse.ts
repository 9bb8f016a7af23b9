// Language basics: sentences and tokens with POS, as offsets into the cleaned text.
import type { Span, Token } from "../model/document.js";
import { splitSentences } from "./sentences.js";
import { tokenize } from "./tokens.js";

export interface Analysis {
  sentences: Span[];
  tokens: Token[];
}

/** Sentences (never across a line break) and POS-tagged tokens; offsets are UTF-16, like slice(). */
export function analyse(text: string): Analysis {
  return { sentences: splitSentences(text), tokens: tokenize(text) };
}
