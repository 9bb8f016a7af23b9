// The day a dateline names ("BEIJING, Sept. 17 (Xinhua) --"): the day the report was filed, which
// is the reference for "on Wednesday" even when the page was published a day later.
import { dayNumber, formatDayNumber, parseReference } from "./calendar.js";
import { dateLexicon } from "./patterns.js";
import { resolveMatch } from "./resolve.js";

// An upper-case place, optionally "[Country]" or ", Region", then a comma before the date.
const PLACE =
  /^\s*\p{Lu}[\p{Lu}\p{L} .'’-]{1,40}?(?:\s*\[[^\]\n]{1,30}\])?(?:,\s*\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+)?)?,\s*/u;
// After the date: the agency in brackets or the dateline's dash/colon.
const AFTER = /^,?\s*(?:\(|--|—|–|-\s|:)/;
// A report is filed at most this many days before it is published (weekend editions, late pages).
const MAX_LAG_DAYS = 7;

/**
 * The dateline's day (YYYY-MM-DD) in `lines` (the removed dateline prefix, the first paragraphs),
 * read against the publication date: a month-day without a year is the latest one on or before
 * publication. Null when no line opens with a dated dateline, or its day does not fit publication.
 */
export function datelineDay(lines: readonly string[], published: string | null): string | null {
  const lex = dateLexicon();
  for (const line of lines) {
    const head = line.slice(0, 120);
    const place = PLACE.exec(head);
    if (!place || !/\p{Lu}{2}|\[/u.test(place[0])) continue;
    const rest = head.slice(place[0].length);
    lex.regex.lastIndex = 0;
    const m = lex.regex.exec(rest);
    if (m?.index !== 0 || !AFTER.test(rest.slice(m[0].length))) continue;
    const g = m.groups ?? {};
    if (!g.mdM && !g.dmM) continue;
    // Parsed only here: most documents have no dated dateline.
    const ref = parseReference(published);
    const refDay = ref ? dayNumber(ref.y, ref.m, ref.d) : Number.NaN;
    const resolved = resolveMatch(g, { lex, ref, refDay, tense: "past" });
    if (!resolved) continue;
    if (!ref) return g.mdY || g.dmY ? resolved.value : null;
    const parsed = parseReference(resolved.value);
    if (!parsed) continue;
    const lag = refDay - dayNumber(parsed.y, parsed.m, parsed.d);
    return lag >= -1 && lag <= MAX_LAG_DAYS ? formatDayNumber(refDay - Math.max(0, lag)) : null;
  }
  return null;
}
