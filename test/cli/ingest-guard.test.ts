// `dyad ingest --timeout`, the watchdog without workers, and reader warnings, as a user sees them.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dyad } from "./run-cli.js";

const ARTICLE =
  "BRASÍLIA — Brazil’s foreign minister said on Monday that talks with Argentina went “quietly”.";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "dyad-guard-"));
  mkdirSync(join(dir, "wire"));
  const records = Array.from({ length: 4 }, (_, i) =>
    JSON.stringify({
      id: `wire-${i}`,
      published: "2024-03-11",
      text: `Japan's foreign minister met his South Korean counterpart in Seoul on Monday, report ${i} said.`,
    }),
  );
  writeFileSync(join(dir, "wire", "wire.jsonl"), records.join("\n"));
  const bytes = Buffer.from(ARTICLE, "utf8");
  const at = bytes.indexOf("Monday") + 6;
  writeFileSync(
    join(dir, "brazil.txt"),
    Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at)]),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("dyad ingest --timeout", () => {
  it("is documented in --help", () => {
    const r = dyad(["ingest", "--help"]);
    expect(r.stdout).toMatch(/--timeout <seconds>/);
  }, 60_000);

  it("refuses what is not a positive number of seconds", () => {
    for (const bad of ["abc", "0", "-3", ""]) {
      const r = dyad(["ingest", join(dir, "wire"), "--db", join(dir, "bad.db"), "--timeout", bad]);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/--timeout must be a positive number of seconds/);
    }
  }, 120_000);

  it("abandons a stuck document with --workers 0, naming it, and stores the others", () => {
    const db = join(dir, "hang.db");
    process.env.DYAD_TEST_FAULT = "hang:wire-2";
    let r: ReturnType<typeof dyad>;
    try {
      r = dyad(["ingest", join(dir, "wire"), "--db", db, "--workers", "0", "--timeout", "1.5"]);
    } finally {
      delete process.env.DYAD_TEST_FAULT;
    }
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/error: .*wire\.jsonl:3: wire-2: took longer than 1\.5 s in events/);
    expect(r.stdout).toMatch(/3 added, 0 replaced, 0 unchanged, 1 failed/);
  }, 60_000);
});

describe("reader warnings", () => {
  const db = () => join(dir, "warn.db");

  it("are printed on ingest, one line naming the file, and counted", () => {
    const r = dyad(["ingest", join(dir, "brazil.txt"), "--db", db(), "--workers", "0"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/1 added.*0 failed, 1 with warnings/);
    expect(r.stderr).toMatch(
      /warning: .*brazil\.txt: brazil: invalid UTF-8: 1 byte sequence replaced with U\+FFFD \(first at character \d+\)/,
    );
  }, 60_000);

  it("are shown by show and exported", () => {
    const shown = dyad(["show", "brazil", "--db", db()]);
    expect(shown.stdout).toMatch(/warning\s+invalid UTF-8: 1 byte sequence replaced/);
    const exported = dyad(["export", "--db", db(), "--format", "jsonl"]);
    const record = JSON.parse(exported.stdout.trim().split("\n")[0] as string);
    expect(record.warnings).toEqual([expect.stringMatching(/^invalid UTF-8/)]);
  }, 60_000);
});
