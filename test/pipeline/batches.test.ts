// Documents are processed in batches, a stage at a time across each batch: a document that fails
// must fail alone, and what is stored must not depend on batch boundaries or the number of workers.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../../src/pipeline/ingest.js";
import { processBatch } from "../../src/pipeline/process.js";
import { openDatabase } from "../../src/store/database.js";
import { DocumentStore } from "../../src/store/documents.js";

const ministers = [
  ["Japanese Foreign Minister Yoko Kamikawa", "Tokyo", "JPN"],
  ["Australian Foreign Minister Penny Wong", "Canberra", "AUS"],
  ["Indian External Affairs Minister Subrahmanyam Jaishankar", "New Delhi", "IND"],
] as const;

/** 40 records: reports of meetings, with a record that is all boilerplate every 13th line. */
function records(): string[] {
  return Array.from({ length: 40 }, (_, i) => {
    const id = `doc-${String(i).padStart(2, "0")}`;
    if (i % 13 === 5) return JSON.stringify({ id, text: "Advertisement\n\nRead more:" });
    const [who, capital] = ministers[i % 3] as (typeof ministers)[number];
    const text = `${who} met South Korean Foreign Minister Cho Tae-yul in ${capital} on ${["Monday", "Tuesday", "Friday"][i % 3]}.\nThe two ministers agreed to expand cooperation on supply chains, officials said in report ${i}.`;
    return JSON.stringify({ id, published: `2024-0${1 + (i % 9)}-1${i % 10}`, source: "Wire", text });
  });
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "dyad-batches-"));
  writeFileSync(join(dir, "wire.jsonl"), records().join("\n"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function stored(workers: number) {
  const store = new DocumentStore(openDatabase(join(dir, `w${workers}.db`)));
  const summary = await ingest([join(dir, "wire.jsonl")], store, { workers });
  const docs = [...store.all()].map((d) => ({
    id: d.id,
    text: d.text,
    story: d.story,
    events: store.events.events(d.id).map((e) => `${e.code} ${e.source.country}>${e.target?.country}`),
  }));
  store.db.close();
  return { summary, docs };
}

describe("batched processing", () => {
  it("fails only the broken records of a batch and stores the same result with 0 or 2 workers", async () => {
    const alone = await stored(0);
    expect(alone.summary.added).toBe(37);
    expect(alone.summary.failed.map((f) => f.record)).toEqual([6, 19, 32]);
    expect(alone.summary.failed[0]?.message).toMatch(/no article text left/);
    expect(alone.docs.filter((d) => d.events.length > 0)).toHaveLength(37);
    const parallel = await stored(2);
    expect(parallel.summary.failed).toEqual(alone.summary.failed);
    expect(parallel.docs).toEqual(alone.docs);
  });

  it("gives each document the same layers in a batch as alone", () => {
    const sources = records().map((line, i) => {
      const r = JSON.parse(line) as { id: string; text: string; published?: string };
      return {
        id: r.id,
        origin: { path: "wire.jsonl", format: "jsonl", encoding: "UTF-8", record: i + 1 },
        raw: line,
        contentType: "text" as const,
        content: r.text,
        hints: { published: r.published },
      };
    });
    const together = processBatch(sources);
    const oneByOne = sources.flatMap((s) => processBatch([s]));
    expect(together).toEqual(oneByOne);
    expect(together.filter((r) => r instanceof Error)).toHaveLength(3);
  });
});
