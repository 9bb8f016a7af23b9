// Turns one match of the date expression into a calendar value, relative to the reference
// (publication) date and the tense of the clause. Rules (documented in src/language/dates.ts):
// past → the latest candidate on or before the reference, future → the next one after it,
// present → the nearest.

import {
  dayNumber,
  formatDay,
  formatDayNumber,
  formatMonth,
  formatYear,
  fromMonthIndex,
  isValidDay,
  monthIndex,
  weekday,
  type Ymd,
} from "./calendar.js";
import { NUMBER_WORDS } from "./numbers.js";
import type { DateLexicon } from "./patterns.js";

export type Tense = "past" | "present" | "future";
export type Grain = "day" | "month" | "year";

export interface Resolved {
  value: string;
  grain: Grain;
  endValue?: string;
}

type Groups = Record<string, string | undefined>;

interface Context {
  lex: DateLexicon;
  ref: Ymd | null;
  /** Reference as a day number (NaN without a reference). */
  refDay: number;
  tense: Tense;
}

// A past-tense "May 20" a few days after publication is still this year's (time zones,
// reported plans); further ahead it is last year's.
const PAST_TOLERANCE_DAYS = 7;
const FUTURE_TOLERANCE_DAYS = 1;
const day = (n: number): Resolved => ({ value: formatDayNumber(n), grain: "day" });
const days = (from: number, to: number): Resolved => ({
  value: formatDayNumber(from),
  grain: "day",
  endValue: formatDayNumber(to),
});
const month = (index: number): Resolved => {
  const { y, m } = fromMonthIndex(index);
  return { value: formatMonth(y, m), grain: "month" };
};
const year = (y: number): Resolved => ({ value: formatYear(y), grain: "year" });
const num = (s: string | undefined): number => Number.parseInt(s ?? "", 10);

export function resolveMatch(g: Groups, ctx: Context): Resolved | null {
  if (g.mdM) return monthDay(ctx, g.mdM, g.mdD, g.mdM2, g.mdD2, g.mdY, g.mdW);
  if (g.dmM) return monthDay(ctx, g.dmM, g.dmD, undefined, g.dmD2, g.dmY, g.dmW);
  if (g.isoY) return explicitDay(num(g.isoY), num(g.isoM), num(g.isoD));
  if (g.nY) return numericDay(num(g.nA), num(g.nB), num(g.nY), g.nSep === ".");
  if (g.myM) {
    const m = ctx.lex.monthOf.get(g.myM.replace(".", "")) ?? 0;
    return m ? { value: formatMonth(num(g.myY), m), grain: "month" } : null;
  }
  if (g.yr) return year(num(g.yr));
  const { ref, refDay } = ctx;
  if (!ref) return null; // everything below is relative to the publication date
  if (g.mrM) {
    const rel = g.mrRel?.toLowerCase();
    const m = ctx.lex.monthOf.get(g.mrM) ?? 0;
    return m
      ? { value: formatMonth(ref.y + (rel === "last" ? -1 : rel === "next" ? 1 : 0), m), grain: "month" }
      : null;
  }
  if (g.bmM) return bareMonth(ctx, ctx.lex.monthOf.get(g.bmM) ?? 0, g.bmRel?.toLowerCase());
  if (g.wd) return weekdayDate(ctx, ctx.lex.weekdayOf.get(g.wd.toLowerCase()) ?? 0, g.wdRel?.toLowerCase());
  if (g.agoU) {
    const n = NUMBER_WORDS[g.agoN?.toLowerCase() ?? ""] ?? num(g.agoN);
    if (g.agoU === "day") return day(refDay - n);
    if (g.agoU === "week") return day(refDay - 7 * n);
    if (g.agoU === "month") return month(monthIndex(ref.y, ref.m) - n);
    return year(ref.y - n);
  }
  if (g.rdWord) {
    const w = g.rdWord.toLowerCase();
    return day(refDay + (w === "yesterday" ? -1 : w === "tomorrow" ? 1 : 0));
  }
  if (g.rdSame) return day(refDay);
  if (g.rdLastNight) return day(refDay - 1);
  if (g.ruUnit) return relativeUnit(ctx, g);
  return null;
}

function explicitDay(y: number, m: number, d: number): Resolved | null {
  return isValidDay(y, m, d) ? { value: formatDay(y, m, d), grain: "day" } : null;
}

/** "13/05/2024": the order is clear only when one number is over 12 (or both are equal); dots are day-first. */
function numericDay(a: number, b: number, y: number, dotted: boolean): Resolved | null {
  if (dotted || a > 12 || a === b) return explicitDay(y, b, a);
  if (b > 12) return explicitDay(y, a, b); // U.S. month-first
  return null;
}

