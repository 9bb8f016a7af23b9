import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dyad } from "./run-cli.js";

let dir: string;
let db: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "dyad-actors-"));
  db = join(dir, "t.db");
  mkdirSync(join(dir, "in"));
  writeFileSync(
    join(dir, "in", "records.jsonl"),
    [
      {
        id: "seoul-1",
        published: "2024-05-13",
        text: "South Korean Foreign Minister Cho Tae-yul met his Chinese counterpart Wang Yi in Beijing on Monday.\nCho urged Beijing to help restart talks with Pyongyang.",
      },
      {
        id: "seoul-2",
        published: "2024-05-20",
        text: "Cho Tae-yul spoke by phone with Japanese Foreign Minister Yoko Kamikawa on Monday, the ministry said.",
      },
    ]
      .map((r) => JSON.stringify(r))
      .join("\n"),
  );
  dyad(["ingest", join(dir, "in"), "--db", db]);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("dyad actors", () => {
  it("lists the people learned from the corpus with country, roles and dates", () => {
    const r = dyad(["actors", "--db", db, "--country", "KOR", "--json"]);
    expect(r.status).toBe(0);
    const cho = JSON.parse(r.stdout).find((a: { name: string }) => a.name === "Cho Tae-yul");
    expect(cho).toMatchObject({
      kind: "person",
      country: "KOR",
      documents: 2,
      first_seen: "2024-05-13",
      last_seen: "2024-05-20",
    });
    expect(cho.roles[0]).toMatchObject({ role: "foreign minister" });
  });

  it("applies the user's corrections from DYAD_KNOWLEDGE", () => {
    const knowledge = join(dir, "knowledge");
    mkdirSync(knowledge, { recursive: true });
    writeFileSync(
      join(knowledge, "aliases.json"),
      JSON.stringify({ people: [{ name: "Cho Tae-yul", role: "minister of foreign affairs" }] }),
    );
    const before = process.env.DYAD_KNOWLEDGE;
    process.env.DYAD_KNOWLEDGE = knowledge;
    try {
      const cho = JSON.parse(dyad(["actors", "--db", db, "--json"]).stdout).find(
        (a: { name: string }) => a.name === "Cho Tae-yul",
      );
      expect(cho.roles.map((x: { role: string }) => x.role)).toEqual(["minister of foreign affairs"]);
    } finally {
      if (before === undefined) delete process.env.DYAD_KNOWLEDGE;
      else process.env.DYAD_KNOWLEDGE = before;
    }
  });

  it("prints a readable table and exports the same people", () => {
    expect(dyad(["actors", "--db", db, "--kind", "person"]).stdout).toMatch(/Wang Yi\s+person\s+CHN/);
    const rec = dyad(["export", "--db", db])
      .stdout.trim()
      .split("\n")
      .map((l) => JSON.parse(l))
      .find((r) => r.id === "seoul-1");
    expect(rec.actors).toContainEqual(
      expect.objectContaining({ name: "Wang Yi", country: "CHN", kind: "person" }),
    );
  });
});
