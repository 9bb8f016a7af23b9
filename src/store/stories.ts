// Stories in the store: each document's story and copy-of, and the signatures that rebuild the index.
import { type EncodedSignature, StoryIndex } from "../stories/index.js";
import type { Db } from "./database.js";

export class StoryStore {
  private readonly insertSig;
  private readonly setStory;
  private readonly setDuplicate;

  constructor(readonly db: Db) {
    this.insertSig = db.prepare("INSERT OR REPLACE INTO story_signatures(doc_id, signature) VALUES (?, ?)");
    this.setStory = db.prepare("UPDATE documents SET story = ?, duplicate_of = ? WHERE id = ?");
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

  /** Called inside the document's transaction, after the document row exists. */
  /** `signatureJson` is the document's EncodedSignature as JSON. */
  assign(docId: string, signatureJson: string, story: string, duplicateOf: string | null): void {
    this.insertSig.run(docId, signatureJson);
    this.setStory.run(story, duplicateOf, docId);
  }

  /** An earlier copy arrived: documents that pointed elsewhere now point at it. */
  updateDuplicate(docId: string, duplicateOf: string | null): void {
    this.setDuplicate.run(duplicateOf, docId);
  }
}
