// Events on the dev set, counted as score.mjs counts them: core_event_recall, event_precision and
// event_date_acc over the gold events, with every miss. Usage: npx tsx src/eval/events-dev.ts [--bench]
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { findActors } from "../actors/stage.js";
import { extractEvents } from "../events/stage.js";
import type { ActorDocument, DyadEvent, Participant } from "../model/document.js";
import { analyseArticle } from "./actors-dev.js";
import { devDir, isMainModule, sharedPath } from "./shared-path.js";

interface GoldEvent {
  code: string[];
  source: string;
  target: string;
  alt_target?: string[];
  symmetric?: boolean;
  date?: string[];
  core?: boolean;
  planned?: boolean;
  note?: string;
}
interface GoldDoc {
  id: string;
  actors: { name: string; aliases?: string[]; country: string | null }[];
  events: GoldEvent[];
}
/** An event as the export contract writes it. */
export interface ExportedEvent {
  code: string;
  source: { name: string | null; country: string | null };
  target: { name: string | null; country: string | null } | null;
  date: string | null;
  location: string | null;
  modality: string;
  sentence: string;
  goldstein: number;
}

export interface EventsDevReport {
  coreRecall: number;
  precision: number;
  dateAcc: number;
  misses: string[];
  docs: ActorDocument[];
}

interface Totals {
  core: number;
  coreOk: number;
  pred: number;
  predOk: number;
  datesScored: number;
  datesOk: number;
}

const side = (p: Participant | null) => (p ? { name: p.name, country: p.country } : null);

export function exportEvents(doc: ActorDocument, events: DyadEvent[]): ExportedEvent[] {
  return events.map((e) => {
    const s = e.mentions[0]?.sentence;
    return {
      code: e.code,
      source: side(e.source) as { name: string | null; country: string | null },
      target: side(e.target),
      date: e.date,
      location: e.location,
      modality: e.modality,
      sentence: s ? doc.text.slice(s.start, s.end) : "",
      goldstein: e.goldstein,
    };
  });
}

const nameKey = (s: string): string =>
  s
    .normalize("NFKC")
    .replace(/[\u2010-\u2015]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
const root = (code: string): string => String(code).trim().padStart(2, "0").slice(0, 2);

/** Scores one document's exported events the way score.mjs does; adds to the totals. */
function scoreDoc(g: GoldDoc, preds: ExportedEvent[], t: Totals, misses: string[]): void {
  const people = new Map<string, GoldDoc["actors"][number]>();
  for (const a of g.actors) for (const n of [a.name, ...(a.aliases ?? [])]) people.set(nameKey(n), a);
  const countryOfRef = (ref: string) =>
    /^[A-Z]{3}$/.test(ref) ? ref : g.actors.find((a) => a.name === ref)?.country;
  const predCountry = (r: ExportedEvent["target"]) =>
    r?.country ?? (r?.name ? people.get(nameKey(r.name))?.country : undefined) ?? null;
  const asserted = preds.filter((e) => !["planned", "hypothetical", "negated"].includes(e.modality));
  const sideMatch = (goldRef: string, predRef: ExportedEvent["target"], alts: string[] = []) =>
    [goldRef, ...alts].some((x) => countryOfRef(x) != null && predCountry(predRef) === countryOfRef(x));
  const matches = (ge: GoldEvent, e: ExportedEvent) => {
    if (!ge.code.includes(root(e.code))) return false;
    const fwd = sideMatch(ge.source, e.source) && sideMatch(ge.target, e.target, ge.alt_target);
    const rev =
      ge.symmetric && sideMatch(ge.target, e.source, ge.alt_target) && sideMatch(ge.source, e.target);
    return fwd || !!rev;
  };
  const dateOk = (ge: GoldEvent, e: ExportedEvent) =>
    !!e.date &&
    (ge.date ?? []).some(
      (d) => String(e.date).startsWith(d) || (d.startsWith(String(e.date)) && String(e.date).length >= 7),
    );
  for (const ge of g.events) {
    if (ge.planned) continue;
    const hits = asserted.filter((e) => matches(ge, e));
    if (ge.date && hits.length) {
      t.datesScored++;
      if (hits.some((e) => dateOk(ge, e))) t.datesOk++;
      else
        misses.push(
          `${g.id}: date wrong for ${ge.note}: got ${hits.map((e) => e.date).join(",")} want ${ge.date}`,
        );
    }
    if (!ge.core) continue;
    t.core++;
    if (hits.length) t.coreOk++;
    else
      misses.push(
        `${g.id}: core event missed: ${ge.code.join("/")} ${ge.source} -> ${ge.target} (${ge.note})`,
      );
  }
  const seen = new Set<string>();
  for (const e of asserted) {
    const key = `${root(e.code)}|${predCountry(e.source)}|${predCountry(e.target)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    t.pred++;
    if (g.events.some((ge) => matches(ge, e))) t.predOk++;
    else misses.push(`${g.id}: event not in gold: ${e.code} ${key}: ${e.sentence.slice(0, 90)}`);
  }
}

export function runEventsDev(dir = devDir()): EventsDevReport {
  const articles = readFileSync(resolve(dir, "articles.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Parameters<typeof analyseArticle>[0]);
  const gold = (JSON.parse(readFileSync(resolve(dir, "gold.json"), "utf8")) as { documents: GoldDoc[] })
    .documents;
  const byId = new Map(articles.map((a) => [a.id, a]));
  const t: Totals = { core: 0, coreOk: 0, pred: 0, predOk: 0, datesScored: 0, datesOk: 0 };
  const misses: string[] = [];
  const docs: ActorDocument[] = [];
  for (const g of gold) {
    const article = byId.get(g.id);
    if (!article) continue;
    const doc = findActors(analyseArticle(article));
    docs.push(doc);
    scoreDoc(g, exportEvents(doc, extractEvents(doc)), t, misses);
  }
  const ratio = (a = 0, b = 0) => (b ? a / b : 0);
  return {
    coreRecall: ratio(t.coreOk, t.core),
    precision: ratio(t.predOk, t.pred),
    dateAcc: ratio(t.datesOk, t.datesScored),
    misses,
    docs,
  };
}

if (isMainModule(import.meta.url)) {
  sharedPath("eval/dev/gold.json"); // exits with a clear message when the kit is absent
  const dir = devDir();
  const r = runEventsDev(dir);
  for (const m of r.misses) console.log(`  miss  ${m}`);
  console.log(`core_event_recall  ${r.coreRecall.toFixed(3)}`);
  console.log(`event_precision    ${r.precision.toFixed(3)}`);
  console.log(`event_date_acc     ${r.dateAcc.toFixed(3)}`);
  if (process.argv.includes("--bench")) {
    for (let i = 0; i < 50; i++) for (const d of r.docs) extractEvents(d);
    const rounds = 500;
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < rounds; i++) for (const d of r.docs) extractEvents(d);
    const secs = Number(process.hrtime.bigint() - t0) / 1e9;
    const chars = r.docs.reduce((s, d) => s + d.text.length, 0) / r.docs.length;
    console.log(
      `events stage: ${((rounds * r.docs.length) / secs).toFixed(0)} articles/s (mean ${chars.toFixed(0)} chars)`,
    );
  }
}
