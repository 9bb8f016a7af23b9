// dyad stories, dyad timeline.
import { openDatabase } from "../store/database.js";
import { listStories, mergedEvents } from "../store/story-queries.js";
import { type Period, sparkline, timeline } from "../stories/index.js";
import { parseDyad } from "./event-commands.js";
import { out } from "./terminal.js";

export function storiesCommand(opts: { db: string; dyad?: string; limit: number; json?: boolean }): void {
  const db = openDatabase(opts.db);
  try {
    const stories = listStories(db, { dyad: opts.dyad ? parseDyad(opts.dyad) : undefined }).slice(
      0,
      Number(opts.limit),
    );
    if (opts.json) {
      console.log(JSON.stringify(stories));
      return;
    }
    if (!stories.length) out("no stories");
    for (const s of stories) {
      const title = s.documents.find((d) => d.title)?.title ?? s.documents[0]?.id ?? "";
      out(
        `${s.story}  ${s.first ?? "????-??-??"}  ${s.documents.length} reports, ${s.outlets} outlets  ${title}`,
      );
      for (const e of s.events.slice(0, 3)) {
        const side = (p: { name: string | null; country: string | null } | null) =>
          p?.name ?? p?.country ?? "—";
        const disagree = e.dates.length > 1 ? `  (dates reported: ${e.dates.join(", ")})` : "";
        out(
          `    ${e.code.padEnd(4)} ${side(e.source)} → ${side(e.target)}  ${e.dates[0] ?? ""}  ${e.documents} docs${disagree}`,
        );
      }
      const copies = s.documents
        .filter((d) => d.duplicateOf)
        .map((d) => `${d.id} = copy of ${d.duplicateOf}`);
      if (copies.length) out(`    ${copies.join("; ")}`);
    }
  } finally {
    db.close();
  }
}

const PERIODS = ["day", "week", "month"];
const QUADS = {
  "1": "verbal cooperation",
  "2": "material cooperation",
  "3": "verbal conflict",
  "4": "material conflict",
};

export function timelineCommand(
  a: string,
  b: string,
  opts: { db: string; by: string; directed?: boolean; json?: boolean },
): void {
  if (!PERIODS.includes(opts.by)) throw new Error(`--by must be one of ${PERIODS.join(", ")}`);
  const dyad = parseDyad(`${a}-${b}`);
  const db = openDatabase(opts.db);
  try {
    const merged = mergedEvents(db, { dyad, directed: opts.directed });
    const buckets = timeline(merged, { dyad, directed: opts.directed, by: opts.by as Period });
    if (opts.json) {
      console.log(JSON.stringify({ dyad, by: opts.by, directed: !!opts.directed, periods: buckets }));
      return;
    }
    const arrow = opts.directed ? "→" : "–";
    out(
      `${dyad[0]} ${arrow} ${dyad[1]}, by ${opts.by}: ${merged.length} events, ${buckets.reduce((n, x) => n + x.events, 0)} of them dated (each counted once across its reports)\n`,
    );
    if (!buckets.length) {
      out("no events for this pair");
      return;
    }
    const first = buckets[0]?.period ?? "";
    const last = buckets.at(-1)?.period ?? "";
    out(`${"".padEnd(22)}${first === last ? first : `${first} … ${last} (${buckets.length} periods)`}`);
    for (const [q, label] of Object.entries(QUADS)) {
      const values = buckets.map((x) => x.byQuad[q as keyof typeof x.byQuad]);
      out(`${label.padEnd(22)}${sparkline(values)}  ${values.reduce((s, v) => s + v, 0)}`);
    }
    out(`${"goldstein (mean)".padEnd(22)}${sparkline(buckets.map((x) => x.goldsteinMean ?? 0))}`);
    out("");
    for (const x of buckets) {
      const mean = x.goldsteinMean === null ? "  -  " : x.goldsteinMean.toFixed(1).padStart(5);
      const top = x.topStories.map((s) => `${s.story} (${s.documents} docs)`).join(", ");
      out(`${x.period.padEnd(10)} ${String(x.events).padStart(4)} events  goldstein ${mean}  ${top}`);
    }
  } finally {
    db.close();
  }
}
