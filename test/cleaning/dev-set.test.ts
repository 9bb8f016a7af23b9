// The dev set's cleaning figures (noise gone, article sentences kept exactly once), as the scorer counts them.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { devDir, runCleanDev } from "../../src/eval/clean-dev.js";

const dir = devDir();

describe.skipIf(!existsSync(resolve(dir, "gold.json")))("dev set cleaning", () => {
  const { jsonl, txt } = runCleanDev(dir);
  it("removes the annotated noise (JSONL records, container fields as hints)", () => {
    expect(jsonl.noiseRemoved, jsonl.misses.join("\n")).toBeGreaterThanOrEqual(0.95);
  });
  it("keeps every annotated sentence exactly once (JSONL records)", () => {
    expect(jsonl.contentKeptOnce, jsonl.misses.join("\n")).toBeGreaterThanOrEqual(0.95);
  });
  it("does as well on the raw .txt files without hints", () => {
    expect(txt.noiseRemoved, txt.misses.join("\n")).toBeGreaterThanOrEqual(0.95);
    expect(txt.contentKeptOnce, txt.misses.join("\n")).toBeGreaterThanOrEqual(0.95);
  });
});
