// The country a person acts for: leaders of small states, aides and envoys, officials under long
// titles, people of international bodies, Kosovo, and the office-holder table against a slip of the text.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadKnowledge, setKnowledge } from "../../src/actors/knowledge/index.js";
import { actorsOf, people, person, personCalled } from "./helpers.js";

const countryOf = (text: string, name: string, date = "2023-12-14") => {
  const d = actorsOf(text, date);
  const p = personCalled(d, name);
  if (!p) throw new Error(`${name} not found among: ${people(d).join(" | ")}`);
  return p.country;
};

describe("leaders of small states", () => {
  it("reads 'Prime Minister X of St Vincent' and 'of St. Vincent and the Grenadines'", () => {
    expect(
      countryOf("Prime Minister Ralph Gonsalves of St Vincent welcomed both leaders.", "Ralph Gonsalves"),
    ).toBe("VCT");
    expect(
      countryOf(
        "Prime Minister Ralph Gonsalves of St. Vincent and the Grenadines hosted the talks.",
        "Ralph Gonsalves",
      ),
    ).toBe("VCT");
  });

  it("reads 'Prime Minister of Saint Vincent and the Grenadines X'", () => {
    expect(
      countryOf(
        "The Prime Minister of Saint Vincent and the Grenadines Ralph Gonsalves opened the summit.",
        "Ralph Gonsalves",
      ),
    ).toBe("VCT");
  });

  it("reads the short form 'SVG Prime Minister'", () => {
    expect(countryOf("SVG Prime Minister Ralph Gonsalves greeted the guests.", "Ralph Gonsalves")).toBe(
      "VCT",
    );
  });

  it("reads Icelandic, Vincentian and Kittitian titles", () => {
    expect(countryOf("Vincentian Prime Minister Ralph Gonsalves spoke first.", "Ralph Gonsalves")).toBe(
      "VCT",
    );
    expect(countryOf("Kittitian Prime Minister Terrance Drew spoke next.", "Terrance Drew")).toBe("KNA");
  });
});

describe("aides, advisers and envoys", () => {
  it("gives an adviser named through their principal the principal's country", () => {
    const text =
      "Brazilian President Luiz Inácio Lula da Silva sent an envoy. Prime Minister Mia Mottley of Barbados " +
      "met President Lula’s special adviser for foreign affairs, Celso Amorim, in Bridgetown.";
    expect(countryOf(text, "Celso Amorim")).toBe("BRA");
  });

  it("does not give one person the title of the next name in a list", () => {
    const text =
      "The declaration was read by Celso Amorim, the Barbadian Prime Minister Mia Mottley and others.";
    expect(countryOf(text, "Mia Mottley")).toBe("BRB");
    expect(countryOf(text, "Celso Amorim")).not.toBe("BRB");
  });

  it("gives an ambassador the country that sent them", () => {
    expect(
      countryOf("Japan's ambassador to Canberra, Kazuhiro Suzuki, attended the ceremony.", "Kazuhiro Suzuki"),
    ).toBe("JPN");
  });

  it("gives an ambassador 'in' a capital the country that sent them, and makes no place a person", () => {
    const text =
      "The Australian ambassador in Tokyo, Justin Hayhurst, attended. Treasury Secretary Janet Yellen stayed in Zurich.";
    expect(countryOf(text, "Justin Hayhurst")).toBe("AUS");
    expect(people(actorsOf(text))).not.toContain("Zurich");
  });

  it("gives a national security adviser their own country", () => {
    expect(
      countryOf(
        "Saudi National Security Adviser Musaad bin Mohammed al-Aiban signed in Beijing.",
        "Musaad bin Mohammed al-Aiban",
      ),
    ).toBe("SAU");
  });
});

describe("officials under long titles", () => {
  it("reads the country inside the title after the name", () => {
    const text =
      "Images showed Ali Shamkhani, the Secretary of Iran’s Supreme National Security Council, in Beijing.";
    expect(countryOf(text, "Ali Shamkhani", "2023-03-10")).toBe("IRN");
  });

  it("reads a long title before the name", () => {
    const text =
      "Secretary of the Supreme National Security Council of Iran Ali Shamkhani travelled to Beijing.";
    expect(countryOf(text, "Ali Shamkhani", "2023-03-10")).toBe("IRN");
  });

  it("reads 'Minister for Foreign Affairs' with its country", () => {
    expect(countryOf("Guyana's Minister for Foreign Affairs Hugh Todd spoke on Friday.", "Hugh Todd")).toBe(
      "GUY",
    );
  });

  it("reads an elliptic pair of titles: 'the presidents of A, X, and of B, Y'", () => {
    const text =
      "The president of Venezuela, Nicolás Maduro, and of Guyana, Mohamed Irfaan Ali, agreed to keep talking.";
    expect(countryOf(text, "Mohamed Irfaan Ali")).toBe("GUY");
    expect(countryOf(text, "Nicolás Maduro")).toBe("VEN");
  });

  it("reads no apposition into a clause opened by a preposition", () => {
    const text =
      "Kosovar Prime Minister Albin Kurti, after talks with EU officials in Ohrid, said nothing was signed.";
    expect(countryOf(text, "Albin Kurti", "2023-03-19")).toBe("XKX");
  });
});

