// Cleaning-only figures on the dev set: noise_removed and content_kept_once, computed as score.mjs does.
// Usage: npx tsx src/eval/clean-dev.ts [--misses] [--bench]
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { cleanBody } from "../cleaning/clean.js";
import { normKey } from "../cleaning/text.js";
import { devDir, isMainModule } from "./shared-path.js";

interface Article {
  id: string;
  title: string | null;
  published: string | null;
  source: string | null;
  text: string;
}
interface GoldDoc {
  id: string;
  noise?: string[];
  keep_once?: string[];
}

export interface CleanDevReport {
  noiseRemoved: number;
  contentKeptOnce: number;
  misses: string[];
}

const occurrences = (hay: string, needle: string): number => {
  let n = 0;
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + needle.length)) n++;
  return n;
};

export function readDev(dir = devDir()): { articles: Article[]; gold: GoldDoc[] } {
  const articles = readFileSync(resolve(dir, "articles.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Article);
  const gold = (JSON.parse(readFileSync(resolve(dir, "gold.json"), "utf8")) as { documents: GoldDoc[] })
    .documents;
  return { articles, gold };
}

/** Scores cleaned texts (by id) against the gold noise/keep_once lines. */
export function scoreTexts(texts: Map<string, string>, gold: GoldDoc[]): CleanDevReport {
  let noise = 0;
  let gone = 0;
  let keep = 0;
  let once = 0;
  const misses: string[] = [];
  for (const doc of gold) {
    const text = normKey(texts.get(doc.id) ?? "");
    for (const n of doc.noise ?? []) {
      noise++;
      if (!text.includes(normKey(n))) gone++;
      else misses.push(`${doc.id}: noise kept: ${n.slice(0, 70)}`);
    }
    for (const k of doc.keep_once ?? []) {
      keep++;
      const c = occurrences(text, normKey(k));
      if (c === 1) once++;
      else misses.push(`${doc.id}: content ${c === 0 ? "lost" : `repeated ${c}x`}: ${k.slice(0, 70)}`);
    }
  }
  return { noiseRemoved: noise ? gone / noise : 1, contentKeptOnce: keep ? once / keep : 1, misses };
}

/** Cleans the JSONL records (container fields as hints) and, as a second view, the raw .txt files without hints. */
export function runCleanDev(dir = devDir()): { jsonl: CleanDevReport; txt: CleanDevReport } {
  const { articles, gold } = readDev(dir);
  const fromJsonl = new Map<string, string>();
  const fromTxt = new Map<string, string>();
  for (const a of articles) {
    fromJsonl.set(a.id, cleanBody(a.text, { title: a.title, published: a.published, source: a.source }).text);
    const txt = resolve(dir, "articles", `${a.id}.txt`);
    if (existsSync(txt)) fromTxt.set(a.id, cleanBody(readFileSync(txt, "utf8"), {}).text);
  }
  return {
    jsonl: scoreTexts(fromJsonl, gold),
    txt: scoreTexts(
      fromTxt,
      gold.filter((g) => fromTxt.has(g.id)),
    ),
  };
}

/**
 * Articles per second of CPU time (the machine may be shared). Each round renames the people and places so
 * no cache can remember an article; bodies are doubled up to ~3 KB, the size the target is set for.
 */
function bench(dir: string): void {
  const { articles } = readDev(dir);
  const base = articles.map(
    (a, i) => `${a.text}\n${articles[(i + 1) % articles.length]?.text.slice(0, 1200) ?? ""}`,
  );
  const rounds = 150;
  const bodies = Array.from({ length: rounds }, (_, r) =>
    base.map((b) =>
      b.replace(/\b([A-Z][a-z]{3,})\b/g, (w) => `${w}${String.fromCharCode(97 + (r % 26))}${r}`),
    ),
  ).flat();
  const bytes = bodies.reduce((n, b) => n + Buffer.byteLength(b), 0) / bodies.length;
  for (const b of bodies.slice(0, 200)) cleanBody(b, {});
  const cpu = process.cpuUsage();
  for (const b of bodies) cleanBody(b, {});
  const used = process.cpuUsage(cpu);
  const secs = (used.user + used.system) / 1e6;
  console.log(
    `cleaning: ${(bodies.length / secs).toFixed(0)} articles/s of CPU time (mean ${bytes.toFixed(0)} bytes)`,
  );
}

if (isMainModule(import.meta.url)) {
  const dir = devDir();
  const { jsonl, txt } = runCleanDev(dir);
  const show = process.argv.includes("--misses");
  for (const [name, r] of [
    ["jsonl (with hints)", jsonl],
    ["txt (no hints)", txt],
  ] as const) {
    if (show) for (const m of r.misses) console.log(`  miss  ${m}`);
    console.log(
      `${name}: noise_removed ${r.noiseRemoved.toFixed(3)} content_kept_once ${r.contentKeptOnce.toFixed(3)}`,
    );
  }
  if (process.argv.includes("--bench")) bench(dir);
}
