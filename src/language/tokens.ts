// Tokens with Universal POS tags and offsets. wink gives token texts but no offsets, so each
// token is re-located in the text, scanning forward from the previous one (linear time). Most
// tokens are spans of the text already (wink.ts keeps them so): then re-locating is a comparison
// of offsets, and their text is sliced only when it is not where it is expected.
import type { Token } from "../model/document.js";
import { isSpace } from "./chars.js";
import { joinHyphenatedNames } from "./hyphen-names.js";
import { joinWideLetters } from "./split-letters.js";
import { tagTokens } from "./wink.js";

// How far past the expected place a token is searched for before it is given up on.
const SEARCH_WINDOW = 64;

export function tokenize(text: string): Token[] {
  if (!/\S/.test(text)) return [];
  const { count, starts, ends, values, pos, posNames } = tagTokens(text);
  const tokens: Token[] = [];
  let cursor = 0;
  for (let n = 0; n < count; n++) {
    let p = cursor;
    while (p < text.length && isSpace(text.charCodeAt(p))) p++;
    const start = starts[n] as number;
    let value: string;
    if (start >= 0) {
      const end = ends[n] as number;
      // Where expected, with no space at its edges to trim (below): it is there.
      if (p === start && !isSpace(text.charCodeAt(end - 1))) {
        tokens.push({ start, end, pos: posNames[pos[n] as number] ?? "X" });
        cursor = end;
        continue;
      }
      value = text.slice(start, end);
    } else value = values[n] as string;
    // wink's URL and e-mail patterns can swallow a following space: keep the token, not the space.
    if (value !== "" && (isSpace(value.charCodeAt(0)) || isSpace(value.charCodeAt(value.length - 1)))) {
      value = value.trim();
    }
    if (value === "") continue;
    if (!text.startsWith(value, p)) {
      // wink dropped or altered something; look a little further rather than to the end (O(n²)).
      const found = text.slice(cursor, cursor + value.length + SEARCH_WINDOW).indexOf(value);
      if (found < 0) continue;
      p = cursor + found;
    }
    const end = p + value.length;
    tokens.push({ start: p, end, pos: posNames[pos[n] as number] ?? "X" });
    cursor = end;
  }
  return joinHyphenatedNames(text, joinWideLetters(text, tokens));
}
