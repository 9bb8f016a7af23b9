// JSON files (.json): an array of article records, a JSON Feed (jsonfeed.org), or a single record.
// These are parsed whole, so they are limited to maxWholeFileBytes.
import { InputError } from "../model/document.js";
import type { ReaderContext, ReaderOutput } from "./context.js";
import { decode } from "./encoding.js";
import { jsonErrorLine, nestedTooDeep, tooDeep } from "./json-position.js";
import { recordToDocument } from "./record.js";
import { readAll } from "./source.js";

export async function* readJson(ctx: ReaderContext): AsyncGenerator<ReaderOutput> {
  const { text, encoding, replaced } = decode(await readAll(ctx.input, ctx.options.maxWholeFileBytes));
  if (text.trim() === "") {
    yield new InputError(ctx.input.path, "empty file");
    return;
  }
  if (nestedTooDeep(text)) {
    yield new InputError(ctx.input.path, tooDeep);
    return;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // A ".json" file that is really JSON Lines: read it line by line.
    if (/^\s*\{[^\n]*\}\s*\r?\n\s*\{/.test(text)) {
      yield* linesOf(ctx, text, encoding, replaced);
      return;
    }
    const message = (error as Error).message.replace(/\s+/g, " ");
    yield new InputError(ctx.input.path, `invalid JSON: ${message}${lineOf(error, text)}`);
    return;
  }
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      yield recordToDocument(ctx, item, i + 1, JSON.stringify(item), encoding, replaced);
    }
    if (value.length === 0) yield new InputError(ctx.input.path, "empty JSON array");
  } else if (isJsonFeed(value)) {
    const source = typeof value.title === "string" ? value.title : null;
    for (const [i, item] of value.items.entries()) {
      yield recordToDocument(
        ctx,
        fromJsonFeed(item, source),
        i + 1,
        JSON.stringify(item),
        encoding,
        replaced,
      );
    }
  } else {
    yield recordToDocument(ctx, value, 1, text, encoding, replaced);
  }
}

function* linesOf(
  ctx: ReaderContext,
  text: string,
  encoding: string,
  replaced?: number,
): Generator<ReaderOutput> {
  for (const [i, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === "") continue;
    if (nestedTooDeep(line)) {
      yield new InputError(ctx.input.path, tooDeep, i + 1);
      continue;
    }
    try {
      yield recordToDocument(ctx, JSON.parse(line), i + 1, line, encoding, replaced);
    } catch (error) {
      yield new InputError(ctx.input.path, `malformed JSON line: ${(error as Error).message}`, i + 1);
    }
  }
}

function lineOf(error: unknown, text: string): string {
  const line = /line \d+/.test((error as Error).message) ? null : jsonErrorLine(text);
  return line === null ? "" : ` (line ${line})`;
}

interface JsonFeed {
  version: string;
  title?: unknown;
  items: unknown[];
}

function isJsonFeed(value: unknown): value is JsonFeed {
  const v = value as JsonFeed;
  return typeof v === "object" && v !== null && /jsonfeed/.test(String(v.version)) && Array.isArray(v.items);
}

// JSON Feed field names → our record fields.
function fromJsonFeed(item: unknown, source: string | null): unknown {
  if (typeof item !== "object" || item === null) return item;
  const i = item as Record<string, unknown>;
  const authors = Array.isArray(i.authors) ? i.authors : i.author ? [i.author] : [];
  const author = (authors[0] as { name?: unknown } | undefined)?.name;
  return {
    id: i.id ?? i.url,
    url: i.url,
    title: i.title,
    published: i.date_published ?? i.date_modified,
    source,
    author: typeof author === "string" ? author : undefined,
    text: i.content_text,
    html: i.content_html,
  };
}
