import { describe, expect, it } from "vitest";
import { shipped } from "./shared.js";

const k = shipped();

describe("organisations", () => {
  it.each([
    ["UN", "UN", "IGOUNO"],
    ["U.N.", "UN", "IGOUNO"],
    ["United Nations", "UN", "IGOUNO"],
    ["UN Security Council", "UNSC", "IGOUNO"],
    ["Security Council", "UNSC", "IGOUNO"],
    ["General Assembly", "UNGA", "IGOUNO"],
    ["UNHCR", "UNHCR", "IGOUNOHCR"],
    ["UNICEF", "UNICEF", "IGOUNOKID"],
    ["WHO", "WHO", "IGOUNOWHO"],
    ["World Food Programme", "WFP", "IGOUNOWFP"],
    ["IAEA", "IAEA", "IGOUNOIAE"],
    ["EU", "EU", "IGOEUREEC"],
    ["European Commission", "EC", "IGOEUREEC"],
    ["European Parliament", "EP", "IGOEUREEC"],
    ["European Council", "EUCO", "IGOEUREEC"],
    ["NATO", "NATO", "IGOWSTNAT"],
    ["Nato", "NATO", "IGOWSTNAT"],
    ["ASEAN", "ASEAN", "IGOSEAASN"],
    ["African Union", "AU", "IGOAFROAU"],
    ["G7", "G7", "IGOWSTGOS"],
    ["G-20", "G20", "IGOG20"],
    ["BRICS", "BRICS", "IGOBRI"],
    ["WTO", "WTO", "IGOWTO"],
    ["IMF", "IMF", "IGOIMF"],
    ["World Bank", "WB", "IGOWBK"],
    ["OPEC", "OPEC", "IGOOPC"],
    ["SCO", "SCO", "IGOASASCO"],
    ["APEC", "APEC", "IGOASAAPC"],
    ["Quad", "QUAD", "IGOASAQUD"],
    ["OSCE", "OSCE", "IGOEURSCE"],
    ["Arab League", "ARL", "IGOMEAARL"],
    ["GCC", "GCC", "IGOPGSGCC"],
    ["OAS", "OAS", "IGOOAS"],
    ["Mercosur", "MERCOSUR", "IGOSAMMER"],
  ])("%s → %s (%s)", (text, id, code) => {
    const org = k.organisation(text);
    expect(org?.id).toBe(id);
    expect(org?.code).toBe(code);
  });

  it("does not read the lowercase words 'who' and 'un' as organisations", () => {
    expect(k.organisation("who")).toBeNull();
    expect(k.organisation("un")).toBeNull();
  });

  it("links organs to their parent and marks non-executive bodies", () => {
    expect(k.organisation("Security Council")?.parent).toBe("UN");
    expect(k.organisation("European Parliament")?.sector).toBe("LEG");
    expect(k.organisation("ICJ")?.sector).toBe("JUD");
  });

  it("lists members of small fixed groupings", () => {
    expect(k.organisation("G7")?.members).toContain("JPN");
    expect(k.organisation("Quad")?.members.sort()).toEqual(["AUS", "IND", "JPN", "USA"]);
  });
});

describe("media", () => {
  it.each([
    ["Xinhua", "CHN"],
    ["Yonhap", "KOR"],
    ["Yonhap News Agency", "KOR"],
    ["KCNA", "PRK"],
    ["Korean Central News Agency", "PRK"],
    ["Kyodo", "JPN"],
    ["Jiji Press", "JPN"],
    ["NHK", "JPN"],
    ["Reuters", "GBR"],
    ["AP", "USA"],
    ["Associated Press", "USA"],
    ["AFP", "FRA"],
    ["Agence France-Presse", "FRA"],
    ["TASS", "RUS"],
    ["RIA Novosti", "RUS"],
    ["Interfax", "RUS"],
    ["Sputnik", "RUS"],
    ["dpa", "DEU"],
    ["ANI", "IND"],
    ["PTI", "IND"],
    ["IANS", "IND"],
    ["Bernama", "MYS"],
    ["Antara", "IDN"],
    ["Anadolu", "TUR"],
    ["EFE", "ESP"],
    ["ANSA", "ITA"],
    ["BBC", "GBR"],
    ["CNN", "USA"],
    ["CGTN", "CHN"],
    ["Global Times", "CHN"],
    ["People's Daily", "CHN"],
    ["China Daily", "CHN"],
    ["KBS", "KOR"],
    ["Arirang", "KOR"],
    ["The Korea Herald", "KOR"],
    ["Korea JoongAng Daily", "KOR"],
    ["Nikkei", "JPN"],
    ["Asahi", "JPN"],
    ["Yomiuri", "JPN"],
    ["Al Jazeera", "QAT"],
    ["Bloomberg", "USA"],
    ["NYT", "USA"],
    ["The Washington Post", "USA"],
    ["The Guardian", "GBR"],
  ])("%s is media from %s", (text, country) => {
    expect(k.media(text)?.country).toBe(country);
  });

  it("keeps media and organisations apart", () => {
    expect(k.organisation("Yonhap")).toBeNull();
    expect(k.organisation("Xinhua")).toBeNull();
    expect(k.media("UN")).toBeNull();
    expect(k.media("NATO")).toBeNull();
    const kinds = (text: string) => k.lookup(text).map((h) => h.kind);
    expect(kinds("Reuters")).toEqual(["media"]);
    expect(kinds("IAEA")).toEqual(["organisation"]);
  });

  it("marks state media", () => {
    expect(k.media("KCNA")?.state).toBe(true);
    expect(k.media("Yonhap")?.state).toBe(false);
  });

  it("needs capitals for acronym outlets", () => {
    expect(k.media("ap")).toBeNull();
    expect(k.media("AP")?.id).toBe("ap");
  });
});
