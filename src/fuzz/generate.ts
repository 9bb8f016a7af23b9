// Valid-looking inputs of every format Dyad reads (text, HTML, JSON Lines, JSON, RSS, Atom, WARC,
// each possibly gzipped), named the way users name files: the right extension, none, or a wrong one.
import { gzipSync } from "node:zlib";
import { renderHtml } from "../bench/corpus-html.js";
import { Rng } from "../bench/corpus-story.js";
import { renderText } from "../bench/corpus-text.js";
import { atom, rss } from "./feeds.js";
import { record, type Story, story } from "./records.js";
import { warc } from "./warc.js";

export const FORMATS = ["text", "html", "jsonl", "json", "rss", "atom", "warc"] as const;
export type Format = (typeof FORMATS)[number];

export interface Generated {
  format: Format;
  /** Extension before any ".gz" ("" for none). */
  ext: string;
  bytes: Buffer;
}

const EXTENSIONS: Record<Format, string[]> = {
  text: ["txt", "text"],
  html: ["html", "htm"],
  jsonl: ["jsonl", "ndjson"],
  json: ["json"],
  rss: ["rss", "xml"],
  atom: ["atom", "xml"],
  warc: ["warc"],
};

/** Input `index` of run `seed`: the same pair always gives the same generator, whatever the count. */
export function inputRng(seed: number, index: number): Rng {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return new Rng((h ^ (h >>> 16)) >>> 0);
}

const stories = (rng: Rng, max: number): Story[] => Array.from({ length: rng.int(1, max) }, () => story(rng));

function build(rng: Rng, format: Format): Buffer {
  switch (format) {
    case "text":
      return Buffer.from(renderText(rng, story(rng), rng.chance(0.05)));
    case "html":
      return Buffer.from(renderHtml(rng, story(rng), `p${rng.int(1, 1e6)}`));
    case "jsonl":
      return Buffer.from(
        `${stories(rng, 4)
          .map((s, i) => JSON.stringify(record(rng, s, i)))
          .join("\n")}\n`,
      );
    case "json": {
      const records = stories(rng, 3).map((s, i) => record(rng, s, i));
      const value = rng.chance(0.7)
        ? records
        : rng.chance(0.5)
          ? records[0]
          : { version: "https://jsonfeed.org/version/1.1", title: "News", items: records.map(feedItem) };
      return Buffer.from(JSON.stringify(value, null, rng.chance(0.5) ? 2 : undefined));
    }
    case "rss":
      return Buffer.from(rss(rng, stories(rng, 3)));
    case "atom":
      return Buffer.from(atom(rng, stories(rng, 3)));
    case "warc":
      return warc(rng, stories(rng, 3));
  }
}

// A JSON Feed item: content_text / content_html instead of text / html.
function feedItem(r: Record<string, unknown>): Record<string, unknown> {
  const { text, html, published, ...rest } = r;
  return { ...rest, content_text: text, content_html: html, date_published: published };
}

export function generate(rng: Rng): Generated {
  const format = rng.pick(FORMATS);
  const bytes = build(rng, format);
  const roll = rng.next();
  const ext =
    roll < 0.75 ? rng.pick(EXTENSIONS[format]) : roll < 0.9 ? "" : rng.pick(["txt", "xml", "json", "dat"]);
  return { format, ext, bytes };
}

export const gzip = (bytes: Buffer): Buffer => gzipSync(bytes, { level: 1 });
