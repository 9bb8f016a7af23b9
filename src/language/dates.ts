// Date expressions in news text, resolved against the publication date with the clause's tense.
//
// Resolution rules (reference = publication date, YYYY-MM-DD):
// - Weekdays: past → the latest such day on or before the reference ("on Monday" in a past clause
//   published on a Monday is that same Monday); future → the next one after it (never the
//   reference day: a week on); present → the latest if within 3 days back, else the next.
//   "last Monday"/"next Monday" are always strictly before/after the reference.
// - Month and day without a year ("May 26", "26 May", "Dec. 25"): past → latest on or before the
//   reference (+7 days' tolerance); future → first on or after it (−1 day); present → nearest.
// - Bare months ("in April"): past → latest such month (the reference month counts); future →
//   next such month (the reference month counts); present → nearest; "last/next April" skip it.
// - "last week", "this week", "next weekend": a range of days (value = Monday or Saturday,
//   endValue = Sunday), weeks starting on Monday. "last/this/next month|year" as month/year.
// - yesterday, today, tonight, tomorrow, this morning, last night, earlier in the day, N days ago.
// - Explicit years ("Dec 25, 2024", "2024-05-13", "13/05/2024", "in May 2024", "in 2019") need no
//   reference. Numeric dates whose order is unclear (05/06/2024) are skipped; dotted ones are day-first.
// - "in March this year", "in May last year": that month of the year named. A plan told in the past
//   ("was scheduled to meet on January 15") resolves to the nearest day, as in the present.
// Without a reference only the explicit-year forms are returned. The events layer reads dates
// against the dateline's day when there is one (src/language/dates/dateline.ts). With `all`,
// kinds events are not dated by are found too, with TIMEX3 values (dates/extended.ts: durations,
// PRESENT_REF, seasons, quarters, decades, bare years), for TimeML comparisons (eval:tempeval).
import type { Token } from "../model/document.js";
import { parseReference } from "./dates/calendar.js";
import { findExtended } from "./dates/extended.js";
import { dateLexicon } from "./dates/patterns.js";
import { tokenWindow } from "./dates/phrases.js";
import { referenceDay, resolveMatch, type Tense } from "./dates/resolve.js";

export type { Tense } from "./dates/resolve.js";

import { clauseTense } from "./dates/tense.js";

export { clauseTense };

export interface DateMention {
  /** [start, end) in the text; includes "on"/"in" and modifiers ("late on Wednesday"). */
  start: number;
  end: number;
  text: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  value: string;
  /** "other": a kind found only with `all` (durations, PRESENT_REF…), value a TIMEX3 value. */
  grain: "day" | "month" | "year" | "other";
  /** Last day of a range ("May 26-27" → value 26th, endValue 27th; "last week" → Monday..Sunday). */
  endValue?: string;
}

// Cache of the last parsed reference: findDates is called per sentence with the same one.
let lastReference: string | null = null;
let lastParsed: ReturnType<typeof parseReference> = null;

/** One match of the date expression, before resolution (which depends on the reference and tense). */
export interface DateMatch {
  /** Offset in the text. */
  start: number;
  text: string;
  groups: Record<string, string | undefined>;
}

/**
 * Date expressions in text[from, to), resolved against the reference date (publication date,
 * YYYY-MM-DD) with the tense of the clause. Given the tokens, each expression is resolved with the
 * tense around itself instead ("China on Monday announced it would…": past at "on Monday").
 */
export function findDates(
  text: string,
  from: number,
  to: number,
  reference: string | null,
  tense: Tense,
  tokens?: Token[],
  opts: { all?: boolean } = {},
): DateMention[] {
  const found = resolveDates(matchDates(text, from, to), text, from, to, reference, tense, tokens);
  return opts.all ? withExtended(found, text, from, to, reference) : found;
}

/** The mentions plus the extended kinds (durations, "now", seasons…) that do not overlap them. */
function withExtended(
  found: DateMention[],
  text: string,
  from: number,
  to: number,
  reference: string | null,
): DateMention[] {
  const extra = findExtended(text, from, to, parseReference(reference));
  if (extra.length === 0) return found;
  const out = [...found];
  for (const e of extra) {
    const end = e.start + e.text.length;
    if (found.some((d) => d.start < end && e.start < d.end)) continue;
    out.push({ start: e.start, end, text: e.text, value: e.value, grain: "other" });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The date expressions of text[from, to), not yet resolved: the same for every tense and reference. */
export function matchDates(text: string, from: number, to: number): DateMatch[] {
  const lex = dateLexicon();
  const slice = text.slice(from, to);
  if (!lex.maybeDate.test(slice)) return [];
  const out: DateMatch[] = [];
  const regex = lex.regex;
  regex.lastIndex = 0;
  for (let m = regex.exec(slice); m !== null; m = regex.exec(slice)) {
    const g = m.groups ?? {};
    // "May" and "March" are words too: a bare one needs "in", "since", "early"… or a year.
    if (g.bmM && !g.bmRel && !g.bmMod && m[0] === g.bmM && lex.ambiguousMonths.has(g.bmM)) {
      if (!lex.licensedBefore.test(slice.slice(Math.max(0, m.index - 24), m.index))) continue;
    }
    out.push({ start: from + m.index, text: m[0], groups: g });
  }
  return out;
}

/** findDates from the matches of text[from, to) (see matchDates). */
export function resolveDates(
  matches: DateMatch[],
  text: string,
  from: number,
  to: number,
  reference: string | null,
  tense: Tense,
  tokens?: Token[],
): DateMention[] {
  if (matches.length === 0) return [];
  if (reference !== lastReference) {
    lastReference = reference;
    lastParsed = parseReference(reference);
  }
  const ref = lastParsed;
  const ctx = { lex: dateLexicon(), ref, refDay: referenceDay(ref), tense };
  // The sentence's cue words are gathered once, not once per date (linear in sentence length).
  const window =
    tokens !== undefined && ref !== null ? tokenWindow(text, tokens, { start: from, end: to }) : null;
  const out: DateMention[] = [];
  for (const m of matches) {
    if (window) ctx.tense = clauseTense(text, tokens as Token[], from, to, m.start, window);
    const resolved = resolveMatch(m.groups, ctx);
    if (!resolved) continue;
    out.push({ start: m.start, end: m.start + m.text.length, text: m.text, ...resolved });
  }
  return out;
}
