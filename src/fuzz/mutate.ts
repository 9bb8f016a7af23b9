// Mutations of a generated input: random damage (flips, cuts, repeats) and the hostile shapes
// real inputs take (deep nesting, a huge unpunctuated line, invalid UTF-8, terminal escapes, lying
// encoding declarations, a cut inside a WARC or gzip header).
import type { Rng } from "../bench/corpus-story.js";
import type { Format } from "./generate.js";

type Mutator = (rng: Rng, b: Buffer, format: Format) => Buffer;

const at = (rng: Rng, b: Buffer): number => rng.int(0, b.length);
const insert = (b: Buffer, i: number, piece: Buffer | string): Buffer =>
  Buffer.concat([b.subarray(0, i), Buffer.from(piece as string), b.subarray(i)]);

function flip(rng: Rng, b: Buffer): Buffer {
  const out = Buffer.from(b);
  for (let k = rng.int(1, 8); k > 0 && out.length; k--) out[rng.int(0, out.length - 1)] = rng.int(0, 255);
  return out;
}

/** Cut anywhere; in a WARC, often inside a record's header, where a cut once hung the reader. */
function truncate(rng: Rng, b: Buffer, format: Format): Buffer {
  if (format === "warc" && rng.chance(0.5)) {
    const starts: number[] = [];
    for (let i = b.indexOf("WARC/"); i !== -1; i = b.indexOf("WARC/", i + 1)) starts.push(i);
    const start = rng.pick(starts) ?? 0;
    return b.subarray(0, Math.min(b.length, start + rng.int(0, 300)));
  }
  return b.subarray(0, at(rng, b));
}

function duplicate(rng: Rng, b: Buffer): Buffer {
  const a = at(rng, b);
  const chunk = b.subarray(a, Math.min(b.length, a + rng.int(1, 2000)));
  const times = rng.chance(0.1) ? rng.int(10, Math.max(10, Math.floor(50_000 / (chunk.length + 1)))) : 1;
  return insert(b, at(rng, b), Buffer.concat(Array(times).fill(chunk)));
}

function remove(rng: Rng, b: Buffer): Buffer {
  const a = at(rng, b);
  return Buffer.concat([b.subarray(0, a), b.subarray(Math.min(b.length, a + rng.int(1, 500)))]);
}

function nest(rng: Rng, b: Buffer, format: Format): Buffer {
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
function hugeLine(rng: Rng, b: Buffer): Buffer {
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
function invalidUtf8(rng: Rng, b: Buffer): Buffer {
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
function controls(rng: Rng, b: Buffer): Buffer {
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
function encoding(rng: Rng, b: Buffer): Buffer {
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
function wrongMagic(rng: Rng, b: Buffer): Buffer {
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
function numbers(rng: Rng, b: Buffer): Buffer {
  const text = b.toString("latin1");
  const value = () => rng.pick(["0", "-1", "99999999999", "1e3", "abc", "", String(rng.int(0, 5000))]);
  return Buffer.from(
    text.replace(/(Content-Length:\s*)\d+|\d+/gi, (m, p) => (rng.chance(0.3) ? (p ?? "") + value() : m)),
    "latin1",
  );
}

function lineEnds(rng: Rng, b: Buffer): Buffer {
  return Buffer.from(
    b.toString("latin1").replace(/\r?\n/g, rng.pick(["\r", "\r\n", "\n\n\n", "\u2028"])),
    "latin1",
  );
}

function blank(rng: Rng): Buffer {
  return Buffer.from(rng.pick(["", " ", "\n\n", "\ufeff", "{}", "[]", "null", "<rss/>", "WARC/1.0\r\n\r\n"]));
}

const CONTENT: [Mutator, number][] = [
  [flip, 3],
  [truncate, 3],
  [duplicate, 2],
  [remove, 2],
  [nest, 1],
  [hugeLine, 0.15],
  [invalidUtf8, 2],
  [controls, 2],
  [encoding, 2],
  [wrongMagic, 1],
  [numbers, 2],
  [lineEnds, 1],
  [blank, 0.2],
];
const CONTAINER: [Mutator, number][] = [
  [flip, 2],
  [truncate, 3],
  [duplicate, 1],
  [(_r, b) => Buffer.concat([b, b]), 1],
];

function pick(rng: Rng, table: [Mutator, number][]): Mutator {
  let x = rng.next() * table.reduce((sum, [, w]) => sum + w, 0);
  for (const [m, w] of table) {
    x -= w;
    if (x < 0) return m;
  }
  return (table.at(-1) as [Mutator, number])[0];
}

/** Content mutations (applied before any gzip); returns the bytes and the names of what was done. */
export function mutateContent(rng: Rng, b: Buffer, format: Format, times: number): [Buffer, string[]] {
  const done: string[] = [];
  for (let k = 0; k < times; k++) {
    const m = pick(rng, CONTENT);
    b = m(rng, b, format);
    done.push(m.name || "mutator");
  }
  return [b, done];
}

/** Damage to the gzip container itself: flipped or cut (often inside its 10-byte header), doubled. */
export function mutateContainer(rng: Rng, gz: Buffer, format: Format): [Buffer, string] {
  if (rng.chance(0.3)) return [gz.subarray(0, rng.int(0, 12)), "gzip-header-cut"];
  const m = pick(rng, CONTAINER);
  return [m(rng, gz, format), `gzip-${m.name || "concat"}`];
}
