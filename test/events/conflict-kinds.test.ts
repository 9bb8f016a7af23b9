import { describe, expect, it } from "vitest";
import { findActors } from "../../src/actors/stage.js";
import { analyseArticle } from "../../src/eval/actors-dev.js";
import { lexicon } from "../../src/events/lexicon.js";
import { extractEvents } from "../../src/events/stage.js";

/** "PLOVER code SRC>TGT" of the first event, as `dyad ingest --domestic` codes it. */
const first = (text: string): string => {
  const d = findActors(
    analyseArticle({ id: "k", title: null, published: "2024-05-02", source: null, url: null, text }),
  );
  const e = extractEvents(d, lexicon(), { domestic: true })[0];
  return e ? `${e.plover} ${e.code} ${e.source.code}>${e.target?.code}` : "";
};

describe("threats, demands and rejections (roots 10-13)", () => {
  it("codes a threat of an act the lexicon does not name, against the act's target", () => {
    expect(first("Ukraine on Monday threatened to cut off gas transit to Hungary.")).toMatch(
      /^THREATEN 130 UKR>HUN/,
    );
    expect(first("Morocco threatened to break off trade talks with Spain.")).toMatch(
      /^THREATEN 13\d* MAR>ESP/,
    );
  });

  it("reads 'said that Y must' as a demand on Y", () => {
    expect(
      first("The Chilean foreign minister said on Friday that Bolivia must return the seized trucks."),
    ).toMatch(/^DEMAND 100 CHLGOV>BOL/);
  });

  it("codes rejecting a call or an appeal made by another side", () => {
    expect(first("Vietnam rejected recent calls by Cambodia for new border talks.")).toMatch(
      /^REJECT 12\d* VNM>KHM/,
    );
    expect(first("Serbia refused to send observers to Kosovo.")).toMatch(/^REJECT 120 SRB>/);
  });

  it("codes a condemnation phrased 'denounced as a crime X's act'", () => {
    expect(first("Greece on Monday denounced as an outrage Turkey's seizure of the island.")).toMatch(
      /^DISAPPROVE 111 GRC>TUR/,
    );
  });

  it("codes seeking refuge in a country as a demand on it", () => {
    expect(first("Thousands of Syrian refugees sought refuge in Turkey last week.")).toMatch(
      /^DEMAND 103 SYR.*>TUR/,
    );
  });
});

describe("protest, sanctions, coercion and force (roots 14-20)", () => {
  it("codes riots and demonstrations against a side written as nouns", () => {
    expect(first("Palestinian riots against Israeli police continued for a third day.")).toMatch(
      /^PROTEST 145/,
    );
  });

  it("codes cutting links and boycotting contact as reduced relations", () => {
    expect(first("Qatar announced a suspension of flights with Bahrain on Sunday.")).toMatch(
      /^SANCTION 160 QAT>BHR/,
    );
    expect(first("Estonia suspended links with Belarus on Sunday.")).toMatch(/^SANCTION 160 EST>BLR/);
  });

  it("codes an announced boycott as a threat", () => {
    expect(first("Armenian officials said they would boycott all contact with Azerbaijan.")).toMatch(
      /^THREATEN/,
    );
  });

  it("codes confiscation from a side, arson and hacking as coercion", () => {
    expect(first("Kenyan police confiscated weapons and explosives from Somali smugglers.")).toMatch(
      /^COERCE 1711 KENCOP>SOM/,
    );
    expect(first("Serbian nationalists set fire to the offices of the Albanian consulate.")).toMatch(
      /^COERCE 1712 SRB.*>ALB/,
    );
    expect(first("Iran tried to hack into the computers of Israeli officials.")).toMatch(
      /^COERCE 176 IRN>ISR/,
    );
  });

  it("codes retaking ground and fighting with a side as fighting", () => {
    expect(first("Ethiopian troops recaptured a border village in Eritrea on Friday.")).toMatch(
      /^FIGHT 192 ETHMIL>ERI/,
    );
  });

  it("codes troops on alert and reinforced forces as mobilisation", () => {
    expect(first("Indian troops remained on alert near Pakistan on Monday.")).toMatch(/^MOBILIZE 152/);
    expect(first("Russia has strengthened its forces in Belarus.")).toMatch(/^MOBILIZE 154 RUS>BLR/);
  });

  it("codes a completed withdrawal and paid compensation as a retreat", () => {
    expect(first("Armenian forces completed their withdrawal from Azerbaijan on Tuesday.")).toMatch(
      /^RETREAT 0874/,
    );
    expect(first("Japan paid compensation to South Korean victims, Seoul said.")).toMatch(
      /^RETREAT 0842 JPN>KOR/,
    );
  });
});

describe("fighting written as a noun", () => {
  it("codes fighting with a side", () => {
    expect(first("Sudanese forces withdrew after heavy fighting with Chadian troops.")).toMatch(
      /^FIGHT 190 SDN.*>TCDMIL/,
    );
  });
});

describe("cancellations, failures and refusals of offers", () => {
  it("codes a cancelled visit as reduced relations (SANCTION)", () => {
    expect(first("The Dutch foreign minister cancelled a planned visit to Turkey on Friday.")).toMatch(
      /^SANCTION 160/,
    );
  });

  it("codes failing to reach agreement as a rejection", () => {
    expect(first("Sudan and South Sudan failed to reach agreement on oil fees on Sunday.")).toMatch(
      /^REJECT 127/,
    );
  });

  it("codes rejecting an offer made by another side", () => {
    expect(first("Kenya rejected a fresh offer from Somalia for direct talks.")).toMatch(
      /^REJECT 125 KEN>SOM/,
    );
  });

  it("codes a demand that the other side act as a demand", () => {
    expect(first("Egypt repeated its demand that Ethiopia stop filling the dam.")).toMatch(
      /^DEMAND 100 EGY>ETH/,
    );
  });
});

describe("armed forces and repression", () => {
  it("reads warplanes and gunships of a country as its military, whose killings are fighting", () => {
    expect(first("Syrian warplanes killed 12 Turkish soldiers near Idlib.")).toMatch(
      /^FIGHT 180 SYRMIL>TURMIL/,
    );
  });

  it("codes opening fire to disperse protesters as repression (COERCE)", () => {
    expect(first("Iranian police opened fire to disperse Kurdish protesters in Sanandaj.")).toMatch(
      /^COERCE 175 IRNCOP/,
    );
  });
});

describe("acts announced as possible", () => {
  it("codes force or restrictions a government is 'prepared to' impose as a threat", () => {
    expect(
      first("Bolivia's government said it is prepared to impose martial law in Chile's border towns."),
    ).toMatch(/^THREATEN/);
  });

  it("codes a threat to strike or to extend a curfew", () => {
    expect(first("Greek unions threatened to hold a general strike against German firms.")).toMatch(
      /^THREATEN 130/,
    );
    expect(first("The Kenyan president will extend the curfew in Somalia's border region.")).toMatch(
      /^THREATEN/,
    );
  });
});

describe("demands for a meeting and investigations done to someone", () => {
  it("codes demanding a meeting of a body as a demand on it", () => {
    expect(first("Armenia demanded a meeting of the UN Security Council on Azerbaijan's shelling.")).toMatch(
      /^DEMAND 108 ARM>IGOUNO/,
    );
  });

  it("codes being put under investigation in a country as an investigation", () => {
    expect(first("A Russian diplomat has been put under investigation in Austria for spying.")).toMatch(
      /^INVESTIGATE 090/,
    );
  });
});
