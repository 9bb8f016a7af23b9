// Document ids: stable, readable, unique within one run.
import { createHash } from "node:crypto";

/** "https://example.com/world/korea-talks.html?x=1" → "korea-talks-3f2a9c1b": the last path segment plus a short hash. */
export function idFromUrl(url: string): string {
  const hash = createHash("sha1").update(url).digest("hex").slice(0, 8);
  let slug = "";
  try {
    const parsed = new URL(url);
    // Hierarchical URLs: the last path segment; "tag:"/"urn:" ids: the part after the last ":".
    const separator = parsed.pathname.startsWith("/") ? "/" : /[:/]/;
    const segments = parsed.pathname.split(separator).filter((s) => s !== "");
    slug = decodeURIComponent(segments.at(-1) ?? parsed.hostname);
  } catch {
    slug = url;
  }
  slug = slug
    .replace(/\.[a-z0-9]{1,5}$/i, "") // .html, .php
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .toLowerCase()
    .slice(0, 60);
  return slug ? `${slug}-${hash}` : hash;
}

/** A record's own id: kept as written unless it is a URL or URN, which become readable slugs. */
export function idFromRecord(id: string): string {
  const trimmed = id.trim();
  return /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? idFromUrl(trimmed) : trimmed;
}

/** Makes ids unique in input order: the second "abc" becomes "abc~2", deterministically. */
export class IdRegistry {
  private readonly seen = new Set<string>();

  claim(id: string): string {
    let unique = id;
    for (let n = 2; this.seen.has(unique); n++) unique = `${id}~${n}`;
    this.seen.add(unique);
    return unique;
  }
}
