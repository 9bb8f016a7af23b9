// The peer suites (PETRARCH2 GSR, PLOVER GSR) run the product as a user does: their records are
// written as JSONL, ingested into a fresh store (`dyad ingest`, with the options a user would pass),
// exported (`dyad export --format jsonl`), and the exported events are scored.
import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { finished } from "node:stream/promises";
import type { ExportEvent, ExportRecord } from "../export/record.js";
import { writeExport } from "../export/write-export.js";
import { type IngestOptions, type IngestSummary, ingest } from "../pipeline/ingest.js";
import { openDatabase } from "../store/database.js";
import { DocumentStore } from "../store/documents.js";

export interface SuiteRecord {
  id: string;
  text: string;
  published: string | null;
}

export interface SuiteRun {
  /** Exported documents by id; a record the ingest refused is absent. */
  docs: Map<string, ExportRecord>;
  summary: IngestSummary;
}

/** Ingests the records into a temporary store and exports them, as `dyad ingest` then `dyad export`. */
export async function runProduct(records: SuiteRecord[], options: IngestOptions = {}): Promise<SuiteRun> {
  const dir = mkdtempSync(join(tmpdir(), "dyad-suite-"));
  try {
    const input = join(dir, "records.jsonl");
    writeFileSync(input, records.map((r) => JSON.stringify(r)).join("\n"));
    const store = new DocumentStore(openDatabase(join(dir, "suite.db")));
    const summary = await ingest([input], store, { workers: 0, ...options });
    const output = join(dir, "export.jsonl");
    const out = createWriteStream(output);
    await writeExport(store, "jsonl", out);
    out.end();
    await finished(out);
    store.db.close();
    const docs = new Map<string, ExportRecord>();
    for (const line of readFileSync(output, "utf8").split("\n")) {
      if (!line.trim()) continue;
      const d = JSON.parse(line) as ExportRecord;
      docs.set(d.id, d);
    }
    return { docs, summary };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The CAMEO actor code of an exported side: its country, else the code of the actor it names. */
export function sideCode(doc: ExportRecord, side: ExportEvent["source"] | null): string | null {
  if (!side) return null;
  if (side.country) return side.country;
  return doc.actors.find((a) => a.name === side.name)?.code ?? null;
}

/** The country (ISO3) or organisation of a CAMEO actor code: "USAGOV" → "USA"; an organisation
 * keeps its own three letters ("IGOUNOMIL" → "IGOUNO"); a group with no country ("---REB", or a
 * bare sector code such as "REB") → "---"; no code → null. */
export function sideOf(code: string | null | undefined): string | null {
  if (!code) return null;
  if (/^(IGO|NGO|MNC|IMG)/.test(code)) return code.slice(0, 6);
  if (code.startsWith("---") || SECTORS.has(code)) return "---";
  return /^[A-Z]{3}/.test(code) ? code.slice(0, 3) : code;
}

// Sector codes that stand alone when no country is named.
const SECTORS = new Set(
  "GOV MIL COP JUD LEG OPP REB INS SEP SPY UAF BUS CRM CVL EDU ELI HLH HRI LAB MED REF AGR ENV NGM SET PKO".split(
    " ",
  ),
);

export interface Prf {
  p: number;
  r: number;
  f1: number;
}

export function prf(tp: number, pred: number, gold: number): Prf {
  const p = pred ? tp / pred : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}
