// Language basics: sentences and tokens with POS, as offsets into the cleaned text.
import type { Span, Token } from "../model/document.js";

export interface Analysis {
  sentences: Span[];
  tokens: Token[];
}

export function analyse(_text: string): Analysis {
  throw new Error("not implemented yet");
}
