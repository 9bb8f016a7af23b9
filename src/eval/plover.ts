// PLOVER GSR (the CAMEO manual's example sentences in PLOVER terms) through the product: each
// record's text, markup stripped, as a one-sentence JSONL document through `dyad ingest --domestic --one-sided`
// and `dyad export` (see suite-docs.ts); accuracy of the PLOVER category of the first exported event
// and of its source and target. Records the ingest refuses count as coded with nothing.
// Usage: npm run eval:plover [-- --misses]
import { readFileSync } from "node:fs";
import type { ExportRecord } from "../export/record.js";
import { sharedPath } from "./shared-path.js";
import { runProduct, sideCode, sideOf } from "./suite-docs.js";

interface Side {
  code?: string;
}
interface PloverRecord {
  id: string;
  date?: string;
  text?: string;
  event: string;
  source?: Side[] | Side | string;
  target?: Side[] | Side | string;
}

const file = sharedPath("suites/plover-gsr/PLOVER_GSR_CAMEO.txt");
const records = (JSON.parse(readFileSync(file, "utf8")) as PloverRecord[]).filter(
  (r) => r.text && r.event !== "DOCUMENT",
);
const showMisses = process.argv.includes("--misses");
// Inline markup like "(SRC: Libya)" or "(EVT: offered)" keeps only its words.
const strip = (t: string): string => t.replace(/\((?:SRC|TAR|EVT|LOC|DATE|[A-Z]{3}):\s*([^)]*)\)/g, "$1");
let category = 0;
let source = 0;
let target = 0;
let coded = 0;
const day = (d: string | undefined): string | null =>
  d && /^\d{8}$/.test(d)
    ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`
    : d && /^\d{4}-\d{2}-\d{2}$/.test(d)
      ? d
      : null;
const run = await runProduct(
  records.map((r) => ({ id: r.id, text: strip(r.text as string), published: day(r.date) })),
  { domestic: true, oneSided: true },
);
// PLOVER's own codes: the CAMEO manual's older country codes, and organisations coded only as
// "IGO"/"NGO" (any organisation of that kind fits).
const OLD_CODES: { [code: string]: string } = { JAP: "JPN", ITL: "ITA" };
const goldCode = (code: string | undefined): string | undefined =>
  code ? (OLD_CODES[code.slice(0, 3)] ?? code.slice(0, 3)) + code.slice(3) : code;
const fits = (want: Set<string | null>, got: string | null): boolean =>
  want.has(got) || (!!got && want.has(got.slice(0, 3)) && /^(IGO|NGO|IMG)/.test(got));

/** Why a record's category was missed, for routing the work: the ingest, the actors or the events. */
const kinds = new Map<string, number>();
const kindOf = (doc: ExportRecord | undefined): string =>
  !doc
    ? "refused by the ingest"
    : doc.events.length > 0
      ? "event coded, other category"
      : new Set(doc.actors.map((a) => sideOf(a.code))).size < 2
        ? "no event; fewer than two actors found"
        : "no event; two actors or more found";
const list = (sides: Side[] | Side | string | undefined): Side[] =>
  Array.isArray(sides) ? sides : sides && typeof sides === "object" ? [sides] : [];
for (const r of records) {
  const doc = run.docs.get(r.id);
  const e = doc?.events[0];
  if (e) coded++;
  // PLOVER's compound actors ("A and B agreed"): both are source and target, the target left empty.
  const want = (sides: Side[] | Side | string | undefined) =>
    new Set((list(sides).length ? list(sides) : list(r.source)).map((s) => sideOf(goldCode(s.code))));
  const okCat = e?.plover.toUpperCase() === r.event.toUpperCase();
  const okSrc = !!doc && !!e && fits(want(r.source), sideOf(sideCode(doc, e.source)));
  const okTgt = !!doc && !!e && fits(want(r.target), sideOf(sideCode(doc, e.target)));
  category += okCat ? 1 : 0;
  source += okSrc ? 1 : 0;
  target += okTgt ? 1 : 0;
  if (!okCat) kinds.set(kindOf(doc), (kinds.get(kindOf(doc)) ?? 0) + 1);
  if (showMisses && !okCat)
    console.log(
      `${r.id}: want ${r.event} got ${e?.plover ?? "-"} (${e?.code ?? ""}) [${kindOf(doc).slice(0, 12)}] | ${strip(r.text as string).slice(0, 140)}`,
    );
}
const n = records.length;
console.log(`records            ${n} (coded ${coded}; ${run.summary.failed.length} refused by the ingest)`);
console.log(`plover_category    ${(category / n).toFixed(3)}`);
console.log(`source_country     ${(source / n).toFixed(3)}`);
console.log(`target_country     ${(target / n).toFixed(3)}`);
for (const [kind, k] of [...kinds].sort((a, b) => b[1] - a[1]))
  console.log(`  missed: ${kind.padEnd(40)} ${k}`);
