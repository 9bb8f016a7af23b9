// PolNeAR (US political news, brat standoff) as a peer suite for the quotes stage: precision and
// recall of direct-quote content spans and speaker accuracy. Usage: npm run eval:polnear [-- --misses]
// Each article goes the way `dyad ingest` takes it (reader, cleaning, language, actors, quotes);
// the gold offsets are into the raw file, so predicted spans are mapped back onto it.
// A gold "direct" attribution is one whose Content text holds a quotation mark. Overlap is counted
// in word tokens: a predicted direct/partial quote is correct when >= 50% of its words lie in one
// gold direct Content; a gold one is found when >= 50% of its quoted words are covered by predictions.
// Speaker: right when the predicted speaker's words overlap the gold Source span, or the same
// entity is meant (the predicted name's surname is in the Source text, or a mention of the
// predicted actor overlaps the Source span). PolNeAR has no coreference links, so that is the test.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { EventDocument, Quote, Span } from "../model/document.js";
import { processDocument } from "../pipeline/process.js";
import { detectQuotes } from "../quotes/stage.js";
import { readInputs } from "../readers/index.js";
import { sharedPath } from "./shared-path.js";

interface GoldAttr {
  content: Span[];
  source: Span[];
}

export function readAnn(ann: string): GoldAttr[] {
  const spans = new Map<string, { type: string; ranges: Span[] }>();
  const out: GoldAttr[] = [];
  for (const line of ann.split("\n")) {
    const [id, body] = line.split("\t");
    if (!id || !body) continue;
    if (id.startsWith("T")) {
      const sp = body.indexOf(" ");
      const ranges = body
        .slice(sp + 1)
        .split(";")
        .map((r) => r.trim().split(" ").map(Number))
        .map(([start, end]) => ({ start: start as number, end: end as number }))
        // A discontinuous span may list its parts out of order ("…" said X. "…").
        .sort((a, b) => a.start - b.start);
      spans.set(id, { type: body.slice(0, sp), ranges });
    } else if (id.startsWith("E")) {
      const roles = new Map(body.split(" ").map((p) => p.split(":") as [string, string]));
      const content = spans.get(roles.get("Content") ?? "");
      if (!content) continue;
      out.push({ content: content.ranges, source: spans.get(roles.get("Source") ?? "")?.ranges ?? [] });
    }
  }
  return out;
}

