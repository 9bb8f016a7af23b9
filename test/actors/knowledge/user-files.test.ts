import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import {
  KnowledgeFileError,
  knowledge,
  loadKnowledge,
  setKnowledge,
  validateKnowledge,
} from "../../../src/actors/knowledge/index.js";

const dirs: string[] = [];
function userDir(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), "dyad-knowledge-"));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, name), typeof content === "string" ? content : JSON.stringify(content));
  }
  return dir;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe("user knowledge files", () => {
  const dir = userDir({
    "country-extras.json": {
      countries: {
        KOR: { names: ["Korea"], demonyms: [], metonyms: [{ text: "Gwacheon", institution: "ministries" }] },
        XSL: {
          name: "Somaliland",
          names: ["Republic of Somaliland"],
          demonyms: ["Somalilander"],
          metonyms: [],
        },
      },
      ambiguous: [{ form: "Georgian", candidates: ["GEO"], note: "our corpus mixes the US state in" }],
    },
    "organisations.json": {
      organisations: [
        {
          id: "NATO",
          name: "North Atlantic Treaty Organization",
          code: "IGOWSTNATX",
          aliases: ["NATO", "the Alliance"],
        },
        {
          id: "KEDO",
          name: "Korean Peninsula Energy Development Organization",
          code: "IGOASAKED",
          aliases: ["KEDO"],
        },
      ],
    },
    "media.json": {
      media: [{ id: "my-wire", name: "Example Wire", aliases: ["EXW"], type: "agency", country: "KOR" }],
    },
    "roles.json": {
      roles: [
        { name: "unification minister", sector: "GOV", aliases: ["reunification minister"] },
        { name: "coast guard chief", sector: "MIL" },
      ],
    },
    "office-holders.json": {
      holders: [
        {
          name: "Park Jin",
          country: "KOR",
          role: "foreign minister",
          start: "2022-05-12",
          end: "2024-01-10",
          note: "corrected",
        },
        { name: "Chung Dong-young", country: "KOR", role: "unification minister", start: "2025-07-25" },
        { name: "Jane Placeholder", country: "XSL", role: "president", start: "2020-01-01" },
      ],
    },
  });
  const k = loadKnowledge({ userDir: dir });

  it("adds names, metonyms and whole new countries", () => {
    expect(k.countryByName("Somaliland")?.iso3).toBe("XSL");
    expect(k.countryByDemonym("Somalilanders")?.iso3).toBe("XSL");
    expect(k.metonym("Gwacheon")?.country.iso3).toBe("KOR");
    expect(k.countryName("XSL")).toBe("Somaliland");
  });

  it("lets a user mapping win over a shipped ambiguity, and a user ambiguity over a shipped mapping", () => {
    expect(k.countryByName("Korea")?.iso3).toBe("KOR");
    expect(k.ambiguity("Korea")).not.toBeNull(); // the note stays available
    expect(k.countryByDemonym("Georgian")).toBeNull();
    expect(k.ambiguity("Georgian")?.note).toMatch(/corpus/);
  });

  it("replaces an organisation with the same id and adds new ones", () => {
    expect(k.organisation("NATO")?.code).toBe("IGOWSTNATX");
    expect(k.organisation("the Alliance")?.id).toBe("NATO");
    expect(k.organisation("North Atlantic Treaty Organisation")).toBeNull(); // the shipped alias went with it
    expect(k.organisation("KEDO")?.origin).toBe("user");
    expect(k.organisation("UN")?.origin).toBe("shipped");
  });

  it("adds media and roles", () => {
    expect(k.media("Example Wire")?.country).toBe("KOR");
    expect(k.role("reunification minister")?.role.name).toBe("unification minister");
    expect(k.role("coast guard chief")?.sector).toBe("MIL");
    expect(k.role("foreign minister")?.sector).toBe("GOV");
  });

  it("corrects a shipped term and adds holders", () => {
    const park = k.officeHolders({ country: "KOR", role: "foreign minister", date: "2023-01-01" });
    expect(park.map((h) => [h.name, h.note])).toEqual([["Park Jin", "corrected"]]);
    expect(k.personByName("Park Jin")?.terms).toHaveLength(1);
    expect(
      k.officeHolders({ country: "KOR", role: "unification minister", date: "2025-09-01" })[0]?.name,
    ).toBe("Chung Dong-young");
    expect(k.officeHolders({ country: "XSL", role: "head of state", date: "2024-01-01" })[0]?.origin).toBe(
      "user",
    );
  });

  it("still validates", () => {
    expect(validateKnowledge(k)).toEqual([]);
  });

  it("leaves the shipped base untouched when loaded without the directory", () => {
    const plain = loadKnowledge({ userDir: null });
    expect(plain.countryByName("Korea")).toBeNull();
    expect(plain.organisation("NATO")?.code).toBe("IGOWSTNAT");
  });
});

describe("DYAD_KNOWLEDGE", () => {
  const saved = process.env.DYAD_KNOWLEDGE;
  afterEach(() => {
    if (saved === undefined) delete process.env.DYAD_KNOWLEDGE;
    else process.env.DYAD_KNOWLEDGE = saved;
    setKnowledge(null);
  });

  it("is read by the shared instance", () => {
    process.env.DYAD_KNOWLEDGE = userDir({
      "media.json": { media: [{ id: "env-wire", name: "Env Wire Service", type: "agency" }] },
    });
    setKnowledge(null);
    expect(knowledge().media("Env Wire Service")?.id).toBe("env-wire");
  });

  it("is ignored when a caller asks for no user directory", () => {
    process.env.DYAD_KNOWLEDGE = userDir({
      "media.json": { media: [{ id: "env-wire", name: "Env Wire Service", type: "agency" }] },
    });
    expect(loadKnowledge({ userDir: null }).media("Env Wire Service")).toBeNull();
  });
});

describe("bad user files", () => {
  it("names the file and the field", () => {
    const dir = userDir({
      "office-holders.json": {
        holders: [{ name: "X", country: "KOR", role: "president", start: "2020/01/01" }],
      },
    });
    expect(() => loadKnowledge({ userDir: dir })).toThrow(KnowledgeFileError);
    expect(() => loadKnowledge({ userDir: dir })).toThrow(/office-holders\.json: holders\.0\.start/);
  });

  it("reports broken JSON and a missing directory", () => {
    expect(() => loadKnowledge({ userDir: userDir({ "roles.json": "{ roles: [" }) })).toThrow(
      /not valid JSON/,
    );
    expect(() => loadKnowledge({ userDir: join(tmpdir(), "no-such-dyad-dir-4711") })).toThrow(/not found/);
  });

  it("refuses an unknown country code without a name", () => {
    const dir = userDir({ "country-extras.json": { countries: { QQQ: { names: ["Qland"] } } } });
    expect(() => loadKnowledge({ userDir: dir })).toThrow(/unknown country QQQ/);
  });
});
