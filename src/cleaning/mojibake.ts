// Minimal mojibake repair (UTF-8 bytes read as Windows-1252/Latin-1: "â€™" -> "’", "Ã©" -> "é").
// Kept here until the readers' repairMojibake (src/readers/mojibake.ts) is available; same contract.

// Windows-1252 code points 0x80–0x9F as Unicode; other bytes map to U+0000–U+00FF directly.
const CP1252 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
const byteOf = new Map<string, number>();
for (let i = 0; i < 256; i++)
  byteOf.set(i >= 0x80 && i < 0xa0 ? (CP1252[i - 0x80] ?? "") : String.fromCharCode(i), i);

// A run starting with a UTF-8 lead byte (Â–ô as Latin-1) followed by continuation-looking characters.
const RUN =
  /[\u00C2-\u00F4][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]+/g;
const decoder = new TextDecoder("utf-8", { fatal: true });

function redecode(run: string): string {
  const bytes = new Uint8Array(run.length);
  for (let i = 0; i < run.length; i++) {
    const b = byteOf.get(run[i] ?? "");
    if (b === undefined) return run;
    bytes[i] = b;
  }
  try {
    return decoder.decode(bytes);
  } catch {
    return run;
  }
}

export function repairMojibake(s: string): string {
  return /[\u00C2-\u00F4]/.test(s) ? s.replace(RUN, redecode) : s;
}
