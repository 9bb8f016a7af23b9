// Timelines of one dyad over merged events (each real-world event counted once, however many
// reports), and a one-line terminal chart.
import type { MergedEvent, Period, TimelineBucket } from "./types.js";

export interface TimelineOptions {
  dyad: [string, string];
  /** Only events from dyad[0] to dyad[1]; by default both directions count. */
  directed?: boolean;
  by: Period;
  /** Stories listed per period (default 3). */
  top?: number;
}

/** The day an event happened: the date most reports give, else the first report's publication date. */
function eventDate(m: MergedEvent): string | null {
  const d = m.dates.find((x) => /^\d{4}-\d{2}-\d{2}$/.test(x));
  return d ?? m.first.published ?? m.dates[0] ?? null;
}

/** ISO 8601 week, "2024-W05". */
function isoWeek(date: string): string {
  const t = new Date(`${date}T00:00:00Z`);
  const day = (t.getUTCDay() + 6) % 7;
  t.setUTCDate(t.getUTCDate() - day + 3); // the week's Thursday decides its year
  const year = t.getUTCFullYear();
  // Week 1 is the week whose Thursday falls in January 1–7.
  const week = 1 + Math.floor((t.getTime() - Date.UTC(year, 0, 1)) / 604_800_000);
  return `${year}-W${String(week).padStart(2, "0")}`;
}

export function periodOf(date: string, by: Period): string | null {
  if (by === "month") return /^\d{4}-\d{2}/.test(date) ? date.slice(0, 7) : null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  return by === "day" ? date : isoWeek(date);
}

export function timeline(merged: MergedEvent[], opts: TimelineOptions): TimelineBucket[] {
  const [a, b] = opts.dyad;
  const buckets = new Map<
    string,
    { b: TimelineBucket; stories: Map<string, { events: number; docs: Set<string> }> }
  >();
  for (const m of merged) {
    const s = m.source.country;
    const t = m.target?.country;
    const hit = (s === a && t === b) || (!opts.directed && s === b && t === a);
    if (!hit) continue;
    const date = eventDate(m);
    const period = date ? periodOf(date, opts.by) : null;
    if (!period) continue;
    let cur = buckets.get(period);
    if (!cur) {
      cur = {
        b: {
          period,
          events: 0,
          byQuad: { 1: 0, 2: 0, 3: 0, 4: 0 },
          byRoot: {},
          goldsteinSum: 0,
          goldsteinMean: null,
          topStories: [],
        },
        stories: new Map(),
      };
      buckets.set(period, cur);
    }
    const x = cur.b;
    x.events++;
    x.byQuad[String(m.quadClass) as "1"] += 1;
    x.byRoot[m.root] = (x.byRoot[m.root] ?? 0) + 1;
    x.goldsteinSum += m.goldstein;
    const key = m.story ?? m.first.doc;
    const st = cur.stories.get(key) ?? { events: 0, docs: new Set<string>() };
    st.events++;
    for (const mm of m.mentions) st.docs.add(mm.doc);
    cur.stories.set(key, st);
  }
  return [...buckets.values()]
    .map(({ b: x, stories }) => {
      x.goldsteinSum = Math.round(x.goldsteinSum * 100) / 100;
      x.goldsteinMean = x.events ? Math.round((x.goldsteinSum / x.events) * 100) / 100 : null;
      x.topStories = [...stories]
        .map(([story, v]) => ({ story, events: v.events, documents: v.docs.size }))
        .sort((p, q) => q.documents - p.documents || q.events - p.events || (p.story < q.story ? -1 : 1))
        .slice(0, opts.top ?? 3);
      return x;
    })
    .sort((p, q) => (p.period < q.period ? -1 : 1));
}

const BARS = "▁▂▃▄▅▆▇█";

/** One character per value, scaled between the smallest and largest value. */
export function sparkline(values: number[]): string {
  if (values.length === 0) return "";
  const min = Math.min(...values);
  const max = Math.max(...values);
  return values
    .map((v) => {
      if (max === min) return v > 0 ? BARS[3] : BARS[0];
      return BARS[Math.round(((v - min) / (max - min)) * (BARS.length - 1))];
    })
    .join("");
}
