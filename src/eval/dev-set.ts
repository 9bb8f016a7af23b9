// npm run eval: ingest each dev set (dev, dev2) into a temporary database as a user would, export
// JSONL, and score it with the shared scorer; then score their union. Prints every miss per set and
// the metrics side by side, so a change that raises one set and lowers the other shows at once.
// Usage: npm run eval [-- --quiet] [-- --set dev2]
import { execFileSync } from "node:child_process";
import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { finished } from "node:stream/promises";
import { writeExport } from "../export/write-export.js";
import { ingest } from "../pipeline/ingest.js";
import { openDatabase } from "../store/database.js";
import { DocumentStore } from "../store/documents.js";
import { sharedPath } from "./shared-path.js";

interface Scored {
  metrics: Record<string, number | null>;
  misses: string[];
}

const flags = process.argv.slice(2);
const quiet = flags.includes("--quiet");
const only = flags.includes("--set") ? flags[flags.indexOf("--set") + 1] : undefined;
const sets = ["dev", "dev2"].filter((s) => !only || s === only);
const scorer = sharedPath("eval/score.mjs");
const dir = mkdtempSync(join(tmpdir(), "dyad-eval-"));

/** Ingests the articles into a fresh store, exports JSONL, returns the export's path. */
async function ingestAndExport(name: string, inputs: string[]): Promise<string> {
  const store = new DocumentStore(openDatabase(join(dir, `${name}.db`)));
  const summary = await ingest(inputs, store);
  for (const f of summary.failed) console.error(`ingest error: ${f.path}:${f.record ?? ""} ${f.message}`);
  const exportFile = join(dir, `${name}.jsonl`);
  const out = createWriteStream(exportFile);
  await writeExport(store, "jsonl", out);
  out.end();
  await finished(out);
  store.db.close();
  console.log(`${name}: ingested ${summary.read} articles in ${summary.seconds.toFixed(2)} s`);
  return exportFile;
}

const score = (gold: string, exportFile: string): Scored =>
  JSON.parse(execFileSync(process.execPath, [scorer, gold, exportFile, "--json"], { encoding: "utf8" }));

try {
  const results = new Map<string, Scored>();
  const golds: { documents: unknown[]; stories: unknown[] }[] = [];
  const inputs: string[] = [];
  for (const set of sets) {
    const articles = sharedPath(`eval/${set}/articles.jsonl`);
    const gold = sharedPath(`eval/${set}/gold.json`);
    inputs.push(articles);
    golds.push(JSON.parse(readFileSync(gold, "utf8")));
    results.set(set, score(gold, await ingestAndExport(set, [articles])));
  }
  if (sets.length > 1) {
    // The union is ingested together: stories may (wrongly) join across the two sets.
    const unionGold = join(dir, "union-gold.json");
    const union = {
      version: 1,
      documents: golds.flatMap((g) => g.documents),
      stories: golds.flatMap((g) => g.stories),
    };
    writeFileSync(unionGold, JSON.stringify(union));
    results.set("union", score(unionGold, await ingestAndExport("union", inputs)));
  }
  console.log("");
  if (!quiet) {
    for (const set of sets) {
      const misses = results.get(set)?.misses ?? [];
      console.log(`── ${set}: ${misses.length} misses`);
      for (const m of misses) console.log(`  miss  ${m}`);
    }
    console.log("");
  }
  const names = [...results.keys()];
  const metrics = Object.keys(results.get(names[0] as string)?.metrics ?? {});
  const fmt = (v: number | null | undefined): string =>
    v == null ? "n/a" : Number.isInteger(v) ? String(v) : v.toFixed(3);
  console.log(`${"metric".padEnd(26)} ${names.map((n) => n.padStart(7)).join(" ")}`);
  for (const k of metrics) {
    console.log(`${k.padEnd(26)} ${names.map((n) => fmt(results.get(n)?.metrics[k]).padStart(7)).join(" ")}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