const MARK = /["\u201C\u201D]/;
const words = (text: string, ranges: Span[]): Set<number> => {
  const out = new Set<number>();
  for (const r of ranges)
    for (const m of text.slice(r.start, r.end).matchAll(/[\p{L}\p{N}]+/gu)) out.add(r.start + (m.index ?? 0));
  return out;
};
const overlaps = (a: Span, bs: Span[]) => bs.some((b) => a.start < b.end && b.start < a.end);

/** Words of a gold Content inside its quotation marks (all its words when the marks do not pair). */
function quotedWords(text: string, ranges: Span[]): Set<number> {
  const joined = ranges.map((r) => text.slice(r.start, r.end)).join(" ");
  if ((joined.match(/["\u201C\u201D]/g) ?? []).length < 2) return words(text, ranges);
  const first = ranges[0] as Span;
  const last = ranges[ranges.length - 1] as Span;
  let a = first.start;
  while (a < first.end && !MARK.test(text[a] as string)) a++;
  let b = last.end;
  while (b > last.start && !MARK.test(text[b - 1] as string)) b--;
  return words(
    text,
    ranges
      .map((r) => ({ start: Math.max(r.start, a), end: Math.min(r.end, b) }))
      .filter((r) => r.end > r.start),
  );
}

/** A quote of the product path, its spans mapped onto the raw file. */
interface Pred {
  quote: Quote;
  span: Span;
  speakerSpan: Span | null;
}

const SPACE = /[\s\u00ad\u200b-\u200d\ufeff]/;

/** Raw offset of each character of the clean text (-1 for spaces): cleaning drops lines and
 * squeezes spaces, so the clean text's other characters are found in order in the raw text. */
export function alignClean(clean: string, raw: string): Int32Array {
  const rawAt: number[] = [];
  let rawSq = "";
  for (let i = 0; i < raw.length; i++)
    if (!SPACE.test(raw[i] as string)) {
      rawAt.push(i);
      rawSq += raw[i];
    }
  const map = new Int32Array(clean.length).fill(-1);
  let cursor = 0;
  let lineStart = 0;
  for (const line of clean.split("\n")) {
    const at: number[] = [];
    let sq = "";
    for (let k = 0; k < line.length; k++)
      if (!SPACE.test(line[k] as string)) {
        at.push(lineStart + k);
        sq += line[k];
      }
    lineStart += line.length + 1;
    if (!sq) continue;
    const p = rawSq.indexOf(sq, cursor);
    if (p >= 0) {
      for (let k = 0; k < at.length; k++) map[at[k] as number] = rawAt[p + k] as number;
      cursor = p + sq.length;
      continue;
    }
    // A line changed inside (a repaired character): walk it, resynchronising on the next few characters.
    let j = rawSq.indexOf(sq.slice(0, 12), cursor);
    if (j < 0) continue;
    for (let k = 0; k < sq.length && j < rawSq.length; k++) {
      if (sq[k] !== rawSq[j]) {
        const r = rawSq.indexOf(sq.slice(k, k + 6), j);
        if (r >= 0 && r - j < 200) j = r;
      }
      map[at[k] as number] = rawAt[j] as number;
      if (sq[k] === rawSq[j]) j++;
    }
    cursor = j;
  }
  return map;
}

/** A clean-text span as a raw-text span (its first and last non-space characters). */
function toRaw(map: Int32Array, s: Span): Span | null {
  let a = s.start;
  while (a < s.end && (map[a] ?? -1) < 0) a++;
  let b = s.end - 1;
  while (b >= a && (map[b] ?? -1) < 0) b--;
  return b < a ? null : { start: map[a] as number, end: (map[b] as number) + 1 };
}

/** The article as `dyad ingest` reads and processes it; null when ingest would reject it. */
async function ingestFile(path: string): Promise<EventDocument | null> {
  for await (const src of readInputs([path])) {
    if (src instanceof Error) return null;
    try {
      return processDocument(src);
    } catch {
      return null;
    }
  }
  return null;
}

export interface PolnearReport {
  precision: number;
  recall: number;
  f1: number;
  speakerAcc: number;
  gold: number;
  predicted: number;
  misses: string[];
}

export async function runPolnear(dir: string): Promise<PolnearReport> {
  let gold = 0,
    found = 0,
    pred = 0,
    tp = 0,
    spScored = 0,
    spOk = 0;
  const misses: string[] = [];
  // Annotation files are named after the text plus a short suffix ("…-cl_ef2d.ann").
  const anns = readdirSync(join(dir, "attributions")).filter((n) => n.endsWith(".ann"));
  for (const f of readdirSync(join(dir, "text")).filter((n) => n.endsWith(".txt"))) {
    const base = f.replace(/\.txt$/, "");
    const ann = anns.find((a) => a === `${base}.ann` || a.startsWith(`${base}_`));
    if (!ann) continue;
    const text = readFileSync(join(dir, "text", f), "utf8");
    const attrs = readAnn(readFileSync(join(dir, "attributions", ann), "utf8"));
    const direct = attrs.filter((a) => MARK.test(a.content.map((r) => text.slice(r.start, r.end)).join(" ")));
    const doc = await ingestFile(join(dir, "text", f));
    if (!doc) misses.push(`${f}: rejected by ingest`);
    const map = doc ? alignClean(doc.text, text) : new Int32Array(0);
    const preds = doc ? predictions(doc, map) : [];
    const predWords = preds.map((p) => words(text, [p.span]));
    const covered = new Set(predWords.flatMap((s) => [...s]));
    for (const [i, ws] of predWords.entries()) {
      pred++;
      const ok = direct.some((g) => {
        const gw = words(text, g.content);
        let n = 0;
        for (const w of ws) if (gw.has(w)) n++;
        return n >= ws.size / 2;
      });
      if (ok) tp++;
      else misses.push(`${f}: extra: ${(preds[i] as Pred).quote.text.slice(0, 70)}`);
    }
    for (const g of direct) {
      gold++;
      const gw = quotedWords(text, g.content);
      let n = 0;
      for (const w of gw) if (covered.has(w)) n++;
      const gtext = g.content.map((r) => text.slice(r.start, r.end)).join(" … ");
      if (n < gw.size / 2) {
        misses.push(`${f}: missed: ${gtext.slice(0, 70)}`);
        continue;
      }
      found++;
      if (!g.source.length || !doc) continue;
      // The prediction that covers most of this gold quotation speaks for it.
      let best: Pred | null = null;
      let bestN = 0;
      for (const [i, ws] of predWords.entries()) {
        let k = 0;
        for (const w of ws) if (gw.has(w)) k++;
        if (k > bestN) [best, bestN] = [preds[i] as Pred, k];
      }
      spScored++;
      if (best && sameSpeaker(doc, map, text, best, g.source)) spOk++;
      else
        misses.push(
          `${f}: speaker ${best?.quote.speakerName ?? "-"} != ${g.source.map((r) => text.slice(r.start, r.end)).join(" ")}: ${gtext.slice(0, 50)}`,
        );
    }
  }
  const precision = pred ? tp / pred : 0;
  const recall = gold ? found / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, speakerAcc: spScored ? spOk / spScored : 0, gold, predicted: pred, misses };
}

/** The document's direct and partial quotes (as stored) with their spans on the raw file. The
 * stage is run once more on the same document only for where it saw each speaker named. */
function predictions(doc: EventDocument, map: Int32Array): Pred[] {
  const seen = new Map(detectQuotes(doc).map((h) => [h.quote.span.start, h.speakerSpan]));
  const out: Pred[] = [];
  for (const q of doc.quotes) {
    const span = q.kind === "indirect" ? null : toRaw(map, q.span);
    if (!span) continue;
    const sp = seen.get(q.span.start);
    out.push({ quote: q, span, speakerSpan: sp ? toRaw(map, sp) : null });
  }
  return out;
}

function sameSpeaker(doc: EventDocument, map: Int32Array, text: string, p: Pred, source: Span[]): boolean {
  if (p.speakerSpan && overlaps(p.speakerSpan, source)) return true;
  const src = source
    .map((r) => text.slice(r.start, r.end))
    .join(" ")
    .toLowerCase();
  const name = p.quote.speakerName?.toLowerCase().split(/\s+/).pop();
  if (name && name.length > 2 && new RegExp(`\\b${name.replace(/[^\p{L}\p{N}]/gu, "")}\\b`, "u").test(src))
    return true;
  const id = p.quote.speaker;
  if (!id) return false;
  return doc.mentions.some((m) => {
    const r = m.actors.includes(id) ? toRaw(map, m) : null;
    return !!r && overlaps(r, source);
  });
}

if (process.argv[1]?.endsWith("polnear.js") || process.argv[1]?.endsWith("polnear.ts")) {
  const dir = sharedPath("suites", "polnear", "data", "test");
  const r = await runPolnear(dir);
  if (process.argv.includes("--misses")) for (const m of r.misses) console.log(`  ${m}`);
  const f = (x: number) => x.toFixed(3);
  console.log(`PolNeAR test: ${r.gold} gold direct quotations, ${r.predicted} predicted`);
  console.log(
    `direct-quote P ${f(r.precision)}  R ${f(r.recall)}  F1 ${f(r.f1)}   (GenderGapTracker quote F1 0.837; BBC Citron overlap F1 0.832)`,
  );
  console.log(`speaker accuracy ${f(r.speakerAcc)}                    (GenderGapTracker speaker acc 0.865)`);
}
