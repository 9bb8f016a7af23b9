// dyad stories, dyad timeline.
import { openDatabase } from "../store/database.js";
import { listStories, mergedEvents, type StorySummary } from "../store/story-queries.js";
import { type Period, sparkline, timeline } from "../stories/index.js";
import { parseDyad } from "./event-commands.js";
import { printJson } from "./json.js";
import { lineWidth, renderTable, truncate } from "./table.js";
import { out } from "./terminal.js";

/** Events shown under each story in the list; `--story ID` shows one story with all of its events. */
const EVENTS_SHOWN = 3;

export function storiesCommand(opts: {
  db: string;
  dyad?: string;
  story?: string;
  limit: number;
  json?: boolean;
}): void {
  const db = openDatabase(opts.db);
  try {
    const all = listStories(db, { dyad: opts.dyad ? parseDyad(opts.dyad) : undefined });
    const stories = (opts.story ? all.filter((s) => s.story === opts.story) : all).slice(
      0,
      Number(opts.limit),
    );
    if (opts.json) {
      printJson(stories);
      return;
    }
    if (!stories.length) {
      out(
        opts.story
          ? `no story "${opts.story}" in ${opts.db} (ids look like s-news-001; see dyad stories)`
          : "no stories",
      );
      if (opts.story) process.exitCode = 1;
      return;
    }
    for (const s of stories) printStory(s, opts.story ? Number.POSITIVE_INFINITY : EVENTS_SHOWN);
  } finally {
    db.close();
  }
}

function printStory(s: StorySummary, shown: number): void {
  const title = s.documents.find((d) => d.title)?.title ?? s.documents[0]?.id ?? "";
  const n = (k: number, what: string) => `${k} ${what}${k === 1 ? "" : "s"}`;
  out(
    truncate(
      `story ${s.story}  first report ${s.first ?? "undated"}  ${n(s.documents.length, "report")}, ${n(s.outlets, "outlet")}  ${title}`,
      lineWidth(),
    ),
  );
  const side = (p: { name: string | null; country: string | null } | null) => p?.name ?? p?.country ?? "—";
  const events = s.events.slice(0, shown);
  if (events.length) {
    const lines = renderTable(
      [
        { header: "code", keep: true },
        { header: "source", max: 28 },
        { header: "target", max: 28 },
        { header: "date", keep: true },
        { header: "reports", align: "right" },
        { header: "other dates reported", fill: true },
      ],
      events.map((e) => [
        e.code,
        side(e.source),
        side(e.target),
        e.dates[0] ?? "",
        String(e.documents),
        e.dates.slice(1).join(", "),
      ]),
      lineWidth() - INDENT.length,
    );
    for (const line of lines) out(INDENT + line);
  }
  const more = s.events.length - events.length;
  if (more > 0)
    out(`${INDENT}… and ${n(more, "more event")}: dyad stories --story ${s.story} shows them all`);
  const copies = s.documents.filter((d) => d.duplicateOf).map((d) => `${d.id} = copy of ${d.duplicateOf}`);
  if (copies.length) out(truncate(`${INDENT}${copies.join("; ")}`, lineWidth()));
}

const INDENT = "    ";

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
      printJson({ dyad, by: opts.by, directed: !!opts.directed, periods: buckets });
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
    const lines = renderTable(
      [
        { header: "period", keep: true },
        { header: "events", align: "right" },
        { header: "goldstein (mean)", align: "right" },
        { header: "top stories (reports)", fill: true },
      ],
      buckets.map((x) => [
        x.period,
        String(x.events),
        x.goldsteinMean === null ? "-" : x.goldsteinMean.toFixed(1),
        x.topStories.map((s) => `${s.story} (${s.documents})`).join(", "),
      ]),
    );
    for (const line of lines) out(line);
  } finally {
    db.close();
  }
}
