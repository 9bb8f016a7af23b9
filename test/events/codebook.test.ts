import { describe, expect, it } from "vitest";
import { allCodes, cameo } from "../../src/events/codebook.js";

describe("CAMEO codebook", () => {
  it("gives name, Goldstein score, quad class and PLOVER category of a code", () => {
    expect(cameo("042")).toMatchObject({
      name: "Make a visit",
      goldstein: 1.9,
      quadClass: 1,
      plover: "CONSULT",
    });
    expect(cameo("1724")).toMatchObject({ quadClass: 4, plover: "COERCE" });
    expect(cameo("112")?.quadClass).toBe(3);
    expect(cameo("057")?.quadClass).toBe(2);
  });

  it("falls back to the parent code for an unknown fine code", () => {
    expect(cameo("0429")?.code).toBe("042");
    expect(cameo("99")).toBeUndefined();
  });

  it("covers every root 01-20 with a category and a score in [-10, 10]", () => {
    const codes = allCodes();
    for (let r = 1; r <= 20; r++) expect(cameo(String(r).padStart(2, "0"))).toBeDefined();
    for (const c of codes) {
      expect(c.plover, c.code).toBeTruthy();
      expect(Math.abs(c.goldstein), c.code).toBeLessThanOrEqual(10);
    }
    expect(codes.length).toBeGreaterThan(300);
  });
});
