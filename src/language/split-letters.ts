// wink cuts a word at letters beyond Latin-1 ("Erdoğan" → "Erdo" "ğ" "an", "Łukasz" → "Ł" "ukasz"):
// its word pattern knows only ASCII and Latin-1 letters. Touching pieces joined by such a letter are
// one word again, tagged PROPN when capitalised (wink's tags of the pieces mean nothing).
import type { Token } from "../model/document.js";

const LETTER = /[\p{L}\p{M}]/u;

/** A letter or mark of a script wink does not treat as word characters (any code above Latin-1). */
function isWideLetter(c: number, text: string, at: number): boolean {
  return c > 0xff && LETTER.test(text.charAt(at));
}

/** A letter or mark of any script; ASCII and Latin-1 decided without a regex. */
function isLetterAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c <= 0xff) return c >= 0xc0 && c !== 0xd7 && c !== 0xf7;
  return LETTER.test(text.charAt(at));
}

/** Joins touching tokens that meet inside a word at a letter beyond Latin-1. In place, linear. */
export function joinWideLetters(text: string, tokens: Token[]): Token[] {
  let kept = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = kept > 0 ? (tokens[kept - 1] as Token) : undefined;
    if (
      prev &&
      prev.end === t.start &&
      isLetterAt(text, prev.end - 1) &&
      isLetterAt(text, t.start) &&
      (isWideLetter(text.charCodeAt(prev.end - 1), text, prev.end - 1) ||
        isWideLetter(text.charCodeAt(t.start), text, t.start))
    ) {
      prev.end = t.end;
      const first = text.charAt(prev.start);
      if (first !== first.toLowerCase()) prev.pos = "PROPN";
      else if (prev.pos === "X") prev.pos = t.pos;
      continue;
    }
    tokens[kept++] = t;
  }
  tokens.length = kept;
  return tokens;
}
