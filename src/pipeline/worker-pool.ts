// A fixed pool of pipeline workers. Results come back in submission order, so a batch stores the
// same way whatever the number of workers (later versions of an id still win).
import { Worker } from "node:worker_threads";
import { InputError, type SourceDocument } from "../model/document.js";
import type { PackedDocument } from "./packed.js";
import { type PipelineOptions, STAGES } from "./process.js";
import type { WorkerData, WorkerReply, WorkerRequest, WorkerResult } from "./worker.js";

/**
 * A worker's live heap is ~55 MB (models, knowledge) and stays so: capping its old generation makes V8
 * collect before memory grows instead of letting a long ingest's garbage pile up to gigabytes.
 */
const WORKER_HEAP_MB = 256;
/**
 * A worker allocates ~0.8 MB per document, and a batch's layers live until the batch is done: with
 * V8's default young generation (48 MB) they survive collections and get copied, then promoted.
 * 128 MB makes a third as many young collections and a third fewer full ones, for ~80 MB more per
 * worker (measured on the bench corpus: GC pauses 3.4 s → 2.4 s per worker over 11k documents).
 */
const WORKER_YOUNG_MB = 128;

type Outcome = PackedDocument | InputError | Error;

/** Numbers in a worker's shared state (see WorkerData). */
const STATE_SLOTS = 4;

/**
 * A document this long (characters) is processed alone, in a worker of its own whose heap grows
 * with it (HEAP_MB_PER_MB more per MB): a pooled worker's capped heap would run out, and a worker
 * running out of memory can abort the whole process rather than only itself.
 */
const BIG_DOCUMENT = 1_000_000;
const HEAP_MB_PER_MB = 200;
const MAX_HEAP_MB = 6144;

/** Default watchdog: a document still in one stage after this long is abandoned. */
export const DEFAULT_TIMEOUT_SECONDS = 30;

/** A batch sent to a worker, resolved with one outcome per document. */
interface Job {
  seq: number;
  docs: SourceDocument[];
  hashes: string[];
  resolve: (r: Outcome[]) => void;
}

interface Slot {
  worker: Worker;
  /** What the worker is doing (see STATE_SLOTS in worker.ts). */
  state: Float64Array;
  /** Jobs sent to it, in the order it runs them: the first is running. */
  jobs: Job[];
  dead: boolean;
}

/**
 * Workers run batches in order. A watchdog abandons a document that stays too long in one stage (the
 * worker is stopped: synchronous code cannot be interrupted otherwise); a worker that dies (out of
 * memory, crash) is replaced. Either way its other documents are processed again: the rest of the
 * batch without the one abandoned, or each alone when which one killed the worker is unknown, so
 * only the culprit is reported.
 */
export class WorkerPool {
  private readonly slots: Slot[];
  /** Workers of one big document each (see BIG_DOCUMENT). */
  private readonly solos = new Set<Slot>();
  private next = 0;
  private seq = 0;
  private closing = false;
  /** Set when a worker died before starting any document: later ones fail at once instead of looping. */
  private broken?: Error;
  private readonly timer: NodeJS.Timeout;
  private readonly timeoutMs: number;

  constructor(
    size: number,
    private readonly options: PipelineOptions = {},
    timeoutSeconds = DEFAULT_TIMEOUT_SECONDS,
  ) {
    this.timeoutMs = timeoutSeconds * 1000;
    this.slots = Array.from({ length: size }, () => this.spawn());
    this.timer = setInterval(() => this.watch(), Math.min(1000, Math.max(5, this.timeoutMs / 4)));
    this.timer.unref();
  }

