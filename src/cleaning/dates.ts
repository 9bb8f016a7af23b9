// Reads a calendar date out of a byline or timestamp ("Updated: 25-12-2024 13:20 IST", "July 07, 2022").
const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
export const MONTH_RE =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

const pad = (n: number): string => String(n).padStart(2, "0");

function ymd(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 ? `${y}-${pad(m)}-${pad(d)}` : null;
}

const ISO = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/;
const DMY = /\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b/;
const MDY = new RegExp(`\\b(${MONTH_RE})\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, "i");
const DMY_TEXT = new RegExp(`\\b(\\d{1,2})\\s+(${MONTH_RE}),?\\s+(\\d{4})\\b`, "i");

const monthOf = (s: string): number => MONTHS[s.slice(0, 3).toLowerCase()] ?? 0;

/** The first full date (with year) in s, as YYYY-MM-DD; day-first for numeric dates, as bylines write them. */
export function findDate(s: string): string | null {
  let m = ISO.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = MDY.exec(s);
  if (m) return ymd(Number(m[3]), monthOf(m[1] ?? ""), Number(m[2]));
  m = DMY_TEXT.exec(s);
  if (m) return ymd(Number(m[3]), monthOf(m[2] ?? ""), Number(m[1]));
  m = DMY.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    // Day first unless that is impossible (US style 12/25/2024).
    return ymd(Number(m[3]), a > 12 ? b : b > 12 ? a : b, a > 12 ? a : b > 12 ? b : a);
  }
  return null;
}

const TIME = /\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|hrs|IST|GMT|UTC|ET|EST|EDT|KST|JST|CET|BST|HKT)?\b/i;

const MONTH_DAY = new RegExp(`\\b${MONTH_RE}\\s+\\d{1,2}\\b|\\b\\d{1,2}\\s+${MONTH_RE}(?:\\s|,|$)`, "i");

/** A day of a month, with or without a year: "on June 4", "Sept. 17, 2025", "4 June". */
export const hasMonthDay = (s: string): boolean => MONTH_DAY.test(s);

/** A clock time next to a date: "2:51 p.m. ET, November 15, 2023", "21:12 July 07, 2022". */
export function hasTimeAndDate(s: string): boolean {
  return TIME.test(s) && (findDate(s) !== null || MONTH_DAY.test(s));
}

const MONTH_FIRST = new RegExp(`^(${MONTH_RE})\\s+(\\d{1,2})(?:,?\\s*(\\d{4}))?$`, "i");
const DAY_FIRST = new RegExp(`^(\\d{1,2})\\s+(${MONTH_RE})(?:,?\\s*(\\d{4}))?$`, "i");

/** "Jan. 15, 2025" → "2025-01-15"; "Sept. 17" → "--09-17" (ISO 8601's month-day, no year); else null. */
export function monthDay(s: string): string | null {
  const t = s.trim();
  const m = MONTH_FIRST.exec(t);
  const d = m ? null : DAY_FIRST.exec(t);
  const [month, day, year] = m ? [m[1], m[2], m[3]] : d ? [d[2], d[1], d[3]] : [];
  if (!month || !day) return null;
  if (year) return ymd(Number(year), monthOf(month), Number(day));
  // A leap year checks the day (Feb. 29 is a real month-day).
  const full = ymd(2000, monthOf(month), Number(day));
  return full ? `--${full.slice(5)}` : null;
}

/**
 * A month-day ("--09-17") placed in the year of `reference` (a publication date), or the year before when
 * that would put it more than a day after the reference (a dateline of Dec. 31 published on Jan. 1).
 */
export function inYearOf(md: string, reference: string | null): string | null {
  if (!md.startsWith("--")) return md;
  const year = Number(reference?.slice(0, 4));
  if (!reference || !Number.isInteger(year)) return null;
  const [month, day] = md.slice(2).split("-").map(Number);
  const same = ymd(year, month ?? 0, day ?? 0);
  if (same && Date.parse(same) - Date.parse(reference) <= 86_400_000) return same;
  return ymd(year - 1, month ?? 0, day ?? 0);
}
