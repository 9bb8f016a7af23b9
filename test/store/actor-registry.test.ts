import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ActorCorrections } from "../../src/actors/corrections.js";
import { type Actor, type ActorDocument, emptyMetadata } from "../../src/model/document.js";
import { listActors } from "../../src/store/actor-registry.js";
import { openDatabase } from "../../src/store/database.js";
import { DocumentStore } from "../../src/store/documents.js";

const person = (
  name: string,
  country: string | null,
  role: string | null,
  aliases: string[] = [],
): Actor => ({
  id: `person:${name.toLowerCase()}`,
  kind: "person",
  name,
  country,
  role,
  sector: role ? "GOV" : null,
  code: `${country ?? "---"}GOV`,
  aliases,
  confidence: 1,
});
const country = (name: string, iso: string): Actor => ({
  id: `country:${iso}`,
  kind: "country",
  name,
  country: iso,
  role: null,
  sector: null,
  code: iso,
  aliases: [],
  confidence: 1,
});

function doc(id: string, published: string, actors: Actor[]): ActorDocument {
  const text = `Article ${id}.`;
  return {
    id,
    origin: { path: `${id}.txt`, format: "text", encoding: "UTF-8" },
    raw: text,
    contentType: "text",
    content: text,
    hints: {},
    body: text,
    meta: { ...emptyMetadata(), published },
    text,
    removed: [],
    sentences: [{ start: 0, end: text.length }],
    tokens: [],
    actors,
    mentions: [
      {
        start: 0,
        end: 7,
        text: "Article",
        actors: [actors[0]?.id ?? ""],
        via: "name",
        code: "X",
        confidence: 1,
      },
    ],
  };
}

let dir: string;
let store: DocumentStore;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "dyad-registry-"));
  store = new DocumentStore(openDatabase(join(dir, "t.db")));
  store.put(
    doc("a", "2019-03-01", [person("Moon Jae-in", "KOR", "president", ["Moon"]), country("China", "CHN")]),
  );
  store.put(
    doc("b", "2021-06-10", [
      person("Moon Jae-in", "KOR", "president", ["Mr. Moon"]),
      person("Wang Yi", "CHN", "foreign minister"),
    ]),
  );
  store.put(doc("c", "2022-01-05", [person("Mood", "KOR", null), person("Wang", "CHN", null)]));
});
afterEach(() => {
  store.db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("actor registry", () => {
  it("merges a person across documents with aliases, roles and first/last dates seen", () => {
    const moon = listActors(store.db, new ActorCorrections()).find((a) => a.name === "Moon Jae-in");
    expect(moon).toMatchObject({
      country: "KOR",
      documents: 2,
      firstSeen: "2019-03-01",
      lastSeen: "2021-06-10",
    });
    expect(moon?.aliases).toEqual(expect.arrayContaining(["Moon", "Mr. Moon"]));
    expect(moon?.roles).toEqual([
      { role: "president", sector: "GOV", country: "KOR", firstSeen: "2019-03-01", lastSeen: "2021-06-10" },
    ]);
  });

  it("resolves a bare surname against the one full name of the corpus that carries it", () => {
    const actors = listActors(store.db, new ActorCorrections());
    expect(actors.find((a) => a.name === "Wang")).toBeUndefined();
    expect(actors.find((a) => a.name === "Wang Yi")).toMatchObject({ documents: 2, aliases: ["Wang"] });
  });

  it("filters by country and kind", () => {
    const kor = listActors(store.db, new ActorCorrections(), { country: "KOR" });
    expect(kor.every((a) => a.country === "KOR")).toBe(true);
    expect(listActors(store.db, new ActorCorrections(), { kind: "country" }).map((a) => a.name)).toEqual([
      "China",
    ]);
  });

  it("lets the user's corrections win over what was learned, without re-ingesting", () => {
    const file = join(dir, "aliases.json");
    writeFileSync(
      file,
      JSON.stringify({ people: [{ name: "Moon Jae-in", aliases: ["Mood"] }], ignore: ["Wang"] }),
    );
    const actors = listActors(store.db, ActorCorrections.load(file));
    expect(actors.find((a) => a.name === "Mood")).toBeUndefined();
    expect(actors.find((a) => a.name === "Moon Jae-in")).toMatchObject({
      documents: 3,
      lastSeen: "2022-01-05",
    });
    expect(actors.find((a) => a.name === "Wang Yi")?.documents).toBe(1);
  });

  it("folds the spellings of one name into one person: hyphens, spaces, case, accents", () => {
    store.put(doc("d", "2023-04-01", [person("Yoon Suk-yeol", "KOR", "president")]));
    store.put(doc("e", "2023-05-01", [person("Yoon Suk Yeol", "KOR", "president")]));
    store.put(doc("f", "2023-06-01", [person("Yoon Suk Yeol", "KOR", "president")]));
    store.put(doc("g", "2023-07-01", [person("YOON Sukyeol", "KOR", "president")]));
    store.put(doc("h", "2023-08-01", [person("Recep Tayyip Erdoğan", "TUR", "president")]));
    store.put(doc("i", "2023-09-01", [person("Recep Tayyip Erdogan", "TUR", "president")]));
    store.put(doc("j", "2023-10-01", [person("Erdogan", "TUR", null)]));
    const actors = listActors(store.db, new ActorCorrections());
    const yoon = actors.filter((a) => /yoon/i.test(a.name));
    expect(yoon.map((a) => a.name)).toEqual(["Yoon Suk Yeol"]);
    expect(yoon[0]).toMatchObject({ documents: 4, firstSeen: "2023-04-01", lastSeen: "2023-07-01" });
    expect(yoon[0]?.aliases).toEqual(expect.arrayContaining(["Yoon Suk-yeol", "YOON Sukyeol"]));
    const erdogan = actors.filter((a) => /erdo/i.test(a.name));
    expect(erdogan).toHaveLength(1);
    expect(erdogan[0]).toMatchObject({ documents: 3 });
  });

  it("keeps two people apart when only a word is shared", () => {
    store.put(doc("k", "2023-04-01", [person("Kim Jong-un", "PRK", "leader")]));
    store.put(doc("l", "2023-04-02", [person("Kim Yo-jong", "PRK", null)]));
    const kims = listActors(store.db, new ActorCorrections()).filter((a) => a.name.startsWith("Kim"));
    expect(kims.map((a) => a.name).sort()).toEqual(["Kim Jong-un", "Kim Yo-jong"]);
  });

  it("names the file and field of a bad corrections file", () => {
    const file = join(dir, "aliases.json");
    writeFileSync(file, JSON.stringify({ people: [{ name: "Moon Jae-in", country: "Korea" }] }));
    expect(() => ActorCorrections.load(file)).toThrow(/aliases\.json: people\.0\.country/);
    writeFileSync(file, "{ nope");
    expect(() => ActorCorrections.load(file)).toThrow(/aliases\.json: not valid JSON/);
  });

  it("forgets a replaced document's actors", () => {
    store.put({ ...doc("c", "2022-01-05", [country("Japan", "JPN")]), raw: "changed" });
    const names = listActors(store.db, new ActorCorrections()).map((a) => a.name);
    expect(names).not.toContain("Mood");
    expect(names).toContain("Japan");
  });
});
