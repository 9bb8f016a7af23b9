// Stories through the real ingest: reports of one meeting share a story across batches, copies point
// at the first report, a different meeting of the same ministers is its own story.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../../src/pipeline/ingest.js";
import { openDatabase } from "../../src/store/database.js";
import { DocumentStore } from "../../src/store/documents.js";

const julyMeeting = [
  "South Korean Foreign Minister Park Jin met Chinese Foreign Minister Wang Yi in Bali on Thursday on the sidelines of a Group of 20 meeting.",
  "Park asked China to play a constructive role on North Korea, the ministry said.",
  "Wang said Beijing was ready to deepen cooperation with Seoul.",
];
const docs = {
  // Two outlets, same meeting, different words.
  "wire-a": { published: "2022-07-07", source: "Wire A", text: julyMeeting.join("\n") },
  "wire-b": {
    published: "2022-07-08",
    source: "Wire B",
    text: [
      "China's top diplomat Wang Yi held talks with South Korea's Park Jin in Bali on Thursday.",
      "The meeting on the Indonesian island was their first since Park took office in May.",
      "Wang told Park that Beijing wanted stable ties with Seoul.",
    ].join("\n"),
  },
  // A reposted copy of wire-a with a different headline and a trailing line.
  "repost-a": {
    published: "2022-07-09",
    source: "Aggregator",
    text: [...julyMeeting, "Follow us for more news from the region."].join("\n"),
  },
  // Same two ministers, another meeting four months later.
  "busan-talks": {
    published: "2022-11-27",
    source: "Wire A",
    text: [
      "South Korean Foreign Minister Park Jin met Chinese Foreign Minister Wang Yi in Busan on Saturday.",
      "The two ministers discussed supply chains and tourism during two hours of talks.",
      "Park urged Beijing to help restart dialogue with Pyongyang.",
    ].join("\n"),
  },
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "dyad-stories-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeBatch(name: string, ids: (keyof typeof docs)[]): string {
  const folder = join(dir, name);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, "batch.jsonl"), ids.map((id) => JSON.stringify({ id, ...docs[id] })).join("\n"));
  return folder;
}

async function storiesAfter(batches: (keyof typeof docs)[][], db: string) {
  const store = new DocumentStore(openDatabase(join(dir, db)));
  for (const [i, ids] of batches.entries()) await ingest([writeBatch(`${db}-${i}`, ids)], store);
  const out = Object.fromEntries(
    [...store.all()].map((d) => [d.id, { story: d.story, duplicateOf: d.duplicateOf }]),
  );
  store.db.close();
  return out;
}

describe("stories through ingest", () => {
  it("groups the reports of one meeting, links the copy, keeps the other meeting apart", async () => {
    const s = await storiesAfter([["wire-a", "wire-b", "repost-a", "busan-talks"]], "one.db");
    expect(s["wire-b"]?.story).toBe(s["wire-a"]?.story);
    expect(s["repost-a"]?.story).toBe(s["wire-a"]?.story);
    expect(s["repost-a"]?.duplicateOf).toBe("wire-a");
    expect(s["wire-b"]?.duplicateOf).toBeNull();
    expect(s["busan-talks"]?.story).not.toBe(s["wire-a"]?.story);
  });

  it("gives the same stories when the documents arrive in two batches", async () => {
    const once = await storiesAfter([["wire-a", "wire-b", "repost-a", "busan-talks"]], "single.db");
    const twice = await storiesAfter(
      [
        ["wire-a", "busan-talks"],
        ["wire-b", "repost-a"],
      ],
      "double.db",
    );
    expect(twice["wire-b"]?.story).toBe(twice["wire-a"]?.story);
    expect(twice["repost-a"]?.duplicateOf).toBe("wire-a");
    expect(twice["busan-talks"]?.story).toBe(once["busan-talks"]?.story);
  });
});
