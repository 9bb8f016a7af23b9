import { describe, expect, it } from "vitest";
import { findActors } from "../../src/actors/stage.js";
import { analyseArticle } from "../../src/eval/actors-dev.js";
import { lexicon } from "../../src/events/lexicon.js";
import { extractEvents } from "../../src/events/stage.js";
import { codesOf, eventsOf, keys } from "./helpers.js";

describe("implied and side-less events", () => {
  it("reads a leader standing beside another at a news conference as a meeting", () => {
    const text =
      "With Mr. Lula standing beside him at a news conference in Brasilia, Mr. Sanchez said the trip had been worthwhile.";
    const doc = [
      "Spanish Prime Minister Pedro Sanchez arrived in Brazil on Tuesday to see President Luiz Inacio Lula da Silva.",
      text,
    ].join("\n\n");
    const meetings = eventsOf(doc).filter((e) => e.code.startsWith("04"));
    expect(meetings.some((e) => e.mentions.some((m) => m.pattern === "stand-beside"))).toBe(true);
    expect(keys(meetings)).toContain("04 ESP>BRA");
  });

  it("pairs a joint press conference of two named leaders", () => {
    expect(codesOf("Kenya and Tanzania held a joint press conference on trade in Arusha.")).toContain(
      "04 KEN>TZA",
    );
  });

  it("gives an agreement reached with no sides named to the article's main pair", () => {
    const text = [
      "Peruvian Foreign Minister Elmer Schialer met Chilean Foreign Minister Alberto van Klaveren in Lima on Monday.",
      "Officials said later that an agreement had been reached on fishing rights.",
    ].join("\n\n");
    const agreements = keys(eventsOf(text, "2025-03-04")).filter((k) => k.startsWith("05"));
    expect(agreements.length).toBe(1);
    expect(["05 PER>CHL", "05 CHL>PER"]).toContain(agreements[0]);
  });

  it("addresses a statement to the speaker's own counterpart, not the article's busiest pair", () => {
    const text = [
      "Chile and Peru signed a trade pact on Monday.",
      "Chile and Peru also agreed to reopen a border crossing.",
      "Argentina and Uruguay held talks in Montevideo on river dredging.",
      "Uruguay urged a quick decision.",
    ].join("\n\n");
    expect(codesOf(text)).toContain("02 URY>ARG");
  });
});

describe("domestic events", () => {
  const text = "Georgian protesters clashed with the Georgian government in Tbilisi on Sunday.";
  const doc = () =>
    findActors(
      analyseArticle({ id: "d", title: null, published: "2024-12-02", source: null, url: null, text }),
    );

  it("are left out by default: Dyad is about relations between countries", () => {
    expect(extractEvents(doc())).toEqual([]);
  });

  it("are kept between different actors of one country with { domestic: true }", () => {
    const events = extractEvents(doc(), lexicon(), { domestic: true });
    expect(events.map((e) => `${e.code.slice(0, 2)} ${e.source.code}>${e.target?.code}`)).toEqual([
      "19 GEOCVL>GEOGOV",
    ]);
  });
});

describe("more pattern families", () => {
  it("takes every side of a serial-comma list", () => {
    const [e] = eventsOf("Norway, Sweden, and Finland met in Oslo on Monday to discuss Arctic security.");
    const sides = [e?.source.country, e?.target?.country, ...(e?.others ?? []).map((o) => o.country)];
    expect(new Set(sides)).toEqual(new Set(["NOR", "SWE", "FIN"]));
  });

  it("reverses 'received weapons from': the giver is the source", () => {
    expect(codesOf("Ukraine received air defence weapons from Germany last month.")).toContain("07 DEU>UKR");
  });

  it("reads forces engaging others in a firefight as fighting", () => {
    expect(codesOf("Indian troops engaged Pakistani soldiers in a firefight along the border.")).toContain(
      "19 IND>PAK",
    );
  });
});
