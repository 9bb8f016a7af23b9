import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scoreAeb } from "../../src/eval/aeb-metric.js";
import { aebDir, loadAeb } from "../../src/eval/aeb-suite.js";
import { extractArticle } from "../../src/extract/html-article.js";

const dir = aebDir();

describe.skipIf(!existsSync(join(dir, "ground-truth.json")))("Zyte Article Extraction Benchmark", () => {
  it("extracts every page with F1 >= 0.95", () => {
    const suite = loadAeb(dir);
    const preds = new Map(suite.pages.map((p) => [p.id, extractArticle(p.html).text]));
    const score = scoreAeb(suite.truth, preds);
    expect(suite.pages.length).toBe(suite.truth.size);
    expect(score.f1).toBeGreaterThanOrEqual(0.95);
  });
});
