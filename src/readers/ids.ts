// Document ids: stable, readable, unique within one run, and independent of what else the run read.
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

/**
 * Makes ids unique within a run without making them depend on the rest of the run: the first input to
 * claim an id keeps it; another input (a different file or record) claiming it gets a suffix derived
 * from where it came from ("news~3f2a9c1b", a hash of its resolved path and record number), so it is
 * the same whatever else was read and in whichever order.
 */
export class IdRegistry {
  private readonly owners = new Map<string, string>();

  /** `origin` names the input: its resolved path, and the record number inside it if any. */
  claim(id: string, origin: string): string {
    const owner = this.owners.get(id);
    if (owner === undefined || owner === origin) {
      this.owners.set(id, origin);
      return id;
    }
    const hash = createHash("sha1").update(origin).digest("hex");
    // A second collision on the same suffix (vanishingly rare) takes more of the hash.
    for (let n = 8; n <= hash.length; n += 4) {
      const unique = `${id}~${hash.slice(0, n)}`;
      const taken = this.owners.get(unique);
      if (taken === undefined || taken === origin) {
        this.owners.set(unique, origin);
        return unique;
      }
    }
    throw new Error(`no unique id for ${id} from ${origin}`);
  }
}
