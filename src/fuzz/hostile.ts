// The hostile shapes real inputs take: markup and JSON nested thousands deep, a huge line without
// punctuation, invalid UTF-8, terminal escapes, lying encoding declarations, another format's magic.
import type { Rng } from "../bench/corpus-story.js";
import { at, insert } from "./bytes.js";
import type { Format } from "./generate.js";

export function nest(rng: Rng, b: Buffer, format: Format): Buffer {
  const depth = rng.chance(0.1) ? rng.int(10_000, 100_000) : rng.int(50, 3000);
  const [open, close] =
    format === "json" || format === "jsonl"
      ? rng.pick([
          ["[", "]"],
          ['{"a":', "}"],
        ])
      : rng.pick([
          ["<div>", "</div>"],
          ["<b><i>", "</i></b>"],
          ["<x>", "</x>"],
        ]);
  const closed = rng.chance(0.5) ? (close as string).repeat(depth) : "";
  const where = format === "jsonl" ? b.indexOf("\n") + 1 : at(rng, b);
  return insert(b, where, `${(open as string).repeat(depth)}1${closed}`);
}

const WORDS =
  "officials ministers talks border trade sanctions envoy summit treaty troops Seoul Beijing Tokyo said urged".split(
    " ",
  );
/** A line of words without sentence punctuation or line break, from 10 KB to (rarely) 1.5 MB. */
export function hugeLine(rng: Rng, b: Buffer): Buffer {
  const size = rng.chance(0.03) ? rng.int(200_000, 1_500_000) : rng.int(10_000, 120_000);
  const words: string[] = [];
  for (let n = 0; n < size; ) {
    const w = rng.pick(WORDS);
    words.push(w);
    n += w.length + 1;
  }
  return insert(b, at(rng, b), words.join(" "));
}

const BAD_UTF8 = [
  [0xff],
  [0xc3],
  [0xc0, 0x80],
  [0xed, 0xa0, 0x80],
  [0xf4, 0x90, 0x80, 0x80],
  [0xe2, 0x80],
  [0x80, 0x80],
];
export function invalidUtf8(rng: Rng, b: Buffer): Buffer {
  let out = b;
  for (let k = rng.int(1, 20); k > 0; k--) out = insert(out, at(rng, out), Buffer.from(rng.pick(BAD_UTF8)));
  return out;
}

const CONTROLS = [
  "\x1b]0;pwned\x07",
  "\x1b[2J",
  "\x1b[31m",
  "\x00",
  "\x07",
  "\x08\x08",
  "\x7f",
  "\u0085",
  "\u202e",
  "\r",
  "\f",
  "\x1a",
];
export function controls(rng: Rng, b: Buffer): Buffer {
  let out = b;
  for (let k = rng.int(1, 10); k > 0; k--) out = insert(out, at(rng, out), rng.pick(CONTROLS));
  return out;
}

const CHARSETS = [
  "utf-8",
  "UTF-16",
  "utf-16le",
  "iso-8859-1",
  "windows-1252",
  "shift_jis",
  "euc-kr",
  "gb2312",
  "koi8-r",
  "utf-7",
  "x-bogus",
  "",
  '"><script>',
];
/** An encoding declaration, true or not, a BOM, or the whole input re-encoded. */
export function encoding(rng: Rng, b: Buffer): Buffer {
  const charset = rng.pick(CHARSETS);
  switch (rng.int(0, 4)) {
    case 0:
      return insert(b, 0, `<?xml version="1.0" encoding="${charset}"?>\n`);
    case 1:
      return insert(b, Math.max(0, b.indexOf("<head>") + 6), `<meta charset="${charset}">`);
    case 2:
      return insert(
        b,
        0,
        Buffer.from(
          rng.pick([
            [0xef, 0xbb, 0xbf],
            [0xff, 0xfe],
            [0xfe, 0xff],
          ]),
        ),
      );
    case 3: {
      const text = b.toString("utf8");
      return rng.chance(0.5) ? Buffer.from(`\ufeff${text}`, "utf16le") : Buffer.from(text, "latin1");
    }
    default:
      return Buffer.from(b.toString("utf8").replace(/charset=[\w-]+/gi, `charset=${charset}`));
  }
}

/** Another format's opening bytes in front, to confuse sniffing. */
export function wrongMagic(rng: Rng, b: Buffer): Buffer {
  const magic = rng.pick([
    "WARC/1.0\r\n",
    "WARC/",
    "\x1f\x8b\x08",
    "<?xml?>",
    "<rss>",
    "<feed>",
    "{",
    "[",
    "<html>",
    "%PDF-1.4\n",
  ]);
  return insert(b, 0, magic);
}

/** Lengths that lie: WARC and HTTP Content-Length, and any other number. */