function monthDay(
  ctx: Context,
  monthText: string,
  dayText: string | undefined,
  month2Text: string | undefined,
  day2Text: string | undefined,
  yearText: string | undefined,
  weekdayText: string | undefined,
): Resolved | null {
  const m = ctx.lex.monthOf.get(monthText.replace(".", "")) ?? 0;
  const d = num(dayText);
  let y: number;
  if (yearText) y = num(yearText);
  else if (ctx.ref) y = yearByWeekday(ctx, m, d, weekdayText) ?? yearFor(ctx, m, d);
  else return null;
  if (!isValidDay(y, m, d)) return null;
  const first: Resolved = { value: formatDay(y, m, d), grain: "day" };
  if (!day2Text) return first;
  const m2 = month2Text ? (ctx.lex.monthOf.get(month2Text.replace(".", "")) ?? 0) : m;
  const d2 = num(day2Text);
  // "December 30-January 2" runs into the next year.
  const y2 = m2 < m || (m2 === m && d2 < d) ? y + 1 : y;
  if (!isValidDay(y2, m2, d2) || (m2 === m && d2 === d)) return first;
  return { ...first, endValue: formatDay(y2, m2, d2) };
}

/** "Monday, May 13": the year next to the reference's in which May 13 is a Monday, if just one. */
function yearByWeekday(
  ctx: Context,
  m: number,
  d: number,
  weekdayText: string | undefined,
): number | undefined {
  if (!weekdayText || !ctx.ref) return undefined;
  const wd = ctx.lex.weekdayOf.get(weekdayText.toLowerCase());
  const fits = [ctx.ref.y - 1, ctx.ref.y, ctx.ref.y + 1].filter(
    (y) => isValidDay(y, m, d) && weekday(dayNumber(y, m, d)) === wd,
  );
  return fits.length === 1 ? fits[0] : undefined;
}

/** The year of a month-day written without one. */
function yearFor(ctx: Context, m: number, d: number): number {
  const { ref, refDay, tense } = ctx as Context & { ref: Ymd };
  const candidates = [ref.y - 1, ref.y, ref.y + 1].filter((y) => isValidDay(y, m, d));
  const at = (y: number): number => dayNumber(y, m, d);
  if (tense === "past") {
    const fit = candidates.filter((y) => at(y) <= refDay + PAST_TOLERANCE_DAYS);
    return fit[fit.length - 1] ?? ref.y;
  }
  if (tense === "future") return candidates.find((y) => at(y) >= refDay - FUTURE_TOLERANCE_DAYS) ?? ref.y;
  let best = ref.y;
  for (const y of candidates) if (Math.abs(at(y) - refDay) < Math.abs(at(best) - refDay)) best = y;
  return best;
}

function bareMonth(ctx: Context, m: number, rel: string | undefined): Resolved | null {
  const ref = ctx.ref as Ymd;
  if (!m) return null;
  const here = monthIndex(ref.y, ref.m);
  const back = (ref.m - m + 12) % 12; // months back to the latest such month (0 = this month)
  const ahead = (m - ref.m + 12) % 12;
  if (rel === "last") return month(here - (back || 12));
  if (rel === "next") return month(here + (ahead || 12));
  if (rel === "this") return month(monthIndex(ref.y, m));
  // The reference month itself counts as both the latest and the next one.
  if (ctx.tense === "past") return month(here - back);
  if (ctx.tense === "future") return month(here + ahead);
  return month(back < ahead ? here - back : here + ahead);
}

function weekdayDate(ctx: Context, wd: number, rel: string | undefined): Resolved {
  const r = ctx.refDay;
  const back = (weekday(r) - wd + 7) % 7;
  const ahead = (wd - weekday(r) + 7) % 7;
  if (rel === "last" || rel === "past" || rel === "this past") return day(r - (back || 7));
  if (rel === "next" || rel === "coming" || rel === "this coming") return day(r + (ahead || 7));
  // Past: the reference day itself when it is that weekday; future: never today, a week on.
  if (ctx.tense === "past") return day(r - back);
  if (ctx.tense === "future") return day(r + (ahead || 7));
  return day(back <= 3 ? r - back : r + ahead);
}

function relativeUnit(ctx: Context, g: Groups): Resolved | null {
  const ref = ctx.ref as Ymd;
  const r = ctx.refDay;
  let which = (g.ruWhich ?? "").toLowerCase().replace(/\s+/g, " ");
  if (which === "the") {
    if (!g.ruEnd) return null; // "the week" alone is no date; "the end of the week" is
    which = "this";
  }
  const shift = which === "last" ? -1 : which === "next" || which.endsWith("coming") ? 1 : 0;
  const pos = g.ruPos?.toLowerCase();
  const unit = g.ruUnit;
  if (unit === "year") return year(ref.y + shift);
  if (unit === "month") return month(monthIndex(ref.y, ref.m) + shift);
  const monday = r - ((weekday(r) + 6) % 7);
  if (unit === "weekend") {
    const saturday = monday + 5;
    if (shift === -1) return days(monday - 2, monday - 1);
    // In a past clause "this weekend" on a weekday is the one just gone.
    if (shift === 0 && ctx.tense === "past" && r < saturday) return days(monday - 2, monday - 1);
    return days(saturday, saturday + 1);
  }
  const start = monday + 7 * shift;
  if (shift === 0 && (pos === "earlier" || pos === "early")) return days(start, Math.max(start, r));
  if (shift === 0 && (pos === "later" || pos === "late")) return days(r, start + 6);
  return days(start, start + 6);
}

export const referenceDay = (ref: Ymd | null): number => (ref ? dayNumber(ref.y, ref.m, ref.d) : Number.NaN);
