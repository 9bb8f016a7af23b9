// One benchmark stage in its own process, so its peak memory (maxRSS) is its own.
// Usage: node dist/bench/stage.js STAGE COUNT CORPUS_DIR
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findActors } from "../actors/stage.js";
import { cleanBody } from "../cleaning/clean.js";
import { rememberQuotes } from "../events/joint.js";
import { extractEvents } from "../events/stage.js";
import { extractArticle } from "../extract/html-article.js";
import { analyse } from "../language/analyse.js";
import type { ActorDocument } from "../model/document.js";
import { ingest } from "../pipeline/ingest.js";
import { analyseDocument } from "../pipeline/process.js";
import { findQuotes } from "../quotes/stage.js";
import { openDatabase } from "../store/database.js";
import { DocumentStore } from "../store/documents.js";
import { generateArticles, generateHtmlPages } from "./corpus.js";

export interface StageResult {
  stage: string;
  articles: number;
  seconds: number;
  perSecond: number;
  /** Articles per second of CPU time (all threads): steadier than wall time on a busy machine. */
  perCpuSecond: number;
  peakRssMB: number;
}

const [stage = "", countArg = "0", corpusDir = ""] = process.argv.slice(2);
const count = Number(countArg);

async function run(): Promise<number> {
  switch (stage) {
    case "clean": {
      // Generate first, then time only the cleaning.
      const articles = [...generateArticles(count)];
      const t = startClock();
      for (const a of articles) cleanBody(a.text, {});
      return performance.now() - t;
    }
    case "extract": {
      const pages = [...generateHtmlPages(count)];
      const t = startClock();
      for (const p of pages) extractArticle(p.html, null);
      return performance.now() - t;
    }
    case "language": {
      const texts = [...generateArticles(count)].map((a) => cleanBody(a.text, {}).text);
      const t = startClock();
      for (const text of texts) analyse(text);
      return performance.now() - t;
    }
    case "actors":
    case "events":
    case "quotes": {
      const analysed = [...generateArticles(count)].map((a, i) =>
        analyseDocument({
          id: `a${i}`,
          origin: { path: "bench", format: "json", encoding: "UTF-8" },
          raw: a.text,
          contentType: "text",
          content: a.text,
          hints: { published: a.published, title: a.title },
        }),
      );
      // Each stage is timed alone, on documents that already carry the layers it reads.
      const docs = stage === "actors" ? analysed : analysed.map(findActors);
      // The pipeline finds the quotations before the events and hands them over (process.ts);
      // without them the events stage would time a second quotes pass of its own.
      if (stage === "events")
        for (const d of docs) rememberQuotes(d as ActorDocument, findQuotes(d as ActorDocument));
      const run = { actors: findActors, events: extractEvents, quotes: findQuotes }[stage];
      const t = startClock();
      for (const d of docs) run(d as ActorDocument);
      return performance.now() - t;
    }
    case "ingest": {
      const dir = mkdtempSync(join(tmpdir(), "dyad-bench-db-"));
      try {
        const store = new DocumentStore(openDatabase(join(dir, "bench.db")));
        const t = startClock();
        const summary = await ingest([corpusDir], store, { workers: Number(process.env.BENCH_WORKERS ?? 2) });
        const ms = performance.now() - t;
        if (summary.failed.length)
          console.error(`${summary.failed.length} failures, first: ${summary.failed[0]?.message}`);
        store.db.close();
        return ms;
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    default:
      throw new Error(`unknown stage ${stage}`);
  }
}

let cpuAtStart = process.cpuUsage();
/** Starts both clocks once the input is ready: only the stage itself is timed. */
function startClock(): number {
  cpuAtStart = process.cpuUsage();
  return performance.now();
}

const ms = await run();
const cpu = process.cpuUsage(cpuAtStart);
const result: StageResult = {
  stage,
  articles: count,
  seconds: ms / 1000,
  perSecond: Math.round(count / (ms / 1000)),
  perCpuSecond: Math.round(count / ((cpu.user + cpu.system) / 1e6)),
  peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
};
console.log(JSON.stringify(result));
