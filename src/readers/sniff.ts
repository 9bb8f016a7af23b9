// Which reader a file needs: by extension (data/readers/formats.json), else by looking at its first bytes.
import { formatsByExtension } from "./data.js";
import { bomEncoding, guessUtf16 } from "./encoding.js";

export type ReaderKind = "text" | "html" | "jsonl" | "json" | "feed" | "warc";

const kinds = new Set<string>(["text", "html", "jsonl", "json", "feed", "warc"]);

/** File name without any extension: "abc.html.gz" → "abc". A leading dot is part of the name. */
export function baseId(name: string): string {
  const dot = name.indexOf(".", 1);
  return dot === -1 ? name : name.slice(0, dot);
}

/** The extension that decides the reader, ignoring a trailing ".gz": "a.warc.gz" → "warc". */
export function innerExtension(name: string): string | null {
  const parts = name.toLowerCase().split(".").slice(1);
  if (parts.at(-1) === "gz") parts.pop();
  return parts.at(-1) ?? null;
}

export function kindFromName(name: string): ReaderKind | null {
  const ext = innerExtension(name);
  const kind = ext ? formatsByExtension().get(ext) : undefined;
  return kind && kinds.has(kind) ? (kind as ReaderKind) : null;
}

/** Decide by content. Used for stdin, files without (known) extension, and ".xml". */
export function sniffKind(head: Buffer): ReaderKind {
  if (head.subarray(0, 5).toString("latin1") === "WARC/") return "warc";
  const text = asciiView(head);
  const start = text.trimStart();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|rdf:RDF|feed)[\s>]/i.test(start)) return "feed";
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(!doctype html|html|head|body)[\s>]/i.test(start))
    return "html";
  // Any other XML goes to the feed reader, which says clearly that it is not a feed.
  if (start.startsWith("<?xml")) return "feed";
  if (start.startsWith("[")) return "json";
  if (start.startsWith("{")) return looksLikeJsonLines(start) ? "jsonl" : "json";
  return "text";
}

// Enough of the head to match ASCII markup, whatever the encoding (UTF-16 included).
function asciiView(head: Buffer): string {
  const wide = bomEncoding(head)?.startsWith("UTF-16") || guessUtf16(head) !== null;
  const bytes = wide ? head.filter((b) => b !== 0 && b !== 0xff && b !== 0xfe) : head;
  return Buffer.from(bytes.subarray(0, 4096))
    .toString("latin1")
    .replace(/^\u00ef\u00bb\u00bf/, "");
}

// JSON Lines: the first line is a complete JSON value on its own.
function looksLikeJsonLines(text: string): boolean {
  const first = text.split("\n", 1)[0] ?? "";
  try {
    JSON.parse(first);
    return true;
  } catch {
    return false;
  }
}

/**
 * Binary (images, PDFs, archives) rather than text: more than a stray NUL or many control bytes in the head.
 * UTF-16 is text despite its NULs.
 */
export function looksBinary(head: Buffer): boolean {
  if (bomEncoding(head) || guessUtf16(head)) return false;
  const sample = head.subarray(0, 8192);
  let nul = 0;
  let control = 0;
  for (const b of sample) {
    if (b === 0) nul++;
    // Tab, LF, VT, FF, CR, ESC (ISO-2022) and SUB (DOS end-of-file) occur in real text.
    else if (b < 0x20 && ![9, 10, 11, 12, 13, 26, 27].includes(b)) control++;
  }
  return nul > sample.length * 0.01 || nul + control > sample.length * 0.05;
}
