// PolNeAR (US political news, brat standoff) as a peer suite for the quotes stage: precision and
// recall of direct-quote content spans and speaker accuracy. Usage: npm run eval:polnear [-- --misses]
// A gold "direct" attribution is one whose Content text holds a quotation mark. Overlap is counted
// in word tokens: a predicted direct/partial quote is correct when >= 50% of its words lie in one
// gold direct Content; a gold one is found when >= 50% of its quoted words are covered by predictions.
// Speaker: right when the predicted speaker's words overlap the gold Source span, or the same
// entity is meant (the predicted name's surname is in the Source text, or a mention of the
// predicted actor overlaps the Source span). PolNeAR has no coreference links, so that is the test.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { findActors } from "../actors/stage.js";
import { analyse } from "../language/analyse.js";
import { type AnalysedDocument, emptyMetadata, type Span } from "../model/document.js";
import { detectQuotes, type QuoteHit } from "../quotes/stage.js";
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
        .map(([start, end]) => ({ start: start as number, end: end as number }));
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

function analysed(id: string, text: string): AnalysedDocument {
  return {
    id,
    origin: { path: id, format: "text", encoding: "UTF-8" },
    raw: text,
    contentType: "text",
    content: text,
    hints: {},
    body: text,
    meta: emptyMetadata(),
    text,
    removed: [],
    ...analyse(text),
  };
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

export function runPolnear(dir: string): PolnearReport {
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
    const doc = findActors(analysed(f, text));
    const hits = detectQuotes(doc).filter((h) => h.quote.kind !== "indirect");
    const predWords = hits.map((h) => words(text, [h.quote.span]));
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
      else misses.push(`${f}: extra: ${(hits[i] as QuoteHit).quote.text.slice(0, 70)}`);
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
      if (!g.source.length) continue;
      // The prediction that covers most of this gold quotation speaks for it.
      let best: QuoteHit | null = null;
      let bestN = 0;
      for (const [i, ws] of predWords.entries()) {
        let k = 0;
        for (const w of ws) if (gw.has(w)) k++;
        if (k > bestN) [best, bestN] = [hits[i] as QuoteHit, k];
      }
      spScored++;
      if (best && sameSpeaker(doc, text, best, g.source)) spOk++;
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

function sameSpeaker(doc: ReturnType<typeof findActors>, text: string, h: QuoteHit, source: Span[]): boolean {
  if (h.speakerSpan && overlaps(h.speakerSpan, source)) return true;
  const src = source
    .map((r) => text.slice(r.start, r.end))
    .join(" ")
    .toLowerCase();
  const name = h.quote.speakerName?.toLowerCase().split(/\s+/).pop();
  if (name && name.length > 2 && new RegExp(`\\b${name.replace(/[^\p{L}\p{N}]/gu, "")}\\b`, "u").test(src))
    return true;
  const id = h.quote.speaker;
  return !!id && doc.mentions.some((m) => m.actors.includes(id) && overlaps(m, source));
}

if (process.argv[1]?.endsWith("polnear.js") || process.argv[1]?.endsWith("polnear.ts")) {
  const dir = sharedPath("suites", "polnear", "data", "test");
  const r = runPolnear(dir);
  if (process.argv.includes("--misses")) for (const m of r.misses) console.log(`  ${m}`);
  const f = (x: number) => x.toFixed(3);
  console.log(`PolNeAR test: ${r.gold} gold direct quotations, ${r.predicted} predicted`);
  console.log(
    `direct-quote P ${f(r.precision)}  R ${f(r.recall)}  F1 ${f(r.f1)}   (GenderGapTracker quote F1 0.837; BBC Citron overlap F1 0.832)`,
  );
  console.log(`speaker accuracy ${f(r.speakerAcc)}                    (GenderGapTracker speaker acc 0.865)`);
}
