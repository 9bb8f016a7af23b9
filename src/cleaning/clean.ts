// Cleaning: body text → clean text, metadata read out of bylines/datelines/crawler prefixes, removed lines with reasons.
import { emptyMetadata, type Metadata, type RemovedLine } from "../model/document.js";
import { repairMojibake } from "../readers/mojibake.js";
import type { Line } from "./classify.js";
import { inYearOf } from "./dates.js";
import { cleanPass } from "./pass.js";
import { isPlainAscii, normKey, tidy, wordCount } from "./text.js";

export interface CleanResult {
  text: string;
  meta: Metadata;
  removed: RemovedLine[];
  /** Every line would have gone: the record's sentences were kept as they were (see keepSentences). */
  shortRecord?: true;
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

// The fields of Metadata, in their declared order (read once, not per call).
const META_KEYS = Object.keys(emptyMetadata()) as (keyof Metadata)[];

function mergeMeta(found: Partial<Metadata>, hints: Partial<Metadata>): Metadata {
  const meta = emptyMetadata();
  for (const k of META_KEYS) {
    const h = hints[k];
    meta[k] = typeof h === "string" && h.trim() ? h : (found[k] ?? null);
  }
  return meta;
}

/**
 * Cleans a scraped article body. `hints` (container metadata) win over what the text says.
 * Idempotent: cleanBody(r.text, r.meta) returns r.text again for r = cleanBody(body, hints).
 */
export function cleanBody(
  body: string,
  hints: Partial<Metadata>,
  defaults: Partial<Metadata> = {},
): CleanResult {
  const rawLines = String(body ?? "").split(/\r\n|\r|\n|\u2028|\u2029/);
  let lines = toLines(
    rawLines,
    rawLines.map((_, i) => i),
  );
  let meta = mergeMeta({}, hints);
  const removed: RemovedLine[] = [];
  let texts: string[] = [];
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const result = cleanPass(lines, meta);
    for (const r of result.removed) removed.push(r);
    meta = mergeMeta(result.found, meta);
    const next = result.paras.map((p) => p.text);
    if (pass > 0 && sameText(next, texts)) break;
    texts = next;
    // The next pass reads the cleaned paragraphs; keep pointing at the original line numbers.
    lines = toLines(
      next,
      result.paras.map((p) => p.origin),
      true,
    );
  }
  if (texts.length === 0)
    return { ...keepSentences(removed), meta: dated(meta, defaults), shortRecord: true };
  return { text: texts.join("\n\n"), meta: dated(meta, defaults), removed };
}

/** Lines removed for what they say (a headline, a caption), not for what they are (a marker, a byline). */
const SENTENCE_REASONS = new Set<RemovedLine["reason"]>(["title", "related-headline", "caption", "repeated"]);

/**
 * A short record is news too: when every line would go (a one-sentence record read as a headline), its
 * sentences stay, each once, and only the rest is reported removed. The title comes back only when
 * nothing else would: it is in the metadata already, and cleaning the result again with that title
 * as a hint would remove it then (cleaning must give the same text twice).
 */
function keepSentences(removed: RemovedLine[]): Omit<CleanResult, "meta"> {
  const body = restore(removed, (r) => r.reason !== "title");
  return body.text ? body : restore(removed, () => true);
}

function restore(removed: RemovedLine[], may: (r: RemovedLine) => boolean): Omit<CleanResult, "meta"> {
  const kept = new Set<string>();
  const rest: RemovedLine[] = [];
  const paras: string[] = [];
  // In the order of the body (removals are reported rule by rule).
  for (const r of [...removed].sort((a, b) => a.line - b.line)) {
    const key = normKey(r.text);
    if (!SENTENCE_REASONS.has(r.reason) || wordCount(r.text) < 2 || !may(r)) rest.push(r);
    else if (!kept.has(key)) {
      kept.add(key);
      paras.push(r.text);
    }
  }
  return paras.length ? { text: paras.join("\n\n"), removed: rest } : { text: "", removed };
}

/**
 * The dateline's date placed in a year, and the publication date when nothing else gave one: the
 * container, then the text (bylines, crawler prefix), then a dateline with its year, then the user's default.
 */
function dated(meta: Metadata, defaults: Partial<Metadata>): Metadata {
  const own = meta.datelineDate ?? null;
  const published =
    meta.published ?? (own && !own.startsWith("--") ? own : null) ?? defaults.published ?? null;
  const datelineDate = own ? inYearOf(own, published) : null;
  return { ...meta, published, datelineDate };
}

/**
 * Whether two lists of paragraphs join to the same text, without joining them: paragraphs hold no line
 * breaks (they are tidied lines), so the same text means the same paragraphs.
 */
function sameText(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === b.length && a.every((p, i) => p === b[i])) return true;
  // Only a paragraph with a line break could make different lists join alike (never seen; kept exact).
  const breaks = (p: string): boolean => p.includes("\n");
  return (a.some(breaks) || b.some(breaks)) && a.join("\n\n") === b.join("\n\n");
}
