// A short fuzz run as part of the suite: a few hundred generated and mutated inputs of every format
// through the whole ingest (child processes, a new store per batch). None may crash or hang, every
// input is stored or named by an error, and each store passes its integrity checks.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { kindOf, verdictOf } from "../../src/fuzz/classify.js";
import { FORMATS } from "../../src/fuzz/generate.js";
import { makeInput } from "../../src/fuzz/inputs.js";
import { fuzz } from "../../src/fuzz/run.js";

const COUNT = 300;
const SEED = 7;

describe("inputs", () => {
  it("are the same for the same seed and index, and differ across seeds", () => {
    expect(makeInput(SEED, 12).bytes.equals(makeInput(SEED, 12).bytes)).toBe(true);
    expect(makeInput(SEED, 12).bytes.equals(makeInput(SEED + 1, 12).bytes)).toBe(false);
  });

  it("cover every format, gzip, and the hostile mutations", () => {
    const inputs = Array.from({ length: COUNT }, (_, i) => makeInput(SEED, i));
    const formats = new Set(inputs.map((i) => i.format));
    expect([...formats].sort()).toEqual([...FORMATS].sort());
    const done = new Set(inputs.flatMap((i) => i.mutations));
    for (const m of ["truncate", "flip", "nest", "invalidUtf8", "controls", "encoding"])
      expect(done).toContain(m);
    expect(inputs.some((i) => i.bytes[0] === 0x1f && i.bytes[1] === 0x8b)).toBe(true);
  });
});

describe("messages", () => {
  it("tell a clean per-file error from a crash and a hang", () => {
    expect(verdictOf("invalid JSON: Unexpected token } in JSON at position 3")).toBe("error");
    expect(verdictOf("a-1: Cannot read properties of undefined (reading 'length')")).toBe("crash");
    expect(verdictOf("a-1: the worker processing it died (exit code 134)")).toBe("crash");
    expect(verdictOf("a-1: took longer than 5 s in events; abandoned")).toBe("hang");
  });

  it("are counted by kind, without ids and numbers", () => {
    expect(kindOf("malformed JSON line 3: Unexpected token")).toBe("malformed JSON line N");
    expect(kindOf("doc-12: no article text left after cleaning")).toBe("no article text left after cleaning");
  });
});

describe("a short fuzz run", () => {
  const findings = mkdtempSync(join(tmpdir(), "dyad-fuzz-test-"));
  afterAll(() => rmSync(findings, { recursive: true, force: true }));

  it("has no crash, no hang, no lost input and consistent stores", { timeout: 600_000 }, async () => {
    const report = await fuzz({
      count: COUNT,
      seed: SEED,
      timeLimitSeconds: 3600,
      batchSize: 150,
      // Generous: the suite runs on a loaded machine, and a slow document is not a hang.
      timeoutSeconds: 30,
      findingsDir: findings,
    });
    const found = [...report.crashes, ...report.hangs, ...report.lost].map(
      (f) => `${f.kind} ${f.index}: ${f.message}`,
    );
    expect(found).toEqual([]);
    expect(report.inputs).toBe(COUNT);
    expect(report.stored).toBeGreaterThan(COUNT / 3);
    expect(Object.keys(report.errorKinds).length).toBeGreaterThan(3);
    expect(report.peakRssMb).toBeGreaterThan(0);
    expect(readdirSync(findings)).toEqual([]);
  });
});
