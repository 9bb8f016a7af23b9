// The CLI says no: options checked once (src/cli/options.ts), a read command on a missing store.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { calendarDate, countryCode, dyadPair, positiveInt } from "../../src/cli/options.js";
import { dyad } from "./run-cli.js";

const SPAWN = 60_000;

describe("option parsers", () => {
  it("takes a limit of 1 or more only", () => {
    expect(positiveInt("20")).toBe(20);
    for (const bad of ["abc", "-1", "0", "1.5", "", "1e3"])
      expect(() => positiveInt(bad)).toThrow(/whole number/);
  });

  it("takes real calendar dates only", () => {
    expect(calendarDate("2024-02-29")).toBe("2024-02-29");
    expect(calendarDate("2024-05")).toBe("2024-05");
    expect(calendarDate("2024")).toBe("2024");
    for (const bad of ["2024-13-45", "2023-02-29", "2024-04-31", "2024-00", "yesterday", "24-05-13"])
      expect(() => calendarDate(bad)).toThrow(/real date/);
  });

  it("knows country codes, in any case, and the EU's", () => {
    expect(countryCode("kor")).toBe("KOR");
    expect(countryCode("XKX")).toBe("XKX");
    expect(countryCode("EUR")).toBe("EUR");
    expect(dyadPair("chn-kor")).toBe("CHN-KOR");
  });

  it("suggests the code meant by a name, a demonym, an alpha-2 code or a typo", () => {
    expect(() => countryCode("Korea")).toThrow(
      "unknown country code 'Korea'; did you mean KOR (South Korea) or PRK (North Korea)?",
    );
    expect(() => countryCode("germany")).toThrow("did you mean DEU (Germany)?");
    expect(() => countryCode("Chinese")).toThrow("did you mean CHN (China)?");
    expect(() => countryCode("KR")).toThrow("did you mean KOR (South Korea)?");
    expect(() => countryCode("KRO")).toThrow(/did you mean .*KOR \(South Korea\)/);
    expect(() => countryCode("ZZZ")).toThrow("unknown country code 'ZZZ'");
    expect(() => dyadPair("XXX-KOR")).toThrow("unknown country code 'XXX'");
    expect(() => dyadPair("CHN")).toThrow(/two ISO 3166-1 alpha-3 codes/);
  });
});

describe("the CLI refuses bad options before it reads anything", () => {
  let dir: string;
  let db: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "dyad-options-"));
    db = join(dir, "t.db");
    writeFileSync(
      join(dir, "talks.txt"),
      "SEOUL, March 3, 2025 -- South Korean Foreign Minister Cho Tae-yul met Chinese Foreign Minister Wang Yi in Seoul on Monday.\n",
    );
    dyad(["ingest", join(dir, "talks.txt"), "--db", db, "--workers", "0"]);
  }, SPAWN);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const refused = (args: string[], message: string | RegExp) => {
    const r = dyad([...args, "--db", db]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/datatype mismatch|SqliteError|at .*\.js:\d+/);
    expect(r.stdout).toBe("");
  };

  it(
    "dates, limits and country codes",
    () => {
      refused(["events", "--since", "2024-13-45"], /'2024-13-45' is invalid. expected a real date/);
      refused(["export", "--until", "2024-02-30"], /'2024-02-30' is invalid/);
      refused(
        ["events", "--since", "2025-03", "--until", "2025-01"],
        /--since 2025-03 is after --until 2025-01/,
      );
      for (const limit of ["abc", "-1", "0"])
        refused(["search", "Seoul", "--limit", limit], /whole number of at least 1/);
      refused(["events", "--dyad", "XXX-KOR"], "unknown country code 'XXX'");
      refused(["timeline", "CHN", "ZZZ"], "unknown country code 'ZZZ'");
      refused(["actors", "--country", "Korea"], "did you mean KOR (South Korea) or PRK (North Korea)?");
      refused(["quotes", "--about", "Korea"], "did you mean KOR");
      refused(["events", "--code", "meet"], /'meet' is invalid. expected a CAMEO code/);
      refused(["ingest", "x.txt", "--workers", "two"], /'two' is invalid. expected a whole number/);
    },
    SPAWN * 3,
  );

  it(
    "accepts the good ones",
    () => {
      const r = dyad([
        "events",
        "--dyad",
        "kor-chn",
        "--since",
        "2025",
        "--limit",
        "5",
        "--json",
        "--db",
        db,
      ]);
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout).length).toBeGreaterThan(0);
    },
    SPAWN,
  );

  it(
    "a read command on a missing store names the file and makes none",
    () => {
      const missing = join(dir, "nope.db");
      for (const args of [
        ["search", "Seoul"],
        ["events"],
        ["show", "x"],
        ["quotes"],
        ["stories"],
        ["timeline", "CHN", "KOR"],
        ["actors"],
        ["explain", "x#e1"],
        ["export", "--format", "jsonl"],
      ]) {
        const r = dyad([...args, "--db", missing]);
        expect(r.status, args.join(" ")).toBe(2);
        expect(r.stderr).toContain(`no store at ${missing}`);
        expect(r.stderr).toContain("dyad demo");
        expect(existsSync(missing)).toBe(false);
      }
    },
    SPAWN * 5,
  );
});
