// A document that hangs or kills its worker is reported alone; its batch-mates are stored once.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../../src/pipeline/ingest.js";
import { openDatabase } from "../../src/store/database.js";
import { DocumentStore } from "../../src/store/documents.js";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "dyad-watchdog-"));
  const records = Array.from({ length: 12 }, (_, i) => {
    const text = `Japanese Foreign Minister Yoko Kamikawa met South Korean Foreign Minister Cho Tae-yul in Tokyo on Monday.\nThe two agreed to expand cooperation, officials said in report ${i}.`;
    return JSON.stringify({ id: `doc-${i}`, published: "2024-03-11", source: "Wire", text });
  });
  writeFileSync(join(dir, "wire.jsonl"), records.join("\n"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  delete process.env.DYAD_TEST_FAULT;
});

async function run(fault: string, name: string, workers = 2) {
  process.env.DYAD_TEST_FAULT = fault;
  const store = new DocumentStore(openDatabase(join(dir, `${name}.db`)));
  const summary = await ingest([join(dir, "wire.jsonl")], store, { workers, timeoutSeconds: 1 });
  const ids = [...store.all()].map((d) => d.id).sort();
  store.db.close();
  return { summary, ids };
}

const others = Array.from({ length: 12 }, (_, i) => `doc-${i}`)
  .filter((id) => id !== "doc-5")
  .sort();

describe("per-document watchdog and worker recovery", () => {
  it("abandons a document that hangs, naming it and the stage, and stores the others once", async () => {
    const { summary, ids } = await run("hang:doc-5", "hang");
    expect(summary.failed.map((f) => f.message)).toHaveLength(1);
    expect(summary.failed[0]?.message).toMatch(/doc-5.*took longer than 1 s in events/);
    expect(ids).toEqual(others);
    expect(summary.added).toBe(11);
  }, 60_000);

  it("reports only the document whose worker crashed, and stores the others once", async () => {
    const { summary, ids } = await run("crash:doc-5", "crash");
    expect(summary.failed.map((f) => f.message)).toHaveLength(1);
    expect(summary.failed[0]?.message).toMatch(/doc-5.*worker processing it died/);
    expect(ids).toEqual(others);
    expect(summary.added).toBe(11);
  }, 60_000);

  // `--workers 0`: no pool of workers, but a watchdog still (one worker thread runs the documents).
  it("abandons a hanging document without workers too", async () => {
    const { summary, ids } = await run("hang:doc-5", "hang-0", 0);
    expect(summary.failed.map((f) => f.message)).toHaveLength(1);
    expect(summary.failed[0]?.message).toMatch(/doc-5.*took longer than 1 s in events/);
    expect(ids).toEqual(others);
  }, 60_000);

  it("survives a document that crashes its thread without workers too", async () => {
    const { summary, ids } = await run("crash:doc-5", "crash-0", 0);
    expect(summary.failed.map((f) => f.message)).toHaveLength(1);
    expect(summary.failed[0]?.message).toMatch(/doc-5.*worker processing it died/);
    expect(ids).toEqual(others);
  }, 60_000);
});
