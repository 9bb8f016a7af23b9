import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type AnalysedDocument, emptyMetadata } from "../../src/model/document.js";
import { documentRows } from "../../src/model/rows.js";
import { openDatabase, schemaVersion } from "../../src/store/database.js";
import { DocumentStore } from "../../src/store/documents.js";
import { migrations } from "../../src/store/migrations.js";
import { searchDocuments } from "../../src/store/search.js";

function doc(id: string, text: string, raw = text): AnalysedDocument {
  return {
    id,
    origin: { path: `${id}.txt`, format: "text", encoding: "UTF-8" },
    raw,
    contentType: "text",
    content: raw,
    hints: {},
    body: raw,
    meta: { ...emptyMetadata(), title: `Title of ${id}`, published: "2025-03-14", source: "Example Wire" },
    text,
    removed: [{ line: 0, reason: "marker", text: "[ad_1]" }],
    sentences: [{ start: 0, end: text.length }],
    tokens: [{ start: 0, end: 5, pos: "PROPN" }],
  };
}

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "dyad-store-"));
  file = join(dir, "test.db");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("schema", () => {
  it("applies every migration once and records the version", () => {
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(migrations.at(-1)?.version);
    db.close();
    const again = openDatabase(file); // reopening must not re-run migrations
    expect((again.prepare("SELECT COUNT(*) AS n FROM schema_migrations").get() as { n: number }).n).toBe(
      migrations.length,
    );
    again.close();
  });

  it("refuses a database written by a newer Dyad", () => {
    const db = openDatabase(file);
    db.prepare("INSERT INTO schema_migrations VALUES (999, 'future', 'x')").run();
    db.close();
    expect(() => openDatabase(file)).toThrow(/newer than this Dyad/);
  });
});

describe("documents", () => {
  it("adds a document once: storing the same input again changes nothing", () => {
    const store = new DocumentStore(openDatabase(file));
    expect(store.put(doc("a", "Seoul and Beijing held talks."))).toBe("added");
    expect(store.put(doc("a", "Seoul and Beijing held talks."))).toBe("unchanged");
    expect(store.count()).toBe(1);
    const removed = store.db.prepare("SELECT COUNT(*) AS n FROM removed_lines").get() as { n: number };
    expect(removed.n).toBe(1);
    store.db.close();
  });

  it("replaces a changed document with all its derived data", () => {
    const store = new DocumentStore(openDatabase(file));
    store.put(doc("a", "Old text about Hanoi."));
    const changed = { ...doc("a", "New text about Manila.", "raw v2"), removed: [] };
    expect(store.put(changed)).toBe("replaced");
    const got = store.get("a");
    expect(got?.text).toBe("New text about Manila.");
    expect(got?.removed).toEqual([]);
    expect(store.count()).toBe(1);
    expect(searchDocuments(store.db, "Hanoi")).toEqual([]);
    expect(searchDocuments(store.db, "Manila").map((h) => h.id)).toEqual(["a"]);
    store.db.close();
  });

  it("keeps the old version when storing the new one fails half-way", () => {
    const store = new DocumentStore(openDatabase(file));
    store.put(doc("a", "Original text about Hanoi."));
    // Two actors with one key: the document row is written, then its actors layer breaks a constraint.
    const twice = {
      ...{ id: "country:VNM", kind: "country" as const, name: "Vietnam", country: "VNM", role: null },
      ...{ sector: null, code: "VNM", aliases: ["Hanoi"], confidence: 1 },
    };
    const broken = { ...doc("a", "Replacement text.", "raw v2"), actors: [twice, twice], mentions: [] };
    expect(() => store.put(broken)).toThrow(/UNIQUE/);
    expect(store.get("a")?.text).toBe("Original text about Hanoi.");
    expect(store.sentences("a")).toHaveLength(1);
    expect(searchDocuments(store.db, "Hanoi").map((h) => h.id)).toEqual(["a"]);
    store.db.close();
  });

  it("stores the rest of a batch once when one document in it fails", () => {
    const store = new DocumentStore(openDatabase(file));
    const twice = {
      ...{ id: "country:VNM", kind: "country" as const, name: "Vietnam", country: "VNM", role: null },
      ...{ sector: null, code: "VNM", aliases: ["Hanoi"], confidence: 1 },
    };
    const broken = { ...doc("b", "Broken text about Hanoi."), actors: [twice, twice], mentions: [] };
    const items = [doc("a", "Talks in Hanoi."), broken, doc("c", "Rain in Manila.")].map((d) => ({
      rows: documentRows(d, `hash-${d.id}`),
      hash: `hash-${d.id}`,
    }));
    const placedIds: string[] = [];
    const outcomes = store.putMany(
      items,
      (item) => item,
      (item) => {
        placedIds.push(item.rows.id);
        return { story: `s-${item.rows.id}`, duplicateOf: null, signatureJson: "{}", updates: [] };
      },
    );
    expect(outcomes[0]).toBe("added");
    expect(outcomes[1]).toBeInstanceOf(Error);
    expect(outcomes[2]).toBe("added");
    // Each document joined the story index once, although the batch was written twice.
    expect(placedIds).toEqual(["a", "b", "c"]);
    expect(store.get("b")).toBeUndefined();
    expect(store.count()).toBe(2);
    const signatures = store.db.prepare("SELECT COUNT(*) AS n FROM story_signatures").get() as { n: number };
    expect(signatures.n).toBe(2);
    expect(store.get("c")?.story).toBe("s-c");
    store.db.close();
  });

  it("round-trips metadata, removed lines and sentences", () => {
    const store = new DocumentStore(openDatabase(file));
    store.put(doc("b", "Moon met Xi."));
    const got = store.get("b");
    expect(got?.meta).toMatchObject({ title: "Title of b", published: "2025-03-14", source: "Example Wire" });
    expect(got?.removed).toEqual([{ line: 0, reason: "marker", text: "[ad_1]" }]);
    expect(store.sentences("b")).toEqual([{ start: 0, end: 12 }]);
    store.db.close();
  });
});

describe("search", () => {
  it("ranks matches and tolerates text that is not FTS5 syntax", () => {
    const store = new DocumentStore(openDatabase(file));
    store.put(doc("a", "The U.S.-China trade talks resumed in Geneva."));
    store.put(doc("b", "Rain fell in Geneva."));
    expect(searchDocuments(store.db, "U.S.-China").map((h) => h.id)).toEqual(["a"]);
    expect(
      searchDocuments(store.db, "geneva")
        .map((h) => h.id)
        .sort(),
    ).toEqual(["a", "b"]);
    expect(searchDocuments(store.db, '"trade talks"')[0]?.snippet).toContain("[trade talks]");
    store.db.close();
  });
});
