// The office-holder folder: regional files load beside office-holders.json, a user's folder of the
// same shape adds to them, and every kind of error is reported with its file and entry.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  KnowledgeFileError,
  loadKnowledge,
  type OfficeQuery,
  validateKnowledge,
} from "../../../src/actors/knowledge/index.js";
import { shipped } from "./shared.js";

const dirs: string[] = [];
/** A user knowledge directory; keys with a slash go into the office-holders/ folder. */
function userDir(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), "dyad-holders-"));
  dirs.push(dir);
  mkdirSync(join(dir, "office-holders"));
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, name), typeof content === "string" ? content : JSON.stringify(content));
  }
  return dir;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const k = shipped();
const who = (q: OfficeQuery) => k.officeHolders(q).map((h) => h.name);

describe("the shipped office-holder folder", () => {
  it("is read beside office-holders.json, and every record names its file", () => {
    const sources = new Set(k.holderTable.holders.map((h) => h.source));
    expect(sources).toContain("office-holders/europe.json");
    expect(sources).toContain("office-holders/americas.json");
    expect(sources).toContain("office-holders/international.json");
    expect(k.holderTable.holders.length).toBeGreaterThanOrEqual(1500);
  });

  it("covers every European and American UN member (San Marino and Bosnia's presidency aside)", () => {
    const europe =
      "ALB AND ARM AUT AZE BLR BEL BIH BGR HRV CYP CZE DNK EST FIN FRA GEO DEU GRC HUN ISL IRL ITA LVA LIE LTU LUX MLT MDA MCO MNE NLD MKD NOR POL PRT ROU RUS SRB SVK SVN ESP SWE CHE TUR UKR GBR XKX";
    const americas =
      "ATG ARG BHS BRB BLZ BOL BRA CAN CHL COL CRI CUB DMA DOM ECU SLV GRD GTM GUY HTI HND JAM MEX NIC PAN PRY PER KNA LCA VCT SUR TTO USA URY VEN";
    for (const c of `${europe} ${americas}`.split(" ")) {
      const hs = who({ country: c, role: "head of state", date: "2020-06-01" });
      const hg = who({ country: c, role: "head of government", date: "2020-06-01" });
      // Haiti's presidency was vacant after 2021; every other state has both functions covered.
      expect(hs.length + hg.length, c).toBeGreaterThan(0);
    }
  });
});

