// Actors-only figures on the dev set, counted as score.mjs counts them: actor_recall and
// actor_country_acc over the gold people, plus how many extra (non-gold) people are emitted.
// Usage: npx tsx src/eval/actors-dev.ts [--extras] [--bench]
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { findActors } from "../actors/stage.js";
import { analyse } from "../language/analyse.js";
import type { AnalysedDocument, SourceDocument } from "../model/document.js";
import { cleanDocument } from "../pipeline/process.js";
import { devDir, isMainModule, sharedPath } from "./shared-path.js";

interface Article {
  id: string;
  title: string | null;
  published: string | null;
  source: string | null;
  url: string | null;
  text: string;
}
interface GoldActor {
  name: string;
  aliases?: string[];
  country: string | null;
}

export interface ActorsDevReport {
  actorRecall: number;
  actorCountryAcc: number;
  extraPerDoc: number;
  misses: string[];
  extras: string[];
  docs: AnalysedDocument[];
}

const nameKey = (s: string): string =>
  s
    .normalize("NFKC")
    .replace(/[\u2010-\u2015]/g, "-")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");

export function analyseArticle(a: Article): AnalysedDocument {
  const src: SourceDocument = {
    id: a.id,
    origin: { path: "dev", format: "json", encoding: "UTF-8" },
    raw: a.text,
    contentType: "text",
    content: a.text,
    hints: { title: a.title, published: a.published, source: a.source, url: a.url },
  };
  const doc = cleanDocument(src);
  return { ...doc, ...analyse(doc.text) };
}

export function runActorsDev(dir = devDir()): ActorsDevReport {
  const articles = readFileSync(resolve(dir, "articles.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Article);
  const gold = (
    JSON.parse(readFileSync(resolve(dir, "gold.json"), "utf8")) as {
      documents: { id: string; actors: GoldActor[] }[];
    }
  ).documents;
  const byId = new Map(articles.map((a) => [a.id, a]));
  let total = 0;
  let found = 0;
  let country = 0;
  let extraCount = 0;
  const misses: string[] = [];
  const extras: string[] = [];
  const docs: AnalysedDocument[] = [];
  for (const g of gold) {
    const article = byId.get(g.id);
    const doc = article ? analyseArticle(article) : null;
    if (doc) docs.push(doc);
    const people = doc ? findActors(doc).actors.filter((a) => a.kind === "person") : [];
    const used = new Set<string>();
    for (const a of g.actors) {
      total++;
      const keys = new Set([a.name, ...(a.aliases ?? [])].map(nameKey));
      const hit =
        people.find((x) => keys.has(nameKey(x.name)) && nameKey(x.name) === nameKey(a.name)) ??
        people.find((x) => keys.has(nameKey(x.name)));
      if (!hit) {
        misses.push(`${g.id}: actor missing: ${a.name}`);
        continue;
      }
      found++;
      for (const x of people) if (keys.has(nameKey(x.name))) used.add(x.id);
      if (hit.country === a.country) country++;
      else misses.push(`${g.id}: actor ${a.name} country ${hit.country} != ${a.country}`);
    }
    for (const x of people) {
      if (used.has(x.id)) continue;
      extraCount++;
      extras.push(
        `${g.id}: extra person ${x.name} (${x.country ?? "?"}, ${x.role ?? "-"}, ${x.aliases.join(" | ")})`,
      );
    }
  }
  return {
    actorRecall: total ? found / total : 0,
    actorCountryAcc: total ? country / total : 0,
    extraPerDoc: gold.length ? extraCount / gold.length : 0,
    misses,
    extras,
    docs,
  };
}

if (isMainModule(import.meta.url)) {
  sharedPath("eval/dev/gold.json"); // exits with a clear message when the kit is absent
  const dir = devDir();
  const r = runActorsDev(dir);
  for (const m of r.misses) console.log(`  miss  ${m}`);
  if (process.argv.includes("--extras")) for (const e of r.extras) console.log(`  extra ${e}`);
  console.log(`actor_recall       ${r.actorRecall.toFixed(3)}`);
  console.log(`actor_country_acc  ${r.actorCountryAcc.toFixed(3)}`);
  console.log(`extra_people/doc   ${r.extraPerDoc.toFixed(2)}`);
  if (process.argv.includes("--bench")) {
    for (let i = 0; i < 50; i++) for (const d of r.docs) findActors(d);
    const rounds = 200;
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < rounds; i++) for (const d of r.docs) findActors(d);
    const secs = Number(process.hrtime.bigint() - t0) / 1e9;
    const chars = r.docs.reduce((s, d) => s + d.text.length, 0) / r.docs.length;
    console.log(
      `stage: ${((rounds * r.docs.length) / secs).toFixed(0)} articles/s (mean ${chars.toFixed(0)} chars)`,
    );
  }
}
