// Cross-document event coreference on MEANTIME (English Wikinews, 4 corpora). Gold: event mentions
// whose EVENT has a corpus-level instance_id, clustered by that id. Given the gold mention spans (no
// gold links), we cluster mentions of a corpus with our own rule: same predicate lemma, a shared
// proper-name participant, and the same document or creation dates within a week (the story-window
// idea). B-cubed against a same-lemma baseline and all-singletons.
// Usage: npm run eval:meantime (reads ../shared/suites/meantime or $DYAD_SHARED/suites/meantime)
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { bcubed } from "../stories/bcubed.js";
import { dayNumber } from "../stories/signature.js";
import { sharedPath } from "./shared-path.js";

interface Mention {
  key: string;
  doc: string;
  pred: string;
  names: Set<string>;
  day: number | null;
  instance: string;
}

const PROPER_NAME = /^(?:\p{Lu}[\p{L}\d-]{2,}|\p{Lu}{2})$/u;

const attr = (tag: string, name: string): string | null =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? null;

function parseDoc(xml: string, doc: string): Mention[] {
  const tokens = new Map<string, string>();
  for (const m of xml.matchAll(/<token ([^>]*)>([^<]*)<\/token>/g))
    tokens.set(attr(` ${m[1]}`, "t_id") ?? "", m[2] ?? "");
  const spans = new Map<string, { kind: string; tag: string; toks: string[] }>();
  for (const m of xml.matchAll(/<(EVENT_MENTION|ENTITY_MENTION)( [^>]*)>([\s\S]*?)<\/\1>/g)) {
    const toks = [...(m[3] ?? "").matchAll(/t_id="(\d+)"/g)].map((t) => tokens.get(t[1] ?? "") ?? "");
    spans.set(attr(m[2] ?? "", "m_id") ?? "", { kind: m[1] ?? "", tag: m[2] ?? "", toks });
  }
  const instances = new Map<string, string>();
  for (const m of xml.matchAll(/<EVENT( [^>]*)\/>/g)) {
    const id = attr(m[1] ?? "", "instance_id");
    if (id) instances.set(attr(m[1] ?? "", "m_id") ?? "", id);
  }
  const dct = /<TIMEX3 [^>]*functionInDocument="CREATION_TIME"[^>]*>/.exec(xml)?.[0];
  const day = dayNumber(dct ? attr(dct, "value") : null);
  const links = (name: string) =>
    [...xml.matchAll(new RegExp(`<${name}[^>]*>([\\s\\S]*?)</${name}>`, "g"))].map((m) => ({
      sources: [...(m[1] ?? "").matchAll(/<source m_id="(\d+)"/g)].map((x) => x[1] as string),
      target: /<target m_id="(\d+)"/.exec(m[1] ?? "")?.[1] ?? "",
    }));
  const instanceOf = new Map<string, string>();
  for (const l of links("REFERS_TO")) {
    const inst = instances.get(l.target);
    if (inst) for (const s of l.sources) instanceOf.set(s, inst);
  }
  const names = new Map<string, Set<string>>();
  for (const l of links("HAS_PARTICIPANT")) {
    const ent = spans.get(l.target);
    if (!ent) continue;
    for (const s of l.sources) {
      const set = names.get(s) ?? new Set<string>();
      // Proper-name words only: "the company" or "it" says nothing across documents. Two-capital
      // acronyms ("GM", "EU", "UK") are names too; a capitalised two-letter word ("It") is not.
      for (const t of ent.toks) if (PROPER_NAME.test(t)) set.add(t.toLowerCase());
      names.set(s, set);
    }
  }
  const out: Mention[] = [];
  for (const [id, s] of spans) {
    const instance = instanceOf.get(id);
    if (s.kind !== "EVENT_MENTION" || !instance) continue;
    const pred = (attr(s.tag, "pred") || s.toks.join(" ")).toLowerCase();
    out.push({ key: `${doc}#${id}`, doc, pred, names: names.get(id) ?? new Set(), day, instance });
  }
  return out;
}

function cluster(ms: Mention[]): Map<string, string> {
  const parent = ms.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  const byPred = new Map<string, number[]>();
  for (const [i, m] of ms.entries()) byPred.set(m.pred, [...(byPred.get(m.pred) ?? []), i]);
  for (const group of byPred.values()) {
    for (let x = 0; x < group.length; x++) {
      for (let y = x + 1; y < group.length; y++) {
        const a = ms[group[x] as number] as Mention;
        const b = ms[group[y] as number] as Mention;
        const shared = [...a.names].some((n) => b.names.has(n));
        const close = a.day != null && b.day != null && Math.abs(a.day - b.day) <= 7;
        if (shared && (a.doc === b.doc || close)) parent[find(group[x] as number)] = find(group[y] as number);
      }
    }
  }
  return new Map(ms.map((m, i) => [m.key, `c${find(i)}`]));
}

const root = sharedPath("suites/meantime/intra_cross-doc_annotation");
const total = {
  gold: new Map<string, string>(),
  ours: new Map<string, string>(),
  lemma: new Map<string, string>(),
  single: new Map<string, string>(),
};
console.log("corpus            mentions  instances   B3 ours (P/R/F1)      same lemma F1   singletons F1");
for (const corpus of readdirSync(root).sort()) {
  const dir = join(root, corpus);
  const ms = readdirSync(dir)
    .filter((f) => f.endsWith(".xml"))
    .sort()
    .flatMap((f) => parseDoc(readFileSync(join(dir, f), "utf8"), f.replace(/\.xml$/, "")));
  const gold = new Map(ms.map((m) => [m.key, `${corpus}:${m.instance}`]));
  const ours = new Map([...cluster(ms)].map(([k, v]) => [k, `${corpus}:${v}`]));
  const lemma = new Map(ms.map((m) => [m.key, `${corpus}:${m.pred}`]));
  const single = new Map(ms.map((m) => [m.key, m.key]));
  const o = bcubed(gold, ours);
  const f = (x: number) => x.toFixed(3);
  console.log(
    `${corpus.padEnd(18)}${String(ms.length).padStart(8)}${String(new Set(gold.values()).size).padStart(11)}   ` +
      `${f(o.precision)}/${f(o.recall)}/${f(o.f1)}     ${f(bcubed(gold, lemma).f1)}           ${f(bcubed(gold, single).f1)}`,
  );
  for (const [m, src] of [
    [total.gold, gold],
    [total.ours, ours],
    [total.lemma, lemma],
    [total.single, single],
  ] as const)
    for (const [k, v] of src) m.set(k, v);
}
const o = bcubed(total.gold, total.ours);
console.log(
  `all (micro)       ${String(total.gold.size).padStart(8)}${String(new Set(total.gold.values()).size).padStart(11)}   ` +
    `${o.precision.toFixed(3)}/${o.recall.toFixed(3)}/${o.f1.toFixed(3)}     ${bcubed(total.gold, total.lemma).f1.toFixed(3)}           ${bcubed(total.gold, total.single).f1.toFixed(3)}`,
);
console.log("gold mention spans given; no gold coreference links used by the system.");
