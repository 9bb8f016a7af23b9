import { describe, expect, it } from "vitest";
import { findActors } from "../../src/actors/stage.js";
import { analyseArticle } from "../../src/eval/actors-dev.js";
import { cameo } from "../../src/events/codebook.js";
import { lexicon } from "../../src/events/lexicon.js";
import { extractEvents } from "../../src/events/stage.js";

const plover = (text: string): string[] =>
  extractEvents(
    findActors(
      analyseArticle({ id: "p", title: null, published: "2024-05-02", source: null, url: null, text }),
    ),
    lexicon(),
    { domestic: true },
  ).map((e) => `${e.plover} ${e.code}`);

describe("PLOVER categories from the reference's definitions", () => {
  it("reads lifting a curfew as a concession, sanctions as SANCTION, razing homes as COERCE", () => {
    expect(cameo("0813")?.plover).toBe("CONCEDE");
    expect(cameo("0814")?.plover).toBe("CONCEDE");
    expect(cameo("163")?.plover).toBe("SANCTION");
    expect(cameo("1712")?.plover).toBe("COERCE");
  });

  it("keeps every CAMEO code, demand for withdrawal included", () => {
    expect(cameo("106")).toMatchObject({ code: "106", plover: "DEMAND" });
    expect(cameo("1056")?.name).toBe("Demand de-escalation of military engagement");
  });

  it("codes a cooperative act only announced as an intention (AGREE)", () => {
    expect(plover("Chile will send medical aid to Peru next week.")[0]).toMatch(/^AGREE/);
    expect(plover("Kenya's president will visit Uganda in March.")[0]).toMatch(/^AGREE 04/);
    expect(plover("Kenya's president visited Uganda on Monday.")[0]).toMatch(/^CONSULT 04/);
  });

  it("codes killing by an army as fighting, by unnamed gunmen as assault", () => {
    expect(plover("Bolivian troops killed two Peruvian farmers near the border on Monday.")[0]).toMatch(
      /^FIGHT/,
    );
  });
});

describe("objects counted with a quantity", () => {
  it("reach the actor past 'more than', 'at least', 'up to'", () => {
    expect(plover("Chilean police arrested more than 40 Bolivian miners on Sunday.")[0]).toMatch(
      /^COERCE 173/,
    );
    expect(plover("Kenyan police detained at least 12 Somali traders.")[0]).toMatch(/^COERCE 173/);
    expect(plover("Syrian rebels kidnapped up to 9 Turkish engineers in the north.")[0]).toMatch(
      /^ASSAULT 181/,
    );
  });
});

describe("the European Community of older reports", () => {
  it("is the EU's predecessor and acts as IGOEUREEC", () => {
    expect(
      plover("The European Community demanded the withdrawal of Serbian forces from Croatia.")[0],
    ).toMatch(/^DEMAND 106/);
  });
});

describe("one-sided acts (PLOVER's events with no target)", () => {
  const coded = (text: string, oneSided: boolean) =>
    extractEvents(
      findActors(
        analyseArticle({ id: "o", title: null, published: "2024-05-02", source: null, url: null, text }),
      ),
      lexicon(),
      { domestic: true, oneSided },
    ).map((e) => `${e.plover} ${e.source.code}>${e.target?.code ?? "-"}`);

  it("code a doer with no counterpart only when asked", () => {
    const text = "Armenian farmers demonstrated on Monday against new fuel taxes.";
    expect(coded(text, true)[0]).toMatch(/^PROTEST ARM.*>-$/);
    expect(coded(text, false)).toEqual([]);
  });

  it("leave events with two sides as they were", () => {
    expect(coded("Chilean police arrested two Peruvian fishermen on Monday.", true)).toEqual([
      "COERCE CHLCOP>PERAGR",
    ]);
  });
});

describe("resignations, withdrawals and aircraft", () => {
  it("codes a resignation as RETREAT, and agreeing to resign as AGREE", () => {
    const one = (text: string) =>
      extractEvents(
        findActors(
          analyseArticle({ id: "r", title: null, published: "2024-05-02", source: null, url: null, text }),
        ),
        lexicon(),
        { domestic: true, oneSided: true },
      ).map((e) => e.plover);
    expect(one("Peruvian President Pedro Castillo resigned on Sunday.")[0]).toBe("RETREAT");
    expect(one("Peruvian President Pedro Castillo has agreed to resign.")[0]).toBe("AGREE");
  });

  it("codes pulling troops out as a retreat, and being willing to as an intention", () => {
    expect(plover("Armenia withdrew its troops from Azerbaijan on Friday.")[0]).toMatch(/^RETREAT 0874/);
    expect(plover("Armenia says it is willing to withdraw its troops from Azerbaijan.")[0]).toMatch(
      /^AGREE 0874/,
    );
  });

  it("reads a country's aircraft as its military", () => {
    expect(plover("Turkish aircraft killed 9 Syrian civilians in Afrin.")[0]).toMatch(/^FIGHT 180/);
  });
});
