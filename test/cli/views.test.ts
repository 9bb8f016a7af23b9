// What a user reads in the human views: headers, legends, and nothing hidden without saying so.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { displayWidth, FIXED_WIDTH } from "../../src/cli/table.js";
import { dyad } from "./run-cli.js";

let dir: string;
let db: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "dyad-views-"));
  db = join(dir, "t.db");
  mkdirSync(join(dir, "in"));
  const summit = {
    id: "summit-day",
    published: "2024-10-10",
    source: "Example Wire",
    title:
      "Leaders meet at the regional summit in Vientiane as maritime disputes simmer on the sidelines of the talks",
    text: [
      "VIENTIANE — Chinese Premier Li Qiang met Japanese Prime Minister Shigeru Ishiba in Vientiane on Thursday.",
      "Indian Prime Minister Narendra Modi met Vietnamese Prime Minister Pham Minh Chinh on Thursday.",
      "The Philippines condemned China over the collision near Scarborough Shoal.",
      "Australian Prime Minister Anthony Albanese met Indonesian President Joko Widodo on the sidelines.",
      "South Korea and Japan signed an agreement on energy cooperation.",
    ].join("\n"),
  };
  writeFileSync(join(dir, "in", "wire.jsonl"), `${JSON.stringify(summit)}\n`);
  dyad(["ingest", join(dir, "in"), "--db", db, "--workers", "0"]);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) => {
  const r = dyad([...args, "--db", db]);
  expect(r.stderr).toBe("");
  return r.stdout.split("\n").filter((l) => l !== "");
};

describe("human views", () => {
  it("stories says how many events it left out and how to see them all", () => {
    const lines = run("stories");
    expect(lines.some((l) => /^\s+code\s+source\s+target\s+date\s+reports/.test(l))).toBe(true);
    const more = lines.find((l) => l.includes("more event"));
    expect(more).toMatch(/… and 2 more events: dyad stories --story s-summit-day/);
    const all = run("stories", "--story", "s-summit-day");
    expect(all.filter((l) => /^\s+\d{3}\s/.test(l))).toHaveLength(5);
    expect(all.join("\n")).not.toContain("more event");
  }, 60_000);

  it("events has a header row, a legend for ~, and lines that fit the width when piped", () => {
    const lines = run("events");
    expect(lines[0]).toMatch(/^event\s+date\s+code\s+source\s+target\s+action$/);
    expect(lines.some((l) => /\d{4}-\d\d-\d\d~/.test(l))).toBe(true);
    expect(lines.at(-1)).toMatch(/^~ .*the publication date/);
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(FIXED_WIDTH);
  }, 60_000);

  it("explain says in words that the publication date stands in for an unstated date", () => {
    const events = run("events");
    const key = events.find((l) => /~/.test(l) && /#e\d/.test(l))?.split(/\s+/)[0] as string;
    const text = run("explain", key).join("\n");
    expect(text).toMatch(/date\s+2024-10-10, the publication date \(the text does not state when\)/);
    expect(text).not.toMatch(/unknown \(inferred/);
    expect(text).not.toMatch(/\[[A-Z]{3}/);
    expect(text).toMatch(/CAMEO actor code [A-Z]{3}/);
  }, 60_000);

  it("quotes, actors and timeline tables start with a header row", () => {
    expect(run("actors")[0]).toMatch(/^name\s+kind\s+country\s+documents\s+roles/);
    expect(run("timeline", "CHN", "JPN").find((l) => l.startsWith("period"))).toMatch(
      /^period\s+events\s+goldstein \(mean\)\s+top stories/,
    );
    const quotes = dyad(["quotes", "--db", db]).stdout;
    expect(quotes.startsWith("no quotes") || /^document\s+published\s+speaker/.test(quotes)).toBe(true);
  }, 60_000);
});
