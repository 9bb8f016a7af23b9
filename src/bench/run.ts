// npm run bench: generate a fixed synthetic corpus, then time each stage in its own process.
// BENCH_ARTICLES (default 20000) and BENCH_HTML (default 2000) set the corpus size; BENCH_REPEAT (default 3)
// how many times the whole ingest runs (the median is reported, with every run).
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeCorpus } from "./corpus.js";
import type { StageResult } from "./stage.js";

const articles = Number(process.env.BENCH_ARTICLES ?? 20_000);
const html = Number(process.env.BENCH_HTML ?? 2_000);
/** Runs of the whole ingest: one run on a shared or virtual machine can be 10% off either way. */
const repeats = Math.max(1, Number(process.env.BENCH_REPEAT ?? 3));
const stageScript = fileURLToPath(new URL("./stage.js", import.meta.url));
const root = join(tmpdir(), `dyad-bench-${process.pid}`);

function stage(name: string, count: number, corpus = ""): StageResult {
  const out = execFileSync(process.execPath, [stageScript, name, String(count), corpus], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  return JSON.parse(out.trim().split("\n").at(-1) ?? "{}") as StageResult;
}

async function corpus(name: string, n: number, pages: number): Promise<string> {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  const written = await writeCorpus(dir, { articles: n, html: pages });
  console.log(`corpus ${name}: ${n} articles + ${pages} HTML pages, ${(written.bytes / 1e6).toFixed(1)} MB`);
  return dir;
}

const rows: StageResult[] = [];
let runs: StageResult[] = [];
try {
  rows.push(stage("clean", articles));
  rows.push(stage("extract", html));
  rows.push(stage("language", Math.min(articles, 10_000)));
  rows.push(stage("actors", Math.min(articles, 10_000)));
  rows.push(stage("events", Math.min(articles, 10_000)));
  rows.push(stage("quotes", Math.min(articles, 10_000)));
  const single = await corpus("x1", articles, html);
  runs = Array.from({ length: repeats }, () => stage("ingest", articles + html, single));
  const median = [...runs].sort((a, b) => a.perSecond - b.perSecond)[Math.floor(repeats / 2)] as StageResult;
  rows.push({ ...median, stage: `ingest (whole pipeline + SQLite)${repeats > 1 ? "*" : ""}` });
  const double = await corpus("x2", 2 * articles, 2 * html);
  const whole2 = stage("ingest", 2 * (articles + html), double);
  rows.push({ ...whole2, stage: "ingest, corpus doubled" });
} finally {
  rmSync(root, { recursive: true, force: true });
}

console.log(
  `\n${"stage".padEnd(34)}${"articles".padStart(10)}${"seconds".padStart(10)}${"art/s".padStart(10)}${"art/cpu-s".padStart(11)}${"peak MB".padStart(10)}`,
);
for (const r of rows) {
  console.log(
    `${r.stage.padEnd(34)}${String(r.articles).padStart(10)}${r.seconds.toFixed(1).padStart(10)}${String(r.perSecond).padStart(10)}${String(r.perCpuSecond).padStart(11)}${String(r.peakRssMB).padStart(10)}`,
  );
}
if (repeats > 1) {
  const rates = runs.map((r) => r.perSecond).join(", ");
  console.log(`\n* median of ${repeats} runs, in articles/s: ${rates}`);
}
const [a, b] = [rows.at(-2), rows.at(-1)];
if (a && b) console.log(`\npeak memory when the corpus doubles: ${a.peakRssMB} MB → ${b.peakRssMB} MB`);
