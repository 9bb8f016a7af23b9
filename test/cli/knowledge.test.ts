// DYAD_KNOWLEDGE from the command line: a folder that is not there, or a bad file in it, stops the
// command once with the path named; a good one changes what is coded.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { dyad } from "./run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "dyad-cli-knowledge-"));
const saved = process.env.DYAD_KNOWLEDGE;
afterEach(() => {
  if (saved === undefined) delete process.env.DYAD_KNOWLEDGE;
  else process.env.DYAD_KNOWLEDGE = saved;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const input = join(dir, "nairobi.txt");
writeFileSync(
  input,
  "NAIROBI (Wire) - Kenya's foreign minister parleyed with his Ethiopian counterpart in Nairobi on Monday, officials said.\n",
);

function knowledge(name: string, files: Record<string, unknown>): string {
  const root = join(dir, name);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), JSON.stringify(content));
  }
  return root;
}

describe("DYAD_KNOWLEDGE on the command line", () => {
  it("that does not exist stops ingest with one error naming it, and stores nothing", () => {
    const missing = join(dir, "no-such-knowledge");
    process.env.DYAD_KNOWLEDGE = missing;
    const db = join(dir, "missing.db");
    const r = dyad(["ingest", input, "--db", db]);
    expect(r.status).not.toBe(0);
    expect(r.status).not.toBeNull();
    expect(r.stderr.trim()).toBe(`dyad: ${missing}: knowledge directory not found (DYAD_KNOWLEDGE)`);
    expect(existsSync(db)).toBe(false);
  }, 60_000);

  it("with a bad file stops ingest with one error naming the file and the field", () => {
    const root = knowledge("bad", { "stories/config.json": { threshold: "high" } });
    process.env.DYAD_KNOWLEDGE = root;
    const r = dyad(["ingest", input, "--db", join(dir, "bad.db")]);
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim()).toBe(
      `dyad: ${join(root, "stories/config.json")}: threshold: Invalid input: expected number, received string`,
    );
  }, 60_000);

  it("with an actor file that names an unknown country stops ingest with one error", () => {
    const root = knowledge("countries", {
      "country-extras.json": { countries: { QQQ: { names: ["Qland"] } } },
    });
    process.env.DYAD_KNOWLEDGE = root;
    const r = dyad(["ingest", input, "--db", join(dir, "countries.db")]);
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim()).toBe(
      `dyad: country-extras.json in ${root}: unknown country QQQ (give "name" to add it)`,
    );
  }, 60_000);

  it("with a pattern file codes the verb it adds", () => {
    const parley = { id: "parley-with", code: "043", words: "parley", target: ["with"], symmetric: true };
    process.env.DYAD_KNOWLEDGE = knowledge("good", { "events/patterns.json": { patterns: [parley] } });
    const db = join(dir, "good.db");
    expect(dyad(["ingest", input, "--db", db, "--workers", "1"]).status).toBe(0);
    const events = JSON.parse(dyad(["events", "--db", db, "--json"]).stdout) as { code: string }[];
    expect(events.map((e) => e.code)).toEqual(["043"]);
  }, 120_000);
});
