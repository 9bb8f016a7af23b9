// `npm run fuzz`: generated and mutated inputs of every format through the whole ingest; prints
// inputs run, crashes, hangs, lost inputs, per-file errors by kind and peak memory. Exit code 1 when
// anything but clean per-file errors was found.
import { resolve } from "node:path";
import { Command } from "commander";
import { verdictOf } from "./classify.js";
import { type FuzzReport, fuzz, replay } from "./run.js";
import type { ChildOutcome } from "./spawn.js";

const program = new Command("fuzz")
  .description("Fuzz the whole ingest with generated and mutated inputs of every format")
  .option("--count <n>", "inputs to run", "100000")
  .option("--seed <s>", "seed: the same seed and count make the same inputs", "1")
  .option("--time-limit <seconds>", "start no new batch after this long", "3600")
  .option("--batch <n>", "inputs per ingest call", "1000")
  .option("--timeout <seconds>", "per-document watchdog of the ingest", "10")
  .option("--out <dir>", "where crashes and hangs are saved", "fuzz-findings")
  .option("--replay <files...>", "run saved inputs through one ingest instead")
  .parse();

const o = program.opts<Record<string, string> & { replay?: string[] }>();
const whole = (name: string, value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) program.error(`--${name} must be a whole number, got ${value}`);
  return n;
};

if (o.replay) {
  printReplay(await replay(o.replay, whole("timeout", o.timeout as string)));
} else {
  const report = await fuzz({
    count: whole("count", o.count as string),
    seed: whole("seed", o.seed as string),
    timeLimitSeconds: whole("time-limit", o.timeLimit as string),
    batchSize: Math.max(1, whole("batch", o.batch as string)),
    timeoutSeconds: whole("timeout", o.timeout as string),
    findingsDir: resolve(o.out as string),
    onBatch: (r) =>
      process.stderr.write(
        `  ${r.inputs} inputs, ${r.crashes.length} crashes, ${r.hangs.length} hangs, ${r.lost.length} lost, ${r.peakRssMb} MB peak, ${r.seconds.toFixed(0)} s\n`,
      ),
  });
  printReport(report);
  if (report.crashes.length || report.hangs.length || report.lost.length) process.exitCode = 1;
}

function printReport(r: FuzzReport): void {
  const rate = r.seconds > 0 ? Math.round(r.inputs / r.seconds) : r.inputs;
  console.log(
    `fuzz (seed ${r.seed}): ${r.inputs} inputs in ${r.seconds.toFixed(0)} s (${rate}/s)${r.stoppedByTime ? ", stopped by --time-limit" : ""}`,
  );
  console.log(`  documents stored: ${r.stored}`);
  console.log(
    `  crashes: ${r.crashes.length}   hangs: ${r.hangs.length}   lost or store errors: ${r.lost.length}`,
  );
  console.log(`  slow (stopped by the watchdog, then passed alone with thrice the time): ${r.slow}`);
  console.log(`  peak memory (RSS of an ingest process): ${r.peakRssMb} MB`);
  console.log("  per-file errors by kind:");
  const kinds = Object.entries(r.errorKinds).sort((a, b) => b[1] - a[1]);
  for (const [kind, n] of kinds) console.log(`    ${String(n).padStart(7)}  ${kind}`);
  for (const f of [...r.crashes, ...r.hangs, ...r.lost])
    console.log(
      `  ${f.kind} (seed ${f.seed}, input ${f.index}): ${f.message.slice(0, 300)}${f.file ? `\n    saved: ${f.file}` : ""}`,
    );
}

function printReplay(outcome: ChildOutcome): void {
  if (!outcome.ok) {
    console.log(`${outcome.kind}: ${outcome.message}`);
    process.exitCode = 1;
    return;
  }
  const r = outcome.result;
  console.log(
    `${r.read} documents read, ${r.documents} stored, ${r.failed.length} errors; store check: ${r.integrity}`,
  );
  for (const f of r.failed) {
    // "crash" or "hang" when the message is no clean per-file error (see classify.ts).
    const verdict = verdictOf(f.message);
    if (verdict !== "error") process.exitCode = 1;
    console.log(`  ${verdict}: ${f.path}${f.record !== undefined ? `:${f.record}` : ""}: ${f.message}`);
  }
}
