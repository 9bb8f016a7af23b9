import { describe, expect, it } from "vitest";
import { shipped } from "./shared.js";

const k = shipped();
const iso = (text: string) => k.countryByName(text)?.iso3 ?? null;
const dem = (text: string) => k.countryByDemonym(text)?.iso3 ?? null;

describe("country names", () => {
  it.each([
    ["South Korea", "KOR"],
    ["S. Korea", "KOR"],
    ["ROK", "KOR"],
    ["Republic of Korea", "KOR"],
    ["N. Korea", "PRK"],
    ["DPRK", "PRK"],
    ["North Korea", "PRK"],
    ["Burma", "MMR"],
    ["the U.S.", "USA"],
    ["U.S.", "USA"],
    ["US", "USA"],
    ["America", "USA"],
    ["the UK", "GBR"],
    ["U.K.", "GBR"],
    ["Britain", "GBR"],
    ["Great Britain", "GBR"],
    ["Russia", "RUS"],
    ["Iran", "IRN"],
    ["Syria", "SYR"],
    ["Vietnam", "VNM"],
    ["Viet Nam", "VNM"],
    ["Laos", "LAO"],
    ["Taiwan", "TWN"],
    ["Ivory Coast", "CIV"],
    ["Côte d'Ivoire", "CIV"],
    ["Cote d’Ivoire", "CIV"],
    ["Czechia", "CZE"],
    ["Czech Republic", "CZE"],
    ["Holland", "NLD"],
    ["Turkey", "TUR"],
    ["Türkiye", "TUR"],
    ["Turkiye", "TUR"],
    ["Mainland China", "CHN"],
    ["People's Republic of China", "CHN"],
    ["DR Congo", "COD"],
    ["Swaziland", "SWZ"],
    ["East Timor", "TLS"],
    ["UAE", "ARE"],
    ["Guinea-Bissau", "GNB"],
    ["Guinea Bissau", "GNB"],
  ])("%s → %s", (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it("keeps acronyms and capitalised names apart from ordinary words", () => {
    expect(iso("us")).toBeNull();
    expect(iso("turkey")).toBeNull();
    expect(iso("chad")).toBeNull();
    expect(iso("Chad")).toBe("TCD");
    expect(iso("UNITED STATES")).toBe("USA");
    expect(iso("States")).toBeNull();
  });

  it("reads a possessive", () => {
    expect(iso("China's")).toBe("CHN");
    expect(iso("Japan’s")).toBe("JPN");
  });

  it("does not map two-letter ISO codes that are also words", () => {
    expect(iso("IN")).toBeNull();
    expect(iso("IT")).toBeNull();
  });

  it("gives names by code", () => {
    expect(k.countryName("KOR")).toBe("South Korea");
    expect(k.countryName("prk")).toBe("North Korea");
    expect(k.countryName("XXX")).toBeNull();
    expect(k.countries().length).toBeGreaterThanOrEqual(249);
  });
});

describe("demonyms", () => {
  it.each([
    ["South Korean", "KOR"],
    ["South Koreans", "KOR"],
    ["North Korean", "PRK"],
    ["Chinese", "CHN"],
    ["American", "USA"],
    ["Americans", "USA"],
    ["U.S.", "USA"],
    ["British", "GBR"],
    ["Britons", "GBR"],
    ["Emirati", "ARE"],
    ["Saudi", "SAU"],
    ["Saudis", "SAU"],
    ["Filipino", "PHL"],
    ["Filipinos", "PHL"],
    ["Israeli", "ISR"],
    ["Israelis", "ISR"],
    ["Palestinian", "PSE"],
    ["Japanese", "JPN"],
    ["Russians", "RUS"],
    ["Czechs", "CZE"],
    ["Spaniards", "ESP"],
  ])("%s → %s", (text, expected) => {
    expect(dem(text)).toBe(expected);
  });

  it("does not invent English plurals", () => {
    expect(dem("Chineses")).toBeNull();
    expect(dem("Frenchs")).toBeNull();
    expect(dem("Swisss")).toBeNull();
    expect(dem("Frenchmans")).toBeNull();
    expect(dem("Frenchmen")).toBe("FRA");
    expect(dem("Germans")).toBe("DEU");
  });

  it("prefers the sovereign state over a territory sharing the demonym", () => {
    expect(dem("American")).toBe("USA"); // also the Northern Mariana Islands in world-countries
    expect(dem("French")).toBe("FRA");
    expect(dem("Indian")).toBe("IND");
  });
});

describe("ambiguous forms", () => {
  it("never maps Korean or Korea to one state, but explains and hints", () => {
    expect(dem("Korean")).toBeNull();
    expect(iso("Korea")).toBeNull();
    const a = k.ambiguity("Korean");
    expect(a?.candidates.sort()).toEqual(["KOR", "PRK"]);
    expect(a?.note).toMatch(/peninsula/i);
    expect(a?.preferred).toBe("KOR");
  });

  it("lists both Congos and both Dominicas", () => {
    expect(iso("Congo")).toBeNull();
    expect(k.ambiguity("Congo")?.candidates.sort()).toEqual(["COD", "COG"]);
    expect(dem("Congolese")).toBeNull();
    expect(k.ambiguity("Dominican")?.candidates.sort()).toEqual(["DMA", "DOM"]);
  });

  it("turns a form two territories share into an ambiguity instead of picking one", () => {
    expect(k.metonym("Oranjestad")).toBeNull();
    expect(k.ambiguity("Oranjestad")?.candidates.length).toBe(2);
  });

  it("flags forms that need context", () => {
    expect(k.caution("Georgia")?.note).toMatch(/US state/);
    expect(k.caution("France")).toBeNull();
  });
});

describe("metonyms", () => {
  const met = (text: string, date?: string) => k.metonym(text, date);

  it.each([
    ["Seoul", "KOR"],
    ["Pyongyang", "PRK"],
    ["Beijing", "CHN"],
    ["Washington", "USA"],
    ["Moscow", "RUS"],
    ["Tokyo", "JPN"],
    ["Taipei", "TWN"],
    ["the Kremlin", "RUS"],
    ["Kremlin", "RUS"],
    ["the White House", "USA"],
    ["Downing Street", "GBR"],
    ["Whitehall", "GBR"],
    ["the Blue House", "KOR"],
    ["Yongsan", "KOR"],
    ["Zhongnanhai", "CHN"],
    ["the Elysee", "FRA"],
    ["Élysée", "FRA"],
    ["Quai d'Orsay", "FRA"],
    ["Foggy Bottom", "USA"],
    ["Kasumigaseki", "JPN"],
    ["Nagatacho", "JPN"],
    ["Berlin", "DEU"],
    ["Paris", "FRA"],
    ["New Delhi", "IND"],
    ["Delhi", "IND"],
    ["Canberra", "AUS"],
    ["Ottawa", "CAN"],
    ["Brasilia", "BRA"],
    ["Brasília", "BRA"],
    ["Ankara", "TUR"],
    ["Riyadh", "SAU"],
    ["Tehran", "IRN"],
    ["Kyiv", "UKR"],
    ["Kiev", "UKR"],
    ["Jerusalem", "ISR"],
  ])("%s → %s", (text, expected) => {
    expect(met(text)?.country.iso3).toBe(expected);
  });

  it("takes every capital from world-countries", () => {
    expect(met("Nairobi")?.country.iso3).toBe("KEN");
    expect(met("Nairobi")?.metonym.capital).toBe(true);
    expect(met("Kingston")?.country.iso3).toBe("JAM"); // not Norfolk Island
  });

  it("says which part of the state a seat stands for", () => {
    expect(met("the Pentagon")?.metonym.sector).toBe("MIL");
    expect(met("Foggy Bottom")?.metonym.institution).toBe("foreign ministry");
    expect(met("the Kremlin")?.metonym.institution).toBe("presidency");
    expect(met("Jerusalem")?.metonym.note).toMatch(/disputed/);
  });

  it("knows when a seat was in use", () => {
    expect(met("Yongsan", "2023-01-01")?.country.iso3).toBe("KOR");
    expect(met("Yongsan", "2021-01-01")).toBeNull();
    expect(met("the Blue House", "2019-01-01")?.country.iso3).toBe("KOR");
    expect(met("the Blue House", "2023-01-01")).toBeNull();
  });

  it("drops capitals that are also common given names", () => {
    expect(met("Douglas")).toBeNull();
    expect(met("Stanley")).toBeNull();
  });
});
