// Repairs UTF-8 text that was decoded as windows-1252 somewhere upstream ("â€™" → "’", "Ã©" → "é").
import iconv from "iconv-lite";

// Each windows-1252 character → its byte. Built from iconv-lite rather than a hand-typed table;
// the five bytes cp1252 leaves undefined decode to the C1 control of the same value (as browsers do).
const byteOf = new Map<string, number>();
for (let b = 0; b < 256; b++) {
  const ch = iconv.decode(Buffer.from([b]), "windows-1252");
  byteOf.set(ch === "\uFFFD" ? String.fromCharCode(b) : ch, b);
}
const continuation = [...byteOf].filter(([, b]) => b >= 0x80 && b <= 0xbf).map(([ch]) => ch);
const cont = `[${continuation.map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`).join("")}]`;

// A UTF-8 byte sequence seen through cp1252: a lead char (bytes C2–F4) followed by the right number of
// continuation chars. One regex, longest alternatives first.
const sequence = new RegExp(
  `[\\u00F0-\\u00F4]${cont}{3}|[\\u00E0-\\u00EF]${cont}{2}|[\\u00C2-\\u00DF]${cont}`,
  "g",
);
// Runs of adjacent sequences, so that a lone two-char pair can be judged by its neighbours.
const run = new RegExp(`(?:${sequence.source})+`, "g");

const utf8 = new TextDecoder("utf-8", { fatal: true });

function toUtf8(s: string): string | null {
  const bytes = Uint8Array.from(s, (ch) => byteOf.get(ch) ?? 0);
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

// A run is unambiguous when it has a three/four-byte sequence ("â€™") or a pair led by Â or Ã ("Ã©", "Â ");
// these essentially never occur in real text. Any other lone pair (French "É»") might, so it is only
// repaired inside a run of two or more sequences (Cyrillic or Greek words: "ÐŸÑ€Ð¸"), or when the same
// string has unambiguous mojibake elsewhere.
function isSure(match: string): boolean {
  const parts = match.match(sequence) ?? [];
  return parts.length > 1 || parts.some((p) => p.length > 2 || /^[\u00C2\u00C3]/.test(p));
}

// Text garbled twice turns, after one repair, into classic mojibake again ("Ã¢â‚¬â„¢" → "â€™"). Later passes
// only take those classic forms (Â/Ã pairs, "â€…"/"â„…" punctuation), so that text which merely looks
// garbled after a repair ("ç€—") is not turned into CJK.
const classic = /^(?:[\u00C2\u00C3].|\u00E2[\u20AC\u201E].)$/;

function repairOnce(s: string, firstPass: boolean): string {
  const matches = s.match(run) ?? [];
  const garbled = matches.some(isSure);
  const allowed = (match: string): boolean =>
    firstPass ? garbled || isSure(match) : (match.match(sequence) ?? []).every((p) => classic.test(p));
  return s.replace(run, (match) => (allowed(match) ? (toUtf8(match) ?? match) : match));
}

/** Repairs cp1252-mojibake; leaves everything else (including text that merely looks odd) as it is. */
export function repairMojibake(s: string): string {
  let current = s;
  for (let pass = 0; pass < 3; pass++) {
    const next = repairOnce(current, pass === 0);
    if (next === current) break;
    current = next;
  }
  return current;
}
