// WARC files (.warc, .warc.gz, e.g. Common Crawl News): each HTML `response` record is a document,
// and so is each text/plain `conversion` record (WET files). Other records are skipped unread.
import { WARCParser, type WARCRecord } from "warcio";
import { InputError } from "../model/document.js";
import { makeDocument, type ReaderContext, type ReaderOutput } from "./context.js";
import { toIsoDate } from "./dates.js";
import { decode } from "./encoding.js";
import { idFromRecord, idFromUrl } from "./ids.js";
import { megabytes } from "./options.js";
import { ARTICLE_TYPES, frames } from "./warc-frames.js";

function kindOf(record: WARCRecord): "html" | "text" | null {
  const type = record.warcType;
  const mime = (
    record.httpHeaders?.headers.get("content-type") ??
    record.warcContentType ??
    ""
  ).toLowerCase();
  if (type === "response" || type === "resource") {
    const status = record.httpHeaders?.statusCode;
    // Redirects and error pages carry no article.
    if (type === "response" && (typeof status !== "number" || status < 200 || status >= 300)) return null;
    if (/html/.test(mime)) return "html";
    if (/^text\/plain/.test(mime)) return "text";
  }
  if (type === "conversion" && /^text\/plain/.test(mime)) return "text";
  return null;
}

function charsetOf(record: WARCRecord): string | null {
  const mime = record.httpHeaders?.headers.get("content-type") ?? record.warcContentType ?? "";
  return /charset\s*=\s*["']?([\w.:-]+)/i.exec(mime)?.[1] ?? null;
}

export async function* readWarc(ctx: ReaderContext): AsyncGenerator<ReaderOutput> {
  let told = false;
  for await (const item of records(ctx)) {
    told = true;
    yield item;
  }
  // Crawl info, redirects and error pages only: say so rather than read nothing silently.
  if (!told)
    yield new InputError(
      ctx.input.path,
      "no article in this WARC file (no HTML or text page among its records)",
    );
}

async function* records(ctx: ReaderContext): AsyncGenerator<ReaderOutput> {
  const { path } = ctx.input;
  const limit = ctx.options.maxDocumentBytes;
  if (ctx.input.head.subarray(0, 5).toString("latin1") !== "WARC/") {
    yield new InputError(path, "not a WARC file (no WARC/ header)");
    return;
  }
  let n = 0;
  for await (const frame of frames(ctx.input.chunks, limit)) {
    if (frame.kind === "error") {
      yield new InputError(path, frame.detail, n + 1);
      return;
    }
    n++;
    if (!ARTICLE_TYPES.has(frame.type)) continue;
    let record: WARCRecord | null;
    try {
      record = await new WARCParser(once(Buffer.concat([frame.header, frame.block]))).parse();
    } catch (error) {
      yield new InputError(path, `unreadable WARC record: ${(error as Error).message}`, n);
      continue;
    }
    if (!record) continue;
    const kind = kindOf(record);
    if (!kind) continue;
    const length = frame.length;
    if (!frame.whole) {
      yield new InputError(path, `record too large (${megabytes(length)} > ${megabytes(limit)} limit)`, n);
      continue;
    }
    let payload: Uint8Array;
    try {
      payload = await record.readFully(true);
    } catch (error) {
      yield new InputError(path, `unreadable WARC record payload: ${(error as Error).message}`, n);
      continue;
    }
    const { text, encoding, replaced } = decode(payload, {
      declared: charsetOf(record),
      sniffDeclaration: kind === "html",
    });
    if (text.trim() === "") {
      yield new InputError(path, "record has an empty payload", n);
      continue;
    }
    const url = record.warcTargetURI ?? null;
    const recordId = record.warcHeader("WARC-Record-ID");
    yield makeDocument(ctx, {
      // The URL makes a readable id ("korea-talks-3f2a9c1b"); the record id is the stable fallback.
      id: url
        ? idFromUrl(url)
        : recordId
          ? idFromRecord(recordId.replace(/^<|>$/g, ""))
          : `${ctx.fileId}-${n}`,
      format: "warc",
      record: n,
      encoding,
      raw: text,
      contentType: kind,
      content: text,
      hints: { url, published: toIsoDate(record.warcDate) },
      replaced,
    });
  }
}

async function* once(buf: Buffer): AsyncGenerator<Buffer> {
  yield buf;
}
