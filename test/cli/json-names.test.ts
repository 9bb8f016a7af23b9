// Every --json output names fields as the export contract does: a script sees one vocabulary.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { snakeKeys, snakeName } from "../../src/cli/json.js";
import { dyad } from "./run-cli.js";

let dir: string;
let db: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "dyad-json-names-"));
  db = join(dir, "t.db");
  mkdirSync(join(dir, "in"));
  const record = {
    id: "hanoi-visit",
    published: "2024-09-10",
    source: "Example Wire",
    text: [
      "HANOI — Vietnamese Prime Minister Pham Minh Chinh met Japanese Prime Minister Fumio Kishida in Hanoi on Monday.",
      '"Our partnership has never been stronger," Kishida told reporters after the talks.',
    ].join("\n"),
  };
  writeFileSync(join(dir, "in", "wire.jsonl"), `${JSON.stringify(record)}\n`);
  dyad(["ingest", join(dir, "in"), "--db", db, "--workers", "0"]);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every object key in a JSON value. */
function keys(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keys(v, into);
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      keys(v, into);
    }
  return into;
}
const camel = (value: unknown) => [...keys(value)].filter((k) => /^[a-z]+[A-Z]/.test(k));
const json = (args: string[]) => JSON.parse(dyad([...args, "--db", db, "--json"]).stdout);

describe("JSON field names", () => {
  it("renames camel case only, not data used as keys", () => {
    expect(snakeName("dateInferred")).toBe("date_inferred");
    expect(snakeName("quadClass")).toBe("quad_class");
    expect(snakeName("CHN")).toBe("CHN");
    expect(snakeName("04")).toBe("04");
    expect(snakeKeys({ byRoot: { "04": 1 }, list: [{ docId: "a" }] })).toEqual({
      by_root: { "04": 1 },
      list: [{ doc_id: "a" }],
    });
  });

  it("events --json uses the export record's names and values for the same event", () => {
    const events = json(["events"]);
    expect(events.length).toBeGreaterThan(0);
    const exported = JSON.parse(dyad(["export", "--db", db]).stdout.trim());
    const mine = events[0];
    const theirs = exported.events.find((e: { id: string }) => e.id === mine.id);
    expect(mine).toMatchObject({
      date_inferred: theirs.date_inferred,
      quad_class: theirs.quad_class,
      sentence: theirs.sentence,
      mentions: theirs.mentions,
    });
    expect(mine).not.toHaveProperty("dateInferred");
    expect(mine).not.toHaveProperty("quadClass");
  }, 60_000);

  it("no command's --json output has a camelCase field", () => {
    const [event] = json(["events"]);
    const outputs = {
      events: [event],
      explain: JSON.parse(dyad(["explain", event.key, "--db", db, "--json"]).stdout),
      quotes: json(["quotes"]),
      actors: json(["actors"]),
      stories: json(["stories"]),
      timeline: json(["timeline", "VNM", "JPN"]),
      search: json(["search", "Hanoi"]),
      show: JSON.parse(dyad(["show", "hanoi-visit", "--db", db, "--json"]).stdout),
    };
    for (const [command, value] of Object.entries(outputs))
      expect([command, camel(value)]).toEqual([command, []]);
    expect(outputs.quotes[0]).toMatchObject({ speaker: { name: "Fumio Kishida", country: "JPN" } });
  }, 120_000);
});
