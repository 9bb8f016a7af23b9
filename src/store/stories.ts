// Stories in the store: each document's story and copy-of, and the signatures that rebuild the index.
import { type EncodedSignature, StoryIndex } from "../stories/index.js";
import type { Db } from "./database.js";

/** Where a document joins the story index, as the store records it. */
export interface StoryPlacement {
  story: string;
  duplicateOf: string | null;
  /** The document's EncodedSignature as JSON, kept to rebuild the index at the next ingest. */
  signatureJson: string;
  /** Earlier documents whose copy-of changes now (an earlier copy arrived). */
  updates: { id: string; duplicateOf: string | null }[];
}

export class StoryStore {
  private readonly insertSig;
  private readonly setDuplicate;

  constructor(readonly db: Db) {
    this.insertSig = db.prepare("INSERT INTO story_signatures(doc_id, signature) VALUES (?, ?)");
    this.setDuplicate = db.prepare("UPDATE documents SET duplicate_of = ? WHERE id = ?");
  }

  /** The index as the stored documents left it: signatures restored in the order they joined. */
  loadIndex(): StoryIndex {
    const rows = this.db
      .prepare<[], { signature: string; story: string | null; duplicate_of: string | null }>(
        `SELECT s.signature, d.story, d.duplicate_of FROM story_signatures s JOIN documents d ON d.id = s.doc_id
         ORDER BY s.seq`,
      )
      .all();
    const entries = rows.map((r) => {
      const sig = JSON.parse(r.signature) as EncodedSignature;
      return { sig, story: r.story ?? `s-${sig.id}`, duplicateOf: r.duplicate_of };
    });
    return StoryIndex.fromJSON({ version: 1, entries });
  }

  /** Called inside the document's transaction, once its row (which carries the story) exists. */
  record(docId: string, placed: StoryPlacement): void {
    this.insertSig.run(docId, placed.signatureJson);
    for (const u of placed.updates) this.setDuplicate.run(u.duplicateOf, u.id);
  }
}
