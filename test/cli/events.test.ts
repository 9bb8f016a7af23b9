import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dyad } from "./run-cli.js";

let dir: string;
let db: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "dyad-events-"));
  db = join(dir, "t.db");
  mkdirSync(join(dir, "in"));
  const record = {
    id: "beijing-talks",
    published: "2024-12-25",
    source: "Example Wire",
    text: [
      "Japanese Foreign Minister Takeshi Iwaya met Chinese Foreign Minister Wang Yi in Beijing on Wednesday.",
      '"We must build stable and constructive relations," Wang told Iwaya, according to Xinhua.',
      "Iwaya urged China to lift its ban on Japanese seafood imports.",
    ].join("\n"),
  };
  writeFileSync(join(dir, "in", "records.jsonl"), `${JSON.stringify(record)}\n`);
  dyad(["ingest", join(dir, "in"), "--db", db]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Ev = {
  key: string;
  code: string;
  date: string;
  source: { country: string };
  target: { country: string };
};

describe("dyad events and explain", () => {
  it("lists the meeting between the two countries with its date, in either direction", () => {
    const events: Ev[] = JSON.parse(dyad(["events", "--db", db, "--dyad", "CHN-JPN", "--json"]).stdout);
    const meeting = events.find((e) => e.code.startsWith("04"));
    expect(meeting).toBeDefined();
    expect(meeting?.date).toBe("2024-12-25");
    expect([meeting?.source.country, meeting?.target.country].sort()).toEqual(["CHN", "JPN"]);
  });

  it("filters by code, actor and dates", () => {
    const appeals: Ev[] = JSON.parse(dyad(["events", "--db", db, "--code", "02", "--json"]).stdout);
    expect(appeals.length).toBeGreaterThan(0);
    expect(appeals.every((e) => e.code.startsWith("02"))).toBe(true);
    expect(
      JSON.parse(dyad(["events", "--db", db, "--actor", "Takeshi Iwaya", "--json"]).stdout).length,
    ).toBeGreaterThan(0);
    expect(JSON.parse(dyad(["events", "--db", db, "--since", "2025-01-01", "--json"]).stdout)).toEqual([]);
    expect(
      JSON.parse(dyad(["events", "--db", db, "--until", "2024-12", "--json"]).stdout).length,
    ).toBeGreaterThan(0);
  });

  it("explains an event with its pattern and evidence sentence", () => {
    const [first] = JSON.parse(
      dyad(["events", "--db", db, "--dyad", "JPN-CHN", "--code", "04", "--json"]).stdout,
    ) as Ev[];
    const r = dyad(["explain", first?.key ?? "", "--db", db]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("pattern");
    expect(r.stdout).toContain("Takeshi Iwaya met Chinese Foreign Minister Wang Yi in Beijing on Wednesday.");
  });

  it("rejects a malformed dyad and reports an unknown event id", () => {
    expect(dyad(["events", "--db", db, "--dyad", "China"]).stderr).toContain(
      "expected two ISO 3166-1 alpha-3 codes",
    );
    const r = dyad(["explain", "nope#e9", "--db", db]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('no event "nope#e9"');
  });
});

describe("one rule for names", () => {
  it("events --actor finds by surname and case-folded name what quotes --speaker finds", () => {
    for (const name of ["Wang", "wang yi", "IWAYA"]) {
      const events = JSON.parse(dyad(["events", "--db", db, "--actor", name, "--json"]).stdout);
      expect([name, events.length > 0]).toEqual([name, true]);
    }
    const quoted = JSON.parse(dyad(["quotes", "--db", db, "--speaker", "wang", "--json"]).stdout);
    expect(quoted.length).toBeGreaterThan(0);
    const actors = dyad(["actors", "--db", db, "--name", "Wang"]).stdout;
    expect(actors).toMatch(/Wang Yi\s+person/);
    expect(actors).not.toContain("Iwaya");
  }, 60_000);
});

describe("dyad quotes", () => {
  it("attributes a quote to its speaker, not to the agency that relayed it", () => {
    const quotes = JSON.parse(dyad(["quotes", "--db", db, "--speaker", "Wang", "--json"]).stdout);
    const q = quotes.find((x: { text: string }) => x.text.includes("stable and constructive relations"));
    expect(q).toMatchObject({ speaker: { name: "Wang Yi", country: "CHN" }, via: "Xinhua" });
  });

  it("exports events and quotes per the contract", () => {
    const rec = JSON.parse(dyad(["export", "--db", db]).stdout.trim());
    expect(
      rec.events.some(
        (e: { code: string; sentence: string }) => e.code.startsWith("04") && e.sentence.includes("met"),
      ),
    ).toBe(true);
    expect(rec.quotes).toContainEqual(
      expect.objectContaining({ speaker: { name: "Wang Yi", country: "CHN" }, via: "Xinhua" }),
    );
  });
});
