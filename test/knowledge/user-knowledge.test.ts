// A user extends Dyad's tables by putting files with the same path as under data/ in a folder
// and pointing DYAD_KNOWLEDGE at it; the pipeline's output changes as they would expect.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { KnowledgeError, resetKnowledge, table } from "../../src/knowledge/load.js";
import type { EventDocument, SourceDocument } from "../../src/model/document.js";
import { processDocument } from "../../src/pipeline/process.js";
import { signatureOf } from "../../src/stories/signature.js";
import { StoryIndex } from "../../src/stories/story-index.js";
import { original, otherOutlet } from "../stories/fixtures.js";
import { doc } from "../stories/helpers.js";

const made: string[] = [];
const saved = process.env.DYAD_KNOWLEDGE;

/** A user's knowledge folder holding these files (paths relative to it). */
function knowledgeDir(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), "dyad-knowledge-"));
  made.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), typeof content === "string" ? content : JSON.stringify(content));
  }
  return dir;
}

function useKnowledge(dir: string | undefined): void {
  if (dir === undefined) delete process.env.DYAD_KNOWLEDGE;
  else process.env.DYAD_KNOWLEDGE = dir;
  resetKnowledge();
}

afterEach(() => useKnowledge(saved));
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function run(text: string): EventDocument {
  const src: SourceDocument = {
    id: "t",
    origin: { path: "t.txt", format: "text", encoding: "UTF-8" },
    raw: text,
    contentType: "text",
    content: text,
    hints: { published: "2024-03-12", source: "Wire" },
  };
  return processDocument(src);
}

const eventsOf = (text: string) =>
  run(text).events.map((e) => `${e.code} ${e.source.country}>${e.target?.country}`);

describe("DYAD_KNOWLEDGE extends the event patterns", () => {
  const text =
    "NAIROBI (Wire) - Kenya's foreign minister parleyed with his Ethiopian counterpart in Nairobi on Monday, officials said.";
  const parley = { id: "parley-with", code: "043", words: "parley", target: ["with"], symmetric: true };

  it("codes a verb the shipped patterns do not know, from events/patterns.json", () => {
    expect(eventsOf(text)).toEqual([]);
    useKnowledge(knowledgeDir({ "events/patterns.json": { patterns: [parley] } }));
    expect(eventsOf(text)).toEqual(["043 KEN>ETH"]);
  });

  it("still reads patterns.json at the top of the folder, as before", () => {
    useKnowledge(knowledgeDir({ "patterns.json": { patterns: [parley] } }));
    expect(eventsOf(text)).toEqual(["043 KEN>ETH"]);
  });

  it("replaces a shipped pattern with the same id and keeps the others", () => {
    const shipped = table("events/patterns.json").patterns;
    const first = shipped[0];
    if (!first) throw new Error("no shipped pattern");
    useKnowledge(knowledgeDir({ "events/patterns.json": { patterns: [{ ...first, code: "043" }] } }));
    const patterns = table("events/patterns.json").patterns;
    expect(patterns).toHaveLength(shipped.length);
    expect(patterns[0]?.code).toBe("043");
  });
});

describe("DYAD_KNOWLEDGE extends the CAMEO codebook", () => {
  it("gives a code the user's Goldstein score", () => {
    const text = "NAIROBI (Wire) - Kenya's president met Ethiopia's prime minister in Nairobi on Monday.";
    expect(run(text).events.map((e) => [e.code, e.goldstein])).toEqual([["040", 1]]);
    const entry = table("events/cameo-codebook.json").codes.find((c) => c.code === "040");
    useKnowledge(knowledgeDir({ "events/cameo-codebook.json": { codes: [{ ...entry, goldstein: 2.5 }] } }));
    expect(run(text).events.map((e) => [e.code, e.goldstein])).toEqual([["040", 2.5]]);
  });
});

describe("DYAD_KNOWLEDGE extends the quote cues", () => {
  it("attributes a quote to its speaker by a cue verb the user adds", () => {
    const text = '"Talks will resume in March," Kenya\'s foreign minister harrumphed on Tuesday.';
    expect(run(text).quotes.map((q) => q.speakerCountry)).toEqual([null]);
    useKnowledge(knowledgeDir({ "quotes/cues.json": { finite: ["harrumphed"] } }));
    const quotes = run(text).quotes;
    expect(quotes.map((q) => [q.text, q.speakerCountry])).toEqual([["Talks will resume in March", "KEN"]]);
    // The shipped cues are still there: the user's list is appended to.
    expect(table("quotes/cues.json").finite).toContain("said");
  });
});

