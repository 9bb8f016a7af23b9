// Two `dyad ingest` on one store at once: the second waits its turn, both store every document once.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { acquireIngestLock } from "../../src/store/ingest-lock.js";

const main = fileURLToPath(new URL("../../src/cli/main.ts", import.meta.url));

type Run = { status: number | null; stdout: string; stderr: string };

function run(args: string[], onStderr?: (text: string) => void): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ["--import", "tsx", main, ...args], {
      env: { ...process.env, NO_COLOR: "1" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (b) => {
      stdout += b;
    });
    child.stderr.on("data", (b) => {
      stderr += b;
      onStderr?.(stderr);
    });
    child.on("close", (status) => done({ status, stdout, stderr }));
  });
}

const cities = ["Hanoi", "Lima", "Cairo", "Accra", "Oslo", "Quito", "Dakar", "Riga"];
const article = (i: number, city: string) =>
  `${city.toUpperCase()} (Example Wire) - The foreign minister met a visiting delegation on Monday ` +
  `to discuss fishing rights, port fees and case number ${i}, officials said.\n` +
  `The two sides agreed to meet again in ${city} before the end of the year.\n`;

const dir = mkdtempSync(join(tmpdir(), "dyad-two-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function folder(name: string, n: number, offset: number): string {
  const path = join(dir, name);
  mkdirSync(path);
  for (let i = 0; i < n; i++)
    writeFileSync(join(path, `${name}-${i}.txt`), article(offset + i, cities[i % cities.length] as string));
  return path;
}

describe("two ingests on one store at once", () => {
  it("both finish, every document stored exactly once, no 'database is locked'", async () => {
    const a = folder("a", 300, 0);
    const b = folder("b", 300, 1000);
    const shared = folder("shared", 40, 5000);
    const db = join(dir, "news.db");
    const [ra, rb] = await Promise.all([
      run(["ingest", a, shared, "--db", db]),
      run(["ingest", b, shared, "--db", db]),
    ]);
    for (const r of [ra, rb]) {
      expect(r.stderr).not.toMatch(/locked|busy/i);
      expect(r.status).toBe(0);
    }
    const store = new Database(db, { readonly: true });
    const n = (sql: string) => (store.prepare(sql).get() as { n: number }).n;
    expect(n("SELECT COUNT(*) AS n FROM documents")).toBe(640);
    expect(n("SELECT COUNT(DISTINCT id) AS n FROM documents")).toBe(640);
    store.close();
  }, 180_000);

  it("a second ingest says it waits for the first, then stores its documents", async () => {
    const c = folder("c", 5, 2000);
    const db = join(dir, "waiting.db");
    const held = await acquireIngestLock(db, () => {});
    let waited = false;
    const pending = run(["ingest", c, "--db", db, "--workers", "0"], (err) => {
      if (!waited && /waiting for another ingest on waiting\.db/.test(err)) {
        waited = true;
        held.release();
      }
    });
    const r = await pending;
    expect(waited).toBe(true);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/5 added/);
  }, 120_000);

  it("a lock left by a killed ingest does not block the next one; the lock file is not read as input", async () => {
    const d = folder("d", 3, 3000);
    const db = join(d, "inside.db");
    const holder = spawn(process.execPath, [
      "--import",
      "tsx",
      "-e",
      `import("${fileURLToPath(new URL("../../src/store/ingest-lock.ts", import.meta.url))}").then(async (m) => { await m.acquireIngestLock(${JSON.stringify(db)}); console.log("held"); setInterval(() => {}, 1000); })`,
    ]);
    await new Promise<void>((done) => holder.stdout.on("data", () => done()));
    holder.kill("SIGKILL");
    await new Promise((done) => holder.on("close", done));
    const r = await run(["ingest", d, "--db", db, "--workers", "0"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/3 documents read.*3 added.*0 failed/);
  }, 120_000);
});
