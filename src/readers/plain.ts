// Single-document files: a plain-text scrape or an HTML page. The whole file is the document.
import { InputError } from "../model/document.js";
import { makeDocument, type ReaderContext, type ReaderOutput } from "./context.js";
import { decode } from "./encoding.js";
import { readAll } from "./source.js";

export async function* readPlain(ctx: ReaderContext, kind: "text" | "html"): AsyncGenerator<ReaderOutput> {
  const bytes = await readAll(ctx.input, ctx.options.maxDocumentBytes);
  const { text, encoding, replaced } = decode(bytes, { sniffDeclaration: kind === "html" });
  if (text.trim() === "") {
    yield new InputError(ctx.input.path, "empty file");
    return;
  }
  yield makeDocument(ctx, {
    id: ctx.fileId,
    format: kind,
    encoding,
    raw: text,
    contentType: kind,
    content: text,
    replaced,
  });
}
