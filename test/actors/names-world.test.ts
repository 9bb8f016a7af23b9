// Names as news writes them worldwide: letters beyond Latin-1 and Arabic, Portuguese, Dutch and
// German name forms, each one person with the right country.
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/language/analyse.js";
import { actorsOf, people, person, personCalled } from "./helpers.js";

const tokenTexts = (text: string) => analyse(text).tokens.map((t) => text.slice(t.start, t.end));

describe("letters beyond Latin-1 are letters", () => {
  it("keeps a word whole whatever its letters", () => {
    expect(tokenTexts("Radosław met Şahin and Nguyễn’s aide.")).toEqual([
      "Radosław",
      "met",
      "Şahin",
      "and",
      "Nguyễn",
      "’s",
      "aide",
      ".",
    ]);
  });

  const cases: Array<[string, string, string, string]> = [
    [
      "Turkish",
      "Turkish President Recep Tayyip Erdoğan met envoys in Ankara on Monday.",
      "Recep Tayyip Erdoğan",
      "TUR",
    ],
    [
      "Polish",
      "Polish Foreign Minister Radosław Sikorski flew to Kyiv on Tuesday.",
      "Radosław Sikorski",
      "POL",
    ],
    ["Czech", "Czech Foreign Minister Jan Lipavský said Prague would send more aid.", "Jan Lipavský", "CZE"],
    [
      "Czech ř",
      "Czech Senate President Miloš Vystrčil arrived in Taipei on Sunday.",
      "Miloš Vystrčil",
      "CZE",
    ],
    [
      "Vietnamese",
      "Vietnamese Prime Minister Phạm Minh Chính welcomed the investors.",
      "Phạm Minh Chính",
      "VNM",
    ],
    [
      "Romanian",
      "Romanian Foreign Minister Ștefan Țurcanu met his counterpart in Chisinau.",
      "Ștefan Țurcanu",
      "ROU",
    ],
    [
      "Icelandic",
      "Icelandic Foreign Minister Þórdís Kolbrún Gylfadóttir visited Oslo.",
      "Þórdís Kolbrún Gylfadóttir",
      "ISL",
    ],
  ];
  for (const [label, text, name, iso] of cases)
    it(`reads a ${label} name whole, with its country`, () => {
      const p = person(actorsOf(text), name);
      expect(p, people(actorsOf(text)).join(" | ")).toBeDefined();
      expect(p?.country).toBe(iso);
    });

  it("ties a later surname with such letters to the full name", () => {
    const d = actorsOf("Turkish President Recep Tayyip Erdoğan hosted talks. Erdoğan said they went well.");
    expect(people(d)).toEqual(["Recep Tayyip Erdoğan"]);
    expect(person(d, "Recep Tayyip Erdoğan")?.aliases).toContain("Erdoğan");
  });
});

describe("particles and Arabic name forms", () => {
  const cases: Array<[string, string, string]> = [
    ["Egyptian President Abdel Fattah al-Sisi received the envoy in Cairo.", "Abdel Fattah al-Sisi", "EGY"],
    ["Egyptian President Abdel Fattah el-Sisi spoke by phone with the emir.", "Abdel Fattah el-Sisi", "EGY"],
    ["Egyptian President Abdul Fattah Al Sisi chaired the meeting.", "Abdul Fattah Al Sisi", "EGY"],
    [
      "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani met the envoys in Doha.",
      "Mohammed bin Abdulrahman Al Thani",
      "QAT",
    ],
    [
      "Saudi Crown Prince Mohammed bin Salman received the delegation in Riyadh.",
      "Mohammed bin Salman",
      "SAU",
    ],
    [
      "Saudi National Security Adviser Musaad bin Mohammed al-Aiban signed for Riyadh.",
      "Musaad bin Mohammed al-Aiban",
      "SAU",
    ],
    ["Burkina Faso's junta leader Captain Ibrahim Traoré addressed the summit.", "Ibrahim Traoré", "BFA"],
    [
      "Brazilian President Luiz Inácio Lula da Silva arrived in Beijing on Tuesday.",
      "Luiz Inácio Lula da Silva",
      "BRA",
    ],
    ["Dutch Prime Minister Mark Rutte met the German chancellor.", "Mark Rutte", "NLD"],
  ];
  for (const [text, name, iso] of cases)
    it(`finds ${name}`, () => {
      const d = actorsOf(text, "2023-07-13");
      expect(personCalled(d, name)?.country, people(d).join(" | ")).toBe(iso);
    });

  it("ties 'Sisi' and 'al-Sisi' later in the article to the full name", () => {
    const d = actorsOf(
      "Egyptian President Abdel Fattah al-Sisi met the Ethiopian prime minister. Sisi said the dam talks " +
        "would resume. Officials close to al-Sisi said a deal was near.",
      "2023-07-13",
    );
    expect(people(d).filter((n) => /Sisi/.test(n))).toEqual(["Abdel Fattah al-Sisi"]);
  });

  it("does not join two names around a hyphen that is no Arabic article", () => {
    const d = actorsOf(
      "Egyptian President Abdel Fattah al-Sisi and Prime Minister Abiy Ahmed met. The Abiy-Sisi talks ended.",
    );
    expect(people(d)).not.toContain("Abiy-Sisi");
  });

  it("reads Ursula von der Leyen as one person of the EU", () => {
    const d = actorsOf("European Commission President Ursula von der Leyen arrived in Kyiv on Friday.");
    expect(person(d, "Ursula von der Leyen")?.country).toBe("EUR");
  });

  it("reads 'Sheikh Mohammed' as a person, the honorific left out", () => {
    const d = actorsOf(
      "Emirati Vice President Sheikh Mohammed bin Rashid Al Maktoum opened the summit in Dubai.",
    );
    expect(person(d, "Mohammed bin Rashid Al Maktoum")?.country).toBe("ARE");
  });
});

describe("month words that are given names", () => {
  it("reads 'Jan' and 'Jun' as given names after a title or inside a name", () => {
    const d = actorsOf(
      "Vietnam's foreign minister met his Czech counterpart Jan Lipavský. China's UN envoy Zhang Jun spoke.",
    );
    expect(people(d)).toEqual(expect.arrayContaining(["Jan Lipavský", "Zhang Jun"]));
  });

  it("keeps dates dates", () => {
    const d = actorsOf("Elections are due in May. On Jan 5 talks resumed in Hanoi.");
    expect(people(d)).toEqual([]);
  });
});

describe("Kosovo", () => {
  it("is XKX, for its people too", () => {
    const d = actorsOf(
      "Serbian President Aleksandar Vucic and Kosovar Prime Minister Albin Kurti met in Brussels.",
    );
    expect(person(d, "Albin Kurti")?.country).toBe("XKX");
    expect(person(d, "Aleksandar Vucic")?.country).toBe("SRB");
    expect(d.actors.some((a) => a.id === "country:UNK")).toBe(false);
  });
});
