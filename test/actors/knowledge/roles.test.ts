import { describe, expect, it } from "vitest";
import { shipped } from "./shared.js";

const k = shipped();
const sectorOf = (text: string) => k.role(text)?.sector ?? null;
const nameOf = (text: string) => k.role(text)?.role.name ?? null;

describe("role vocabulary", () => {
  it.each([
    ["president", "GOV"],
    ["prime minister", "GOV"],
    ["premier", "GOV"],
    ["chancellor", "GOV"],
    ["king", "GOV"],
    ["emperor", "GOV"],
    ["crown prince", "GOV"],
    ["supreme leader", "GOV"],
    ["ambassador", "GOV"],
    ["envoy", "GOV"],
    ["spokesman", "GOV"],
    ["spokeswoman", "GOV"],
    ["governor", "GOV"],
    ["mayor", "GOV"],
    ["lawmaker", "LEG"],
    ["lawmakers", "LEG"],
    ["parliament speaker", "LEG"],
    ["National Assembly", "LEG"],
    ["judge", "JUD"],
    ["general", "MIL"],
    ["admiral", "MIL"],
    ["defence minister", "MIL"],
    ["defense minister", "MIL"],
    ["troops", "MIL"],
    ["army", "MIL"],
    ["navy", "MIL"],
    ["air force", "MIL"],
    ["coast guard", "MIL"],
    ["police", "COP"],
    ["rebels", "REB"],
    ["opposition leader", "OPP"],
    ["CEO", "BUS"],
    ["activist", "NGM"],
    ["refugees", "REF"],
  ])("%s → %s", (text, sector) => {
    expect(sectorOf(text)).toBe(sector);
  });

  it.each([
    "Minister of Foreign Affairs",
    "foreign affairs minister",
    "Foreign Minister",
    "FM",
    "external affairs minister",
    "Secretary of State",
    "foreign secretary",
    "top diplomat",
    "chief diplomat",
    "state councilor",
  ])("%s is the foreign minister", (text) => {
    expect(nameOf(text)).toBe("foreign minister");
  });

  it("keeps vice foreign ministers apart from foreign ministers", () => {
    expect(nameOf("vice foreign minister")).toBe("vice foreign minister");
    expect(nameOf("Deputy Foreign Minister")).toBe("vice foreign minister");
  });

  it("reads modifiers around a role", () => {
    expect(k.role("former acting foreign minister")?.modifiers).toEqual(["former", "acting"]);
    expect(k.role("then-President")).toMatchObject({ sector: "GOV", modifiers: ["then"] });
    expect(k.role("ex-PM")?.role.name).toBe("prime minister");
    expect(k.role("president-elect")?.modifiers).toEqual(["elect"]);
    expect(k.role("deputy defense minister")).toMatchObject({ sector: "MIL", modifiers: ["deputy"] });
    expect(k.role("foreign minister")?.modifiers).toEqual([]);
  });

  it("does not read the word 'fm' in lower case or unknown words as roles", () => {
    expect(k.role("fm")).toBeNull();
    expect(k.role("former")).toBeNull();
    expect(k.role("bicycle")).toBeNull();
  });

  it("gives every role a known CAMEO sector and the functions of top offices", () => {
    for (const r of k.roleTable.roles.values()) expect(k.sectorLabel(r.sector), r.name).not.toBeNull();
    expect(k.roleByName("president")?.functions).toContain("head of state");
    expect(k.roleByName("premier")?.functions).toContain("head of government");
  });
});
