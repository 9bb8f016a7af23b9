import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadKnowledge, validateKnowledge } from "../../../src/actors/knowledge/index.js";
import { shipped } from "./shared.js";

const k = shipped();

describe("shipped data", () => {
  it("passes every cross-table check", () => {
    expect(validateKnowledge(k)).toEqual([]);
  });

  it("has office-holder records with valid codes, known roles and ordered dates", () => {
    for (const h of k.holderTable.holders) {
      const where = `${h.name} ${h.start}`;
      if (h.country !== null) expect(k.country(h.country)?.iso3, where).toBe(h.country);
      else expect(k.organisationById(h.organisation ?? ""), where).not.toBeNull();
      expect(k.roleByName(h.role), where).not.toBeNull();
      if (h.end !== null) expect(h.start <= h.end, where).toBe(true);
    }
  });

  it("has a sector for every role and a country for every outlet that names one", () => {
    for (const r of k.roleTable.roles.values()) expect(k.sectorLabel(r.sector), r.name).not.toBeNull();
    for (const m of k.mediaOutlets.all()) if (m.country) expect(k.country(m.country), m.id).not.toBeNull();
  });

  it("reports sizes", () => {
    const c = k.counts();
    expect(c.countries).toBeGreaterThanOrEqual(250);
    expect(c.organisations).toBeGreaterThanOrEqual(60);
    expect(c.media).toBeGreaterThanOrEqual(80);
    expect(c.roles).toBeGreaterThanOrEqual(60);
    expect(c.officeHolders).toBeGreaterThanOrEqual(280);
  });
});

describe("the validator", () => {
  const dir = mkdtempSync(join(tmpdir(), "dyad-knowledge-bad-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(
    join(dir, "office-holders.json"),
    JSON.stringify({
      holders: [
        { name: "Nobody", country: "ZZZ", role: "president", start: "2020-01-01" },
        { name: "Someone", country: "KOR", role: "grand vizier", start: "2020-01-01" },
        { name: "Backwards", country: "FRA", role: "mayor", start: "2020-01-01", end: "2019-01-01" },
        { name: "Usurper", country: "CHN", role: "premier", start: "2018-01-01", end: "2019-01-01" },
      ],
    }),
  );
  writeFileSync(
    join(dir, "organisations.json"),
    JSON.stringify({
      organisations: [
        { id: "ORPHAN", name: "Orphan Body", code: "IGOORP", parent: "NOPE", members: ["XYZ"] },
      ],
    }),
  );
  const problems = validateKnowledge(loadKnowledge({ userDir: dir }));
  const messages = problems.map((p) => `${p.entry}: ${p.message}`);

  it.each([
    [/Nobody.*unknown country code ZZZ/],
    [/Someone.*unknown role "grand vizier"/],
    [/Backwards.*ends \(2019-01-01\) before it starts/],
    [/Li Keqiang.*overlaps Usurper|Usurper.*overlaps Li Keqiang/],
    [/ORPHAN: unknown parent NOPE/],
    [/ORPHAN: unknown member XYZ/],
  ])("catches %s", (pattern) => {
    expect(
      messages.some((m) => pattern.test(m)),
      messages.join("\n"),
    ).toBe(true);
  });
});