describe("DYAD_KNOWLEDGE extends the cleaner's lexicon", () => {
  it("removes a marker line the user names", () => {
    const text =
      "NAIROBI (Wire) - Kenya's president met Ethiopia's prime minister in Nairobi on Monday.\n\n" +
      "Scroll down for the full dispatch\n\nThe two leaders discussed trade.";
    expect(run(text).text).toContain("Scroll down");
    useKnowledge(knowledgeDir({ "cleaning/markers.json": { lines: ["scroll down for the full dispatch"] } }));
    const d = run(text);
    expect(d.text).not.toContain("Scroll down");
    expect(d.removed.map((r) => [r.text, r.reason])).toEqual([
      ["Scroll down for the full dispatch", "marker"],
    ]);
  });
});

describe("DYAD_KNOWLEDGE extends the stories settings", () => {
  const story = (index: StoryIndex) =>
    [original, otherOutlet].map((s) => index.add(signatureOf(doc(s))).story);

  it("keeps two reports apart when the user raises the threshold, and the other settings stay", () => {
    const [a, b] = story(new StoryIndex());
    expect(b).toBe(a);
    useKnowledge(knowledgeDir({ "stories/config.json": { threshold: 5, weights: { event: 0.5 } } }));
    const [c, d] = story(new StoryIndex());
    expect(d).not.toBe(c);
    const config = table("stories/config.json");
    expect(config.weights).toEqual({ event: 0.5, persons: 0.25, vocab: 0.45, conflict: 0.6 });
    expect(config.copyJaccard).toBe(0.8);
  });
});

describe("a word list (.txt) is extended line by line", () => {
  it("adds the user's sentence starters", () => {
    useKnowledge(knowledgeDir({ "language/sentence-starters.txt": "# mine\nMeanwhile\n" }));
    const starters = table("language/sentence-starters.txt");
    expect(starters).toContain("Meanwhile");
    expect(starters).toContain("About");
    expect(starters).not.toContain("# mine");
  });
});

describe("a bad user file is an error naming the file and the field", () => {
  it("names a field of the wrong type", () => {
    const dir = knowledgeDir({ "cleaning/navigation.json": { bulletWidgetMaxWords: "five" } });
    useKnowledge(dir);
    expect(() => table("cleaning/navigation.json")).toThrow(KnowledgeError);
    expect(() => table("cleaning/navigation.json")).toThrow(
      `${join(dir, "cleaning/navigation.json")}: bulletWidgetMaxWords: Invalid input: expected number, received string`,
    );
  });

  it("names the entry of a list", () => {
    useKnowledge(
      knowledgeDir({
        "events/patterns.json": { patterns: [{ id: "p1", code: "43x", words: "w", target: [] }] },
      }),
    );
    expect(() => table("events/patterns.json")).toThrow(
      /events\/patterns\.json: patterns\.0\.code \(p1\): a CAMEO code/,
    );
  });

  it("names a field the table does not have (a misspelt key is not ignored)", () => {
    useKnowledge(knowledgeDir({ "quotes/cues.json": { finites: ["harrumphed"] } }));
    expect(() => table("quotes/cues.json")).toThrow(/quotes\/cues\.json: finites: unknown field/);
  });

  it("names a file that is not JSON", () => {
    useKnowledge(knowledgeDir({ "events/sides.json": "{ eventNouns: [" }));
    expect(() => table("events/sides.json")).toThrow(/events\/sides\.json: not valid JSON/);
  });
});

describe("DYAD_KNOWLEDGE itself", () => {
  it("is an error when it names nothing", () => {
    useKnowledge(join(tmpdir(), "no-such-dyad-knowledge-4711"));
    expect(() => table("events/sides.json")).toThrow(
      /no-such-dyad-knowledge-4711: knowledge directory not found/,
    );
  });

  it("is an error when it names a file that is not a corrections file", () => {
    const dir = knowledgeDir({ "notes.txt": "hello" });
    useKnowledge(join(dir, "notes.txt"));
    expect(() => table("events/sides.json")).toThrow(/notes\.txt: DYAD_KNOWLEDGE must name a folder/);
  });
});
