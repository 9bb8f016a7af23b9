// wink's tokenizer (wink-nlp/src/tokenizer.js tokenize()) with its common cases made cheap, on
// char codes: the text is cut into raw tokens as text.split(wink's splitter) would, and a raw token
// that is a known lexeme, or a word with one punctuation mark after it ("said.") or before it
// ("“We"), is added as wink would add it, without a regex or a sliced string. Any other raw token
// goes to wink's own tokenizer, alone, which splits off punctuation, finds URLs, e-mails, etc. as it
// would have in the whole text (its precedingSpaces are not kept: offsets are found in tokens.ts
// and POS tagging never reads them).
import { HASH_SEED, hashOf, hashStep, type LexemeIndex } from "./wink-lexemes.js";
import type { WinkTokens } from "./wink-sink.js";

// wink-nlp's token categories (model tcat.hash).
const WORD = 1;
const NUMBER = 2;
const PUNCTUATION = 12;

export type WinkTokenizer = (sink: WinkTokens, text: string) => void;

/**
 * The raw tokens of `text` into `sink`. wink's splitter is
 * /([ \u00a0\u2002-\u2005\u2009\u200a\u202f\u205f]+|[\n\r\t]+)/: runs of spaces separate raw
 * tokens and are dropped; a run of line breaks is a raw token of its own.
 */
export function splitIntoTokens(
  text: string,
  sink: WinkTokens,
  lexemes: LexemeIndex,
  tokenize: WinkTokenizer,
): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    let c = text.charCodeAt(i);
    if (isSplitterSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    if (isLineBreak(c)) {
      do i++;
      while (i < length && isLineBreak(text.charCodeAt(i)));
      addRawToken(text, start, i, lexemes.lookup(text, start, i, hashOf(text, start, i)), sink, tokenize);
      continue;
    }
    // A word: hash it as it is read, and note where its characters other than letters are.
    let hash = HASH_SEED;
    let hashBeforeLast = HASH_SEED;
    let others = 0;
    let firstOtherAt = -1;
    let otherAt = -1;
    let digits = 0;
    for (;;) {
      hashBeforeLast = hash;
      hash = hashStep(hash, c);
      if (!isWordLetter(c)) {
        others++;
        if (firstOtherAt < 0) firstOtherAt = i;
        otherAt = i;
        if (c >= 48 && c <= 57) digits++;
      }
      if (++i === length) break;
      c = text.charCodeAt(i);
      if (isSplitterSpace(c) || isLineBreak(c)) break;
    }
    const code = lexemes.lookup(text, start, i, hash);
    if (code !== 0) addRawToken(text, start, i, code, sink, tokenize);
    else if (others === 1 && otherAt === i - 1 && isWordRP(text, start, i)) {
      // tokenizer.js processWordRP(), for what wink's wordRP category matches: letters, then one of
      // its right punctuation marks.
      addWordRP(text, start, i, hashBeforeLast, sink);
    } else if (others === 1 && otherAt === start && isLPWord(text, start, i)) {
      // tokenizer.js processUnk(), for a raw token no category matches: an opening mark, then a
      // word (wink's anyWithLP), added as a lexeme if it is one, else as a word.
      sink.addChar(text, start, PUNCTUATION);
      const wordCode = lexemes.lookup(text, start + 1, i, hashOf(text, start + 1, i));
      if (wordCode > 0) sink.pushSpan(wordCode - 1, start + 1, i);
      else if (wordCode < 0) sink._addTokenIfInCache(text.slice(start + 1, i));
      else sink._addToken(text.slice(start + 1, i), WORD);
    } else if (others === 2 && firstOtherAt === i - 2 && otherAt === i - 1 && isWordRPMarks(text, start, i)) {
      // processUnk() again: wink's anyWithRP splits off the last mark ('said,"'); what is before it
      // is a lexeme or else in the wordRP category.
      const headCode = lexemes.lookup(text, start, i - 1, hashBeforeLast);
      if (headCode !== 0) addRawToken(text, start, i - 1, headCode, sink, tokenize);
      else addWordRP(text, start, i - 1, hashOf(text, start, i - 2), sink);
      sink.addChar(text, i - 1, PUNCTUATION);
    } else if (digits === i - start - 1 && others === i - start && isNumberMark(text, start, i)) {
      // processUnk() again: anyWithRP splits "1992," into a lexeme or a number and the mark.
      const headCode = lexemes.lookup(text, start, i - 1, hashBeforeLast);
      if (headCode !== 0) addRawToken(text, start, i - 1, headCode, sink, tokenize);
      else sink.addSpan(text, start, i - 1, hashBeforeLast, NUMBER);
      sink.addChar(text, i - 1, PUNCTUATION);
    } else addRawToken(text, start, i, code, sink, tokenize);
  }
}

