// The dev set's cleaning figures (noise gone, article sentences kept exactly once), as the scorer counts them.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runCleanDev } from "../../src/eval/clean-dev.js";
import { devDir } from "../../src/eval/shared-path.js";

const dir = devDir();

describe.skipIf(!existsSync(resolve(dir, "gold.json")))("dev set cleaning", () => {
  // Computed lazily: a skipped describe still runs its body while collecting tests.
  let cached: ReturnType<typeof runCleanDev> | undefined;
  const report = () => (cached ??= runCleanDev(dir));
  it("removes the annotated noise (JSONL records, container fields as hints)", () => {
    const { jsonl } = report();
    expect(jsonl.noiseRemoved, jsonl.misses.join("\n")).toBeGreaterThanOrEqual(0.95);
  });
  it("keeps every annotated sentence exactly once (JSONL records)", () => {
    const { jsonl } = report();
    expect(jsonl.contentKeptOnce, jsonl.misses.join("\n")).toBeGreaterThanOrEqual(0.95);
  });
  it("does as well on the raw .txt files without hints", () => {
    const { txt } = report();
    expect(txt.noiseRemoved, txt.misses.join("\n")).toBeGreaterThanOrEqual(0.95);
    expect(txt.contentKeptOnce, txt.misses.join("\n")).toBeGreaterThanOrEqual(0.95);
  });
});
