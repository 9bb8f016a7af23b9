import { describe, expect, it } from "vitest";
import { codesOf, eventsOf } from "./helpers.js";

// One invented news sentence per pattern family: the root and the direction a reader expects.
const cases: [string, string, string][] = [
  [
    "meet",
    "South Korean Foreign Minister Cho Tae-yul met Chinese Foreign Minister Wang Yi in Beijing on Monday.",
    "04 KOR>CHN",
  ],
  [
    "talks",
    "Japanese Prime Minister Fumio Kishida held talks with Indian Prime Minister Narendra Modi in New Delhi.",
    "04 JPN>IND",
  ],
  ["visit", "French President Emmanuel Macron visited Vietnam last week.", "04 FRA>VNM"],
  [
    "host",
    "Chinese President Xi Jinping hosted Brazilian President Luiz Inacio Lula da Silva in Beijing.",
    "04 CHN>BRA",
  ],
  [
    "phone",
    "U.S. President Joe Biden spoke by phone with German Chancellor Olaf Scholz on Tuesday.",
    "04 USA>DEU",
  ],
  ["sign", "Australia and New Zealand signed an agreement on defence cooperation.", "05 AUS>NZL"],
  ["agree", "India and Bangladesh agreed to expand rail links.", "03 IND>BGD"],
  ["praise", "Germany praised Poland for its handling of the refugee crisis.", "05 DEU>POL"],
  ["urge", "Indonesia urged China to respect international law.", "02 IDN>CHN"],
  ["demand", "Ukraine demanded that Russia withdraw its troops.", "10 UKR>RUS"],
  ["accuse", "China accused the United States of interfering in its internal affairs.", "11 CHN>USA"],
  ["criticise", "Canada criticised India over the killing of a Sikh activist.", "11 CAN>IND"],
  ["condemn", "Britain condemned Iran for the seizure of the tanker.", "11 GBR>IRN"],
  ["protest", "Japan lodged a protest with South Korea over the disputed islands.", "11 JPN>KOR"],
  ["summon", "Poland summoned the Russian ambassador on Friday.", "16 POL>RUS"],
  ["warn", "North Korea warned South Korea against holding military drills.", "13 PRK>KOR"],
  ["threaten", "Iran threatened Israel with a crushing response.", "13 IRN>ISR"],
  ["reject", "Venezuela rejected Colombia's proposal.", "12 VEN>COL"],
  ["sanction", "The United States imposed sanctions on Iran on Thursday.", "16 USA>IRN"],
  ["expel", "Moldova expelled a Russian diplomat.", "16 MDA>RUS"],
  ["recall", "Algeria recalled its ambassador from France.", "16 DZA>FRA"],
  ["deploy", "Russia deployed troops to Belarus.", "15 RUS>BLR"],
  ["attack", "Russian forces attacked Ukraine overnight.", "19 RUS>UKR"],
];

describe("pattern families", () => {
  it.each(cases)("%s", (_family, sentence, expected) => {
    expect(codesOf(sentence)).toContain(expected);
  });
});

describe("forms and frames", () => {
  it("reads nominal forms: talks between, a visit to a capital, a call with", () => {
    expect(codesOf("The talks between Armenia and Azerbaijan lasted six hours.")).toContain("04 ARM>AZE");
    expect(codesOf("Kenyan President William Ruto's visit to Seoul lasted three days.")).toContain(
      "04 KEN>KOR",
    );
    // Calls are symmetric: either side may come first.
    const [call] = eventsOf("In a phone call with Spain, Morocco raised the migration issue.");
    expect(call?.code).toBe("041");
    expect(new Set([call?.source.country, call?.target?.country])).toEqual(new Set(["MAR", "ESP"]));
  });

  it("swaps the sides of a passive", () => {
    expect(codesOf("Turkey was urged by Sweden to release the journalist.")).toEqual(["02 SWE>TUR"]);
  });

  it("reads coordinated sides", () => {
    const [e] = eventsOf("Egypt met Jordan and Iraq in Cairo.");
    expect([e?.source.country, e?.target?.country]).toEqual(["EGY", "JOR"]);
    expect(e?.others.map((o) => o.country)).toEqual(["IRQ"]);
    expect(codesOf("Norway and Finland agreed to share radar data.")).toContain("03 NOR>FIN");
  });

  it("keeps the person and the country a counterpart phrase resolves to", () => {
    const [e] = eventsOf(
      "Vietnamese Prime Minister Pham Minh Chinh met his Chinese counterpart Li Qiang in Hanoi.",
    );
    expect(e?.source).toMatchObject({ name: "Pham Minh Chinh", country: "VNM" });
    expect(e?.target).toMatchObject({ name: "Li Qiang", country: "CHN" });
    expect(e?.location).toBe("Hanoi");
  });

  it("names a country side without a person name", () => {
    const [e] = eventsOf("Indonesia urged China to respect international law.");
    expect(e?.source).toMatchObject({ name: null, country: "IDN", code: "IDN" });
  });

  it("takes the target from the prepositional phrase the pattern wants", () => {
    expect(codesOf("Mexico filed a complaint with Ecuador about the embassy raid.")).toContain("11 MEX>ECU");
    expect(codesOf("Greece expressed concern over Turkey's drilling plans.")).toContain("11 GRC>TUR");
  });
});