/** tokenizer.js processWordRP() of text[start, end), whose isWordRP() holds and whose last
 * character splits off, `hashBeforeLast` being the hash of text[start, end - 1) (but for a letter and
 * a full stop, "a.", a word for wink). */
function addWordRP(text: string, start: number, end: number, hashBeforeLast: number, sink: WinkTokens): void {
  if (end - start === 2 && text.charCodeAt(end - 1) === 0x2e) {
    sink.addSpan(text, start, end, hashOf(text, start, end), WORD);
    return;
  }
  sink.addSpan(text, start, end - 1, hashBeforeLast, WORD);
  sink.addChar(text, end - 1, PUNCTUATION);
}

/** Raw token text[start, end), whose LexemeIndex code is `code`, as tokenizer.js tokenize() adds
 * it: a known lexeme (or contraction) at once, else through wink's tokenizer. */
function addRawToken(
  text: string,
  start: number,
  end: number,
  code: number,
  sink: WinkTokens,
  tokenize: WinkTokenizer,
): void {
  if (code > 0) sink.pushSpan(code - 1, start, end);
  else if (code < 0) sink._addTokenIfInCache(text.slice(start, end));
  else tokenize(sink, text.slice(start, end));
}

function isSplitterSpace(c: number): boolean {
  if (c === 32) return true;
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || (c >= 0x2002 && c <= 0x2005) || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f
  );
}

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 9;
}

/** Letters of wink's word category (/^[a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF...]+$/i), the
 * ASCII and Latin-1 ones: what is not one of these takes wink's own path. */
function isWordLetter(c: number): boolean {
  if (c < 0xc0) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return c <= 0xff && c !== 0xd7 && c !== 0xf7;
}

/** Whether text[start, end), letters and a last character that is not one, is in wink's wordRP
 * category: that character is one of ’”"])}…,.!;?/: . */
function isWordRP(text: string, start: number, end: number): boolean {
  return end - start >= 2 && isWordRPMark(text.charCodeAt(end - 1));
}

function isWordRPMark(c: number): boolean {
  switch (c) {
    case 0x2019: // ’
    case 0x201d: // ”
    case 0x22: // "
    case 0x5d: // ]
    case 0x29: // )
    case 0x7d: // }
    case 0x2026: // …
    case 0x2c: // ,
    case 0x2e: // .
    case 0x21: // !
    case 0x3b: // ;
    case 0x3f: // ?
    case 0x2f: // /
    case 0x3a: // :
      return true;
    default:
      return false;
  }
}

/**
 * Whether text[start, end), letters and then two marks, is one for which no category matches and
 * wink's anyWithRP splits off the last mark only: the first mark is a wordRP one, the last one of
 * ’'”"…,.!;?-–:।॥ , and the two are not a run ("..", "--") that anyWithRP would take together.
 */
function isWordRPMarks(text: string, start: number, end: number): boolean {
  if (end - start < 3) return false;
  const first = text.charCodeAt(end - 2);
  const last = text.charCodeAt(end - 1);
  return first !== last && isWordRPMark(first) && isRPMark(last);
}

/** One of anyWithRP's single right punctuation marks: ’'”"…,.!;?-–:।॥ . */
function isRPMark(c: number): boolean {
  switch (c) {
    case 0x2019: // ’
    case 0x27: // '
    case 0x201d: // ”
    case 0x22: // "
    case 0x2026: // …
    case 0x2c: // ,
    case 0x2e: // .
    case 0x21: // !
    case 0x3b: // ;
    case 0x3f: // ?
    case 0x2d: // -
    case 0x2013: // –
    case 0x3a: // :
    case 0x964: // ।
    case 0x965: // ॥
      return true;
    default:
      return false;
  }
}

/** Whether text[start, end), digits and then one character, is two digits or more and a full stop or
 * comma: no category matches it ("1992." is no number for wink) and anyWithRP splits off the mark. */
function isNumberMark(text: string, start: number, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  return end - start >= 3 && (last === 0x2e || last === 0x2c);
}

/**
 * Whether text[start, end), a first character that is not a letter and then letters, takes wink's
 * anyWithLP path: no category matches it (so not "-", "'" or "{", which may begin a number or an
 * e-mail address) and it opens with one of ‘“"[( before a word of two letters or more.
 */
function isLPWord(text: string, start: number, end: number): boolean {
  if (end - start < 3) return false;
  switch (text.charCodeAt(start)) {
    case 0x2018: // ‘
    case 0x201c: // “
    case 0x22: // "
    case 0x5b: // [
    case 0x28: // (
      return true;
    default:
      return false;
  }
}
