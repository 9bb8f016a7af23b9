import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runEventsDev } from "../../src/eval/events-dev.js";
import { devDir } from "../../src/eval/shared-path.js";

const dir = devDir();

describe.skipIf(!existsSync(resolve(dir, "gold.json")))("events on the dev set", () => {
  it("finds the core events, precisely, on the right dates", () => {
    const r = runEventsDev(dir);
    expect(r.coreRecall).toBeGreaterThanOrEqual(0.9);
    expect(r.precision).toBeGreaterThanOrEqual(0.8);
    expect(r.dateAcc).toBeGreaterThanOrEqual(0.9);
  }, 60_000);
});
