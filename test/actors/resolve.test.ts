// Resolution inside one article: surnames, roles, office holders by date, counterparts, pairs,
// pronouns, typos, and ambiguity left visible.
import { describe, expect, it } from "vitest";
import { actorsOf, mention, people, person } from "./helpers.js";

describe("resolution within a document", () => {
  it("ties a surname to the full name introduced earlier", () => {
    const d = actorsOf(
      "Chinese Foreign Minister Wang Yi met envoys on Monday. Wang said the talks were useful.",
    );
    expect(mention(d, "Wang")).toMatchObject({ via: "surname", actors: ["person:wang yi"] });
  });

  it("keeps two people with one surname apart and shows the alternative", () => {
    const d = actorsOf(
      "Foreign Minister Wang Yi and spokesman Wang Wenbin of China spoke on Monday. Wang later left for Moscow.",
    );
    const m = d.mentions.find((x) => x.text === "Wang" && x.via === "surname");
    expect(m?.alternatives?.length).toBe(1);
    expect(m?.confidence).toBeLessThan(1);
  });

  it("resolves a role to the person introduced with it", () => {
    const d = actorsOf(
      "Indian Foreign Secretary Anil Mehra met envoys. The Indian foreign secretary said ties would improve.",
    );
    expect(mention(d, "Indian foreign secretary")).toMatchObject({
      via: "role",
      actors: ["person:anil mehra"],
    });
  });

  it("resolves a role to the office holder on the article date", () => {
    const d = actorsOf("The South Korean president spoke to reporters.", "2020-03-02");
    expect(mention(d, "South Korean president")).toMatchObject({
      via: "office-holder",
      actors: ["person:moon jae in"],
    });
    expect(person(d, "Moon Jae-in")?.confidence).toBeLessThan(1);
  });

  it("resolves an unnamed counterpart to the same role on the other side", () => {
    const d = actorsOf(
      "Japanese Foreign Minister Takeshi Iwaya arrived in Beijing. He met his Chinese counterpart on Wednesday.",
      "2024-12-25",
    );
    expect(mention(d, "Chinese counterpart")).toMatchObject({
      via: "counterpart",
      actors: ["person:wang yi"],
    });
  });

  it("gives 'the two ministers' and 'both sides' the pair", () => {
    const d = actorsOf(
      "German Foreign Minister Lena Hoff met French Foreign Minister Paul Girard in Paris. The two ministers agreed that both sides would meet again.",
    );
    expect(new Set(mention(d, "The two ministers")?.actors)).toEqual(
      new Set(["person:lena hoff", "person:paul girard"]),
    );
    expect(new Set(mention(d, "both sides")?.actors)).toEqual(new Set(["country:DEU", "country:FRA"]));
  });

  it("ties he/she to the nearest person of that gender", () => {
    const d = actorsOf("Ms. Anna Berg met Mr. Karl Holm in Oslo. She said the meeting was frank.");
    expect(mention(d, "She")).toMatchObject({ via: "pronoun", actors: ["person:anna berg"] });
  });

  it("corrects typos against names in the article and the office holders", () => {
    const d = actorsOf(
      "President Moon Jae-in met the envoy. Monn Jae-in said the talks went well.",
      "2019-05-01",
    );
    expect(mention(d, "Monn Jae-in")).toMatchObject({ via: "typo", actors: ["person:moon jae in"] });
    const d2 = actorsOf("South Korea's president spoke. President Mood urged calm.", "2019-05-01");
    expect(mention(d2, "Mood")).toMatchObject({ via: "typo", actors: ["person:moon jae in"] });
  });

  it("never merges different people whose names are close", () => {
    const d = actorsOf(
      "Kim Jong-un met Chinese Vice Premier Wang Yang. Kim Jong-il had met Wang Yi years before.",
      "2018-05-01",
    );
    const names = people(d);
    expect(names).toEqual(expect.arrayContaining(["Kim Jong-un", "Wang Yang", "Kim Jong-il", "Wang Yi"]));
  });

  it("resolves a surname alone to the one office holder of that name on the date", () => {
    const d = actorsOf("Modi said the border deal was a step forward.", "2024-10-23");
    expect(person(d, "Narendra Modi")?.country).toBe("IND");
  });

  it("resolves a bare surname only to office holders of the places the article names", () => {
    const firms = actorsOf(
      "China will sanction Lockheed Martin and Raytheon over arms sales to Taiwan, the Chinese foreign ministry said.",
      "2022-02-21",
    );
    expect(person(firms, "Micheál Martin")).toBeUndefined();
    const orsi = actorsOf("Orsi said Uruguay would seek a trade deal with Brazil.", "2025-04-01");
    expect(person(orsi, "Yamandú Orsi")?.country).toBe("URY");
  });
});

describe("a title phrase heading the sentence before a rank and a name", () => {
  it("gives the person the country of 'The US commander in Iraq, General …'", () => {
    const d = actorsOf(
      "The Dutch commander in Mali, General Pieter Vos, met President Ibrahim Keita in Bamako on Monday.",
    );
    expect(person(d, "Pieter Vos")?.country).toBe("NLD");
  });

  it("does not take a country from a clause before the comma", () => {
    const d = actorsOf("Speaking to Dutch reporters, General Pieter Vos praised Mali.");
    expect(person(d, "Pieter Vos")?.country).not.toBe("NLD");
  });
});
