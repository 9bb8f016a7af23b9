// One rule for a name the user gives: events --actor, quotes --speaker and actors --name agree.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ActorCorrections } from "../../src/actors/corrections.js";
import { ingest } from "../../src/pipeline/ingest.js";
import { ambiguity, matchActor, nameMatches } from "../../src/store/actor-match.js";
import { openDatabase } from "../../src/store/database.js";
import { DocumentStore } from "../../src/store/documents.js";
import { queryEvents } from "../../src/store/event-queries.js";
import { queryQuotes } from "../../src/store/quote-queries.js";

const records = [
  {
    id: "seoul-visit",
    published: "2024-11-05",
    text: 'SEOUL — Chinese Foreign Minister Wang Yi met South Korean Foreign Minister Cho Tae-yul in Seoul on Tuesday.\n"Our two countries must deepen cooperation," Wang said after the talks.',
  },
  {
    id: "defence-plan",
    published: "2024-11-06",
    text: 'BEIJING — Chinese Foreign Ministry spokesman Wang Wenbin on Wednesday condemned Japan over its new defence plan.\n"Japan should stop hyping the so-called China threat," Wang Wenbin told reporters.',
  },
  {
    id: "sochi-talks",
    published: "2024-11-07",
    text: 'ANKARA — Turkish President Recep Tayyip Erdoğan met Russian President Vladimir Putin in Sochi on Thursday.\n"We discussed trade and energy," Erdoğan said.',
  },
];

let dir: string;
let store: DocumentStore;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "dyad-actor-match-"));
  mkdirSync(join(dir, "in"));
  writeFileSync(join(dir, "in", "wire.jsonl"), records.map((r) => JSON.stringify(r)).join("\n"));
  store = new DocumentStore(openDatabase(join(dir, "t.db")));
  await ingest([join(dir, "in")], store, { workers: 0 });
}, 60_000);
afterAll(() => {
  store.db.close();
  rmSync(dir, { recursive: true, force: true });
});

const speakers = (q: string) => new Set(queryQuotes(store.db, { speaker: q }).map((x) => x.speakerName));
const eventDocs = (q: string) => new Set(queryEvents(store.db, { actor: q }).map((e) => e.docId));

describe("the actor matching rule", () => {
  it("matches full names, surnames and other name words, case and accents aside", () => {
    expect(nameMatches("Wang", "Wang Yi")).toBe(true);
    expect(nameMatches("wang yi", "Wang Yi")).toBe(true);
    expect(nameMatches("ERDOGAN", "Recep Tayyip Erdoğan")).toBe(true);
    expect(nameMatches("Cho Taeyul", "Cho Tae-yul")).toBe(true);
    expect(nameMatches("Li", "Lim Jae-sung")).toBe(false);
    expect(nameMatches("Wang Yi", "Wang Wenbin")).toBe(false);
    expect(nameMatches("", "Wang Yi")).toBe(false);
  });

  it("finds the same people for events --actor and quotes --speaker given a surname", () => {
    expect(eventDocs("Wang")).toEqual(new Set(["seoul-visit", "defence-plan"]));
    expect(speakers("Wang")).toEqual(new Set(["Wang Yi", "Wang Wenbin"]));
    expect(eventDocs("wang yi")).toEqual(new Set(["seoul-visit"]));
    expect(speakers("wang yi")).toEqual(new Set(["Wang Yi"]));
  });

  it("folds accents and case on both commands", () => {
    expect(eventDocs("erdogan")).toEqual(new Set(["sochi-talks"]));
    expect(speakers("ERDOGAN")).toEqual(new Set(["Recep Tayyip Erdoğan"]));
  });

  it("says when a surname names several people, and not when it names one", () => {
    const wang = matchActor(store.db, "Wang");
    expect(wang.actors.map((a) => a.name).sort()).toEqual(["Wang Wenbin", "Wang Yi"]);
    expect(ambiguity(wang)).toMatch(/2 people: .*Wang Wenbin.*Wang Yi/);
    expect(ambiguity(matchActor(store.db, "Putin"))).toBeNull();
  });

  it("finds an actor by an alias from the user's corrections, on every spelling stored", () => {
    const corrections = new ActorCorrections({
      people: [{ name: "Recep Tayyip Erdoğan", aliases: ["The Reis"] }],
      ignore: [],
    });
    const match = matchActor(store.db, "the reis", corrections);
    expect(match.names).toContain("Recep Tayyip Erdoğan");
    expect(queryEvents(store.db, { actor: match }).map((e) => e.docId)).toEqual(["sochi-talks"]);
  });

  it("finds nothing for a name nobody bears", () => {
    expect(queryEvents(store.db, { actor: "Li" })).toEqual([]);
    expect(queryQuotes(store.db, { speaker: "Li" })).toEqual([]);
  });
});
