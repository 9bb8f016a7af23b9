// `npm run eval:aeb`: Dyad's HTML extraction on the Zyte Article Extraction Benchmark, beside published peers.
// Options: --out FILE (predictions JSON, score_aeb.py format), --worst N (list the N worst pages by F1).
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { extractArticle } from "../extract/html-article.js";
import { docCounts, scoreAeb } from "./aeb-metric.js";
import { aebDir, loadAeb, loadPeers } from "./aeb-suite.js";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function main(): void {
  const dir = aebDir();
  if (!existsSync(resolve(dir, "ground-truth.json"))) {
    console.error(
      `The Zyte AEB suite is not at ${dir}.\n` +
        "It lives in the shared folder beside the project (../shared/suites/zyte-aeb); " +
        "set DYAD_SHARED=/path/to/shared if it is elsewhere.",
    );
    process.exit(2);
  }
  const suite = loadAeb(dir);
  const preds = new Map<string, string>();
  const output: Record<string, { articleBody: string; url: string | null }> = {};

  // One warm-up pass so the timing measures steady-state throughput, not JIT compilation.
  for (const p of suite.pages.slice(0, 20)) extractArticle(p.html);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (const p of suite.pages) {
    const { text, meta } = extractArticle(p.html);
    preds.set(p.id, text);
    output[p.id] = { articleBody: text, url: meta.url ?? null };
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const pagesPerSec = suite.pages.length / seconds;
  // CPU time is the steadier figure on a shared machine (it includes the GC's helper threads).
  const pagesPerCpuSec = suite.pages.length / ((cpu.user + cpu.system) / 1e6);

  const out = resolve(arg("--out") ?? ".tmp/zyte-aeb/dyad.json");
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify({ version: "dyad", output }, null, 1));

  const rows: [string, ReturnType<typeof scoreAeb>, string][] = [
    ["dyad", scoreAeb(suite.truth, preds), pagesPerSec.toFixed(0)],
  ];
  for (const [name, peer] of loadPeers(dir)) rows.push([name, scoreAeb(suite.truth, peer), "-"]);

  console.log(`Zyte AEB: ${suite.pages.length} pages, ${suite.truth.size} with ground truth`);
  console.log("extractor        precision  recall  F1     pages/s");
  for (const [name, s, speed] of rows) {
    console.log(
      `${name.padEnd(16)} ${s.precision.toFixed(3).padStart(9)}  ${s.recall.toFixed(3).padStart(6)}  ${s.f1.toFixed(3)}  ${speed.padStart(7)}`,
    );
  }
  console.log(
    `dyad speed: ${pagesPerSec.toFixed(0)} pages/s wall clock, ${pagesPerCpuSec.toFixed(0)} pages per CPU second (one thread)`,
  );
  console.log(`predictions: ${out}  (check: python3 ${dir}/score_aeb.py ${dir}/ground-truth.json ${out})`);

  const worst = Number(arg("--worst") ?? 0);
  if (worst > 0) {
    const perDoc = [...suite.truth].map(([id, t]) => {
      const c = docCounts(t, preds.get(id) ?? "");
      const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
      const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
      return { id, p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
    });
    perDoc.sort((a, b) => a.f - b.f);
    for (const d of perDoc.slice(0, worst)) {
      console.log(`${d.id.slice(0, 12)}  P=${d.p.toFixed(2)} R=${d.r.toFixed(2)} F1=${d.f.toFixed(2)}`);
    }
  }
}

main();
