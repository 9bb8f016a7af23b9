import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runQuotesDev } from "../../src/eval/quotes-dev.js";
import { devDir } from "../../src/eval/shared-path.js";

const dir = devDir();

describe.skipIf(!existsSync(resolve(dir, "gold.json")))("quotes on the dev set", () => {
  it("finds the gold quotations and their speakers", () => {
    const r = runQuotesDev(dir);
    expect(r.quoteRecall).toBeGreaterThanOrEqual(0.95);
    expect(r.speakerAcc).toBeGreaterThanOrEqual(0.9);
    for (const qs of r.quotes.values()) for (const q of qs) expect(q.span.end).toBeGreaterThan(q.span.start);
  }, 60_000);
});