describe("well-known facts resolve on their date", () => {
  it.each([
    ["FRA", "president", "2010-06-01", "Nicolas Sarkozy"],
    ["FRA", "president", "2003-01-01", "Jacques Chirac"],
    ["FRA", "defence minister", "2015-01-01", "Jean-Yves Le Drian"],
    ["DEU", "chancellor", "2019-01-01", "Angela Merkel"],
    ["DEU", "chancellor", "2003-06-01", "Gerhard Schröder"],
    ["DEU", "defence minister", "2024-01-01", "Boris Pistorius"],
    ["USA", "secretary of state", "2014-03-01", "John Kerry"],
    ["USA", "secretary of state", "2006-01-01", "Condoleezza Rice"],
    ["USA", "secretary of defense", "2012-01-01", "Leon Panetta"],
    ["USA", "president", "2005-06-01", "George W. Bush"],
    ["GBR", "prime minister", "2003-03-20", "Tony Blair"],
    ["GBR", "defence secretary", "2021-01-01", "Ben Wallace"],
    ["RUS", "defence minister", "2020-01-01", "Sergei Shoigu"],
    ["RUS", "president", "2005-01-01", "Vladimir Putin"],
    ["TUR", "defence minister", "2020-01-01", "Hulusi Akar"],
    ["ESP", "prime minister", "2012-01-01", "Mariano Rajoy"],
    ["ESP", "king", "2015-01-01", "Felipe VI"],
    ["ITA", "prime minister", "2004-01-01", "Silvio Berlusconi"],
    ["POL", "prime minister", "2016-01-01", "Beata Szydło"],
    ["UKR", "president", "2020-01-01", "Volodymyr Zelensky"],
    ["UKR", "foreign minister", "2022-03-01", "Dmytro Kuleba"],
    ["NLD", "prime minister", "2015-01-01", "Mark Rutte"],
    ["SWE", "prime minister", "2016-01-01", "Stefan Löfven"],
    ["HUN", "prime minister", "2015-01-01", "Viktor Orbán"],
    ["GRC", "prime minister", "2015-07-05", "Alexis Tsipras"],
    ["CHE", "president", "2022-06-01", "Ignazio Cassis"],
    ["XKX", "prime minister", "2022-01-01", "Albin Kurti"],
    ["AZE", "president", "2020-01-01", "Ilham Aliyev"],
    ["CAN", "prime minister", "2002-01-01", "Jean Chrétien"],
    ["MEX", "president", "2004-01-01", "Vicente Fox"],
    ["BRA", "president", "2023-06-01", "Luiz Inácio Lula da Silva"],
    ["BRA", "president", "2001-01-01", "Fernando Henrique Cardoso"],
    ["ARG", "president", "2002-06-01", "Eduardo Duhalde"],
    ["CHL", "president", "2007-01-01", "Michelle Bachelet"],
    ["COL", "president", "2016-01-01", "Juan Manuel Santos"],
    ["CUB", "foreign minister", "2015-01-01", "Bruno Rodríguez Parrilla"],
    ["PER", "president", "2024-01-01", "Dina Boluarte"],
    ["JAM", "prime minister", "2020-01-01", "Andrew Holness"],
    ["URY", "president", "2012-01-01", "José Mujica"],
  ])("%s %s on %s is %s", (country, role, date, name) => {
    expect(who({ country, role, date, acting: false })).toEqual([name]);
  });

  it.each([
    ["NATO", "secretary-general", "2020-01-01", "Jens Stoltenberg"],
    ["NATO", "secretary-general", "2006-01-01", "Jaap de Hoop Scheffer"],
    ["EU", "commission president", "2002-01-01", "Romano Prodi"],
    ["EU", "high representative", "2005-01-01", "Javier Solana"],
    ["UN", "secretary-general", "2003-01-01", "Kofi Annan"],
    ["AU", "commission chairperson", "2020-01-01", "Moussa Faki Mahamat"],
    ["ECOWAS", "commission president", "2019-01-01", "Jean-Claude Kassi Brou"],
    ["ASEAN", "secretary-general", "2010-01-01", "Surin Pitsuwan"],
    ["ARL", "secretary-general", "2005-01-01", "Amr Moussa"],
    ["GCC", "secretary-general", "2015-01-01", "Abdullatif bin Rashid Al Zayani"],
  ])("%s %s on %s is %s", (organisation, role, date, name) => {
    expect(who({ organisation, role, date })).toEqual([name]);
  });

  it("answers by function where the head of state is not the head of government", () => {
    expect(who({ country: "ESP", role: "head of government", date: "2020-01-01" })).toEqual([
      "Pedro Sánchez",
    ]);
    expect(who({ country: "ESP", role: "head of state", date: "2020-01-01" })).toEqual(["Felipe VI"]);
    expect(who({ country: "CHL", role: "head of government", date: "2020-01-01" })).toEqual([
      "Sebastián Piñera",
    ]);
    expect(who({ country: "JAM", role: "head of state", date: "2020-01-01" })).toEqual(["Elizabeth II"]);
  });

  it("lists contested or interim claimants as acting, after the holder", () => {
    expect(who({ country: "VEN", role: "president", date: "2020-01-01" })).toEqual([
      "Nicolás Maduro",
      "Juan Guaidó",
    ]);
    expect(who({ country: "VEN", role: "president", date: "2020-01-01", acting: false })).toEqual([
      "Nicolás Maduro",
    ]);
  });

  it("finds people under spellings without diacritics or with other romanisations", () => {
    expect(k.personByName("Sebastian Pinera")?.name).toBe("Sebastián Piñera");
    expect(k.personByName("Lars Lokke Rasmussen")?.name).toBe("Lars Løkke Rasmussen");
    expect(k.personByName("Volodymyr Zelenskyy")?.name).toBe("Volodymyr Zelensky");
    expect(k.personByName("Sergey Shoigu")?.name).toBe("Sergei Shoigu");
    expect(k.personByName("Gudlaugur Thor Thordarson")?.name).toBe("Guðlaugur Þór Þórðarson");
  });

  it("keeps one person across offices and files", () => {
    const barroso = k.personByName("José Manuel Barroso");
    expect(barroso?.terms.map((t) => t.country ?? t.organisation)).toEqual(["PRT", "EU"]);
    const guterres = k.personByName("Antonio Guterres");
    expect(guterres?.terms.map((t) => t.role)).toEqual(["prime minister", "secretary-general"]);
  });
});

