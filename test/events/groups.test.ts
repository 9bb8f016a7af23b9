import { describe, expect, it } from "vitest";
import { findActors } from "../../src/actors/stage.js";
import { analyseArticle } from "../../src/eval/actors-dev.js";
import { lexicon } from "../../src/events/lexicon.js";
import { extractEvents } from "../../src/events/stage.js";

const doc = (text: string) =>
  findActors(
    analyseArticle({ id: "g", title: null, published: "2024-05-02", source: null, url: null, text }),
  );
const coded = (text: string, domestic = true) =>
  extractEvents(doc(text), lexicon(), { domestic }).map(
    (e) => `${e.code.slice(0, 2)} ${e.source.code}>${e.target?.code}`,
  );

describe("groups named without a country", () => {
  it("are sector actors with no country, never persons", () => {
    const d = doc("Rebels shelled a Norwegian convoy near the border on Tuesday.");
    const rebels = d.actors.find((a) => a.code === "---REB");
    expect(rebels?.kind).toBe("organisation");
    expect(rebels?.country).toBeNull();
    expect(d.actors.some((a) => a.kind === "person")).toBe(false);
  });

  it("act in domestic-style coding (PETRARCH) but not between countries", () => {
    const text = "Militants attacked a Canadian patrol in the north on Friday.";
    expect(coded(text)).toEqual(["19 ---INS>CAN"]);
    expect(coded(text, false)).toEqual([]);
  });

  it("keep the country a demonym gives them", () => {
    expect(coded("Chilean police arrested two Peruvian fishermen on Monday.")[0]).toMatch(/^17 CHLCOP>PER/);
  });

  it("are not made from compound modifiers or generic bodies", () => {
    const d = doc("Gunmen stormed a government-held town, the ministry said.");
    expect(d.mentions.map((m) => m.code)).not.toContain("---GOV");
  });
});

describe("appeals with an infinitive", () => {
  it("code the appeal to the one asked, not the act asked for", () => {
    expect(coded("Mexico wants Canada to sanction Venezuela.", false)).toEqual(["02 MEX>CAN"]);
    expect(coded("Germany urged Poland to expel the Belarusian envoy.", false)).toEqual(["02 DEU>POL"]);
  });

  it("read a pressure from a group as a demand on the one pressed", () => {
    expect(coded("Macron faces pressure from parliament to help Ukraine.")).toEqual(["10 ---LEG>FRAGOV"]);
    expect(coded("Macron is being pressured by parliament to help Ukraine.")).toEqual(["17 ---LEG>FRAGOV"]);
  });
});

describe("targets behind compound modifiers", () => {
  it("reaches the country past a hyphenated participle", () => {
    expect(coded("Nigeria shelled a rebel-held district of Cameroon on Sunday.", false)).toEqual([
      "19 NGA>CMR",
    ]);
  });
});

describe("reported force", () => {
  it("codes another's attack reported as a claim as an accusation of the doer", () => {
    expect(coded("Peru claimed that Bolivia had attacked Chile.", false)).toEqual(["11 PER>BOL"]);
  });

  it("codes a reporter's own attack as a claim of responsibility", () => {
    expect(coded("Peru claimed that it had attacked Bolivia.", false)).toEqual(["01 PER>BOL"]);
  });

  it("leaves an announced attack a threat", () => {
    expect(coded("Peru said it will attack Bolivia.", false)[0]).toMatch(/^13 PER>BOL/);
  });
});

describe("verbs the tagger misreads", () => {
  it("reads a bare verb after a modal as the act ('would free')", () => {
    expect(coded("Egypt said it would free over 40 Sudanese detainees.", false)[0]).toMatch(/^03 EGY>SDN/);
  });

  it("drops an event between two groups with no country", () => {
    expect(coded("Rebels attacked the police on Sunday.")).toEqual([]);
  });
});

describe("where groups and places sit", () => {
  it("gives a group the country it is in ('a court in Chile')", () => {
    expect(coded("A court in Chile issued arrest warrants for three Argentine officers.")[0]).toMatch(
      /^17 CHLJUD>ARG/,
    );
  });

  it("does not read a base ('a Swiss-based group') as an actor", () => {
    const d = doc("A Swiss-based group said the talks had failed.");
    expect(d.mentions.map((m) => m.code)).not.toContain("CHE");
  });

  it("takes no passive target from before an unnamed subject", () => {
    expect(coded("Kenya said ten people were killed by Somali militants.")).not.toContainEqual(
      expect.stringMatching(/SOM.*>KEN/),
    );
  });
});

describe("states and provinces as places", () => {
  it("reads exercises in a US state as aimed at the United States", () => {
    expect(coded("China held naval drills near Hawaii on Friday.", false)[0]).toMatch(/^15 CHN>USA/);
  });
});

describe("oddly cased names", () => {
  it("reads a country name with a capital inside as the country, not lowercase words", () => {
    expect(doc("Officials in nORWAY welcomed the deal.").mentions.map((m) => m.code)).toContain("NOR");
    expect(doc("They ate turkey and rice on Thursday.").mentions).toEqual([]);
  });
});

describe("places inside a trigger phrase", () => {
  it("reads 'attend the Tokyo summit' as a meeting in Japan", () => {
    expect(coded("The Brazilian president will attend the Tokyo summit next week.", false)[0]).toMatch(
      /^04 BRA.*>JPN/,
    );
  });
});

describe("permission to act", () => {
  it("codes the permission given, not the act permitted", () => {
    expect(coded("Turkey gave permission to Sweden to join the alliance.", false)).toEqual(["08 TUR>SWE"]);
    expect(coded("Hungary allowed Finland to buy Russian gas.", false)).toEqual(["08 HUN>FIN"]);
  });
});

describe("claims of responsibility", () => {
  it("reach the place of an attack described by a participle", () => {
    expect(
      coded(
        "The Somali group claimed responsibility for a bombing targeting shoppers at a market in Kenya.",
      )[0],
    ).toMatch(/^01 SOM.*>KEN/);
  });
});

describe("places after 'the city of'", () => {
  it("are not people, even after a title", () => {
    const d = doc("Turkey freed the mayor of the border city of Kobani on Monday.");
    expect(d.actors.filter((a) => a.kind === "person")).toEqual([]);
  });
});
