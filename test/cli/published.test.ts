// Publication dates of plain text: a dateline's date, else `ingest --published`, never over the input's own.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dyad } from "./run-cli.js";

const LEAD = "Kenya and Ethiopia agreed to reopen the Moyale border crossing for trade, officials said.";
const NEXT = "The two ministers will meet again next month to sign the customs protocol.";
const files: Record<string, string> = {
  tokyo: `TOKYO, Jan. 15, 2025 (Reuters) - ${LEAD}\n${NEXT}\n`,
  seoul: `SEOUL, May 13, 2024 (Yonhap) -- ${LEAD}\n${NEXT}\n`,
  nairobi: `NAIROBI, Kenya (AP) — March 3, 2023 — ${LEAD}\n${NEXT}\n`,
  beijing: `BEIJING, Sept. 17 (Xinhua) -- ${LEAD}\n${NEXT}\n`,
  plain: `${LEAD}\n${NEXT}\n`,
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "dyad-published-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, `${name}.txt`), text);
  writeFileSync(
    join(dir, "records.jsonl"),
    `${JSON.stringify({ id: "dated", published: "2022-11-02", text: `${LEAD}\n${NEXT}` })}\n`,
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Ingests every input into a fresh database and returns each exported record's publication date. */
function published(db: string, extra: string[] = []): Record<string, string | null> {
  const inputs = [...Object.keys(files).map((n) => join(dir, `${n}.txt`)), join(dir, "records.jsonl")];
  const ingested = dyad(["ingest", ...inputs, "--db", join(dir, db), "--workers", "0", ...extra]);
  expect(ingested.stderr).toBe("");
  const out = dyad(["export", "--format", "jsonl", "--db", join(dir, db)]).stdout;
  const rows = out
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; published: string | null });
  return Object.fromEntries(rows.map((r) => [r.id, r.published]));
}

describe("publication dates of plain text", () => {
  it("come from the dateline", () => {
    expect(published("a.db")).toEqual({
      tokyo: "2025-01-15",
      seoul: "2024-05-13",
      nairobi: "2023-03-03",
      beijing: null, // a dateline without a year, and nothing else to give one
      plain: null,
      dated: "2022-11-02",
    });
  });

  it("come from --published for inputs that carry none, never over the input's own", () => {
    expect(published("b.db", ["--published", "2025-09-18"])).toEqual({
      tokyo: "2025-01-15",
      seoul: "2024-05-13",
      nairobi: "2023-03-03",
      beijing: "2025-09-18",
      plain: "2025-09-18",
      dated: "2022-11-02",
    });
  });

  it("--published refuses what is not a date", () => {
    const r = dyad([
      "ingest",
      join(dir, "plain.txt"),
      "--db",
      join(dir, "c.db"),
      "--published",
      "2025-02-30",
    ]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("YYYY-MM-DD");
  });
});
