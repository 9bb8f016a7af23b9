import { describe, expect, it } from "vitest";
import { formKey, type OfficeQuery } from "../../../src/actors/knowledge/index.js";
import { shipped } from "./shared.js";

const k = shipped();
const who = (q: OfficeQuery) => k.officeHolders(q).map((h) => h.name);

describe("office holders by date", () => {
  it.each([
    ["KOR", "president", "2012-06-01", "Lee Myung-bak"],
    ["KOR", "president", "2015-06-01", "Park Geun-hye"],
    ["KOR", "president", "2020-06-01", "Moon Jae-in"],
    ["KOR", "president", "2023-01-01", "Yoon Suk Yeol"],
    ["KOR", "president", "2025-07-01", "Lee Jae-myung"],
    ["KOR", "foreign minister", "2019-03-01", "Kang Kyung-wha"],
    ["KOR", "foreign minister", "2021-06-01", "Chung Eui-yong"],
    ["KOR", "foreign minister", "2023-01-01", "Park Jin"],
    ["KOR", "foreign minister", "2024-06-01", "Cho Tae-yul"],
    ["CHN", "foreign minister", "2012-01-01", "Yang Jiechi"],
    ["CHN", "foreign minister", "2020-01-01", "Wang Yi"],
    ["CHN", "foreign minister", "2023-03-01", "Qin Gang"],
    ["CHN", "foreign minister", "2024-01-01", "Wang Yi"],
    ["CHN", "president", "2019-01-01", "Xi Jinping"],
    ["CHN", "premier", "2020-01-01", "Li Keqiang"],
    ["PRK", "supreme leader", "2018-06-12", "Kim Jong Un"],
    ["JPN", "prime minister", "2019-01-01", "Shinzo Abe"],
    ["JPN", "prime minister", "2025-01-01", "Shigeru Ishiba"],
    ["JPN", "foreign minister", "2022-01-01", "Yoshimasa Hayashi"],
    ["JPN", "foreign minister", "2024-01-01", "Yoko Kamikawa"],
    ["JPN", "foreign minister", "2025-03-01", "Takeshi Iwaya"],
    ["USA", "president", "2019-01-01", "Donald Trump"],
    ["USA", "secretary of state", "2022-01-01", "Antony Blinken"],
    ["GBR", "prime minister", "2022-10-01", "Liz Truss"],
    ["DEU", "chancellor", "2020-01-01", "Angela Merkel"],
    ["RUS", "foreign minister", "2015-01-01", "Sergey Lavrov"],
    ["IND", "external affairs minister", "2021-01-01", "S. Jaishankar"],
  ])("%s %s on %s is %s", (country, role, date, name) => {
    expect(who({ country, role, date })).toEqual([name]);
  });

  it("gives the incoming holder on a handover day", () => {
    expect(who({ country: "USA", role: "president", date: "2021-01-20" })).toEqual(["Joe Biden"]);
    expect(who({ country: "CHN", role: "foreign minister", date: "2023-07-25" })).toEqual(["Wang Yi"]);
  });

  it("lists caretakers after the suspended holder, and can leave them out", () => {
    const q = { country: "KOR", role: "president", date: "2025-01-15" };
    const holders = k.officeHolders(q);
    expect(holders.map((h) => [h.name, h.acting])).toEqual([
      ["Yoon Suk Yeol", false],
      ["Choi Sang-mok", true],
    ]);
    expect(who({ ...q, acting: false })).toEqual(["Yoon Suk Yeol"]);
    expect(who({ country: "KOR", role: "president", date: "2017-04-01" })).toEqual(["Hwang Kyo-ahn"]);
  });

  it("answers by function: head of state / head of government", () => {
    expect(who({ country: "USA", role: "head of government", date: "2022-01-01" })).toEqual(["Joe Biden"]);
    expect(who({ country: "KOR", role: "head of government", date: "2022-01-01" })).toEqual(["Moon Jae-in"]);
    expect(who({ country: "JPN", role: "head of government", date: "2022-01-01" })).toEqual([
      "Fumio Kishida",
    ]);
    expect(who({ country: "JPN", role: "head of state", date: "2022-01-01" })).toEqual(["Naruhito"]);
    expect(who({ country: "GBR", role: "head of state", date: "2023-01-01" })).toEqual(["Charles III"]);
  });

  it("covers the EU's key posts, the UN and NATO", () => {
    expect(who({ organisation: "EU", role: "commission president", date: "2020-01-01" })).toEqual([
      "Ursula von der Leyen",
    ]);
    expect(who({ organisation: "EU", role: "high representative", date: "2023-01-01" })).toEqual([
      "Josep Borrell",
    ]);
    expect(who({ organisation: "UN", role: "secretary-general", date: "2015-01-01" })).toEqual([
      "Ban Ki-moon",
    ]);
    expect(who({ organisation: "UN", role: "secretary-general", date: "2020-01-01" })).toEqual([
      "António Guterres",
    ]);
  });

  it("has heads of state, of government and foreign ministers for every G20 member since 2010", () => {
    const g20 = "ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA PRK".split(" ");
    for (const country of g20) {
      for (const role of ["head of state", "head of government", "foreign minister"]) {
        for (const date of ["2010-07-01", "2016-07-01", "2024-07-01"]) {
          if (country === "PRK" && role === "head of government") continue; // the premier is not the leader
          expect(
            k.officeHolders({ country, role, date }).length,
            `${country} ${role} ${date}`,
          ).toBeGreaterThan(0);
        }
      }
    }
  });

  it("returns nothing before the table starts or for an unknown office", () => {
    expect(who({ country: "KOR", role: "president", date: "1990-01-01" })).toEqual([]);
    expect(who({ country: "KOR", role: "astronaut", date: "2020-01-01" })).toEqual([]);
  });
});

