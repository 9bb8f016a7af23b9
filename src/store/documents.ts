// Documents in the store: keyed by id, versioned by the hash of their raw input.
import { contentHash } from "../model/content-hash.js";
import type {
  ActorDocument,
  AnalysedDocument,
  EventDocument,
  Metadata,
  RemovedLine,
  Span,
} from "../model/document.js";
import { DOCUMENT_COLUMNS, type DocumentRows, documentRows } from "../model/rows.js";
import { ActorLayerStore } from "./actors.js";
import type { Db } from "./database.js";
import { EventLayerStore } from "./events.js";
import { type StoryPlacement, StoryStore } from "./stories.js";

/** A document with as many layers as the pipeline gave it; each present layer is stored. */
export type StorableDocument = AnalysedDocument | ActorDocument | EventDocument;

export type SaveOutcome = "added" | "unchanged" | "replaced";

/** A document ready for the database: its rows and the hash of the input they came from. */
export interface RowsToStore {
  rows: DocumentRows;
  hash: string;
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
  /** What was wrong with the input but did not stop it being read (see SourceDocument.warnings). */
  warnings: string[];
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
  warnings: string | null;
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
    this.insertDoc = db.prepare(
      `INSERT INTO documents (${DOCUMENT_COLUMNS.join(", ")}, ingested_at, story, duplicate_of)
       VALUES (${DOCUMENT_COLUMNS.map(() => "?").join(", ")}, ?, ?, ?)`,
    );
    this.insertRemoved = db.prepare(
      "INSERT INTO removed_lines(doc_id, seq, line, reason, text) VALUES (?, ?, ?, ?, ?)",
    );
    this.removedOf = db.prepare<[string], RemovedLine>(
      "SELECT line, reason, text FROM removed_lines WHERE doc_id = ? ORDER BY seq",
    );
    this.insertLayers = db.prepare("INSERT INTO language_layers(doc_id, sentences) VALUES (?, ?)");
  }

  /** The stored hash for an id, to skip work on inputs that have not changed. */
  storedHash(id: string): string | undefined {
    return this.hashOf.get(id)?.hash;
  }

  /** Stores a processed document; replaces an older version of the same id atomically. */
  put(doc: StorableDocument, hash = contentHash(doc)): SaveOutcome {
    const [outcome] = this.putMany([{ rows: documentRows(doc, hash), hash }], (item) => item);
    if (outcome instanceof Error) throw outcome;
    return outcome as SaveOutcome;
  }

  /**
   * Stores documents, already turned into rows, in one commit (far cheaper than a commit each: SQLite
   * and FTS5 pay per commit). A document that fails is rolled back alone, reported in its slot as the
   * Error, and the others are stored.
   *
   * The batch is first written without a savepoint per document: savepoints cost a fifth of the write
   * (SQLite journals every page a savepoint touches). Only when a document fails is the commit rolled
   * back and the batch written again, each document in its own savepoint.
   */
  putMany<T, D extends RowsToStore>(
    items: readonly T[],
    /** Each item's rows, asked for just before they are written so that only one is unpacked at a time. */
    open: (item: T) => D,
    /** Places a new or changed document in a story, inside its transaction, before its row is written. */
    place?: (doc: D) => StoryPlacement,
  ): (SaveOutcome | Error)[] {
    // A second pass reuses the first pass's placements: each document joins the story index once.
    const placed = new Map<T, StoryPlacement>();
    const write = (item: T): SaveOutcome =>
      this.write(open(item), (doc) => {
        const known = placed.get(item);
        if (known) return known;
        const p = place?.(doc);
        if (p) placed.set(item, p);
        return p;
      });
    // IMMEDIATE: the write lock is taken before the first read, so a batch waits for another writer
    // instead of failing when that writer commits between this batch's read and its first write.
    try {
      return this.db.transaction(() => items.map(write)).immediate();
    } catch {
      return this.db
        .transaction(() =>
          items.map((item) => {
            try {
              return this.db.transaction(write)(item);
            } catch (error) {
              return error as Error;
            }
          }),
        )
        .immediate();
    }
  }

  private write<D extends RowsToStore>(doc: D, place: (doc: D) => StoryPlacement | undefined): SaveOutcome {
    const { rows, hash } = doc;
    const previous = this.storedHash(rows.id);
    if (previous === hash) return "unchanged";
    if (previous !== undefined) this.deleteDoc.run(rows.id); // cascades to every derived layer
    const placed = place(doc);
    // The story goes in with the row: updating it afterwards would rewrite the whole row (raw, text…).
    this.insertDoc.run(
      ...rows.document,
      new Date().toISOString(),
      placed?.story ?? null,
      placed?.duplicateOf ?? null,
    );
    for (const values of rows.removed) this.insertRemoved.run(rows.id, ...values);
    this.insertLayers.run(rows.id, rows.sentences);
    if (rows.actors) this.actors.insert(rows.id, rows.actors);
    if (rows.events) this.events.insert(rows.id, rows.events);
    if (placed) this.stories.record(rows.id, placed);
    return previous === undefined ? "added" : "replaced";
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
      warnings: row.warnings ? (JSON.parse(row.warnings) as string[]) : [],
      ingestedAt: row.ingested_at,
      story: row.story,
      duplicateOf: row.duplicate_of,
    };
  }
}
