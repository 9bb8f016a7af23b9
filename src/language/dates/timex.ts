// A date mention as a TimeML TIMEX3 value ("2013-W12" for a week, "2013-W12-WE" for a weekend),
// for comparing Dyad's dates with TimeML gold (TempEval-3).
import type { DateMention } from "../dates.js";
import { dayNumber, formatYear, fromDayNumber, parseReference, weekday } from "./calendar.js";

const dayOf = (iso: string): number => {
  const r = parseReference(iso);
  return r ? dayNumber(r.y, r.m, r.d) : Number.NaN;
};

/** ISO 8601 week of a day number: "2013-W12". */
export function isoWeek(day: number): string {
  const thursday = day - ((weekday(day) + 6) % 7) + 3;
  const y = fromDayNumber(thursday).y;
  const week = Math.floor((thursday - dayNumber(y, 1, 1)) / 7) + 1;
  return `${formatYear(y)}-W${String(week).padStart(2, "0")}`;
}

// TimeML's parts of the day: "Friday afternoon" is 2013-03-22TAF.
const PARTS: [RegExp, string][] = [
  [/(?:morning)$/i, "TMO"],
  [/(?:afternoon)$/i, "TAF"],
  [/(?:evening)$/i, "TEV"],
  [/(?:night|tonight)$/i, "TNI"],
];

export function toTimexValue(d: Pick<DateMention, "value" | "grain" | "endValue" | "text">): string {
  if (d.grain === "day" && !d.endValue)
    for (const [re, part] of PARTS) if (re.test(d.text)) return d.value + part;
  if (d.grain !== "day" || !d.endValue) return d.value;
  const from = dayOf(d.value);
  const to = dayOf(d.endValue);
  const monday = (weekday(from) + 6) % 7 === 0;
  if (monday && to - from === 6) return isoWeek(from);
  if (weekday(from) === 6 && to - from === 1) return `${isoWeek(from)}-WE`;
  return d.value;
}
