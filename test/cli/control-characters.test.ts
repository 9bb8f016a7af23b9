// Articles and arguments holding terminal control sequences: shown escaped, never obeyed; JSON keeps them.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { printable } from "../../src/cli/terminal.js";
import { dyad } from "./run-cli.js";

const TITLE_SET = "\x1b]0;owned\x07";
const CLEAR = "\x1b[2J";
// Any raw control character but tab, line feed and the CR of a CRLF.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this finds.
const RAW_CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|\r(?!\n)/;

let dir: string;
let db: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "dyad-ctl-"));
  db = join(dir, "news.db");
  const text =
    `SEOUL (Example Wire) - China's foreign minister met his South Korean counterpart in Seoul on Monday ${CLEAR}to discuss trade, officials said.\n` +
    `"We want calm seas${TITLE_SET}," the Chinese minister told reporters\x9b after the talks.\n`;
  writeFileSync(
    join(dir, "escapes.jsonl"),
    `${JSON.stringify({ id: "esc-1", title: `Talks in Seoul${TITLE_SET}`, source: `Wire${CLEAR}`, published: "2024-05-13", text })}\n`,
  );
  writeFileSync(
    join(dir, "plain.txt"),
    `Ministers met in Hanoi on Monday.${CLEAR}\nThey agreed to meet again.\n`,
  );
  writeFileSync(join(dir, `bad${CLEAR}name.jsonl`), "{not json\n");
  const inputs = ["escapes.jsonl", "plain.txt", `bad${CLEAR}name.jsonl`].map((f) => join(dir, f));
  const r = dyad(["ingest", ...inputs, "--db", db]);
  expect(r.stdout).toMatch(/2 added/);
  expect(r.stderr).not.toMatch(RAW_CONTROL);
  expect(r.stderr).toContain("bad\\x1b[2Jname.jsonl");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("printable", () => {
  it("escapes C0 (but tab, newline, CRLF), DEL and C1", () => {
    expect(printable("a\x1b[2Jb\x07c\x7fd\x9be\tf\ng\r\nh\ri")).toBe(
      "a\\x1b[2Jb\\x07c\\x7fd\\x9be\tf\ng\r\nh\\x0di",
    );
    expect(printable("Seoul — “calm” 서울")).toBe("Seoul — “calm” 서울");
  });
});

describe("human output shows control characters escaped", () => {
  it("show", () => {
    const r = dyad(["show", "esc-1", "--db", db]);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(r.stdout).toContain("Talks in Seoul\\x1b]0;owned\\x07");
    expect(r.stdout).toContain("\\x1b[2J");
  });

  it("search", () => {
    const r = dyad(["search", "Seoul", "--db", db]);
    expect(r.stdout).toContain("esc-1");
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(r.stdout).toContain("\\x1b]0;owned\\x07");
  });

  it("events and explain", () => {
    const events = dyad(["events", "--db", db]);
    expect(events.stdout).not.toMatch(RAW_CONTROL);
    const key = /^(esc-1#e\d+)/m.exec(events.stdout)?.[1];
    expect(key).toBeDefined();
    const r = dyad(["explain", key as string, "--db", db]);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(r.stdout).toContain("\\x1b[2J");
  });

  it("quotes", () => {
    const r = dyad(["quotes", "--db", db]);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
  });

  it("error messages that quote their input", () => {
    const missing = dyad(["show", `no${CLEAR}such`, "--db", db]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).not.toMatch(RAW_CONTROL);
    expect(missing.stderr).toContain("no\\x1b[2Jsuch");
    const dyadFlag = dyad(["events", "--dyad", `CHN${CLEAR}`, "--db", db]);
    expect(dyadFlag.status).toBe(2);
    expect(dyadFlag.stderr).not.toMatch(RAW_CONTROL);
    expect(dyadFlag.stderr).toContain("CHN\\x1b[2J");
    for (const args of [[`evnts${CLEAR}`], ["events", `--dyda${CLEAR}`, "CHN-KOR"]]) {
      const unknown = dyad(args);
      expect(unknown.status).not.toBe(0);
      expect(unknown.stderr).toContain("\\x1b[2J");
      expect(unknown.stderr).not.toMatch(RAW_CONTROL);
    }
  });
});

describe("JSON keeps control characters as data", () => {
  it("show --json round-trips the title", () => {
    const r = dyad(["show", "esc-1", "--json", "--db", db]);
    expect(JSON.parse(r.stdout).meta.title).toBe(`Talks in Seoul${TITLE_SET}`);
  });
});

describe("show --raw", () => {
  it("piped: the input exactly as read", () => {
    const r = dyad(["show", "plain", "--raw", "--db", db]);
    expect(r.stdout).toContain(CLEAR);
  });

  // `script` gives the command a terminal, as a user typing it has.
  const hasScript = spawnSync("script", ["--version"]).status === 0;
  it.skipIf(!hasScript)("on a terminal: escaped", () => {
    const main = fileURLToPath(new URL("../../src/cli/main.ts", import.meta.url));
    const cmd = [process.execPath, "--import", "tsx", main, "show", "plain", "--raw", "--db", db]
      .map((a) => `'${a.replace(/'/g, "'\\''")}'`)
      .join(" ");
    const r = spawnSync("script", ["-qec", cmd, "/dev/null"], {
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
    });
    expect(r.stdout).toContain("\\x1b[2J");
    expect(r.stdout).not.toContain(CLEAR);
  });
});
