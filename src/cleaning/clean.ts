// Cleaning: body text → clean text, metadata read out of bylines/datelines/crawler prefixes, removed lines with reasons.
import { emptyMetadata, type Metadata, type RemovedLine } from "../model/document.js";
import { repairMojibake } from "../readers/mojibake.js";
import type { Line } from "./classify.js";
import { cleanPass } from "./pass.js";
import { isPlainAscii, tidy } from "./text.js";

export interface CleanResult {
  text: string;
  meta: Metadata;
  removed: RemovedLine[];
}

/** Passes after the first only confirm the result (or catch noise a removal uncovered); this bounds them. */
const MAX_PASSES = 4;

// Mojibake always contains a UTF-8 lead byte seen as Latin-1 (Â–ô); most lines have none.
const MAYBE_MOJIBAKE = /[\u00C2-\u00F4]/;

/** A body line repaired and tidied; plain ASCII lines (most) need neither. */
const lineText = (raw: string): string =>
  isPlainAscii(raw) ? raw : tidy(MAYBE_MOJIBAKE.test(raw) ? repairMojibake(raw) : raw);

function toLines(texts: string[], origins: number[], clean = false): Line[] {
  return texts.map((raw, i) => ({
    origin: origins[i] ?? i,
    raw,
    text: clean ? raw : lineText(raw),
    reason: null,
    header: false,
  }));
}

function mergeMeta(found: Partial<Metadata>, hints: Partial<Metadata>): Metadata {
  const meta = emptyMetadata();
  for (const k of Object.keys(meta) as (keyof Metadata)[]) {
    const h = hints[k];
    meta[k] = typeof h === "string" && h.trim() ? h : (found[k] ?? null);
  }
  return meta;
}

/**
 * Cleans a scraped article body. `hints` (container metadata) win over what the text says.
 * Idempotent: cleanBody(r.text, r.meta) returns r.text again for r = cleanBody(body, hints).
 */
export function cleanBody(body: string, hints: Partial<Metadata>): CleanResult {
  const rawLines = String(body ?? "").split(/\r\n|\r|\n|\u2028|\u2029/);
  let lines = toLines(
    rawLines,
    rawLines.map((_, i) => i),
  );
  let meta = mergeMeta({}, hints);
  const removed: RemovedLine[] = [];
  let text = "";
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const result = cleanPass(lines, meta);
    removed.push(...result.removed);
    meta = mergeMeta(result.found, meta);
    const next = result.paras.map((p) => p.text).join("\n\n");
    if (pass > 0 && next === text) break;
    text = next;
    // The next pass reads the cleaned paragraphs; keep pointing at the original line numbers.
    lines = toLines(
      result.paras.map((p) => p.text),
      result.paras.map((p) => p.origin),
      true,
    );
  }
  return { text, meta, removed };
}
