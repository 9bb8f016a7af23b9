// Reader options and the documented size limits.

/** One document (a text or HTML file, a JSONL line, a feed item, a WARC payload) may be at most this big. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
/** Formats that must be parsed whole (JSON arrays, RSS/Atom feeds) may be at most this big. */
export const MAX_WHOLE_FILE_BYTES = 200 * 1024 * 1024;

export interface ReadOptions {
  /** Default MAX_DOCUMENT_BYTES. */
  maxDocumentBytes?: number;
  /** Default MAX_WHOLE_FILE_BYTES. */
  maxWholeFileBytes?: number;
  /** Files found inside directories that must not be read (e.g. the database being written). */
  skip?: (path: string) => boolean;
  /** Publication date (YYYY-MM-DD) of inputs that carry none: neither the container nor the text. */
  published?: string;
}

export type ResolvedOptions = Required<Omit<ReadOptions, "skip" | "published">> & {
  published: string | null;
};

export function resolveOptions(options: ReadOptions = {}): ResolvedOptions {
  return {
    maxDocumentBytes: options.maxDocumentBytes ?? MAX_DOCUMENT_BYTES,
    maxWholeFileBytes: options.maxWholeFileBytes ?? MAX_WHOLE_FILE_BYTES,
    published: options.published ? checkDate(options.published) : null,
  };
}

/** A calendar date written YYYY-MM-DD, or an error saying what is wrong with it. */
export function checkDate(s: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !date || date.getUTCDate() !== Number(m[3]) || date.getUTCMonth() !== Number(m[2]) - 1)
    throw new Error(`--published must be a date written YYYY-MM-DD, got "${s}"`);
  return s.trim();
}

/** "20 MB", "0.5 MB": sizes in error messages. */
export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}
