// npm run eval: ingest the dev articles into a temporary database, export JSONL, print the scorer's report.
import { execFileSync } from "node:child_process";
import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { finished } from "node:stream/promises";
import { writeExport } from "../export/write-export.js";
import { ingest } from "../pipeline/ingest.js";
import { openDatabase } from "../store/database.js";
import { DocumentStore } from "../store/documents.js";
import { sharedPath } from "./shared-path.js";

const articles = sharedPath("eval/dev/articles.jsonl");
const gold = sharedPath("eval/dev/gold.json");
const scorer = sharedPath("eval/score.mjs");

const dir = mkdtempSync(join(tmpdir(), "dyad-eval-"));
try {
  const store = new DocumentStore(openDatabase(join(dir, "eval.db")));
  const summary = await ingest([articles], store);
  for (const f of summary.failed) console.error(`ingest error: ${f.path}:${f.record ?? ""} ${f.message}`);
  const exportFile = join(dir, "export.jsonl");
  const out = createWriteStream(exportFile);
  await writeExport(store, "jsonl", out);
  out.end();
  await finished(out);
  store.db.close();
  console.log(`ingested ${summary.read} dev articles in ${summary.seconds.toFixed(2)} s\n`);
  const args = [scorer, gold, exportFile, ...process.argv.slice(2)];
  process.stdout.write(execFileSync(process.execPath, args, { encoding: "utf8" }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
