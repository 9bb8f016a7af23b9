// What an undated report's lead says about when: "on Thursday, December 14", "on Saturday",
// "March 18, 2023". Without a publication date these are all a reader has to tell this week's
// meeting from the same pair's meeting months ago; the story rules compare them with the other
// report's event day (score.ts).

import { dateLexicon } from "../language/dates/patterns.js";
import { findDates } from "../language/dates.js";
import { dayNumber } from "./signature.js";
import type { DateClues } from "./types.js";

/** The lead: where a report says when its news happened. */
const LEAD_CHARS = 1200;
/** Any reference resolves a month and day to themselves; a leap year keeps February 29. */
const REFERENCE = "2000-12-31";
const YEAR = /\b\d{4}\b/;
const DIGIT = /\d/;
const AGO = /\bago\b/i;

export function dateClues(text: string): DateClues {
  const clues: DateClues = { day: null, monthDays: [], weekdays: [] };
  const weekdayOf = dateLexicon().weekdayOf;
  for (const m of findDates(text, 0, Math.min(text.length, LEAD_CHARS), REFERENCE, "past")) {
    if (m.grain !== "day") continue;
    if (YEAR.test(m.text)) {
      const d = dayNumber(m.value);
      if (d != null && (clues.day == null || d > clues.day)) clues.day = d;
    } else if (DIGIT.test(m.text)) {
      if (!AGO.test(m.text)) clues.monthDays.push(+m.value.slice(5, 7) * 100 + +m.value.slice(8, 10));
    } else {
      for (const w of m.text.toLowerCase().split(/[^a-z]+/)) {
        const d = weekdayOf.get(w);
        if (d !== undefined && !clues.weekdays.includes(d)) clues.weekdays.push(d);
      }
    }
  }
  return clues;
}

/** month × 100 + day, and day of the week (0 = Sunday), of a day number. */
export function monthDayOf(day: number): number {
  const t = new Date(day * 86_400_000);
  return (t.getUTCMonth() + 1) * 100 + t.getUTCDate();
}
export const weekdayOf = (day: number): number => (day + 4) % 7; // 1970-01-01 was a Thursday

/**
 * Whether an undated report's clues fit the other report's event day: true or false when they say,
 * null when the lead gives no date at all. A day of the year wins over a day of the week. A day the
 * other report's text fixed must be the very day; a publication date stands for that day or the
 * day before (news of Saturday published on Sunday).
 */
export function cluesFit(c: DateClues, day: number, fixed: boolean): boolean | null {
  const days = fixed ? [day] : [day - 1, day];
  if (c.day != null) return days.includes(c.day);
  if (c.monthDays.length > 0) return days.some((d) => c.monthDays.includes(monthDayOf(d)));
  if (c.weekdays.length > 0) return days.some((d) => c.weekdays.includes(weekdayOf(d)));
  return null;
}
