// Two different files with the same name keep two documents across runs, in any order; the same file
// named twice is stored once.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../../src/pipeline/ingest.js";
import { openDatabase } from "../../src/store/database.js";
import { DocumentStore } from "../../src/store/documents.js";

let dir: string;
let a: string;
let b: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "dyad-id-owners-"));
  for (const d of ["a", "b"]) mkdirSync(join(dir, d));
  a = join(dir, "a", "report.txt");
  b = join(dir, "b", "report.txt");
  writeFileSync(a, "SEOUL — South Korea and Japan held talks on energy cooperation in Seoul on Monday.\n");
  writeFileSync(b, "HANOI — Vietnam and Australia signed a trade agreement in Hanoi on Friday.\n");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function open(name: string): DocumentStore {
  return new DocumentStore(openDatabase(join(dir, name)));
}
const stored = (store: DocumentStore) =>
  new Map([...store.all()].map((d) => [d.origin.path, d.id] as [string, string]));

describe("ids across runs", () => {
  it("a second file with the same name never replaces the first, whatever the order of the runs", async () => {
    const store = open("one.db");
    try {
      await ingest([a], store, { workers: 0 });
      const second = await ingest([b], store, { workers: 0 });
      expect(second.added).toBe(1);
      expect(second.replaced).toBe(0);
      const ids = stored(store);
      expect(ids.get(a)).toBe("report");
      expect(ids.get(b)).toMatch(/^report~[0-9a-f]{8}$/);
      const again = await ingest([b, a], store, { workers: 0 });
      expect(again).toMatchObject({ read: 2, unchanged: 2, added: 0, replaced: 0 });
      expect(stored(store)).toEqual(ids);
    } finally {
      store.db.close();
    }
  }, 60_000);

  it("the same id for the clashing file whether or not the other was read in the same run", async () => {
    const together = open("together.db");
    const apart = open("apart.db");
    try {
      await ingest([a, b], together, { workers: 0 });
      await ingest([a], apart, { workers: 0 });
      await ingest([b], apart, { workers: 0 });
      expect(stored(apart)).toEqual(stored(together));
    } finally {
      together.db.close();
      apart.db.close();
    }
  }, 60_000);

  it("stores a file named twice in one run once", async () => {
    const store = open("twice.db");
    try {
      const summary = await ingest([a, join(dir, "a"), join(dir, "a", ".", "report.txt")], store, {
        workers: 0,
      });
      expect(summary).toMatchObject({ read: 1, added: 1 });
      expect([...store.all()].map((d) => d.id)).toEqual(["report"]);
    } finally {
      store.db.close();
    }
  }, 60_000);
});
