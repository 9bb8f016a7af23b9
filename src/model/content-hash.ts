// Identity of an input's content, shared by the pipeline (which stores it with the rows) and the
// store (which finds an input already ingested by it).
import { createHash } from "node:crypto";
import type { SourceDocument } from "./document.js";

/** Re-reading the same bytes in the same format yields the same hash. */
export function contentHash(doc: Pick<SourceDocument, "raw" | "origin">): string {
  return createHash("sha256").update(doc.origin.format).update("\0").update(doc.raw).digest("hex");
}