describe("people of international bodies", () => {
  it("gives EU officials EUR, whatever their nationality", () => {
    expect(
      countryOf("EU foreign policy chief Josep Borrell announced the deal.", "Josep Borrell", "2023-03-19"),
    ).toBe("EUR");
    expect(
      countryOf(
        "European Commission President Ursula von der Leyen visited Kyiv.",
        "Ursula von der Leyen",
        "2024-02-24",
      ),
    ).toBe("EUR");
    expect(
      countryOf("Spanish-born EU foreign policy chief Josep Borrell spoke.", "Josep Borrell", "2023-03-19"),
    ).toBe("EUR");
  });

  it("does not read the African Union Commission as the European one", () => {
    expect(
      countryOf(
        "African Union Commission chairperson Moussa Faki Mahamat urged calm.",
        "Moussa Faki Mahamat",
        "2023-06-10",
      ),
    ).toBeNull();
  });

  it("gives UN and NATO officials no country", () => {
    expect(
      countryOf("UN Secretary-General António Guterres called for calm.", "António Guterres", "2023-10-10"),
    ).toBeNull();
    expect(
      countryOf(
        "NATO Secretary General Jens Stoltenberg arrived in Vilnius.",
        "Jens Stoltenberg",
        "2023-07-10",
      ),
    ).toBeNull();
  });

  it("gives an envoy to the UN their own country", () => {
    expect(countryOf("China's UN envoy Zhang Jun urged restraint.", "Zhang Jun", "2023-10-10")).toBe("CHN");
  });

  it("gives the chair of a regional body their own country", () => {
    const text =
      "The summit was chaired by Kenyan President William Ruto, chairman of the East African Community.";
    expect(countryOf(text, "William Ruto", "2023-11-24")).toBe("KEN");
  });
});

describe("the office-holder table", () => {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "dyad-holders-"));
    writeFileSync(
      join(dir, "office-holders.json"),
      JSON.stringify({
        holders: [
          { name: "Roosevelt Skerrit", country: "DMA", role: "prime minister", start: "2004-01-08" },
          { name: "Albin Kurti", country: "XKX", role: "prime minister", start: "2021-03-22" },
          { name: "Aleksandar Vucic", country: "SRB", role: "president", start: "2017-05-31" },
        ],
      }),
    );
    setKnowledge(loadKnowledge({ userDir: dir }));
  });
  afterAll(() => {
    setKnowledge(null);
    rmSync(dir, { recursive: true, force: true });
  });

  it("beats a slip of the text about the holder of that very office", () => {
    const text = "The Dominican Republic's Prime Minister Roosevelt Skerrit read the statement.";
    expect(countryOf(text, "Roosevelt Skerrit")).toBe("DMA");
  });

  it("settles an ambiguous demonym ('Dominican') and a misspelt name", () => {
    expect(
      countryOf("The talks were chaired by Dominican Prime Minister Roosevelt Skerrit.", "Roosevelt Skerrit"),
    ).toBe("DMA");
    const d = actorsOf("Talks were led by Prime Minister Roosvelt Skerrit.", "2023-12-14");
    expect(d.actors.find((a) => a.kind === "person")).toMatchObject({
      name: "Roosevelt Skerrit",
      country: "DMA",
    });
  });

  it("reads an undated article the same way: the office named, a misspelt name", () => {
    const d = actorsOf("The Dominican Republic's Prime Minister Roosvelt Skerrit read the statement.", null);
    expect(d.actors.find((a) => a.kind === "person")).toMatchObject({
      name: "Roosevelt Skerrit",
      country: "DMA",
    });
  });

  it("gives a prime minister named with a bare title the holder's country, not the sentence's", () => {
    const text =
      "Serbian President Aleksandar Vucic said nothing was signed, despite Prime Minister Albin Kurti's request.";
    expect(countryOf(text, "Albin Kurti", "2023-03-19")).toBe("XKX");
  });

  it("resolves a surname never introduced through the holders of the date", () => {
    const d = actorsOf("Kurti said the deal was a step forward for Kosovo.", "2023-03-19");
    expect(person(d, "Albin Kurti")?.country).toBe("XKX");
  });
});
