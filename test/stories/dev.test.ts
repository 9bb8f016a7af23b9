import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { devDir } from "../../src/eval/shared-path.js";
import { runStoriesDev } from "../../src/eval/stories-dev.js";

describe.skipIf(!existsSync(resolve(devDir(), "gold.json")))("stories on the dev set", () => {
  it("groups the reports of each event and never merges two events", () => {
    const r = runStoriesDev();
    expect(r.wrongMerges).toEqual([]);
    expect(r.f1).toBeGreaterThanOrEqual(0.95);
  });
});
