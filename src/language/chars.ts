// Character classes shared by the sentence splitter and the tokenizer, on UTF-16 char codes.

/** Same set as JavaScript's /\s/, so "trimmed" means what String.prototype.trim means. */
export function isSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isLowerLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c >= 97 && c <= 122) return true;
  if (c < 128) return false;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

export function isUpperLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isLetter(ch: string): boolean {
  return isLowerLetter(ch) || isUpperLetter(ch);
}
