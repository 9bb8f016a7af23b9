// `dyad export` takes the filters of `dyad events` (dyad, actor, dates) in every format, and a reader
// that closes the pipe early (`| head -1`) is a normal end.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dyad } from "./run-cli.js";

const SPAWN = 60_000;
let dir: string;
let db: string;

const records = [
  {
    id: "seoul-talks",
    published: "2025-03-03",
    source: "Example Wire",
    title: "Seoul and Beijing resume dialogue",
    text: "South Korean Foreign Minister Cho Tae-yul met Chinese Foreign Minister Wang Yi in Seoul on Monday.",
  },
  {
    id: "tokyo-talks",
    published: "2024-11-20",
    source: "Example Wire",
    title: "Tokyo hosts US envoy",
    text: "Japanese Prime Minister Shigeru Ishiba met US Secretary of State Antony Blinken in Tokyo on Wednesday.",
  },
];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "dyad-export-filters-"));
  db = join(dir, "t.db");
  // Filler documents, so that an export is far larger than a pipe's buffer.
  const filler = Array.from({ length: 40 }, (_, i) => ({
    id: `filler-${i}`,
    published: "2024-01-02",
    text: `${"The harbour authority published its annual report on cargo volumes and berth repairs. ".repeat(300)}`,
  }));
  const lines = [...records, ...filler].map((r) => JSON.stringify(r)).join("\n");
  writeFileSync(join(dir, "news.jsonl"), `${lines}\n`);
  const r = dyad(["ingest", join(dir, "news.jsonl"), "--db", db, "--workers", "0"]);
  expect(r.status).toBe(0);
}, SPAWN * 2);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const exported = (...args: string[]) => {
  const r = dyad(["export", "--db", db, ...args]);
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
};
const ids = (jsonl: string) =>
  jsonl
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l).id);

describe("export filters", () => {
  it(
    "jsonl and csv: only the documents holding a matching event",
    () => {
      expect(ids(exported("--format", "jsonl")).length).toBe(42);
      expect(ids(exported("--format", "jsonl", "--dyad", "CHN-KOR"))).toEqual(["seoul-talks"]);
      expect(ids(exported("--format", "jsonl", "--dyad", "USA-JPN", "--until", "2024-12"))).toEqual([
        "tokyo-talks",
      ]);
      expect(ids(exported("--format", "jsonl", "--since", "2025-01-01"))).toEqual(["seoul-talks"]);
      const csv = exported("--format", "csv", "--dyad", "KOR-CHN");
      expect(csv).toContain("seoul-talks");
      expect(csv).not.toContain("tokyo-talks");
      expect(csv).not.toContain("filler-");
    },
    SPAWN * 5,
  );

  it(
    "gdelt and graphml: only the matching merged events",
    () => {
      const rows = exported("--format", "gdelt", "--dyad", "CHN-KOR").trim().split("\n");
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        const cells = row.split("\t");
        expect([cells[7], cells[17]].sort()).toEqual(["CHN", "KOR"]); // Actor1/2CountryCode
      }
      expect(exported("--format", "gdelt", "--dyad", "CHN-KOR", "--until", "2024-12")).toBe("");
      const graph = exported("--format", "graphml", "--since", "2025-01-01");
      expect(graph).toContain("KOR");
      expect(graph).not.toContain("JPN");
    },
    SPAWN * 3,
  );
});

const main = fileURLToPath(new URL("../../src/cli/main.ts", import.meta.url));

/** Runs dyad and closes its stdout after the first chunk, as `| head -1` does. */
function readFirstChunkOnly(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", main, ...args]);
    let stderr = "";
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.stdout.once("data", () => child.stdout.destroy());
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

describe("a closed stdout pipe", () => {
  it(
    "ends every export format and show --raw quietly with exit 0",
    async () => {
      for (const args of [
        ["export", "--format", "jsonl"],
        ["export", "--format", "csv"],
        ["show", "filler-1", "--raw"],
        ["search", "harbour", "--limit", "40"],
      ]) {
        const r = await readFirstChunkOnly([...args, "--db", db]);
        expect(r.stderr, args.join(" ")).toBe("");
        expect(r.code, args.join(" ")).toBe(0);
      }
    },
    SPAWN * 4,
  );
});
