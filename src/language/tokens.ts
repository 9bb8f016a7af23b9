// Tokens with Universal POS tags and offsets. wink gives token texts but no offsets, so each
// token is re-located in the text, scanning forward from the previous one (linear time).
import type { Token } from "../model/document.js";
import { isSpace } from "./chars.js";
import { joinHyphenatedNames } from "./hyphen-names.js";
import { winkTokens } from "./wink.js";

// How far past the expected place a token is searched for before it is given up on.
const SEARCH_WINDOW = 64;

export function tokenize(text: string): Token[] {
  if (!/\S/.test(text)) return [];
  const { values, tags } = winkTokens(text);
  const tokens: Token[] = [];
  let cursor = 0;
  for (let n = 0; n < values.length; n++) {
    let value = values[n] as string;
    // wink's URL and e-mail patterns can swallow a following space: keep the token, not the space.
    if (value !== "" && (isSpace(value.charCodeAt(0)) || isSpace(value.charCodeAt(value.length - 1)))) {
      value = value.trim();
    }
    if (value === "") continue;
    let p = cursor;
    while (p < text.length && isSpace(text.charCodeAt(p))) p++;
    if (!text.startsWith(value, p)) {
      // wink dropped or altered something; look a little further rather than to the end (O(n²)).
      const found = text.slice(cursor, cursor + value.length + SEARCH_WINDOW).indexOf(value);
      if (found < 0) continue;
      p = cursor + found;
    }
    const end = p + value.length;
    tokens.push({ start: p, end, pos: tags[n] ?? "X" });
    cursor = end;
  }
  return joinHyphenatedNames(text, tokens);
}
