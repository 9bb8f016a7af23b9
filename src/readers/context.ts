// What every format reader gets, and the one place SourceDocuments are assembled.
import type { InputError, InputFormat, Metadata, SourceDocument } from "../model/document.js";
import { repairMojibake } from "./mojibake.js";
import type { ResolvedOptions } from "./options.js";
import type { Input } from "./source.js";

export interface ReaderContext {
  input: Input;
  /** File name without extensions: the document id for single-document files, the prefix for records. */
  fileId: string;
  options: ResolvedOptions;
}

export type ReaderOutput = SourceDocument | InputError;

export interface DocumentParts {
  id: string;
  format: InputFormat;
  record?: number;
  encoding: string;
  raw: string;
  contentType: "text" | "html";
  content: string;
  hints?: Partial<Record<keyof Metadata, string | null | undefined>>;
  /** Invalid UTF-8 sequences replaced while decoding the file or record (see Decoded.replaced). */
  replaced?: number;
}

/** Builds a SourceDocument: `raw` untouched; content and hints get mojibake repaired; empty hints dropped. */
export function makeDocument(ctx: ReaderContext, parts: DocumentParts): SourceDocument {
  const hints: Partial<Metadata> = {};
  for (const [key, value] of Object.entries(parts.hints ?? {})) {
    const clean = typeof value === "string" ? repairMojibake(value.trim()) : null;
    if (clean) hints[key as keyof Metadata] = clean;
  }
  // Plain text gets "\n" line ends so later stages see one convention; HTML is left to the HTML parser.
  const content = parts.contentType === "text" ? parts.content.replace(/\r\n?/g, "\n") : parts.content;
  // A file decoded once holds many records: the warning goes to those whose raw text holds a U+FFFD.
  const replaced = parts.replaced ? (parts.raw.match(/\uFFFD/g)?.length ?? 0) : 0;
  // Where to look: the first one's place in the input as read (the record, for a record of a file).
  const at = replaced ? parts.raw.indexOf("\uFFFD") + 1 : 0;
  return {
    ...(replaced
      ? {
          warnings: [
            `invalid UTF-8: ${replaced} byte sequence${replaced > 1 ? "s" : ""} replaced with U+FFFD (first at character ${at})`,
          ],
        }
      : {}),
    id: parts.id,
    origin: {
      path: ctx.input.path,
      format: parts.format,
      ...(parts.record !== undefined ? { record: parts.record } : {}),
      encoding: parts.encoding,
    },
    raw: parts.raw,
    contentType: parts.contentType,
    content: repairMojibake(content),
    hints,
  };
}
