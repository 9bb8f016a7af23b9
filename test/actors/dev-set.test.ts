// The dev set's actor figures, counted as the scorer counts them (skipped without the shared kit).
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runActorsDev } from "../../src/eval/actors-dev.js";
import { devDir } from "../../src/eval/shared-path.js";

const dir = devDir();

describe.skipIf(!existsSync(resolve(dir, "gold.json")))("dev set actors", () => {
  // Computed lazily: a skipped describe still runs its body while collecting tests.
  let cached: ReturnType<typeof runActorsDev> | undefined;
  const run = () => (cached ??= runActorsDev(dir));
  it("finds the annotated people by name or alias", () => {
    const report = run();
    expect(report.actorRecall, report.misses.join("\n")).toBeGreaterThanOrEqual(0.95);
  });
  it("gives them the country they act for", () => {
    const report = run();
    expect(report.actorCountryAcc, report.misses.join("\n")).toBeGreaterThanOrEqual(0.95);
  });
  it("emits few people the annotators did not list", () => {
    const report = run();
    expect(report.extraPerDoc, report.extras.join("\n")).toBeLessThan(0.5);
  });
});
