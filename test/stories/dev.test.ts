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

const dev2 = resolve(devDir(), "../dev2");
describe.skipIf(!existsSync(resolve(dev2, "gold.json")))("stories on dev2", () => {
  it("joins undated and next-day reports without merging two events", () => {
    const r = runStoriesDev(dev2);
    expect(r.wrongMerges).toEqual([]);
    expect(r.f1).toBeGreaterThanOrEqual(0.95);
  });
});
