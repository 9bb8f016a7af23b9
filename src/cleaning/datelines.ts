// Crawler prefixes ("date 2021-03-04 …") and datelines ("HANOI (Reuters) - …", "Beijing [China], December 25 (ANI):").
import { MONTH_RE, monthDay } from "./dates.js";
import { agencyName, lexicon, looksLikeOutlet } from "./lexicon.js";
import { wordCount } from "./text.js";

const CRAWLER = /^\s*date\s*[:=]?\s*(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?Z?)?(?:\s+|$)/i;

/** The crawler's "date YYYY-MM-DD " glued to the first line: the prefix as written and the date. */
export function crawlerPrefix(line: string): { prefix: string; date: string } | null {
  const m = CRAWLER.exec(line);
  return m?.[1] ? { prefix: m[0], date: m[1] } : null;
}

const WORD = "[\\p{Lu}][\\p{L}'’.-]*";
// "Jan. 15", "Jan. 15, 2025", "15 January 2025".
const DATE = `${MONTH_RE}\\s+\\d{1,2}(?:,?\\s*\\d{4})?|\\d{1,2}\\s+${MONTH_RE}(?:,?\\s*\\d{4})?`;
const DATELINE = new RegExp(
  `^(?<place>${WORD}(?:[ ]${WORD}){0,3})` +
    `(?:\\s*\\[(?<country>[^\\]\\n]{1,30})\\])?` +
    `(?:,\\s*(?!${MONTH_RE}\\s|\\d)(?<region>${WORD}(?:[ ]${WORD}){0,2}))?` +
    `(?:,?\\s*(?<date>${DATE}))?` +
    `(?:\\s*\\((?<agency>[^()\\n]{2,30})\\))?` +
    `(?<sep>\\s*(?:--|—|–|-|:|/)\\s*|\\s+)` +
    // AP style puts the date after the agency: "NAIROBI, Kenya (AP) — March 3, 2023 — …".
    `(?:(?<late>${MONTH_RE}\\s+\\d{1,2},?\\s*\\d{4})\\s*(?:--|—|–|-)\\s*)?`,
  "u",
);

export interface Dateline {
  prefix: string;
  place?: string;
  source?: string;
  /** The dateline's date: "YYYY-MM-DD", or "--MM-DD" when it gives no year (ISO 8601's month-day). */
  date?: string;
  /** An outlet's name, not a place ("Islam Times - …"): cut from the text, unlike a dateline. */
  outlet?: boolean;
}

const isAllCaps = (s: string): boolean => /\p{Lu}{2}/u.test(s) && !/\p{Ll}/u.test(s);
const agencyLike = (s: string): boolean =>
  agencyName(s) !== null || (/^[\p{Lu}]/u.test(s) && wordCount(s) <= 4 && !/\d/.test(s));

/** A dateline opening the first paragraph, or null. The rest of the line must still read as a sentence. */
export function parseDateline(line: string): Dateline | null {
  const m = DATELINE.exec(line.slice(0, 160));
  const g = m?.groups;
  if (!m || !g?.place) return null;
  const rest = line.slice(m[0].length);
  if (!/^["“‘'(]?[\p{Lu}\p{N}]/u.test(rest) || wordCount(rest) < 5) return null;
  const first = g.place.split(" ")[0]?.replace(/[.'’-]+$/, "") ?? "";
  if (lexicon().notPlaceWords.has(first)) return null;
  const sep = (g.sep ?? "").trim();
  const agency = g.agency?.trim();
  if (agency && !agencyLike(agency)) return null;
  if (!agency && sep === "") return null;
  // "Islam Times - …", "Shafaq News/ …": an outlet's name, not a place.
  if (!agency && !g.country && !g.date && looksLikeOutlet(g.place)) {
    return { prefix: m[0], source: agencyName(g.place) ?? g.place, outlet: true };
  }
  if (sep === "/") return null;
  const strong = isAllCaps(g.place) || agency || g.country || g.date || g.region;
  if (!strong && wordCount(g.place) > 3) return null;
  const place = g.region ? `${g.place}, ${g.region}` : g.place;
  const date = monthDay(g.date ?? g.late ?? "");
  return {
    prefix: m[0],
    place,
    ...(agency ? { source: agencyName(agency) ?? agency } : {}),
    ...(date ? { date } : {}),
  };
}
