// `dyad ingest --domestic`: events between two sides of one country are kept only when asked (the
// option travels to the worker threads; the suites run it on the main thread).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dyad } from "./run-cli.js";

const article = [
  "TBILISI (Example Wire) - Georgian protesters clashed with the Georgian government in Tbilisi on Sunday, the third night of demonstrations against a new media law.",
  "Police said dozens of people had been detained near the parliament building before the crowd dispersed after midnight.",
].join("\n\n");

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "dyad-domestic-"));
  writeFileSync(
    join(dir, "tbilisi.jsonl"),
    JSON.stringify({ id: "tbilisi-1", published: "2024-12-02", text: article }),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const exportedPairs = (db: string): string[] => {
  const out = dyad(["export", "--format", "jsonl", "--db", db]).stdout.trim();
  const doc = JSON.parse(out.split("\n")[0] as string) as {
    events: { source: { country: string | null }; target: { country: string | null } | null }[];
  };
  return doc.events.map((e) => `${e.source.country}>${e.target?.country}`);
};

// Each run spawns the CLI from source: slow on a loaded machine, hence the long timeouts.
describe("dyad ingest --domestic", () => {
  it("leaves events inside one country out by default", () => {
    const db = join(dir, "default.db");
    expect(dyad(["ingest", join(dir, "tbilisi.jsonl"), "--db", db, "--workers", "0"]).status).toBe(0);
    expect(exportedPairs(db)).not.toContain("GEO>GEO");
  }, 120_000);

  it("codes protesters against their own government when asked, in a worker thread", () => {
    const db = join(dir, "domestic.db");
    const r = dyad(["ingest", join(dir, "tbilisi.jsonl"), "--db", db, "--workers", "1", "--domestic"]);
    expect(r.status).toBe(0);
    expect(exportedPairs(db)).toContain("GEO>GEO");
  }, 120_000);
});
