// `dyad` as a user installs it (README, "Installing the command"): npm puts package.json, the `files`
// of package.json and the dependencies in lib/node_modules/dyad and links bin/dyad to the `bin`
// script. Installing for real needs the network (dependencies), so the test lays out the same tree
// (a fresh build, the data folder, the dependencies) in a temporary prefix, and runs `dyad` through
// the bin link from another directory: the shebang, the paths to data/ and the version must hold.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  version: string;
  bin: Record<string, string>;
  files: string[];
};

let prefix: string;
let elsewhere: string;

beforeAll(() => {
  prefix = mkdtempSync(join(tmpdir(), "dyad-install-"));
  const installed = join(prefix, "lib", "node_modules", "dyad");
  mkdirSync(installed, { recursive: true });
  writeFileSync(join(installed, "package.json"), JSON.stringify(pkg));
  symlinkSync(join(root, "data"), join(installed, "data"));
  symlinkSync(join(root, "node_modules"), join(installed, "node_modules"));
  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  const build = spawnSync(
    process.execPath,
    [tsc, "-p", join(root, "tsconfig.json"), "--outDir", join(installed, "dist")],
    {
      encoding: "utf8",
    },
  );
  expect(build.status, build.stdout + build.stderr).toBe(0);
  mkdirSync(join(prefix, "bin"));
  const script = join(installed, pkg.bin.dyad as string);
  chmodSync(script, 0o755); // as npm does for a bin script
  symlinkSync(script, join(prefix, "bin", "dyad"));
  elsewhere = join(prefix, "elsewhere");
  mkdirSync(elsewhere);
}, 300_000);
afterAll(() => rmSync(prefix, { recursive: true, force: true }));

/** `dyad …` typed in a shell whose PATH has the prefix's bin, in a directory far from the clone. */
function dyad(args: string[]) {
  const PATH = [join(prefix, "bin"), dirname(process.execPath), process.env.PATH].join(delimiter);
  return spawnSync("dyad", args, { cwd: elsewhere, encoding: "utf8", env: { ...process.env, PATH } });
}

describe("the installed command", () => {
  it("is packaged: the bin script is in the published files and starts with a shebang", () => {
    expect(pkg.bin.dyad).toBe("dist/cli/main.js");
    expect(pkg.files).toEqual(expect.arrayContaining(["dist", "data"]));
    expect(readFileSync(join(root, "src", "cli", "main.ts"), "utf8").split("\n")[0]).toBe(
      "#!/usr/bin/env node",
    );
  });

  it("runs from another directory: version, ingest, search, and a missing store named", () => {
    const version = dyad(["--version"]);
    expect(version.status, version.stderr).toBe(0);
    expect(version.stdout.trim()).toBe(pkg.version);
    writeFileSync(
      join(elsewhere, "talks.txt"),
      "SEOUL, March 3, 2025 -- South Korea and China agreed on Monday to resume their high-level dialogue.\n",
    );
    const ingest = dyad(["ingest", "talks.txt", "--db", "news.db", "--workers", "0"]);
    expect(ingest.status, ingest.stderr).toBe(0);
    const search = dyad(["search", "dialogue", "--db", "news.db"]);
    expect(search.stdout).toContain("talks");
    const missing = dyad(["events"]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("no store at ./dyad.db");
  }, 120_000);

  it("runs the demo from another directory, with counts that add up and the broken records explained", () => {
    const demo = dyad(["demo"]);
    expect(demo.status, demo.stderr).toBe(0);
    // 10 records in the corpus: 8 stored, the 2 of wire.jsonl broken on purpose named and skipped.
    expect(demo.stdout).toMatch(/10 documents read .*: 8 added, 0 replaced, 0 unchanged, 2 failed/);
    expect(demo.stdout).toContain("2 broken records on purpose (wire.jsonl:3, wire.jsonl:4)");
    expect(demo.stderr).toContain("wire.jsonl:3: malformed JSON line");
    const events = dyad(["events", "--db", "dyad-demo.db", "--dyad", "CHN-KOR"]);
    expect(events.stdout).toContain("seoul-beijing-talks");
  }, 120_000);
});
