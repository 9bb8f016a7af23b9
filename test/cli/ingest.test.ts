import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dyad } from "./run-cli.js";

const article = (place: string, who: string) =>
  `${place} (Example Wire) - ${who} met his counterpart on Monday to discuss trade and security, officials said.\n` +
  "[ad_1]\n" +
  "The two ministers agreed to meet again before the end of the year.\n" +
  "Read More\n";

let dir: string;
let db: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "dyad-cli-"));
  db = join(dir, "test.db");
  const inputs = join(dir, "inputs");
  mkdirSync(join(inputs, "nested"), { recursive: true });
  writeFileSync(join(inputs, "hanoi-talks.txt"), article("HANOI", "Vietnam's foreign minister"));
  writeFileSync(
    join(inputs, "nested", "lima-talks.txt.gz"),
    gzipSync(article("LIMA", "Peru's foreign minister")),
  );
  writeFileSync(join(inputs, "empty.txt"), "");
  writeFileSync(
    join(inputs, "login.html"),
    "<html><head><title>Sign in</title></head><body><nav><a href='/'>Home</a></nav><form><input name=user><button>Sign in</button></form></body></html>",
  );
  writeFileSync(
    join(inputs, "cut.txt.gz"),
    gzipSync(article("OSLO", "Norway's foreign minister")).subarray(0, 40),
  );
  writeFileSync(
    join(inputs, "records.jsonl"),
    `${JSON.stringify({ id: "rec-1", title: "Ministers meet", published: "2025-01-06", text: article("CAIRO", "Egypt's foreign minister") })}\n` +
      "{not json\n" +
      `${JSON.stringify({ id: "rec-2", text: article("ACCRA", "Ghana's foreign minister") })}\n`,
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("dyad ingest", () => {
  it("stores every good input, lists each bad one by file and line, exits non-zero", () => {
    const r = dyad(["ingest", join(dir, "inputs"), "--db", db, "--json"]);
    expect(r.status).toBe(1);
    const summary = JSON.parse(r.stdout);
    expect(summary.added).toBe(4);
    const failures = summary.failed.map(
      (f: { path: string; record?: number }) => `${f.path.split("/").pop()}:${f.record ?? ""}`,
    );
    expect(failures.sort()).toEqual(["cut.txt.gz:", "empty.txt:", "login.html:", "records.jsonl:2"]);
    const login = summary.failed.find((f: { path: string }) => f.path.endsWith("login.html"));
    expect(login.message).toMatch(/no article text/);
  });

  it("adds nothing when the same inputs are ingested again", () => {
    const r = dyad(["ingest", join(dir, "inputs"), "--db", db, "--json"]);
    const summary = JSON.parse(r.stdout);
    expect(summary).toMatchObject({ added: 0, replaced: 0, unchanged: 4 });
    const exported = dyad(["export", "--db", db]).stdout.trim().split("\n");
    expect(exported).toHaveLength(4);
  });

  it("replaces a document whose input changed, keeping the others", () => {
    const changed = join(dir, "changed");
    mkdirSync(changed);
    writeFileSync(join(changed, "hanoi-talks.txt"), article("HANOI", "Vietnam's deputy foreign minister"));
    const summary = JSON.parse(dyad(["ingest", changed, "--db", db, "--json"]).stdout);
    expect(summary).toMatchObject({ added: 0, replaced: 1 });
    const shown = dyad(["show", "hanoi-talks", "--db", db]).stdout;
    expect(shown).toContain("deputy foreign minister");
    expect(dyad(["export", "--db", db]).stdout.trim().split("\n")).toHaveLength(4);
  });

  it("reads stdin when the path is -", () => {
    const r = dyad(["ingest", "-", "--db", db, "--json"], article("QUITO", "Ecuador's foreign minister"));
    expect(JSON.parse(r.stdout).added).toBe(1);
    expect(dyad(["search", "Ecuador", "--db", db, "--json"]).stdout).toContain("Ecuador");
  });

  it("names a path that cannot be read and still stores the rest", () => {
    const ok = join(dir, "vilnius.txt");
    writeFileSync(ok, article("VILNIUS", "Lithuania's foreign minister"));
    const missing = join(dir, "no-such-file.txt");
    const r = dyad(["ingest", missing, ok, "--db", db]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("no-such-file.txt");
    expect(r.stdout).toMatch(/1 added/);
  });

  it("does not read its own database when it lives in the folder being ingested", () => {
    const folder = join(dir, "with-db");
    mkdirSync(folder);
    writeFileSync(join(folder, "bogota.txt"), article("BOGOTA", "Colombia's foreign minister"));
    const inside = join(folder, "news.db");
    dyad(["ingest", folder, "--db", inside]);
    const again = dyad(["ingest", folder, "--db", inside, "--json"]);
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ read: 1, unchanged: 1, failed: [] });
  });
});

describe("dyad show, export, search", () => {
  it("shows clean text, metadata and the removed lines with their reasons", () => {
    const r = dyad(["show", "rec-1", "--db", db]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Ministers meet");
    expect(r.stdout).toContain("2025-01-06");
    expect(r.stdout).toMatch(/marker\s+\[ad_1\]/);
    expect(r.stdout.split("removed")[0]).not.toContain("[ad_1]");
  });

  it("keeps the raw input untouched", () => {
    expect(dyad(["show", "rec-1", "--db", db, "--raw"]).stdout).toContain("[ad_1]");
  });

  it("reports an unknown id", () => {
    const r = dyad(["show", "nope", "--db", db]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('no document with id "nope"');
  });

  it("exports the JSONL contract", () => {
    const lines = dyad(["export", "--db", db, "--format", "jsonl"]).stdout.trim().split("\n");
    const rec = lines.map((l) => JSON.parse(l)).find((r) => r.id === "rec-1");
    expect(Object.keys(rec)).toEqual(
      expect.arrayContaining([
        "id",
        "title",
        "published",
        "source",
        "text",
        "story",
        "duplicate_of",
        "actors",
        "events",
        "quotes",
      ]),
    );
    expect(rec).toMatchObject({
      title: "Ministers meet",
      published: "2025-01-06",
      story: expect.stringMatching(/^s-/),
      duplicate_of: null,
    });
    expect(rec.actors).toContainEqual(expect.objectContaining({ kind: "country", country: "EGY" }));
    expect(rec.text).toContain("The two ministers agreed to meet again");
    expect(rec.text).not.toContain("Read More");
  });

  it("exports CSV with a header, to a file", () => {
    const out = join(dir, "out.csv");
    const r = dyad(["export", "--db", db, "--format", "csv", "--out", out]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/documents written/);
  });

  it("rejects an unknown export format", () => {
    const r = dyad(["export", "--db", db, "--format", "xml"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("'xml' is invalid. expected one of jsonl, csv, gdelt, graphml");
  });

  it("finds documents by words in their clean text", () => {
    const hits = JSON.parse(dyad(["search", "Ghana", "--db", db, "--json"]).stdout);
    expect(hits.map((h: { id: string }) => h.id)).toEqual(["rec-2"]);
  });
});
