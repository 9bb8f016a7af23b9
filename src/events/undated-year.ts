// An undated document's reference day, from a weekday written with its day and month and the
// office holders the article names: "this Thursday, December 14", in an article about two presidents
// whose terms overlap only from 2020 to 2025, can only be 2023-12-14 (the one year of that span where
// December 14 is a Thursday). When the span leaves two years or more, or no holder is named, there is
// no date: never a guess.
import { knowledge } from "../actors/knowledge/index.js";
import { dayNumber, formatDay, weekday } from "../language/dates/calendar.js";
import { dateLexicon } from "../language/dates/patterns.js";
import type { ActorDocument } from "../model/document.js";

/** How far into the text the weekday-and-day phrase is looked for (the lead). */
const LEAD_CHARS = 1500;
/** The last year an open term (end null) counts for: the office-holder tables end in late 2025. */
const OPEN_TERM_UNTIL = 2025;

const WEEKDAY_DAY =
  /\b([A-Z][a-z]+day),?\s+([A-Z][a-z]+)\.?\s+(\d{1,2})\b|\b([A-Z][a-z]+day),?\s+(\d{1,2})\s+([A-Z][a-z]+)\b/g;

export function referenceFromHolders(doc: ActorDocument): string | null {
  const phrase = weekdayDayMonth(doc.text.slice(0, LEAD_CHARS));
  if (!phrase) return null;
  const years = holderYears(doc);
  if (!years) return null;
  const fits = [...years].filter((y) => weekday(dayNumber(y, phrase.month, phrase.day)) === phrase.weekday);
  return fits.length === 1 ? formatDay(fits[0] as number, phrase.month, phrase.day) : null;
}

function weekdayDayMonth(text: string): { weekday: number; month: number; day: number } | null {
  const { weekdayOf, monthOf } = dateLexicon();
  for (const m of text.matchAll(WEEKDAY_DAY)) {
    const wd = weekdayOf.get((m[1] ?? m[4] ?? "").toLowerCase());
    const month = monthOf.get(m[2] ?? m[6] ?? "");
    const day = Number(m[3] ?? m[5]);
    if (wd !== undefined && month !== undefined && day >= 1 && day <= 31) return { weekday: wd, month, day };
  }
  return null;
}

/**
 * The years when most of the office holders the article names were in office (in the role the article
 * gives them, when it gives one); null when it names none. Most, not all: a person named for an office
 * held long ago (or an adviser the table knows from an earlier post) must not empty the span.
 */
function holderYears(doc: ActorDocument): Set<number> | null {
  const count = new Map<number, number>();
  for (const a of doc.actors) {
    if (a.kind !== "person") continue;
    const person = knowledge().personByName(a.name);
    if (!person) continue;
    const terms = person.terms.filter((t) => a.role === null || t.role === a.role);
    const own = new Set<number>();
    for (const t of terms.length > 0 ? terms : person.terms) {
      const last = t.end ? Number(t.end.slice(0, 4)) : OPEN_TERM_UNTIL;
      for (let y = Number(t.start.slice(0, 4)); y <= last; y++) own.add(y);
    }
    for (const y of own) count.set(y, (count.get(y) ?? 0) + 1);
  }
  if (count.size === 0) return null;
  const most = Math.max(...count.values());
  return new Set([...count].filter(([, n]) => n === most).map(([y]) => y));
}
