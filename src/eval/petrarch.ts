// PETRARCH2 GSR validation: each sentence as a one-sentence document with its date; precision,
// recall and F1 of (source country, target country, code) at root and full-code level.
// Usage: npm run eval:petrarch [-- --misses]
import { readFileSync } from "node:fs";
import { lexicon } from "../events/lexicon.js";
import type { DyadEvent, Participant } from "../model/document.js";
import { sharedPath } from "./shared-path.js";
import { codeSentence, type Prf, prf, sideOf } from "./suite-docs.js";

interface Expected {
  eventcode?: string;
  sourcecode?: string;
  targetcode?: string;
  noevents?: unknown;
}
interface Record {
  id: string;
  date: string;
  text: string;
  expected: Expected[];
}

// Patterns whose act has no direction: PETRARCH codes them once per ordered pair of sides.
const symmetric = new Set<string>();
for (const ps of lexicon().byLemma.values()) for (const p of ps) if (p.symmetric) symmetric.add(p.id);

/** The (source, target, code) triples PETRARCH2 would write for one event: every pair of a
 * multi-party event, both directions of a symmetric one whose sides are named together ("A and B
 * met"; "A met with B" is A's act only) and of a joint act of two subjects ("A and B seek to
 * deepen their partnership"); a refused cooperation ("would not provide support") is a rejection
 * (12), other negated acts are not coded. */
function triples(
  e: DyadEvent,
  text: string,
  at: Map<string, number[]>,
): [string, string | undefined, string][] {
  let code = e.code;
  if (e.modality === "negated") {
    if (!/^0[3-8]/.test(code)) return [];
    code = "12";
  }
  const sides: (Participant | null)[] = [e.source, e.target, ...e.others];
  const m0 = e.mentions[0];
  const before = (p: Participant | null) =>
    m0 !== undefined && p?.actor != null && (at.get(p.actor) ?? []).some((x) => x < m0.trigger.start);
  const both =
    (e.mentions.some((m) => symmetric.has(m.pattern)) &&
      !(m0 && /^\s+with\b/.test(text.slice(m0.trigger.end)))) ||
    (/^0[3-6]/.test(e.code) && before(e.source) && before(e.target));
  const out: [string, string | undefined, string][] = [];
  for (let i = 0; i < sides.length; i++)
    for (let j = 0; j < sides.length; j++) {
      if (i === j || (!both && i > 0) || (!both && j === 0)) continue;
      out.push([sides[i]?.code ?? "", sides[j]?.code, code]);
    }
  return out;
}

const file = sharedPath("suites/petrarch2/PETR2_GSR_validation.derived.jsonl");
const records = readFileSync(file, "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Record);
const showMisses = process.argv.includes("--misses");
const count = { root: { tp: 0, pred: 0, gold: 0 }, full: { tp: 0, pred: 0, gold: 0 } };
const t0 = process.hrtime.bigint();
for (const r of records) {
  const date = /^\d{8}$/.test(r.date)
    ? `${r.date.slice(0, 4)}-${r.date.slice(4, 6)}-${r.date.slice(6, 8)}`
    : null;
  const { events, mentionedAt } = r.text.trim()
    ? codeSentence(r.id, r.text, date)
    : { events: [], mentionedAt: new Map<string, number[]>() };
  const gold = r.expected.filter((e) => e.eventcode);
  for (const level of ["root", "full"] as const) {
    const key = (s: string | null | undefined, t: string | null | undefined, c: string) =>
      `${sideOf(s)}|${sideOf(t)}|${level === "root" ? c.slice(0, 2) : c}`;
    const want = new Set(gold.map((g) => key(g.sourcecode, g.targetcode, g.eventcode as string)));
    const got = new Set(
      events.flatMap((e) => triples(e, r.text, mentionedAt)).map(([src, tgt, code]) => key(src, tgt, code)),
    );
    const c = count[level];
    c.gold += want.size;
    c.pred += got.size;
    for (const k of got) if (want.has(k)) c.tp++;
    if (showMisses && level === "root") {
      const missed = [...want].filter((k) => !got.has(k));
      const extra = [...got].filter((k) => !want.has(k));
      if (missed.length || extra.length)
        console.log(
          `${r.id}: missed ${missed.join(" ") || "-"} extra ${extra.join(" ") || "-"} | ${r.text.slice(0, 100)}`,
        );
    }
  }
}
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
const line = (name: string, x: Prf) =>
  console.log(`${name.padEnd(6)} P ${x.p.toFixed(3)}  R ${x.r.toFixed(3)}  F1 ${x.f1.toFixed(3)}`);
line("root", prf(count.root.tp, count.root.pred, count.root.gold));
line("full", prf(count.full.tp, count.full.pred, count.full.gold));
console.log(
  `${records.length} sentences, ${count.root.gold} codings, ${(records.length / secs).toFixed(0)} sentences/s`,
);
