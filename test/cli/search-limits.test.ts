// A search query is capped: FTS5 took 30 s on 2,000 repeated words; a query no one types is refused.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/store/database.js";
import { MAX_QUERY_WORDS, searchDocuments } from "../../src/store/search.js";
import { dyad } from "./run-cli.js";

let dir: string;
let db: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "dyad-search-limits-"));
  db = join(dir, "t.db");
  openDatabase(db).close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const words = (n: number) => Array(n).fill("minister").join(" ");

describe("search query limits", () => {
  it("refuses too many words or characters, says the limit, and searches a normal query", () => {
    const store = openDatabase(db);
    try {
      expect(() => searchDocuments(store, words(2000))).toThrow(
        `search query too long: 2000 words (at most ${MAX_QUERY_WORDS})`,
      );
      expect(() => searchDocuments(store, words(20).replace(/ /g, " OR "))).not.toThrow();
      expect(() => searchDocuments(store, `"${"x".repeat(5000)}"`)).toThrow(/5002 characters \(at most/);
      expect(searchDocuments(store, words(MAX_QUERY_WORDS))).toEqual([]);
    } finally {
      store.close();
    }
  });

  it("the CLI says so and exits 2", () => {
    const r = dyad(["search", words(2000), "--db", db]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("search query too long: 2000 words");
  }, 60_000);
});
