// Reader warnings ("invalid UTF-8 … replaced") are stored with the document, shown and exported;
// a store made before they were kept upgrades in place, its documents reading as having none.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeExport } from "../../src/export/write-export.js";
import { ingest } from "../../src/pipeline/ingest.js";
import { openDatabase, schemaVersion } from "../../src/store/database.js";
import { DocumentStore } from "../../src/store/documents.js";
import { migrations } from "../../src/store/migrations.js";

// Accents and curly quotes: UTF-8 beyond doubt, so one bad byte is replaced alone (not a windows-1252 file).
const ARTICLE =
  "BRASÍLIA — Brazil’s foreign minister said on Monday that talks with Argentina went “quietly”.";

/** The article as UTF-8 with one stray 0xFF byte after "Monday". */
function withBadByte(): Buffer {
  const bytes = Buffer.from(ARTICLE, "utf8");
  const at = bytes.indexOf("Monday") + 6;
  return Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at)]);
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "dyad-warnings-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function exported(store: DocumentStore): Promise<Record<string, { warnings: string[] }>> {
  const out = new PassThrough();
  const chunks: string[] = [];
  out.on("data", (c) => chunks.push(String(c)));
  await writeExport(store, "jsonl", out);
  const records = chunks
    .join("")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
  return Object.fromEntries(records.map((r) => [r.id, r]));
}

describe("reader warnings", () => {
  it("are reported by ingest, stored with the document and exported", async () => {
    writeFileSync(join(dir, "brazil.txt"), withBadByte());
    writeFileSync(join(dir, "clean.txt"), ARTICLE.replace("Brazil", "Chile"));
    const store = new DocumentStore(openDatabase(join(dir, "t.db")));
    const summary = await ingest([join(dir, "brazil.txt"), join(dir, "clean.txt")], store);
    expect(summary.added).toBe(2);
    expect(summary.warnings).toEqual([
      {
        path: join(dir, "brazil.txt"),
        message: expect.stringMatching(/^brazil: invalid UTF-8: 1 byte sequence replaced/),
      },
    ]);
    expect(store.get("brazil")?.warnings).toEqual([expect.stringMatching(/^invalid UTF-8: 1 byte sequence/)]);
    expect(store.get("clean")?.warnings).toEqual([]);
    const records = await exported(store);
    expect(records.brazil?.warnings).toHaveLength(1);
    expect(records.clean?.warnings).toEqual([]);
    store.db.close();
  });

  it("come with a store made before they were kept, which upgrades in place", async () => {
    const file = join(dir, "old.db");
    // A store as the last version without warnings left it, holding one document.
    const old = new Database(file);
    old.exec(
      "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
    );
    for (const m of migrations.filter((m) => m.version <= 5)) {
      old.exec(m.sql);
      old.prepare("INSERT INTO schema_migrations VALUES (?, ?, ?)").run(m.version, m.name, "2026-01-01");
    }
    old
      .prepare(
        `INSERT INTO documents (id, hash, origin_path, origin_format, encoding, raw, content_type, body, text, ingested_at)
         VALUES ('kept', 'h', 'kept.txt', 'text', 'UTF-8', 'Old text.', 'text', 'Old text.', 'Old text.', '2026-01-01')`,
      )
      .run();
    old.close();

    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(migrations.at(-1)?.version);
    const store = new DocumentStore(db);
    expect(store.get("kept")?.warnings).toEqual([]);
    expect(store.get("kept")?.text).toBe("Old text.");
    writeFileSync(join(dir, "brazil.txt"), withBadByte());
    await ingest([join(dir, "brazil.txt")], store);
    expect(store.get("brazil")?.warnings).toHaveLength(1);
    expect(store.count()).toBe(2);
    db.close();
  });
});