describe("people", () => {
  it("finds a person under other spellings and romanisations", () => {
    expect(k.personByName("Yoon Suk-yeol")?.name).toBe("Yoon Suk Yeol");
    expect(k.personByName("Moon Jae In")?.name).toBe("Moon Jae-in");
    expect(k.personByName("Kim Jong-un")?.name).toBe("Kim Jong Un");
    expect(k.personByName("Kim Jong Un")?.name).toBe("Kim Jong Un");
    expect(k.personByName("Xi Jinping")?.surname).toBe("Xi");
    expect(k.personByName("Abe Shinzo")?.name).toBe("Shinzo Abe");
  });

  it("gathers every term of a person, in order", () => {
    const wang = k.personByName("Wang Yi");
    expect(wang?.terms.map((t) => t.start)).toEqual(["2013-03-16", "2023-07-25"]);
    const kishida = k.personByName("Fumio Kishida");
    expect(new Set(kishida?.terms.map((t) => t.role))).toEqual(
      new Set(["prime minister", "foreign minister"]),
    );
  });

  it("derives surnames by naming order", () => {
    expect(k.personByName("Lee Jae-myung")?.surname).toBe("Lee");
    expect(k.personByName("Shinzo Abe")?.surname).toBe("Abe");
    expect(k.personByName("Charles III")?.surname).toBe("Charles III");
  });

  it("keeps one name for one person across offices and bodies", () => {
    const faki = k.personByName("Moussa Faki");
    expect(faki?.name).toBe("Moussa Faki Mahamat");
    expect(faki?.surname).toBe("Faki");
    expect(new Set(faki?.terms.map((t) => t.country ?? t.organisation))).toEqual(new Set(["TCD", "AU"]));
    // An alias of one holder that is another holder's name splits one person in two ("King
    // Abdullah", an alias of two kings, is no one's name).
    const names = new Set(k.holderTable.holders.map((h) => formKey(h.name)));
    const split = k.holderTable.holders.filter((h) =>
      h.aliases.some((a) => formKey(a) !== formKey(h.name) && names.has(formKey(a))),
    );
    expect(split.map((h) => h.name)).toEqual([]);
  });

  it("does not know ordinary words as people", () => {
    expect(k.personByName("president")).toBeNull();
  });
});
