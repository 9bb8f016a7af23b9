// One JSON article record {id, url, title, published, source, author, text | html}, validated with zod.
import { z } from "zod";
import { InputError } from "../model/document.js";
import { makeDocument, type ReaderContext, type ReaderOutput } from "./context.js";
import { toIsoDate } from "./dates.js";
import { idFromRecord } from "./ids.js";

const optionalString = z.string().nullish();
const hasContent = (s: string | null | undefined): boolean => typeof s === "string" && s.trim() !== "";

export const articleRecord = z
  .looseObject({
    id: z.union([z.string(), z.number()]).nullish(),
    url: optionalString,
    title: optionalString,
    published: z.union([z.string(), z.number()]).nullish(),
    source: optionalString,
    author: optionalString,
    text: optionalString,
    html: optionalString,
  })
  .refine((r) => hasContent(r.text) || hasContent(r.html), { message: "record has no text or html" });

export type ArticleRecord = z.infer<typeof articleRecord>;

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `field "${issue.path.join(".")}": ${issue.message}` : issue.message))
    .join("; ");
}

/**
 * Turns a parsed JSON value into a document, or an InputError naming file and record.
 * `number` is the line (JSONL) or item (array) number; records without an id get "<file id>-<number>".
 */
export function recordToDocument(
  ctx: ReaderContext,
  value: unknown,
  number: number,
  raw: string,
  encoding: string,
  replaced?: number,
): ReaderOutput {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return new InputError(ctx.input.path, "not a JSON object", number);
  }
  const parsed = articleRecord.safeParse(value);
  if (!parsed.success) return new InputError(ctx.input.path, describeIssues(parsed.error), number);
  const r = parsed.data;
  const ownId = r.id !== null && r.id !== undefined && String(r.id).trim() !== "" ? String(r.id) : null;
  // Already extracted text is preferred over a page that still needs extraction.
  const useText = hasContent(r.text);
  return makeDocument(ctx, {
    id: ownId ? idFromRecord(ownId) : `${ctx.fileId}-${number}`,
    format: "json",
    record: number,
    encoding,
    raw,
    contentType: useText ? "text" : "html",
    content: (useText ? r.text : r.html) ?? "",
    hints: {
      title: r.title,
      url: r.url,
      published: toIsoDate(r.published),
      source: r.source,
      author: r.author,
    },
    replaced,
  });
}
