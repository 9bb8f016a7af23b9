// PETRARCH2's validation sentences, ingested as one-sentence JSONL records through the CLI, are all
// stored with their sentence (none rejected as "no article text left after cleaning").
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { dyad } from "../cli/run-cli.js";

const suite = resolve(
  process.env.DYAD_SHARED ?? resolve(process.cwd(), "../shared"),
  "suites/petrarch2/PETR2_GSR_validation.derived.jsonl",
);
const dir = mkdtempSync(join(tmpdir(), "dyad-petr-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const squash = (s: string): string => s.replace(/\s+/g, " ").trim();

describe.skipIf(!existsSync(suite))("PETRARCH2 validation records", () => {
  it("stores each non-empty record with its sentence", () => {
    const records = readFileSync(suite, "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { id: string; date: string; text: string })
      .filter((r) => r.text?.trim())
      .map((r) => ({
        id: r.id,
        text: r.text,
        published: `${r.date.slice(0, 4)}-${r.date.slice(4, 6)}-${r.date.slice(6, 8)}`,
      }));
    expect(records.length).toBe(77);
    const input = join(dir, "petrarch.jsonl");
    const db = join(dir, "petrarch.db");
    const out = join(dir, "out.jsonl");
    writeFileSync(input, records.map((r) => JSON.stringify(r)).join("\n"));
    const ingested = dyad(["ingest", input, "--db", db, "--workers", "0"]);
    expect(ingested.stderr).toBe("");
    expect(ingested.status).toBe(0);
    expect(dyad(["export", "--format", "jsonl", "--db", db, "--out", out]).status).toBe(0);
    const stored = new Map(
      readFileSync(out, "utf8")
        .split("\n")
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as { id: string; text: string })
        .map((r) => [r.id, squash(r.text)]),
    );
    const lost = records.filter((r) => !stored.get(r.id)?.includes(squash(r.text))).map((r) => r.id);
    expect(lost).toEqual([]);
  }, 120_000);
});
