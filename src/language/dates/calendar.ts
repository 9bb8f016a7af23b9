// Plain calendar arithmetic on day numbers (days since 1970-01-01, UTC): no time zones, no Date
// objects kept around, so resolution is cheap and deterministic.

const MS_PER_DAY = 86_400_000;

export const dayNumber = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / MS_PER_DAY;

/** 0 = Sunday … 6 = Saturday. */
export const weekday = (day: number): number => (((day + 4) % 7) + 7) % 7;

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function fromDayNumber(day: number): Ymd {
  const date = new Date(day * MS_PER_DAY);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

export const formatYear = (y: number): string => pad(y, 4);
export const formatMonth = (y: number, m: number): string => `${pad(y, 4)}-${pad(m, 2)}`;
export const formatDay = (y: number, m: number, d: number): string => `${formatMonth(y, m)}-${pad(d, 2)}`;
export function formatDayNumber(day: number): string {
  const { y, m, d } = fromDayNumber(day);
  return formatDay(y, m, d);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** A real calendar day (rejects 31 April, 29 February in common years). */
export const isValidDay = (y: number, m: number, d: number): boolean =>
  m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);

/** Parses "YYYY-MM-DD"; null when malformed. */
export function parseReference(reference: string | null): Ymd | null {
  if (!reference) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(reference);
  if (!match) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  return isValidDay(y, m, d) ? { y, m, d } : null;
}

/** Month index (year*12 + month-1) arithmetic, for "last month", "three months ago". */
export const monthIndex = (y: number, m: number): number => y * 12 + (m - 1);
export const fromMonthIndex = (index: number): { y: number; m: number } => ({
  y: Math.floor(index / 12),
  m: (((index % 12) + 12) % 12) + 1,
});