describe("validation of holder files", () => {
  const ok = { name: "Ok Person", country: "FRA", role: "mayor", start: "2020-01-01" };
  const dir = userDir({
    "office-holders/bad.json": {
      $comment: "test",
      holders: [
        { name: "Nobody", country: "ZZZ", role: "president", start: "2020-01-01" },
        { name: "Nowhere Body", organisation: "NOSUCHORG", role: "secretary-general", start: "2020-01-01" },
        { name: "Vizier", country: "FRA", role: "grand vizier", start: "2020-01-01" },
        {
          name: "Backwards",
          country: "FRA",
          role: "interior minister",
          start: "2020-01-01",
          end: "2019-01-01",
        },
        { name: "Both", country: "FRA", organisation: "UN", role: "envoy", start: "2020-01-01" },
        // Three governors of one invented office: the long first term overlaps the third, not the second.
        { name: "Long Term", country: "ISL", role: "governor", start: "2000-01-01", end: "2010-01-01" },
        { name: "Inside", country: "ISL", role: "governor", start: "2001-01-01", end: "2002-01-01" },
        { name: "Later", country: "ISL", role: "governor", start: "2009-01-01", end: null },
        // A handover day and a caretaker beside the holder are not overlaps.
        { name: "Outgoing", country: "MLT", role: "mayor", start: "2000-01-01", end: "2005-05-05" },
        { name: "Incoming", country: "MLT", role: "mayor", start: "2005-05-05" },
        {
          name: "Caretaker",
          country: "MLT",
          role: "mayor",
          start: "2006-01-01",
          end: "2006-02-01",
          acting: true,
        },
        { name: "Kosovar Mayor", country: "XKX", role: "mayor", start: "2020-01-01" },
      ],
    },
  });
  const problems = validateKnowledge(loadKnowledge({ userDir: dir }));
  const messages = problems.map((p) => `${p.entry}: ${p.message}`);
  const has = (re: RegExp) =>
    expect(
      messages.some((m) => re.test(m)),
      messages.join("\n"),
    ).toBe(true);

  it("names an unknown country code, organisation or role, with the file", () => {
    has(/^Nobody \(ZZZ president 2020-01-01, office-holders\/bad\.json\): unknown country code ZZZ/);
    has(/^Nowhere Body .*unknown organisation NOSUCHORG/);
    has(/^Vizier .*unknown role "grand vizier"/);
  });

  it("catches dates out of order and a record with both a country and an organisation", () => {
    has(/^Backwards .*ends \(2019-01-01\) before it starts/);
    has(/^Both .*needs exactly one of country and organisation/);
  });

  it("catches two holders of one office on one day, even past the next term", () => {
    has(/^Inside .*overlaps Long Term/);
    has(/^Later .*overlaps Long Term/);
  });

  it("accepts a handover day, a caretaker beside the holder, and Kosovo as XKX", () => {
    expect(messages.filter((m) => /Outgoing|Incoming|Caretaker|Kosovar/.test(m))).toEqual([]);
  });

  it("refuses a date that is not a calendar day, naming the file and the entry", () => {
    const bad = userDir({
      "office-holders/dates.json": { holders: [{ ...ok, name: "Leap Less", start: "2023-02-29" }] },
    });
    expect(() => loadKnowledge({ userDir: bad })).toThrow(KnowledgeFileError);
    expect(() => loadKnowledge({ userDir: bad })).toThrow(
      /office-holders\/dates\.json: holders\.0\.start \(Leap Less\): not a calendar day/,
    );
    const shape = userDir({ "office-holders/x.json": { holders: [{ ...ok, start: "2023-2-3" }] } });
    expect(() => loadKnowledge({ userDir: shape })).toThrow(/expected YYYY-MM-DD/);
  });
});

describe("a user's holders", () => {
  it("come from office-holders.json and the folder together, a repeated record counted once", () => {
    const mayor = { name: "Anna Example", country: "NOR", role: "mayor", start: "2021-01-01" };
    const dir = userDir({
      "office-holders.json": { holders: [mayor] },
      "office-holders/norway.json": {
        holders: [mayor, { name: "Per Example", country: "NOR", role: "governor", start: "2021-01-01" }],
      },
    });
    const mine = loadKnowledge({ userDir: dir }).holderTable.holders.filter((h) => h.origin === "user");
    expect(mine.map((h) => [h.name, h.source])).toEqual([
      ["Anna Example", "office-holders.json"],
      ["Per Example", "office-holders/norway.json"],
    ]);
  });

  it("hide the shipped holders of the same office on their dates", () => {
    const dir = userDir({
      "office-holders/fix.json": {
        holders: [{ name: "Corrected Person", country: "PER", role: "president", start: "2025-10-10" }],
      },
    });
    const mine = loadKnowledge({ userDir: dir });
    expect(
      mine.officeHolders({ country: "PER", role: "president", date: "2025-11-01" }).map((h) => h.name),
    ).toEqual(["Corrected Person"]);
  });
});
