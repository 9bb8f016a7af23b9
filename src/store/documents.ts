// Documents in the store: keyed by id, versioned by the hash of their raw input.
import { createHash } from "node:crypto";
import type {
  ActorDocument,
  AnalysedDocument,
  EventDocument,
  Metadata,
  RemovedLine,
  Span,
} from "../model/document.js";
import { ActorLayerStore } from "./actors.js";
import type { Db } from "./database.js";
import { EventLayerStore } from "./events.js";
import { StoryStore } from "./stories.js";

/** A document with as many layers as the pipeline gave it; each present layer is stored. */
export type StorableDocument = AnalysedDocument | ActorDocument | EventDocument;

export type SaveOutcome = "added" | "unchanged" | "replaced";

/** Identity of an input's content: re-reading the same bytes in the same format yields the same hash. */
export function contentHash(doc: Pick<AnalysedDocument, "raw" | "origin">): string {
  return createHash("sha256").update(doc.origin.format).update("\0").update(doc.raw).digest("hex");
}

export interface StoredDocument {
  id: string;
  hash: string;
  origin: { path: string; format: string; record: number | null; encoding: string };
  raw: string;
  body: string;
  text: string;
  meta: Metadata;
  removed: RemovedLine[];
  ingestedAt: string;
  story: string | null;
  duplicateOf: string | null;
}

interface DocumentRow {
  id: string;
  hash: string;
  origin_path: string;
  origin_format: string;
  origin_record: number | null;
  encoding: string;
  raw: string;
  body: string;
  text: string;
  title: string | null;
  url: string | null;
  published: string | null;
  source: string | null;
  author: string | null;
  site: string | null;
  place: string | null;
  ingested_at: string;
  story: string | null;
  duplicate_of: string | null;
}

export class DocumentStore {
  private readonly hashOf;
  private readonly insertDoc;
  private readonly deleteDoc;
  private readonly insertRemoved;
  private readonly insertLayers;
  private readonly save;
  private readonly removedOf;
  readonly actors: ActorLayerStore;
  readonly events: EventLayerStore;
  readonly stories: StoryStore;

  constructor(readonly db: Db) {
    this.actors = new ActorLayerStore(db);
    this.events = new EventLayerStore(db);
    this.stories = new StoryStore(db);
    this.hashOf = db.prepare<[string], { hash: string }>("SELECT hash FROM documents WHERE id = ?");
    this.deleteDoc = db.prepare("DELETE FROM documents WHERE id = ?");
    this.insertDoc = db.prepare(`INSERT INTO documents
      (id, hash, origin_path, origin_format, origin_record, encoding, raw, content_type, body, text,
       title, url, published, source, author, site, place, ingested_at)
      VALUES (@id, @hash, @origin_path, @origin_format, @origin_record, @encoding, @raw, @content_type, @body,
       @text, @title, @url, @published, @source, @author, @site, @place, @ingested_at)`);
    this.insertRemoved = db.prepare(
      "INSERT INTO removed_lines(doc_id, seq, line, reason, text) VALUES (?, ?, ?, ?, ?)",
    );
    this.removedOf = db.prepare<[string], RemovedLine>(
      "SELECT line, reason, text FROM removed_lines WHERE doc_id = ? ORDER BY seq",
    );
    this.insertLayers = db.prepare("INSERT INTO language_layers(doc_id, sentences) VALUES (?, ?)");
    // One transaction per document: a reader never sees half a document, a crash leaves the old one.
    this.save = db.transaction((doc: StorableDocument, hash: string, replace: boolean) => {
      if (replace) this.deleteDoc.run(doc.id); // cascades to every derived layer
      const m = doc.meta;
      this.insertDoc.run({
        id: doc.id,
        hash,
        origin_path: doc.origin.path,
        origin_format: doc.origin.format,
        origin_record: doc.origin.record ?? null,
        encoding: doc.origin.encoding,
        raw: doc.raw,
        content_type: doc.contentType,
        body: doc.body,
        text: doc.text,
        title: m.title,
        url: m.url,
        published: m.published,
        source: m.source,
        author: m.author,
        site: m.site,
        place: m.place,
        ingested_at: new Date().toISOString(),
      });
      doc.removed.forEach((r, i) => {
        this.insertRemoved.run(doc.id, i, r.line, r.reason, r.text);
      });
      this.insertLayers.run(doc.id, JSON.stringify(doc.sentences.map((s) => [s.start, s.end])));
      if ("actors" in doc) this.actors.insert(doc);
      if ("events" in doc) this.events.insert(doc);
    });
  }

  /** The stored hash for an id, to skip work on inputs that have not changed. */
  storedHash(id: string): string | undefined {
    return this.hashOf.get(id)?.hash;
  }

  /** Stores a processed document; replaces an older version of the same id atomically. */
  put(doc: StorableDocument, hash = contentHash(doc)): SaveOutcome {
    const previous = this.storedHash(doc.id);
    if (previous === hash) return "unchanged";
    this.save(doc, hash, previous !== undefined);
    return previous === undefined ? "added" : "replaced";
  }

  /**
   * Stores several documents in one commit (far cheaper than a commit each: SQLite and FTS5 pay per
   * commit). Each document still has its own savepoint: one that fails is rolled back alone, reported
   * in its slot as the Error, and the others are stored.
   */
  putMany<D extends StorableDocument>(
    docs: { doc: D; hash?: string }[],
    /** Runs inside each stored document's savepoint (e.g. to place it in a story). */
    afterEach?: (doc: D, outcome: "added" | "replaced") => void,
  ): (SaveOutcome | Error)[] {
    return this.db.transaction(() =>
      docs.map(({ doc, hash }) => {
        try {
          return this.db.transaction(() => {
            const outcome = this.put(doc, hash);
            if (outcome !== "unchanged") afterEach?.(doc, outcome);
            return outcome;
          })();
        } catch (error) {
          return error as Error;
        }
      }),
    )();
  }

  get(id: string): StoredDocument | undefined {
    const row = this.db.prepare<[string], DocumentRow>("SELECT * FROM documents WHERE id = ?").get(id);
    return row && this.fromRow(row);
  }

  sentences(id: string): Span[] | undefined {
    const row = this.db
      .prepare<[string], { sentences: string }>("SELECT sentences FROM language_layers WHERE doc_id = ?")
      .get(id);
    return row && (JSON.parse(row.sentences) as [number, number][]).map(([start, end]) => ({ start, end }));
  }

  count(): number {
    return (this.db.prepare("SELECT COUNT(*) AS n FROM documents").get() as { n: number }).n;
  }

  /** Every document, ordered by id, streamed from the database (flat memory on large stores). */
  *all(): Generator<StoredDocument> {
    const rows = this.db.prepare<[], DocumentRow>("SELECT * FROM documents ORDER BY id").iterate();
    for (const row of rows) yield this.fromRow(row);
  }

  private fromRow(row: DocumentRow): StoredDocument {
    const removed = this.removedOf.all(row.id);
    return {
      id: row.id,
      hash: row.hash,
      origin: {
        path: row.origin_path,
        format: row.origin_format,
        record: row.origin_record,
        encoding: row.encoding,
      },
      raw: row.raw,
      body: row.body,
      text: row.text,
      meta: {
        title: row.title,
        url: row.url,
        published: row.published,
        source: row.source,
        author: row.author,
        site: row.site,
        place: row.place,
      },
      removed,
      ingestedAt: row.ingested_at,
      story: row.story,
      duplicateOf: row.duplicate_of,
    };
  }
}
