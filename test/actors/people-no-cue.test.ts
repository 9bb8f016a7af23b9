// People named with no title, honorific or apposition: they act, or a later sentence names them by
// surname; their country comes from the article. And one person is one entry however the name is spelt.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadKnowledge, setKnowledge } from "../../src/actors/knowledge/index.js";
import { actorsOf, people, person } from "./helpers.js";

describe("people with no role cue", () => {
  it("finds two full names that act together ('X and Y met')", () => {
    const d = actorsOf("Samuel Okoth and Amina Dirie met in Mombasa on Monday to discuss the port.");
    expect(people(d)).toEqual(["Samuel Okoth", "Amina Dirie"]);
  });

  it("finds a full name that a later sentence calls by surname", () => {
    const d = actorsOf(
      "Talks resumed after Samuel Okoth arrived with a new offer. Okoth told reporters the offer was final.",
    );
    expect(person(d, "Samuel Okoth")?.aliases).toContain("Okoth");
  });

  it("gives the partner of a person of known country the article's other country", () => {
    const d = actorsOf(
      "Gustavo Petro and Daniel Noboa shook hands at the border. Petro said Colombia wanted calm. " +
        "Ecuador has closed two crossings since March.",
    );
    expect(person(d, "Gustavo Petro")?.country).toBe("COL");
    expect(person(d, "Daniel Noboa")?.country).toBe("ECU");
  });

  it("does not give two people joined by 'and' one country because they share a clause", () => {
    const d = actorsOf("Colombian President Gustavo Petro and Daniel Noboa shook hands on the bridge.");
    expect(person(d, "Daniel Noboa")?.country).not.toBe("COL");
  });

  it("pairs a full name only with a full name ('Justin Sink' is not 'Justin' who sinks)", () => {
    const d = actorsOf(
      "With assistance from Mike Dorning, Angela Greiling Keane and Justin Sink in Washington.",
    );
    expect(people(d)).not.toContain("Angela Greiling Keane");
  });

  it("does not make places or things people", () => {
    const d = actorsOf("Leaders met in the Rose Garden on Monday. Garden tours were cancelled.");
    expect(people(d)).toEqual([]);
  });
});

describe("surnames alone, through the office holders of the date", () => {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "dyad-holders-"));
    writeFileSync(
      join(dir, "office-holders.json"),
      JSON.stringify({
        holders: [
          { name: "William Ruto", country: "KEN", role: "president", start: "2022-09-13" },
          {
            name: "Abiy Ahmed",
            surname: "Abiy",
            country: "ETH",
            role: "prime minister",
            start: "2018-04-02",
          },
          { name: "Abdel Fattah al-Sisi", country: "EGY", role: "president", start: "2014-06-08" },
        ],
      }),
    );
    setKnowledge(loadKnowledge({ userDir: dir }));
  });
  afterAll(() => {
    setKnowledge(null);
    rmSync(dir, { recursive: true, force: true });
  });

  it("reads 'Sisi', 'el-Sisi' and 'al-Sisi' alone as the president in office", () => {
    for (const form of ["Sisi", "el-Sisi", "al-Sisi"]) {
      const d = actorsOf(
        `Officials in Cairo said ${form} would attend the summit with Ethiopia.`,
        "2024-06-10",
      );
      expect(person(d, "Abdel Fattah al-Sisi")?.country, form).toBe("EGY");
    }
  });

  it("reads 'Ruto and Abiy met' as the two leaders in office", () => {
    const d = actorsOf("Ruto and Abiy met in Addis Ababa on Monday.", "2024-06-10");
    expect(person(d, "William Ruto")?.country).toBe("KEN");
    expect(person(d, "Abiy Ahmed")?.country).toBe("ETH");
  });
});

describe("one person, one entry in a document", () => {
  it("folds hyphenation, spacing and case of one name", () => {
    const d = actorsOf(
      "South Korean President Yoon Suk-yeol met envoys. Yoon Sukyeol said ties were strong. Yoon Suk Yeol left later.",
      "2023-05-01",
    );
    expect(people(d)).toHaveLength(1);
    expect(person(d, "Yoon Suk-yeol")?.aliases).toEqual(
      expect.arrayContaining(["Yoon Sukyeol", "Yoon Suk Yeol"]),
    );
  });

  it("folds diacritics of one name", () => {
    const d = actorsOf(
      "Turkish President Recep Tayyip Erdoğan spoke first. Recep Tayyip Erdogan then left for Baku.",
      "2023-05-01",
    );
    expect(people(d)).toHaveLength(1);
  });

  it("reads a given name spelt like a pronoun inside a name ('Liu He')", () => {
    const d = actorsOf("Chinese Vice Premier Liu He met the delegation in Zurich.", "2023-01-18");
    expect(person(d, "Liu He")?.country).toBe("CHN");
  });

  it("keeps a vice premier a person of their country, not a form of the country", () => {
    const d = actorsOf(
      "Chinese Vice Premier He Lifeng met US Treasury Secretary Scott Bessent in Geneva.",
      "2025-05-10",
    );
    expect(person(d, "He Lifeng")?.country).toBe("CHN");
    expect(d.mentions.find((m) => m.text.includes("He Lifeng"))?.actors).toEqual(["person:he lifeng"]);
  });
});
