// Who holds a document id in the store: lets the readers give a second file with the same name its own
// id instead of replacing the first file's document (see ReadOptions.storedElsewhere).
import type { SourceDocument } from "../model/document.js";
import { originKey } from "../readers/ids.js";
import type { Db } from "./database.js";
import { contentHash } from "./documents.js";

/** True when `id` is stored for another input: another origin, and other content (not the same file moved). */
export function storedElsewhere(db: Db): (doc: SourceDocument, origin: string) => boolean {
  const get = db.prepare<[string], { origin_path: string; origin_record: number | null; hash: string }>(
    "SELECT origin_path, origin_record, hash FROM documents WHERE id = ?",
  );
  return (doc, origin) => {
    const row = get.get(doc.id);
    return (
      row !== undefined &&
      originKey(row.origin_path, row.origin_record) !== origin &&
      row.hash !== contentHash(doc)
    );
  };
}
