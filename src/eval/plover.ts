// PLOVER GSR (the CAMEO manual's example sentences in PLOVER terms): each record's text, markup
// stripped, as a one-sentence document; accuracy of the PLOVER category of the first event and
// of its source and target countries. Usage: npm run eval:plover [-- --misses]
import { readFileSync } from "node:fs";
import { sharedPath } from "./shared-path.js";
import { eventsOfSentence, sideOf } from "./suite-docs.js";

interface Side {
  code?: string;
}
interface PloverRecord {
  id: string;
  date?: string;
  text?: string;
  event: string;
  source?: Side[] | Side;
  target?: Side[] | Side;
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
for (const r of records) {
  const events = eventsOfSentence(r.id, strip(r.text as string), r.date ?? null);
  const e = events[0];
  if (e) coded++;
  const want = (sides: Side[] | Side | undefined) =>
    new Set((Array.isArray(sides) ? sides : sides ? [sides] : []).map((s) => sideOf(s.code)));
  const okCat = e?.plover.toUpperCase() === r.event.toUpperCase();
  const okSrc = !!e && want(r.source).has(sideOf(e.source.code));
  const okTgt = !!e && want(r.target).has(sideOf(e.target?.code));
  category += okCat ? 1 : 0;
  source += okSrc ? 1 : 0;
  target += okTgt ? 1 : 0;
  if (showMisses && !okCat)
    console.log(
      `${r.id}: want ${r.event} got ${e?.plover ?? "-"} (${e?.code ?? ""}) | ${strip(r.text as string).slice(0, 90)}`,
    );
}
const n = records.length;
console.log(`records            ${n} (coded ${coded})`);
console.log(`plover_category    ${(category / n).toFixed(3)}`);
console.log(`source_country     ${(source / n).toFixed(3)}`);
console.log(`target_country     ${(target / n).toFixed(3)}`);
