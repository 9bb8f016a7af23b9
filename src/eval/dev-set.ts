// npm run eval: ingest each dev set (dev, dev2) into a temporary database as a user would, export
// JSONL, and score it with the shared scorer; then score their union. Prints every miss per set and
// the metrics side by side, so a change that raises one set and lowers the other shows at once.
// Usage: npm run eval [-- --quiet] [-- --set dev2]
import { execFileSync } from "node:child_process";
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { finished } from "node:stream/promises";
import { writeExport } from "../export/write-export.js";
import { ingest } from "../pipeline/ingest.js";
import { openDatabase } from "../store/database.js";
import { DocumentStore } from "../store/documents.js";
import { devDir, isMainModule } from "./shared-path.js";

export interface Scored {
  metrics: Record<string, number | null>;
  misses: string[];
}

/** The kit's eval folder (beside dev/ and dev2/). */
const evalDir = (): string => resolve(devDir(), "..");

/** True when the shared kit holds both dev sets and the scorer (tests skip otherwise). */
export const devSetsPresent = (): boolean =>
  ["dev/gold.json", "dev2/gold.json", "score.mjs"].every((p) => existsSync(resolve(evalDir(), p)));

/** Ingests the articles into a fresh store in `dir`, exports JSONL, returns the export's path. */
async function ingestAndExport(dir: string, name: string, inputs: string[], log: boolean): Promise<string> {
  const store = new DocumentStore(openDatabase(join(dir, `${name}.db`)));
  const summary = await ingest(inputs, store);
  for (const f of summary.failed) console.error(`ingest error: ${f.path}:${f.record ?? ""} ${f.message}`);
  const exportFile = join(dir, `${name}.jsonl`);
  const out = createWriteStream(exportFile);
  await writeExport(store, "jsonl", out);
  out.end();
  await finished(out);
  store.db.close();
  if (log) console.log(`${name}: ingested ${summary.read} articles in ${summary.seconds.toFixed(2)} s`);
  return exportFile;
}

const score = (gold: string, exportFile: string): Scored =>
  JSON.parse(
    execFileSync(process.execPath, [resolve(evalDir(), "score.mjs"), gold, exportFile, "--json"], {
      encoding: "utf8",
    }),
  );

/** Scores each named set, and their union when there are several: set name → metrics and misses. */
export async function scoreDevSets(sets: string[], log = false): Promise<Map<string, Scored>> {
  const dir = mkdtempSync(join(tmpdir(), "dyad-eval-"));
  try {
    const results = new Map<string, Scored>();
    const golds: { documents: unknown[]; stories: unknown[] }[] = [];
    const inputs: string[] = [];
    for (const set of sets) {
      const articles = resolve(evalDir(), set, "articles.jsonl");
      const gold = resolve(evalDir(), set, "gold.json");
      inputs.push(articles);
      golds.push(JSON.parse(readFileSync(gold, "utf8")));
      results.set(set, score(gold, await ingestAndExport(dir, set, [articles], log)));
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
      results.set("union", score(unionGold, await ingestAndExport(dir, "union", inputs, log)));
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function print(results: Map<string, Scored>, quiet: boolean): void {
  const names = [...results.keys()];
  console.log("");
  if (!quiet) {
    for (const name of names.filter((n) => n !== "union")) {
      const misses = results.get(name)?.misses ?? [];
      console.log(`── ${name}: ${misses.length} misses`);
      for (const m of misses) console.log(`  miss  ${m}`);
    }
    console.log("");
  }
  const metrics = Object.keys(results.get(names[0] as string)?.metrics ?? {});
  const fmt = (v: number | null | undefined): string =>
    v == null ? "n/a" : Number.isInteger(v) ? String(v) : v.toFixed(3);
  console.log(`${"metric".padEnd(26)} ${names.map((n) => n.padStart(7)).join(" ")}`);
  for (const k of metrics) {
    console.log(`${k.padEnd(26)} ${names.map((n) => fmt(results.get(n)?.metrics[k]).padStart(7)).join(" ")}`);
  }
}

if (isMainModule(import.meta.url)) {
  if (!devSetsPresent()) {
    console.error(`${evalDir()}: dev sets not found (set DYAD_SHARED to the shared kit's folder)`);
    process.exit(2);
  }
  const flags = process.argv.slice(2);
  const only = flags.includes("--set") ? flags[flags.indexOf("--set") + 1] : undefined;
  const sets = ["dev", "dev2"].filter((s) => !only || s === only);
  print(await scoreDevSets(sets, true), flags.includes("--quiet"));
}
