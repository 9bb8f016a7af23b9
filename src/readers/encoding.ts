// Bytes → text: BOM, then valid UTF-8, then a declared charset, then chardet's guess. Never throws.
import { isUtf8 } from "node:buffer";
import chardet from "chardet";
import iconv from "iconv-lite";
import { charsetNames } from "./data.js";

export interface Decoded {
  text: string;
  /** Encoding the bytes were decoded from, e.g. "UTF-8", "windows-1252", "EUC-KR". */
  encoding: string;
  /** Invalid UTF-8 sequences replaced by U+FFFD in text that is UTF-8 but for them. */
  replaced?: number;
}

const SAMPLE_BYTES = 64 * 1024;

/** Canonical name for a charset label, or null when iconv-lite cannot decode it. */
export function canonicalCharset(label: string): string | null {
  const key = label
    .trim()
    .replace(/^["']|["']$/g, "")
    .toLowerCase();
  const name = charsetNames().get(key) ?? key.replace(/^iso-?8859-(\d+)$/, "ISO-8859-$1");
  return iconv.encodingExists(name) ? name : null;
}

export function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "UTF-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "UTF-16LE";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "UTF-16BE";
  return null;
}

/** UTF-16 without a BOM: NULs in (nearly) every other byte, all on the same side. */
export function guessUtf16(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  const pairs = n / 2;
  if (odd > pairs * 0.3 && even < pairs * 0.02) return "UTF-16LE";
  if (even > pairs * 0.3 && odd < pairs * 0.02) return "UTF-16BE";
  return null;
}

/** The charset an HTML <meta> or an XML prolog declares in the first few KB, if any. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 8192)).toString("latin1");
  const found =
    /<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head) ??
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return found?.[1] ?? null;
}

/** Is this a valid UTF-8 prefix (a cut-off multi-byte character at the very end is allowed)? */
export function isUtf8Prefix(bytes: Uint8Array): boolean {
  for (let cut = 0; cut <= 3 && cut < bytes.length; cut++) {
    if (isUtf8(bytes.subarray(0, bytes.length - cut))) return true;
  }
  return bytes.length === 0;
}

/** chardet's best guess that iconv-lite can decode (UTF-8/16/32 are decided elsewhere). */
export function guessEncoding(bytes: Uint8Array): string {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  for (const match of chardet.analyse(sample)) {
    if (/^(UTF|ASCII|ISO-2022)/i.test(match.name)) continue;
    const name = canonicalCharset(match.name);
    if (name) return fixLatin1(name, sample);
  }
  return "windows-1252";
}

// ISO-8859-1 has no printable characters at 0x80–0x9F; text using them is windows-1252 (as browsers assume).
function fixLatin1(name: string, bytes: Uint8Array): string {
  if (name !== "ISO-8859-1") return name;
  return bytes.some((b) => b >= 0x80 && b <= 0x9f) ? "windows-1252" : name;
}

export interface DecodeHints {
  /** Charset from outside the bytes (an HTTP Content-Type header). */
  declared?: string | null;
  /** Look for <meta charset> / <?xml encoding?> in the bytes themselves. */
  sniffDeclaration?: boolean;
  /** Fallback when the bytes are not UTF-8 and nothing is declared (e.g. the file-level guess). */
  fallback?: string;
}

/** The single place where input bytes become text. */
export function decode(bytes: Uint8Array, hints: DecodeHints = {}): Decoded {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const encoding = chooseEncoding(buf, hints);
  if (encoding === "UTF-8" && !isUtf8(buf)) {
    const { text, invalid } = utf8Lenient(buf);
    return { text, encoding, replaced: invalid };
  }
  // iconv-lite strips a BOM by default, so `raw` never starts with U+FEFF.
  return { text: iconv.decode(buf, encoding), encoding };
}

const lenient = new TextDecoder("utf-8");

/** UTF-8 with each invalid sequence replaced by U+FFFD; counts the valid multi-byte characters too. */
function utf8Lenient(buf: Buffer): { text: string; invalid: number; valid: number } {
  const text = lenient.decode(buf);
  let invalid = 0;
  let valid = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) invalid++;
    else if (c >= 0x80 && (c < 0xdc00 || c > 0xdfff)) valid++; // a surrogate pair counts once
  }
  return { text, invalid, valid };
}

// UTF-8 text with a few bad bytes (a cut character, one pasted byte): reading the whole of it as a
// legacy charset would garble every correct character, so the bad bytes alone are replaced. Legacy
// text (Latin or CJK) rarely forms valid UTF-8 sequences by chance, never twice as many as invalid ones.
function mostlyUtf8(buf: Buffer): boolean {
  const { invalid, valid } = utf8Lenient(buf);
  return valid >= 2 * invalid;
}

export function chooseEncoding(buf: Buffer, hints: DecodeHints = {}): string {
  const bom = bomEncoding(buf);
  if (bom) return bom;
  const utf16 = guessUtf16(buf);
  if (utf16) return utf16;
  if (isUtf8(buf) || mostlyUtf8(buf)) return "UTF-8"; // (nearly) valid UTF-8 wins over any declaration
  for (const label of [hints.declared, hints.sniffDeclaration ? declaredCharset(buf) : null]) {
    const name = label ? canonicalCharset(label) : null;
    // A declared UTF-8 that is not valid UTF-8, or a UTF-16 we could read as ASCII, is a wrong declaration.
    if (name && !/^UTF-/i.test(name)) return fixLatin1(name, buf);
  }
  return hints.fallback ?? guessEncoding(buf);
}
