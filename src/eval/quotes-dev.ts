// Quotes-only figures on the dev set, counted as score.mjs counts them: quote_recall (a quote whose
// text contains the gold part) and quote_speaker_acc (one of those quotes names the gold person).
// Usage: npx tsx src/eval/quotes-dev.ts [--all] [--bench]
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { findActors } from "../actors/stage.js";
import type { ActorDocument, Quote } from "../model/document.js";
import { findQuotes } from "../quotes/stage.js";
import { analyseArticle } from "./actors-dev.js";
import { devDir, isMainModule, sharedPath } from "./shared-path.js";

interface GoldDoc {
  id: string;
  actors: { name: string; aliases?: string[] }[];
  quotes?: { speaker: string; contains: string }[];
}

export interface QuotesDevReport {
  quoteRecall: number;
  speakerAcc: number;
  total: number;
  misses: string[];
  docs: ActorDocument[];
  quotes: Map<string, Quote[]>;
}

// Same normalisation as score.mjs.
const norm = (s: string | null | undefined): string =>
  String(s ?? "")
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
const nameKey = (s: string | null | undefined) => norm(s).replace(/[^a-z0-9]/g, "");

export function runQuotesDev(dir = devDir()): QuotesDevReport {
  const articles = readFileSync(resolve(dir, "articles.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  const gold = (JSON.parse(readFileSync(resolve(dir, "gold.json"), "utf8")) as { documents: GoldDoc[] })
    .documents;
  const byId = new Map(articles.map((a) => [a.id as string, a]));
  let total = 0;
  let found = 0;
  let speaker = 0;
  const misses: string[] = [];
  const docs: ActorDocument[] = [];
  const quotes = new Map<string, Quote[]>();
  for (const g of gold) {
    const article = byId.get(g.id);
    const doc = article ? findActors(analyseArticle(article)) : null;
    if (doc) docs.push(doc);
    const predicted = doc ? findQuotes(doc) : [];
    quotes.set(g.id, predicted);
    const people = new Map<string, string>();
    for (const a of g.actors) for (const n of [a.name, ...(a.aliases ?? [])]) people.set(nameKey(n), a.name);
    for (const q of g.quotes ?? []) {
      total++;
      const want = norm(q.contains);
      const hit = predicted.filter((x) => {
        const got = norm(x.text);
        return got.includes(want) || (got.length >= 12 && want.includes(got));
      });
      if (!hit.length) {
        misses.push(`${g.id}: quote missing: "${q.contains.slice(0, 50)}"`);
        continue;
      }
      found++;
      if (hit.some((x) => x.speakerName && people.get(nameKey(x.speakerName)) === q.speaker)) speaker++;
      else
        misses.push(
          `${g.id}: quote speaker wrong for "${q.contains.slice(0, 40)}": ${hit.map((x) => x.speakerName).join(",")}`,
        );
    }
  }
  return {
    quoteRecall: total ? found / total : 0,
    speakerAcc: total ? speaker / total : 0,
    total,
    misses,
    docs,
    quotes,
  };
}

if (isMainModule(import.meta.url)) {
  sharedPath("eval/dev/gold.json"); // exits with a clear message when the kit is absent
  const dir = devDir();
  const r = runQuotesDev(dir);
  for (const m of r.misses) console.log(`  miss  ${m}`);
  if (process.argv.includes("--all"))
    for (const [id, qs] of r.quotes)
      for (const q of qs)
        console.log(
          `  ${id} ${q.kind} [${q.speakerName ?? "-"}|${q.cue}|${q.via ?? ""}] ${q.text.slice(0, 90)}`,
        );
  console.log(`quote_recall       ${r.quoteRecall.toFixed(3)}  (${r.total} gold quotes)`);
  console.log(`quote_speaker_acc  ${r.speakerAcc.toFixed(3)}`);
  if (process.argv.includes("--bench")) {
    for (let i = 0; i < 50; i++) for (const d of r.docs) findQuotes(d);
    const rounds = 300;
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < rounds; i++) for (const d of r.docs) findQuotes(d);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6 / (rounds * r.docs.length);
    const chars = r.docs.reduce((s, d) => s + d.text.length, 0) / r.docs.length;
    console.log(`stage: ${ms.toFixed(3)} ms per article (mean ${chars.toFixed(0)} chars)`);
  }
}
