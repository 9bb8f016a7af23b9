// Container dates (RSS pubDate, Atom updated, WARC-Date, JSON "published") → YYYY-MM-DD.
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function ymd(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1000 || year > 9999) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The calendar date as written (no shift to UTC: "Tue, 05 Mar 2024 23:30 +0900" is 2024-03-05). */
export function toIsoDate(value: unknown): string | null {
  if (typeof value === "number") return epochDate(value);
  if (typeof value !== "string") return null;
  const s = value.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})(?:T|$)/.exec(s);
  if (iso) return ymd(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  // RFC 822 / 2822 ("05 Mar 2024") and "March 5, 2024".
  const dmy = /\b(\d{1,2})\s+([a-z]{3})[a-z]*\.?,?\s+(\d{4})\b/i.exec(s);
  if (dmy) return ymd(Number(dmy[3]), MONTHS.indexOf(dmy[2]?.toLowerCase() ?? "") + 1, Number(dmy[1]));
  const mdy = /\b([a-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b/i.exec(s);
  if (mdy) return ymd(Number(mdy[3]), MONTHS.indexOf(mdy[1]?.toLowerCase() ?? "") + 1, Number(mdy[2]));
  if (/^\d{9,13}$/.test(s)) return epochDate(Number(s));
  return null;
}

// Unix time in seconds or milliseconds.
function epochDate(n: number): string | null {
  if (!Number.isFinite(n) || n <= 0) return null;
  const d = new Date(n < 1e11 ? n * 1000 : n);
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
}
