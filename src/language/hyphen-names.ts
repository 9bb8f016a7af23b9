// wink splits "Tae-yul" into "Tae", "-", "yul" (the last tagged NOUN). Korean and Chinese given
// names are one word: join such triples back into one PROPN token.

import { derived, table } from "../knowledge/load.js";
import type { Token } from "../model/document.js";
import { isUpperLetter } from "./chars.js";

interface NameRules {
  syllable: RegExp;
  notFirst: Set<string>;
  notNames: Set<string>;
}

const getRules = derived((): NameRules => {
  const file = table("language/hyphenated-names.json");
  return {
    syllable: new RegExp(file.syllable),
    notFirst: new Set(file.notFirst),
    notNames: new Set(file.notNames.map((w) => w.toLowerCase())),
  };
});

const HYPHENS = new Set(["-", "\u2010"]);

/**
 * Whether `word` ("Tae-yul", "Jong-un") is a hyphenated given name. A capitalised second half
 * ("Jae-In") counts only right after a family name, so "the Moon-Kim summit" stays two names.
 */
export function isHyphenatedName(word: string, afterName: boolean): boolean {
  const r = getRules();
  const h = word.length > 2 ? firstHyphen(word) : -1;
  if (h <= 0 || h === word.length - 1) return false;
  const first = word.slice(0, h);
  const second = word.slice(h + 1);
  if (!isUpperLetter(first) || first.length > 6 || second.length > 6) return false;
  const secondUpper = isUpperLetter(second);
  if (secondUpper && !afterName) return false;
  const lowFirst = first.toLowerCase();
  const lowSecond = second.toLowerCase();
  if (!secondUpper && second !== lowSecond) return false;
  if (first.slice(1) !== lowFirst.slice(1) || second.slice(1) !== lowSecond.slice(1)) return false;
  if (r.notFirst.has(lowFirst) || r.notNames.has(`${lowFirst}-${lowSecond}`)) return false;
  return r.syllable.test(lowFirst) && r.syllable.test(lowSecond);
}

/** The char code of one of HYPHENS. */
function isHyphenCode(c: number): boolean {
  return c === 45 || c === 0x2010;
}

function hasHyphen(text: string, t: Token): boolean {
  for (let p = t.start; p < t.end; p++) if (isHyphenCode(text.charCodeAt(p))) return true;
  return false;
}

function firstHyphen(word: string): number {
  for (let p = 0; p < word.length; p++) if (HYPHENS.has(word.charAt(p))) return p;
  return -1;
}

/** Whether `t` follows a capitalised word `prev`, with a space between (worked out only for the
 * few tokens that may be names). */
function isAfterName(text: string, prev: Token | undefined, t: Token): boolean {
  return prev !== undefined && prev.end < t.start && isUpperLetter(text.charAt(prev.start));
}

/** Joins "Tae" "-" "yul" (touching, in `text`) into one PROPN token; tags whole-token names PROPN.
 * Works in place: `tokens` is rewritten and returned. */
export function joinHyphenatedNames(text: string, tokens: Token[]): Token[] {
  // Tokens 0 .. kept - 1 are the output so far; the input is read from i on, never behind `kept`.
  let kept = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = kept > 0 ? tokens[kept - 1] : undefined;
    const dash = tokens[i + 1];
    const rest = tokens[i + 2];
    if (
      dash &&
      rest &&
      dash.start === t.end &&
      rest.start === dash.end &&
      dash.end - dash.start === 1 &&
      isHyphenCode(text.charCodeAt(dash.start)) &&
      isHyphenatedName(text.slice(t.start, rest.end), isAfterName(text, prev, t))
    ) {
      tokens[kept++] = { start: t.start, end: rest.end, pos: "PROPN" };
      // The family name before it ("Moon" in "Moon Jae-in") is a name too, whatever wink said.
      if (prev && isAfterName(text, prev, t) && /^[A-Z][a-z]+$/.test(text.slice(prev.start, prev.end))) {
        prev.pos = "PROPN";
      }
      i += 2;
      continue;
    }
    if (
      t.pos !== "PROPN" &&
      hasHyphen(text, t) &&
      isHyphenatedName(text.slice(t.start, t.end), isAfterName(text, prev, t))
    ) {
      tokens[kept++] = { start: t.start, end: t.end, pos: "PROPN" };
      continue;
    }
    tokens[kept++] = t;
  }
  tokens.length = kept;
  return tokens;
}
