// A long line without sentence punctuation (a dump, a list, hostile input) must cost work in
// proportion to its length, and must not take down the documents processed with it.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PhraseSet } from "../../src/language/dates/phrases.js";
import type { SourceDocument } from "../../src/model/document.js";
import { ingest } from "../../src/pipeline/ingest.js";
import { processBatch } from "../../src/pipeline/process.js";
import { openDatabase } from "../../src/store/database.js";
import { DocumentStore } from "../../src/store/documents.js";

const words = (
  "the Chinese foreign ministry said that Japan would not attack South Korea if talks resume and officials " +
  "in Seoul claimed that Russian forces killed eight people in Ukraine on Monday while the United States " +
  "urged Iran to stop enriching uranium and President Biden met Prime Minister Kishida in Tokyo where " +
  "they agreed to expand cooperation"
).split(" ");

function unpunctuated(chars: number): string {
  const out: string[] = [];
  for (let n = 0, i = 0; n < chars; i++) {
    const w = words[i % words.length] as string;
    out.push(w);
    n += w.length + 1;
  }
  return out.join(" ");
}

const doc = (id: string, text: string): SourceDocument => ({
  id,
  origin: { path: "test", format: "text", encoding: "UTF-8" },
  raw: text,
  contentType: "text",
  content: text,
  hints: { published: "2024-03-11" },
});

/** Cue lookups (dates, tense, modality) made while processing `chars` of unpunctuated text. */
function work(chars: number): number {
  // Counted by hand: a spy would keep every call's arguments.
  const original = PhraseSet.prototype.at;
  let n = 0;
  PhraseSet.prototype.at = function (this: PhraseSet<unknown>, ...args: Parameters<typeof original>) {
    n++;
    return original.apply(this, args);
  };
  let result: unknown;
  try {
    [result] = processBatch([doc("long", unpunctuated(chars))]);
  } finally {
    PhraseSet.prototype.at = original;
  }
  expect(result).not.toBeInstanceOf(Error);
  return n;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "dyad-long-line-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a long line without sentence punctuation", () => {
  it("costs about twice the work at twice the length", () => {
    const one = work(100_000);
    const two = work(200_000);
    expect(two / one).toBeLessThan(2.5);
  }, 60_000);

  it("leaves the good documents of its ingest stored (10 MB)", async () => {
    const good = Array.from({ length: 20 }, (_, i) =>
      JSON.stringify({
        id: `good-${i}`,
        published: "2024-03-11",
        text: `Japan's foreign minister met his South Korean counterpart in Seoul on Monday. Report ${i}.`,
      }),
    );
    good.splice(
      10,
      0,
      JSON.stringify({ id: "long", published: "2024-03-11", text: unpunctuated(10 * 1024 * 1024) }),
    );
    writeFileSync(join(dir, "mixed.jsonl"), good.join("\n"));
    const store = new DocumentStore(openDatabase(join(dir, "mixed.db")));
    const summary = await ingest([join(dir, "mixed.jsonl")], store, { workers: 2, timeoutSeconds: 10 });
    const ids = [...store.all()].map((d) => d.id);
    store.db.close();
    for (let i = 0; i < 20; i++) expect(ids).toContain(`good-${i}`);
    // The long one is stored or reported by name, never lost silently.
    expect(ids.includes("long") || summary.failed.some((f) => f.message.startsWith("long:"))).toBe(true);
    expect(summary.read).toBe(21);
  }, 240_000);
});
