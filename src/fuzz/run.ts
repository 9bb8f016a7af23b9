// The fuzz loop: inputs made in batches, each batch written to a temporary folder and ingested in a
// child process into a new store; a batch that crashes or hangs is narrowed down to its culprit
// (the file it was reading, else by halves), which is saved, and the rest is run again without it.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import type { BatchResult } from "./child.js";
import { kindOf, verdictOf } from "./classify.js";
import { type Finding, type FindingKind, saveFinding } from "./findings.js";
import { type FuzzInput, makeInput } from "./inputs.js";
import { runChild } from "./spawn.js";

export interface FuzzOptions {
  count: number;
  seed: number;
  /** Stop starting new batches after this long. */
  timeLimitSeconds: number;
  batchSize: number;
  /** The ingest's per-document watchdog. */
  timeoutSeconds: number;
  /** Where crashes, hangs and lost inputs are saved. */
  findingsDir: string;
  onBatch?: (report: FuzzReport) => void;
}

export interface FuzzReport {
  seed: number;
  inputs: number;
  stored: number;
  crashes: Finding[];
  hangs: Finding[];
  /** Inputs neither stored nor named by an error, and stores that failed their checks. */
  lost: Finding[];
  errorKinds: Record<string, number>;
  /** Documents the watchdog stopped that passed when run again alone with more time. */
  slow: number;
  peakRssMb: number;
  seconds: number;
  stoppedByTime: boolean;
}

export async function fuzz(options: FuzzOptions): Promise<FuzzReport> {
  const started = performance.now();
  const report: FuzzReport = {
    seed: options.seed,
    inputs: 0,
    stored: 0,
    crashes: [],
    hangs: [],
    lost: [],
    errorKinds: {},
    slow: 0,
    peakRssMb: 0,
    seconds: 0,
    stoppedByTime: false,
  };
  const root = mkdtempSync(join(tmpdir(), "dyad-fuzz-"));
  let groups = 0;
  const record = (kind: FindingKind, input: FuzzInput | undefined, message: string) => {
    const finding = saveFinding(
      options.findingsDir,
      { kind, seed: options.seed, index: input?.index ?? -1, message },
      input,
    );
    (kind === "crash" ? report.crashes : kind === "hang" ? report.hangs : report.lost).push(finding);
  };

  // Runs a group of inputs; on a crash or hang, finds the culprit and runs the rest again.
  const runGroup = async (inputs: FuzzInput[]): Promise<void> => {
    if (!inputs.length) return;
    const id = groups++;
    const dir = join(root, `g${id}`);
    mkdirSync(dir);
    for (const input of inputs) writeFileSync(join(dir, input.name), input.bytes);
    const bound = (60 + inputs.length * 0.25 + options.timeoutSeconds * 4) * 1000;
    const outcome = await runChild(
      { dir, db: join(root, `g${id}.db`), timeoutSeconds: options.timeoutSeconds, workers: 1 },
      bound,
    );
    rmSync(dir, { recursive: true, force: true });
    for (const suffix of ["", "-wal", "-shm"]) rmSync(join(root, `g${id}.db${suffix}`), { force: true });
    if (outcome.ok) {
      for (const [input, message] of account(outcome.result, inputs)) await confirmHang(input, message);
      return;
    }
    if (inputs.length === 1) return record(outcome.kind, inputs[0], outcome.message);
    const suspect = inputs.find((i) => outcome.lastOpened && basename(outcome.lastOpened) === i.name);
    if (suspect) {
      const rest = inputs.filter((i) => i !== suspect);
      await runGroup([suspect]);
      return runGroup(rest);
    }
    const half = Math.ceil(inputs.length / 2);
    await runGroup(inputs.slice(0, half));
    await runGroup(inputs.slice(half));
  };

  /**
   * A document the watchdog stopped is run again alone with thrice the time: on a loaded machine a
   * slow one is no hang (counted as slow); one that is stopped again, or never ends, is.
   */
  const confirmHang = async (input: FuzzInput | undefined, message: string) => {
    if (!input) return record("hang", input, message);
    const dir = join(root, `retry${groups++}`);
    mkdirSync(dir);
    writeFileSync(join(dir, input.name), input.bytes);
    const timeoutSeconds = options.timeoutSeconds * 3;
    const outcome = await runChild(
      { dir, db: join(dir, "retry.db"), timeoutSeconds, workers: 1 },
      (60 + timeoutSeconds * 4) * 1000,
    );
    rmSync(dir, { recursive: true, force: true });
    const again = outcome.ok ? outcome.result.failed.find((f) => verdictOf(f.message) === "hang") : outcome;
    if (again) record("hang", input, message);
    else report.slow++;
  };

  /** Counts a batch's outcome; returns the documents the watchdog stopped, to be confirmed. */
  const account = (result: BatchResult, inputs: FuzzInput[]): [FuzzInput | undefined, string][] => {
    const stopped: [FuzzInput | undefined, string][] = [];
    report.peakRssMb = Math.max(report.peakRssMb, result.peakRssMb);
    const byName = new Map(inputs.map((i) => [i.name, i]));
    const named = new Set<string>();
    for (const f of result.failed) {
      const input = byName.get(basename(f.path));
      if (!input || !result.files.some((file) => resolve(file) === resolve(f.path)))
        record("lost", input, `an error that names no input file: ${f.path}: ${f.message}`);
      named.add(basename(f.path));
      const verdict = verdictOf(f.message);
      if (verdict === "hang") stopped.push([input, `${f.path}: ${f.message}`]);
      else if (verdict === "crash") record(verdict, input, `${f.path}: ${f.message}`);
      else report.errorKinds[kindOf(f.message)] = (report.errorKinds[kindOf(f.message)] ?? 0) + 1;
    }
    for (const input of inputs) {
      const stored = Object.entries(result.stored).some(
        ([path, n]) => basename(path) === input.name && n > 0,
      );
      if (!stored && !named.has(input.name))
        record("lost", input, "neither stored nor reported with an error");
    }
    if (result.integrity !== "ok") record("store", undefined, `store check failed: ${result.integrity}`);
    if (result.documents !== result.added)
      record("store", undefined, `${result.documents} documents in the store, ${result.added} added`);
    report.inputs += inputs.length;
    report.stored += result.documents;
    return stopped;
  };

  try {
    for (let start = 0; start < options.count; start += options.batchSize) {
      if (performance.now() - started > options.timeLimitSeconds * 1000) {
        report.stoppedByTime = true;
        break;
      }
      const end = Math.min(options.count, start + options.batchSize);
      const inputs: FuzzInput[] = [];
      for (let i = start; i < end; i++) inputs.push(makeInput(options.seed, i));
      await runGroup(inputs);
      report.seconds = (performance.now() - started) / 1000;
      options.onBatch?.(report);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  report.seconds = (performance.now() - started) / 1000;
  return report;
}

/** Runs saved inputs (a crash or hang found earlier) through one ingest, as the fuzzer did. */
export async function replay(files: string[], timeoutSeconds: number) {
  const root = mkdtempSync(join(tmpdir(), "dyad-replay-"));
  try {
    const dir = join(root, "in");
    mkdirSync(dir);
    for (const file of files) writeFileSync(join(dir, basename(file)), readFileSync(file));
    const bound = (60 + timeoutSeconds * 4) * 1000;
    return await runChild({ dir, db: join(root, "replay.db"), timeoutSeconds, workers: 1 }, bound);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
