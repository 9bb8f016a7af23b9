// The command handlers: each opens the store, does one job, prints for humans or (--json) machines.
import { createWriteStream, existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { finished } from "node:stream/promises";
import { fileURLToPath } from "node:url";
import { ActorCorrections } from "../actors/corrections.js";
import { type ExportFormat, exportFormats, writeExport } from "../export/write-export.js";
import { analyse } from "../language/analyse.js";
import { type IngestSummary, ingest } from "../pipeline/ingest.js";
import { DEFAULT_TIMEOUT_SECONDS } from "../pipeline/worker-pool.js";
import { checkDate } from "../readers/index.js";
import { matchActor } from "../store/actor-match.js";
import { listActors } from "../store/actor-registry.js";
import { openDatabase } from "../store/database.js";
import { DocumentStore } from "../store/documents.js";
import { acquireIngestLock } from "../store/ingest-lock.js";
import { searchDocuments } from "../store/search.js";
import { parseDyad } from "./event-commands.js";
import { printJson } from "./json.js";
import { ingestProgress } from "./progress.js";
import { printActors, printRemoved } from "./table-views.js";
import { err, out, printable } from "./terminal.js";

export interface DbOption {
  db: string;
}

function openStore(file: string): DocumentStore {
  return new DocumentStore(openDatabase(file));
}

export async function ingestCommand(
  paths: string[],
  opts: DbOption & {
    json?: boolean;
    workers?: number;
    timeout?: string;
    domestic?: boolean;
    oneSided?: boolean;
    published?: string;
  },
): Promise<IngestSummary> {
  const published = opts.published === undefined ? undefined : checkDate(opts.published);
  const timeoutSeconds = opts.timeout === undefined ? DEFAULT_TIMEOUT_SECONDS : Number(opts.timeout);
  if (!(Number.isFinite(timeoutSeconds) && timeoutSeconds > 0) || opts.timeout?.trim() === "")
    throw new Error(`--timeout must be a positive number of seconds, got ${opts.timeout}`);
  // Taken before the store is opened, so a new store's schema is made by one ingest only.
  const lock = await acquireIngestLock(opts.db, err);
  let store: DocumentStore;
  try {
    store = openStore(opts.db);
  } catch (error) {
    lock.release();
    throw error;
  }
  const progress = ingestProgress(!opts.json && process.stderr.isTTY === true);
  try {
    const workers = opts.workers ?? defaultWorkers();
    const summary = await ingest(paths, store, {
      workers,
      timeoutSeconds,
      published,
      domestic: opts.domestic === true,
      oneSided: opts.oneSided === true,
      onProgress: (s) => progress.update(s),
    });
    progress.stop();
    if (opts.json) printJson({ ...summary, db: opts.db });
    else printSummary(summary, opts.db);
    if (summary.failed.length > 0) process.exitCode = 1;
    return summary;
  } finally {
    store.db.close();
    lock.release();
  }
}

/** One worker per core; the main thread's reading and SQLite writes fit beside them. */
function defaultWorkers(): number {
  return availableParallelism();
}

function printSummary(s: IngestSummary, db: string): void {
  // Every input counted once, so the parts add up: an input that could not be read (a broken JSONL
  // line) is not in s.read, one that failed later is; both are in s.failed.
  const inputs = s.added + s.replaced + s.unchanged + s.failed.length;
  const rate = s.seconds > 0 ? Math.round(inputs / s.seconds) : inputs;
  out(
    `${inputs} documents read in ${s.seconds.toFixed(1)} s (${rate}/s): ` +
      `${s.added} added, ${s.replaced} replaced, ${s.unchanged} unchanged, ${s.failed.length} failed` +
      `${s.warnings.length ? `, ${s.warnings.length} with warnings` : ""} → ${db}`,
  );
  for (const f of s.failed)
    err(`  error: ${f.path}${f.record !== undefined ? `:${f.record}` : ""}: ${f.message}`);
  for (const w of s.warnings)
    err(`  warning: ${w.path}${w.record !== undefined ? `:${w.record}` : ""}: ${w.message}`);
}

export function showCommand(id: string, opts: DbOption & { json?: boolean; raw?: boolean }): void {
  const store = openStore(opts.db);
  try {
    const doc = store.get(id);
    if (!doc) {
      err(`no document with id "${id}" in ${opts.db}`);
      process.exitCode = 1;
      return;
    }
    if (opts.json) {
      // Tokens are not stored: recomputed from the clean text, as the pipeline made them.
      const { tokens } = analyse(doc.text);
      const layers = {
        sentences: store.sentences(id),
        tokens,
        actors: store.actors.actors(id),
        mentions: store.actors.mentions(id, doc.text),
      };
      printJson({ ...doc, ...layers }, true);
      return;
    }
    if (opts.raw) {
      // Exact when redirected to a file; on a terminal, its control characters shown, not obeyed.
      process.stdout.write(process.stdout.isTTY ? printable(doc.raw) : doc.raw);
      return;
    }
    const m = doc.meta;
    const field = (k: string, v: string | number | null) => v !== null && out(`${k.padEnd(10)} ${v}`);
    field("id", doc.id);
    field("title", m.title);
    field("published", m.published);
    field("source", m.source);
    field("place", m.place);
    field("author", m.author);
    field("site", m.site);
    field("url", m.url);
    field(
      "input",
      `${doc.origin.path}${doc.origin.record !== null ? `:${doc.origin.record}` : ""} (${doc.origin.format}, ${doc.origin.encoding})`,
    );
    field("sentences", store.sentences(id)?.length ?? 0);
    for (const w of doc.warnings) field("warning", w);
    const actors = store.actors.actors(id).filter((a) => a.kind !== "media");
    if (actors.length) {
      const describe = (a: (typeof actors)[number]) =>
        a.kind === "person" ? `${a.name} (${[a.role, a.country].filter(Boolean).join(", ") || "?"})` : a.name;
      field("actors", actors.map(describe).join("; "));
    }
    out(`\n${doc.text}\n`);
    printRemoved(doc.removed);
  } finally {
    store.db.close();
  }
}

export async function exportCommand(
  opts: DbOption & {
    format: string;
    out?: string;
    dyad?: string;
    directed?: boolean;
    actor?: string;
    since?: string;
    until?: string;
  },
): Promise<void> {
  if (!(exportFormats as readonly string[]).includes(opts.format)) {
    throw new Error(`unknown export format "${opts.format}" (choose ${exportFormats.join(", ")})`);
  }
  const store = openStore(opts.db);
  try {
    const out = opts.out ? createWriteStream(opts.out) : process.stdout;
    const dyad = opts.dyad ? parseDyad(opts.dyad) : undefined;
    const { directed, actor, since, until } = opts;
    const filters = { dyad, directed, actor, since, until };
    const n = await writeExport(store, opts.format as ExportFormat, out, filters);
    if (opts.out) {
      out.end();
      await finished(out);
      const what = opts.format === "gdelt" || opts.format === "graphml" ? "merged events" : "documents";
      err(`${n} ${what} written to ${opts.out}`);
    }
  } finally {
    store.db.close();
  }
}

export function searchCommand(query: string, opts: DbOption & { json?: boolean; limit: number }): void {
  const store = openStore(opts.db);
  try {
    const hits = searchDocuments(store.db, query, opts.limit);
    if (opts.json) {
      printJson(hits);
      return;
    }
    if (!hits.length) out(`no match for ${JSON.stringify(query)}`);
    for (const h of hits) {
      out(`${h.id}  ${h.published ?? "????-??-??"}  ${h.source ?? ""}  ${h.title ?? ""}`);
      out(`    ${h.snippet.replace(/\s+/g, " ")}`);
    }
  } finally {
    store.db.close();
  }
}

export function actorsCommand(
  opts: DbOption & { country?: string; kind?: string; name?: string; json?: boolean; limit: number },
): void {
  const store = openStore(opts.db);
  try {
    const named =
      opts.name === undefined
        ? undefined
        : new Set(matchActor(store.db, opts.name).actors.map((a) => a.name));
    const actors = listActors(store.db, ActorCorrections.load(), {
      country: opts.country?.toUpperCase(),
      kind: opts.kind as "person" | undefined,
    })
      .filter((a) => !named || named.has(a.name))
      .slice(0, opts.limit);
    if (opts.json) {
      printJson(actors);
      return;
    }
    if (!actors.length) out("no actors found");
    else printActors(actors);
  } finally {
    store.db.close();
  }
}

/** The demo corpus's records that are broken on purpose, to show how bad input is reported. */
const DEMO_BROKEN = ["wire.jsonl:3", "wire.jsonl:4"];

export async function demoCommand(opts: DbOption): Promise<void> {
  const corpus = fileURLToPath(new URL("../../data/demo/", import.meta.url));
  if (!existsSync(corpus)) throw new Error(`demo corpus not found at ${corpus}`);
  out(`Ingesting the demo corpus (${corpus}) into ${opts.db}`);
  out(
    `It holds ${DEMO_BROKEN.length} broken records on purpose (${DEMO_BROKEN.join(", ")}), to show how bad input is reported.\n`,
  );
  const summary = await ingestCommand([corpus], { db: opts.db });
  const failed = summary.failed.map((f) => `${f.path.slice(corpus.length)}:${f.record ?? ""}`);
  if (failed.length && failed.every((f) => DEMO_BROKEN.includes(f))) {
    out(
      `(the ${failed.length} failed are the records broken on purpose: named and skipped, the rest stored)`,
    );
    process.exitCode = 0;
  }
  out('\nSearch for "foreign minister":');
  searchCommand("foreign minister", { db: opts.db, limit: 5 });
  out(`\nNext: dyad show <id> --db ${opts.db}, dyad export --db ${opts.db} --format jsonl`);
}