  /** Sends a batch to the next worker; resolves with each document's processed form or error, in order. */
  submit(docs: SourceDocument[], hashes: string[]): Promise<Outcome[]> {
    return new Promise((resolve) => {
      const job = { seq: this.seq++, docs, hashes, resolve };
      const big = docs.flatMap((d, i) => (d.content.length > BIG_DOCUMENT ? [i] : []));
      if (big.length === 0 || docs.length === 1) this.send(job);
      else {
        const rest = docs.map((_, i) => i).filter((i) => !big.includes(i));
        this.regroup(job, [rest, ...big.map((i) => [i])], new Map());
      }
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    clearInterval(this.timer);
    await Promise.all([...this.slots, ...this.solos].map((s) => s.worker.terminate()));
  }

  private spawn(heapMb = WORKER_HEAP_MB): Slot {
    const fromSource = import.meta.url.endsWith(".ts");
    const url = new URL(fromSource ? "./worker.ts" : "./worker.js", import.meta.url);
    const resourceLimits = {
      maxOldGenerationSizeMb: heapMb,
      maxYoungGenerationSizeMb: WORKER_YOUNG_MB,
    };
    const buffer = new SharedArrayBuffer(STATE_SLOTS * Float64Array.BYTES_PER_ELEMENT);
    const state = new Float64Array(buffer);
    state[0] = -1;
    const workerData: WorkerData = { options: this.options, state: buffer };
    // From source (tests, tsx), the worker registers tsx's loader before importing the TypeScript file.
    const worker = fromSource
      ? new Worker(
          `import("tsx/esm/api").then((t) => { t.register(); return import(${JSON.stringify(url.href)}); })`,
          { eval: true, resourceLimits, workerData },
        )
      : new Worker(url, { resourceLimits, workerData });
    const slot: Slot = { worker, state, jobs: [], dead: false };
    worker.on("message", (reply: WorkerReply) => {
      const job = slot.jobs[0];
      if (job?.seq !== reply.seq) return;
      slot.jobs.shift();
      job.resolve(reply.results.map(outcomeOf));
    });
    worker.on("error", (error) => this.lost(slot, error.message));
    worker.on("exit", (code) => this.lost(slot, `exit code ${code}`));
    return slot;
  }

  private send(job: Job): void {
    if (this.broken) {
      job.resolve(job.docs.map(() => this.broken as Error));
      return;
    }
    const size = job.docs[0]?.content.length ?? 0;
    if (job.docs.length === 1 && size > BIG_DOCUMENT) {
      const mb = Math.min(MAX_HEAP_MB, WORKER_HEAP_MB + Math.ceil((size / 1e6) * HEAP_MB_PER_MB));
      const solo = this.spawn(mb);
      this.solos.add(solo);
      const resolve = job.resolve;
      solo.jobs.push({
        ...job,
        resolve: (r) => {
          this.solos.delete(solo);
          solo.dead = true;
          void solo.worker.terminate();
          resolve(r);
        },
      });
      solo.worker.postMessage({ seq: job.seq, docs: job.docs, hashes: job.hashes } satisfies WorkerRequest);
      return;
    }
    const slot = this.slots[this.next++ % this.slots.length] as Slot;
    slot.jobs.push(job);
    slot.worker.postMessage({ seq: job.seq, docs: job.docs, hashes: job.hashes } satisfies WorkerRequest);
  }

  private watch(): void {
    const now = Date.now();
    for (const slot of [...this.slots, ...this.solos]) {
      const job = slot.jobs[0];
      if (!job || slot.dead || slot.state[0] !== job.seq) continue;
      if (now - (slot.state[3] as number) <= this.timeoutMs) continue;
      const stage = STAGES[slot.state[2] as number] ?? "processing";
      const seconds = Math.round(this.timeoutMs / 100) / 10;
      this.lost(slot, "stopped by the watchdog", {
        index: slot.state[1] as number,
        error: new Error(`took longer than ${seconds} s in ${stage}; abandoned`),
      });
    }
  }

  /** A worker stopped or died: replace it, and process its jobs again without the culprit. */
  private lost(slot: Slot, why: string, culprit?: { index: number; error: Error }): void {
    if (slot.dead || this.closing) return;
    slot.dead = true;
    void slot.worker.terminate();
    this.solos.delete(slot);
    const started = (slot.state[3] as number) > 0;
    const at = this.slots.indexOf(slot);
    if (!started && !culprit && at >= 0) {
      this.broken = new Error(`a processing worker failed (${why})`);
    } else if (at >= 0) this.slots[at] = this.spawn();
    const [running, ...waiting] = slot.jobs;
    slot.jobs = [];
    if (!running) return;
    const indices = running.docs.map((_, i) => i);
    if (culprit) {
      this.regroup(
        running,
        [indices.filter((i) => i !== culprit.index)],
        new Map([[culprit.index, culprit.error]]),
      );
    } else if (running.docs.length === 1) {
      running.resolve([new Error(`the worker processing it died (${why})`)]);
    } else
      this.regroup(
        running,
        indices.map((i) => [i]),
        new Map(),
      );
    for (const job of waiting) this.send(job);
  }

  /** Runs a job again as smaller jobs (`groups` of its document indices); `known` outcomes are kept. */
  private regroup(job: Job, groups: number[][], known: Map<number, Outcome>): void {
    const results: Outcome[] = job.docs.map((_, i) => known.get(i) ?? new Error("not processed"));
    let left = groups.filter((g) => g.length > 0).length;
    if (left === 0) {
      job.resolve(results);
      return;
    }
    for (const group of groups) {
      if (group.length === 0) continue;
      this.send({
        seq: this.seq++,
        docs: group.map((i) => job.docs[i] as SourceDocument),
        hashes: group.map((i) => job.hashes[i] as string),
        resolve: (outcomes) => {
          group.forEach((i, k) => {
            results[i] = outcomes[k] as Outcome;
          });
          if (--left === 0) job.resolve(results);
        },
      });
    }
  }
}

function outcomeOf(r: WorkerResult): Outcome {
  if (r.ok) return r.doc;
  return r.inputError ? new InputError(r.path, r.message, r.record) : new Error(r.message);
}
