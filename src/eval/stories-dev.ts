// Stories on the dev set: documents through the real pipeline, a StoryIndex fed in publication
// order, B-cubed against the gold "stories". Usage: npx tsx src/eval/stories-dev.ts [--verbose]
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { EventDocument, SourceDocument } from "../model/document.js";
import { processDocument } from "../pipeline/process.js";
import { bcubed } from "../stories/bcubed.js";
import { signatureOf } from "../stories/signature.js";
import { StoryIndex } from "../stories/story-index.js";
import { devDir, isMainModule } from "./shared-path.js";

interface Article {
  id: string;
  url: string | null;
  source: string | null;
  published: string | null;
  title: string | null;
  text: string;
}

export function devDocuments(dir = devDir()): EventDocument[] {
  const lines = readFileSync(resolve(dir, "articles.jsonl"), "utf8").split("\n").filter(Boolean);
  return lines.map((line, i) => {
    const a = JSON.parse(line) as Article;
    const src: SourceDocument = {
      id: a.id,
      origin: { path: "articles.jsonl", format: "json", record: i + 1, encoding: "UTF-8" },
      raw: line,
      contentType: "text",
      content: a.text,
      hints: { title: a.title, published: a.published, source: a.source, url: a.url },
    };
    return processDocument(src);
  });
}

/** Publication order; unknown dates last, then by id, as an ingest of dated batches would see them. */
export const byPublication = (x: EventDocument, y: EventDocument): number =>
  (x.meta.published ?? "9999") < (y.meta.published ?? "9999")
    ? -1
    : (x.meta.published ?? "9999") > (y.meta.published ?? "9999")
      ? 1
      : x.id < y.id
        ? -1
        : x.id > y.id
          ? 1
          : 0;

export interface StoriesDevReport {
  precision: number;
  recall: number;
  f1: number;
  predicted: Map<string, string>;
  duplicates: [string, string][];
  /** Gold stories merged with another gold story by the prediction (must stay empty). */
  wrongMerges: string[][];
}

export function runStoriesDev(dir = devDir()): StoriesDevReport {
  const gold = JSON.parse(readFileSync(resolve(dir, "gold.json"), "utf8")) as { stories: string[][] };
  const docs = devDocuments(dir).sort(byPublication);
  const index = new StoryIndex();
  const predicted = new Map<string, string>();
  const duplicates: [string, string][] = [];
  for (const d of docs) {
    const r = index.add(signatureOf(d));
    predicted.set(d.id, r.story);
    if (r.duplicateOf) duplicates.push([d.id, r.duplicateOf]);
  }
  const goldOf = new Map<string, string>();
  gold.stories.forEach((g, i) => {
    for (const id of g) goldOf.set(id, `g${i}`);
  });
  const scores = bcubed(goldOf, predicted);
  const wrongMerges: string[][] = [];
  const byPred = new Map<string, Set<string>>();
  for (const [id, s] of predicted) {
    const g = goldOf.get(id);
    if (g) byPred.set(s, (byPred.get(s) ?? new Set()).add(g));
  }
  for (const [s, gs] of byPred) if (gs.size > 1) wrongMerges.push([s, ...gs]);
  return { ...scores, predicted, duplicates, wrongMerges };
}

if (isMainModule(import.meta.url)) {
  const r = runStoriesDev();
  if (process.argv.includes("--verbose"))
    for (const [id, s] of [...r.predicted].sort()) console.log(`${id}\t${s}`);
  for (const [a, b] of r.duplicates) console.log(`duplicate: ${a} → ${b}`);
  for (const m of r.wrongMerges) console.log(`wrong merge: ${m.join(" ")}`);
  console.log(
    `story_bcubed  P ${r.precision.toFixed(3)}  R ${r.recall.toFixed(3)}  F1 ${r.f1.toFixed(3)}  ` +
      `(${r.predicted.size} docs, ${new Set(r.predicted.values()).size} stories, ${r.duplicates.length} duplicates)`,
  );
}
