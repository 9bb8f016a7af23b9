// PETRARCH2 GSR validation through the product: each record becomes a one-sentence JSONL document
// with its date, goes through `dyad ingest --domestic` and `dyad export` (see suite-docs.ts), and the
// exported events are scored: precision, recall and F1 of (source, target, code) at root and
// full-code level. Records the ingest refuses count as coded with nothing.
// Usage: npm run eval:petrarch [-- --misses]
import { readFileSync } from "node:fs";
import { lexicon } from "../events/lexicon.js";
import type { ExportEvent, ExportRecord } from "../export/record.js";
import { sharedPath } from "./shared-path.js";
import { type Prf, prf, runProduct, sideCode, sideOf } from "./suite-docs.js";

interface Expected {
  eventcode?: string;
  sourcecode?: string;
  targetcode?: string;
}
interface Record {
  id: string;
  date: string;
  text: string;
  expected: Expected[];
}

// PETRARCH's conventions, which are not Dyad's: they live here only.
// Patterns whose act has no direction: PETRARCH codes them once per ordered pair of sides.
const symmetric = new Set<string>();
for (const ps of lexicon().byLemma.values()) for (const p of ps) if (p.symmetric) symmetric.add(p.id);
/** "A met with B" or "A signed an accord with B" is A's act only; "A and B met" is both sides'. */
const WITH = /\bwith\b/i;
/** A sentence that opens on two names joined by "and": a joint act ("A and B seek to deepen…"). */
const JOINT = /^\W*(?:the\s+)?\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)*\s+and\s+(?:the\s+)?\p{Lu}/u;

/** The (source, target, code) triples PETRARCH2 would write for one exported event: every pair of a
 * multi-party event, both directions of a symmetric one whose sides are named together and of a
 * joint act of two subjects; a refused
 * cooperation ("would not provide support") is a rejection (12), other negated acts are not coded. */
function triples(doc: ExportRecord, e: ExportEvent): [string, string | null, string][] {
  let code = e.code;
  if (e.modality === "negated") {
    if (!/^0[3-8]/.test(code)) return [];
    code = "12";
  }
  // Dyad's side for the European Union is its CAMEO country code EUR; PETRARCH writes IGOEUR.
  const sides = [e.source, e.target, ...e.others].map((s) => {
    const c = sideCode(doc, s);
    return c === "EUR" ? "IGOEUR" : c;
  });
  const both =
    (e.pattern !== null && symmetric.has(e.pattern) && !WITH.test(e.sentence)) ||
    (/^0[3-6]/.test(e.code) && JOINT.test(e.sentence));
  const out: [string, string | null, string][] = [];
  for (let i = 0; i < sides.length; i++)
    for (let j = 0; j < sides.length; j++) {
      if (i === j || (!both && i > 0) || (!both && j === 0)) continue;
      out.push([sides[i] ?? "", sides[j] ?? null, code]);
    }
  return out;
}

const dashed = (d: string): string | null =>
  /^\d{8}$/.test(d) ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}` : null;

const file = sharedPath("suites/petrarch2/PETR2_GSR_validation.derived.jsonl");
const records = readFileSync(file, "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Record);
const showMisses = process.argv.includes("--misses");
const t0 = process.hrtime.bigint();
const run = await runProduct(
  records.filter((r) => r.text.trim()).map((r) => ({ id: r.id, text: r.text, published: dashed(r.date) })),
  { domestic: true },
);
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
const count = { root: { tp: 0, pred: 0, gold: 0 }, full: { tp: 0, pred: 0, gold: 0 } };
/** Why a gold coding was missed at root level, for routing the work: the ingest, the actors or the events. */
const kinds = new Map<string, number>();
const kindOf = (doc: ExportRecord | undefined, want: string, got: Set<string>): string => {
  if (!doc) return "refused by the ingest";
  if (got.size === 0) return doc.events.length ? "events coded but not counted (negated)" : "no event coded";
  const [s, t, root] = want.split("|");
  const same = [...got].map((k) => k.split("|"));
  if (same.some(([gs, gt]) => gs === s && gt === t)) return "sides right, other root";
  if (same.some(([, , gr]) => gr === root)) return "root right, other sides";
  return "other root and sides";
};
for (const r of records) {
  const doc = run.docs.get(r.id);
  const gold = r.expected.filter((e) => e.eventcode);
  for (const level of ["root", "full"] as const) {
    const key = (s: string | null | undefined, t: string | null | undefined, c: string) =>
      `${sideOf(s)}|${sideOf(t)}|${level === "root" ? c.slice(0, 2) : c}`;
    const want = new Set(gold.map((g) => key(g.sourcecode, g.targetcode, g.eventcode as string)));
    const got = new Set(
      (doc?.events ?? []).flatMap((e) => triples(doc as ExportRecord, e)).map(([s, t, c]) => key(s, t, c)),
    );
    const c = count[level];
    c.gold += want.size;
    c.pred += got.size;
    for (const k of got) if (want.has(k)) c.tp++;
    if (level === "root")
      for (const k of want)
        if (!got.has(k)) kinds.set(kindOf(doc, k, got), (kinds.get(kindOf(doc, k, got)) ?? 0) + 1);
    if (showMisses && level === "root") {
      const missed = [...want].filter((k) => !got.has(k));
      const extra = [...got].filter((k) => !want.has(k));
      if (missed.length || extra.length)
        console.log(
          `${r.id}${doc ? "" : " (refused)"}: missed ${missed.join(" ") || "-"} extra ${extra.join(" ") || "-"} | ${r.text.slice(0, 100)}`,
        );
    }
  }
}
const line = (name: string, x: Prf) =>
  console.log(`${name.padEnd(6)} P ${x.p.toFixed(3)}  R ${x.r.toFixed(3)}  F1 ${x.f1.toFixed(3)}`);
line("root", prf(count.root.tp, count.root.pred, count.root.gold));
line("full", prf(count.full.tp, count.full.pred, count.full.gold));
console.log(
  `${records.length} sentences, ${count.root.gold} codings, ${run.summary.failed.length} refused by the ingest, ` +
    `${(records.length / secs).toFixed(0)} sentences/s (dyad ingest --domestic, dyad export)`,
);
for (const [kind, k] of [...kinds].sort((a, b) => b[1] - a[1]))
  console.log(`  missed: ${kind.padEnd(40)} ${k}`);
