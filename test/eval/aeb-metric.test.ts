import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { docCounts, scoreAeb } from "../../src/eval/aeb-metric.js";
import { aebDir, loadAeb, loadPeers } from "../../src/eval/aeb-suite.js";

describe("AEB metric (port of score_aeb.py)", () => {
  it("scores an exact copy 1 and disjoint text 0", () => {
    const truth = new Map([["a", "The talks resumed in Geneva on Monday morning."]]);
    expect(scoreAeb(truth, new Map([["a", "The talks resumed in Geneva on Monday morning."]]))).toEqual({
      precision: 1,
      recall: 1,
      f1: 1,
    });
    expect(scoreAeb(truth, new Map([["a", "Completely different words appear right here."]])).f1).toBe(0);
  });

  it("counts 4-gram shingles as bags and ignores punctuation and line breaks", () => {
    // Truth: 6 tokens → 3 shingles. Prediction: 7 tokens → 4 shingles. Case matters, as in Python:
    // "One two three four" ≠ "one two three four", so 2 shared, 2 extra, 1 missed; all over 5.
    const c = docCounts("one two three four five six", "One, two\nthree four five six seven");
    expect(c.tp).toBeCloseTo(2 / 5);
    expect(c.fp).toBeCloseTo(2 / 5);
    expect(c.fn).toBeCloseTo(1 / 5);
  });

  it("gives a short text (under four words) one shorter shingle, and an empty one none", () => {
    expect(docCounts("Seoul", "Seoul")).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(docCounts("", "")).toEqual({ tp: 0, fp: 0, fn: 0 });
  });

  it("treats a missing prediction as empty: recall 0 for that page", () => {
    const truth = new Map([
      ["a", "alpha beta gamma delta"],
      ["b", "one two three four"],
    ]);
    const s = scoreAeb(truth, new Map([["a", "alpha beta gamma delta"]]));
    expect(s.precision).toBe(1);
    expect(s.recall).toBe(0.5);
  });
});

const dir = aebDir();

describe.skipIf(!existsSync(join(dir, "ground-truth.json")))(
  "AEB metric against score_aeb.py figures",
  () => {
    it("reproduces the scores score_aeb.py gives the published peers", () => {
      const { truth } = loadAeb(dir);
      const peers = loadPeers(dir);
      // Printed by `python3 score_aeb.py ground-truth.json output/*.json` (3 decimals).
      const expected: Record<string, [number, number, number]> = {
        news_please: [0.964, 0.933, 0.948],
        readability_js: [0.914, 0.982, 0.947],
        rs_trafilatura: [0.951, 0.99, 0.97],
        trafilatura: [0.938, 0.978, 0.958],
      };
      for (const [name, [p, r, f]] of Object.entries(expected)) {
        const preds = peers.get(name);
        expect(preds, name).toBeDefined();
        const s = scoreAeb(truth, preds ?? new Map());
        expect(
          [s.precision, s.recall, s.f1].map((x) => Number(x.toFixed(3))),
          name,
        ).toEqual([p, r, f]);
      }
    });
  },
);
