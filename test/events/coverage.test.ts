import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lexicon } from "../../src/events/lexicon.js";

// Every CAMEO act (3- and 4-digit code) should have at least one way news says it in the lexicon
// (data/events/patterns.json). A code with none is a gap; the few left out on purpose are listed
// here with the reason.
const UNCOVERED: Record<string, string> = {};

const codebook = JSON.parse(
  readFileSync(new URL("../../data/events/cameo-codebook.json", import.meta.url), "utf8"),
).codes as { code: string }[];
const reference = new URL("../../../shared/reference/cameo/CAMEO.eventcodes.txt", import.meta.url);

/** The published list when present (it names codes the codebook's parse lost, such as 106). */
function cameoCodes(): string[] {
  const codes = new Set(codebook.map((c) => c.code).filter((c) => c.length >= 3));
  if (existsSync(reference))
    for (const m of readFileSync(reference, "latin1").matchAll(/(?<![\d.])(\d{3,4})(?:\t|:\[)/g))
      codes.add(m[1] as string);
  return [...codes].sort();
}

function coveredCodes(): Set<string> {
  const out = new Set<string>();
  for (const list of lexicon().byLemma.values())
    for (const p of list)
      for (const c of [p.code, p.intentCode, p.threatCode, p.personCode, p.bareCode]) if (c) out.add(c);
  return out;
}

describe("lexicon coverage of CAMEO", () => {
  it("has a pattern for every code but the few documented", () => {
    const covered = coveredCodes();
    const missing = cameoCodes().filter((c) => !covered.has(c) && !(c in UNCOVERED));
    expect(missing).toEqual([]);
  });

  it("documents only codes that truly have no pattern", () => {
    const covered = coveredCodes();
    expect(Object.keys(UNCOVERED).filter((c) => covered.has(c))).toEqual([]);
  });
});
