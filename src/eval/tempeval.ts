// TempEval-3 platinum (../shared/suites/tempeval3): Dyad's date finder (language/dates, as the
// pipeline calls it) over each document's text with its creation time (DCT) as the reference,
// scored as TempEval-3's normalised value measure: a system expression is right when its span
// overlaps a gold TIMEX3 with the same value; P over system expressions, R over gold ones.
// Usage: npm run eval:tempeval [-- --misses]
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyse } from "../language/analyse.js";
import { clauseTense } from "../language/dates/tense.js";
import { toTimexValue } from "../language/dates/timex.js";
import { findDates } from "../language/dates.js";
import { isMainModule, sharedPath } from "./shared-path.js";

export interface Timex {
  start: number;
  end: number;
  text: string;
  value: string;
}

export interface TmlDoc {
  id: string;
  dct: string;
  text: string;
  gold: Timex[];
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** The TEXT of a .tml file with its tags taken out, and the TIMEX3 spans as offsets into it. */
export function parseTml(xml: string, id: string): TmlDoc {
  const dctTag = /<DCT>\s*<TIMEX3([^>]*)>/.exec(xml)?.[1] ?? "";
  const dct = /value="([^"]*)"/.exec(dctTag)?.[1] ?? "";
  const body = /<TEXT>([\s\S]*)<\/TEXT>/.exec(xml)?.[1] ?? "";
  let text = "";
  const gold: Timex[] = [];
  let open: { start: number; value: string } | null = null;
  for (const m of body.matchAll(/<(\/?)([A-Z0-9]+)([^>]*)>|&(\w+);|[^<&]+|[<&]/g)) {
    if (m[2] === "TIMEX3") {
      if (m[1]) {
        if (open)
          gold.push({ start: open.start, end: text.length, text: text.slice(open.start), value: open.value });
        open = null;
      } else open = { start: text.length, value: /value="([^"]*)"/.exec(m[3] ?? "")?.[1] ?? "" };
    } else if (m[2] === undefined) text += m[4] ? (ENTITIES[m[4]] ?? m[0]) : m[0];
  }
  return { id, dct: dct.slice(0, 10), text, gold };
}

/** Dyad's expressions in a document: per sentence, each resolved with the tense around it. */
export function systemTimexes(doc: TmlDoc): Timex[] {
  const { sentences, tokens } = analyse(doc.text);
  const out: Timex[] = [];
  for (const s of sentences) {
    const tense = clauseTense(doc.text, tokens, s.start, s.end);
    for (const d of findDates(doc.text, s.start, s.end, doc.dct, tense, tokens, { all: true }))
      out.push({ start: d.start, end: d.end, text: d.text, value: toTimexValue(d) });
  }
  return out;
}

const overlaps = (a: Timex, b: Timex): boolean => a.start < b.end && b.start < a.end;

export interface Score {
  system: number;
  gold: number;
  rightSystem: number;
  rightGold: number;
  p: number;
  r: number;
  f1: number;
  misses: string[];
}

export function score(docs: TmlDoc[]): Score {
  let system = 0;
  let gold = 0;
  let rightSystem = 0;
  let rightGold = 0;
  const misses: string[] = [];
  for (const doc of docs) {
    const sys = systemTimexes(doc);
    system += sys.length;
    gold += doc.gold.length;
    for (const s of sys) {
      const g = doc.gold.filter((x) => overlaps(s, x));
      if (g.some((x) => x.value === s.value)) rightSystem++;
      else
        misses.push(
          `${doc.id}: wrong "${s.text}" ${s.value} (gold: ${g.map((x) => `"${x.text}" ${x.value}`).join(", ") || "none"})`,
        );
    }
    for (const g of doc.gold) {
      const s = sys.filter((x) => overlaps(x, g));
      if (s.some((x) => x.value === g.value)) rightGold++;
      else if (s.length === 0) misses.push(`${doc.id}: missed "${g.text}" ${g.value}`);
    }
  }
  const p = system ? rightSystem / system : 0;
  const r = gold ? rightGold / gold : 0;
  return { system, gold, rightSystem, rightGold, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, misses };
}

export function readPlatinum(dir: string): TmlDoc[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".tml"))
    .sort()
    .map((f) => parseTml(readFileSync(join(dir, f), "utf8"), f.replace(/\.tml$/, "")));
}

if (isMainModule(import.meta.url)) {
  const docs = readPlatinum(sharedPath("suites/tempeval3/Evaluation/te3-platinum"));
  const s = score(docs);
  if (process.argv.includes("--misses")) for (const m of s.misses) console.log(`  miss  ${m}`);
  const pct = (x: number): string => (100 * x).toFixed(1);
  console.log(`TempEval-3 platinum: ${docs.length} documents, ${s.gold} gold TIMEX3, ${s.system} found`);
  console.log(
    `normalised value: P ${pct(s.p)}  R ${pct(s.r)}  F1 ${pct(s.f1)}   (HeidelTime 77.6, SUTime 67.4)`,
  );
}
