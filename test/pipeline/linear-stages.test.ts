// Every stage costs work in proportion to its input: a document twice as long costs about twice
// as much, whether it is one run-on line or many short sentences naming the same people again and
// again (a multi-MB document of either kind took minutes, or ran out of memory, when a stage compared
// each name or event with every earlier one). Work is counted in executed code blocks, not timed.
import { afterAll, describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/model/document.js";
import { countBlocks, countBlocksIn, startCounting, stopCounting } from "./work.js";

await startCounting();
const { findActors } = await import("../../src/actors/stage.js");
const { analyseDocument, cleanDocument, processBatchForStore } = await import(
  "../../src/pipeline/process.js"
);
afterAll(stopCounting);

const runOn = (
  "the Chinese foreign ministry said that Japan would not attack South Korea if talks resume and " +
  "Kishida told Yoon in Seoul that Biden and Xi would meet while Kishida and Yoon agreed with Macron " +
  "that Scholz should call Modi and officials said Erdogan warned Netanyahu and Ruto thanked Abiy"
).split(" ");

// Sentences built from parts, different enough that cleaning keeps them all (a near copy is noise).
const who = [
  "Japanese Prime Minister Fumio Kishida",
  "Kishida",
  "South Korean President Yoon Suk-yeol",
  "Yoon",
  "Chinese Foreign Minister Wang Yi",
  "Wang",
  "his counterpart",
  "the two ministers",
  "Russian officials",
  "Kenyan President William Ruto",
  "Ruto",
];
const did = ["met", "criticised", "praised", "accused", "warned", "thanked", "called", "urged"];
const whom = ["Kishida", "Yoon", "Wang", "Ruto", "Beijing", "Tokyo", "Seoul", "Moscow", "Nairobi"];
const over =
  "trade tariffs missiles borders refugees energy grain fishing shipping islands nuclear talks sanctions elections loans ports railways drones visas students climate water mines chips vaccines cables airspace history".split(
    " ",
  );

/** A seeded pick from a list (the same texts every run). */
function picker(seed: number): <T>(list: readonly T[]) => T {
  let state = seed;
  return <T>(list: readonly T[]): T => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) | 0;
    return list[((state >>> 8) & 0xffff) % list.length] as T;
  };
}

function sentenceText(chars: number): string {
  const pick = picker(7);
  const out: string[] = [];
  for (let n = 0; n < chars; ) {
    const s = pick([0, 1, 2])
      ? `${pick(who)} ${pick(did)} ${pick(whom)} over ${pick(over)}, ${pick(over)} and ${pick(over)} on Monday, ${pick(who)} said.`
      : `"We ${pick(did)} ${pick(whom)} over ${pick(over)} and ${pick(over)}," ${pick(who)} told reporters.`;
    out.push(s);
    n += s.length + 1;
  }
  return out.join(" ");
}

function text(kind: "line" | "sentences", chars: number): string {
  if (kind === "sentences") return sentenceText(chars);
  const out: string[] = [];
  for (let n = 0, i = 0; n < chars; i++) {
    const w = runOn[i % runOn.length] as string;
    out.push(w);
    n += w.length + 1;
  }
  return out.join(" ");
}

const doc = (body: string): SourceDocument => ({
  id: "long",
  origin: { path: "test", format: "text", encoding: "UTF-8" },
  raw: body,
  contentType: "text",
  content: body,
  hints: { published: "2024-03-11" },
});

/** What the actors stage made of the text, to check that the input was not mostly cleaned away. */
let mentions = 0;

async function actorsWork(kind: "line" | "sentences", chars: number): Promise<number> {
  const analysed = analyseDocument(doc(text(kind, chars)));
  return countBlocks("/src/actors/", () => {
    mentions = findActors(analysed).mentions.length;
  });
}

describe("the actors stage is linear in its input", () => {
  for (const kind of ["line", "sentences"] as const)
    it(`on ${kind === "line" ? "one run-on line" : "many short sentences"}`, async () => {
      await actorsWork(kind, 2_000); // knowledge and models load on first use
      const one = await actorsWork(kind, 60_000);
      const few = mentions;
      const two = await actorsWork(kind, 120_000);
      expect(mentions).toBeGreaterThan(1.8 * few);
      if (process.env.DYAD_SHOW_WORK) console.log(kind, one, two, two / one, few, mentions);
      expect(two / one).toBeLessThan(2.4);
    }, 120_000);
});

const AREAS = ["cleaning", "language", "actors", "events", "quotes", "stories", "pipeline", "store"];

async function pipelineWork(kind: "line" | "sentences", chars: number): Promise<Record<string, number>> {
  const d = doc(text(kind, chars));
  const counts = await countBlocksIn(
    AREAS.map((a) => `/src/${a}/`),
    () => processBatchForStore([d], [""]),
  );
  return Object.fromEntries(AREAS.map((a) => [a, counts[`/src/${a}/`] as number]));
}

describe("every stage of the pipeline is linear in its input", () => {
  for (const kind of ["line", "sentences"] as const)
    it(`on ${kind === "line" ? "one run-on line" : "many short sentences"}`, async () => {
      await pipelineWork(kind, 2_000);
      const one = await pipelineWork(kind, 60_000);
      const two = await pipelineWork(kind, 120_000);
      const ratios = Object.fromEntries(
        AREAS.map((a) => [a, (two[a] as number) / Math.max(1, one[a] as number)]),
      );
      if (process.env.DYAD_SHOW_WORK) console.log(kind, one, ratios);
      // Cleaning is checked on its own below: its near-copy search costs more per sentence as
      // trigrams recur, up to a bound reached only in longer documents.
      for (const a of AREAS) if (a !== "cleaning" || kind === "line") expect(ratios[a], a).toBeLessThan(2.4);
    }, 180_000);
});

/** Sentences sharing most of their words, but not enough to be copies of one another (a register). */
function framed(chars: number): string {
  const pick = picker(11);
  const out: string[] = [];
  for (let n = 0; n < chars; ) {
    const first = pick(over);
    const s = `${first.charAt(0).toUpperCase()}${first.slice(1)}, ${pick(over)}, ${pick(over)} and ${pick(over)} topped the agenda, officials in the capital said after the talks ended without agreement.`;
    out.push(s);
    n += s.length + 1;
  }
  return out.join(" ");
}

describe("cleaning is linear in its input", () => {
  it("on many sentences sharing most of their words", async () => {
    const kept: number[] = [];
    const work = (chars: number) => {
      const d = doc(framed(chars));
      return countBlocks("/src/cleaning/", () => kept.push(cleanDocument(d).text.length));
    };
    await work(2_000);
    const one = await work(400_000);
    const two = await work(800_000);
    // Not near copies: (nearly) every sentence is kept.
    expect(kept[1]).toBeGreaterThan(340_000);
    expect(kept[2]).toBeGreaterThan(680_000);
    if (process.env.DYAD_SHOW_WORK) console.log("cleaning", one, two, two / one);
    // (Before: 2.39x, and twenty times the work at 800 KB.)
    expect(two / one).toBeLessThan(2.2);
  }, 180_000);
});
