// Mutations of a generated input: random damage (flips, cuts anywhere, inside a WARC or gzip header
// too, repeats, lying lengths) mixed with the hostile shapes of hostile.ts.
import type { Rng } from "../bench/corpus-story.js";
import { at, insert } from "./bytes.js";
import type { Format } from "./generate.js";
import { controls, encoding, hugeLine, invalidUtf8, nest, wrongMagic } from "./hostile.js";

type Mutator = (rng: Rng, b: Buffer, format: Format) => Buffer;

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
