// The command line's options and arguments, checked once, here, before any command runs (commander
// argParsers, used by every command in main.ts): a date that is no date, a limit that is not a positive
// number, a country code Dyad does not know are refused with what was expected and, for a country,
// the code that was probably meant ("Korea" → KOR or PRK).
import { readFileSync } from "node:fs";
import { InvalidArgumentError } from "commander";
import { distance } from "fastest-levenshtein";
import { type Country, knowledge } from "../actors/knowledge/index.js";

/** --limit and the like: a whole number of at least 1 (0 and -1 do not mean "unlimited"). */
export function positiveInt(value: string): number {
  const n = /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < 1)
    throw new InvalidArgumentError("expected a whole number of at least 1");
  return n;
}

/** --workers: a whole number, 0 allowed (no worker threads). */
export function wholeNumber(value: string): number {
  const n = /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n)) throw new InvalidArgumentError("expected a whole number (0 or more)");
  return n;
}

/** --code: a CAMEO code or its prefix, digits only ("04", "042", "1031"). */
export function cameoPrefix(value: string): string {
  if (/^\d{1,4}$/.test(value.trim())) return value.trim();
  throw new InvalidArgumentError("expected a CAMEO code or prefix like 04 or 042");
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** --since / --until: YYYY, YYYY-MM or YYYY-MM-DD, and a real day of the calendar. */
export function calendarDate(value: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
  const year = Number(m?.[1]);
  const month = m?.[2] === undefined ? 1 : Number(m[2]);
  const day = m?.[3] === undefined ? 1 : Number(m[3]);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const last = month === 2 && !leap ? 28 : (DAYS[month - 1] ?? 0);
  if (!m || month < 1 || month > 12 || day < 1 || day > last)
    throw new InvalidArgumentError("expected a real date like 2024-05-13, 2024-05 or 2024");
  return value.trim();
}

/** A country (ISO 3166-1 alpha-3) or a body's code that events use in its place (EUR for the EU). */
export function countryCode(value: string): string {
  const code = value.trim().toUpperCase();
  if (knownCodes().has(code)) return code;
  throw new InvalidArgumentError(`unknown country code '${value}'${suggestion(value.trim())}`);
}

/** --dyad: two country codes, "CHN-KOR"; returned in that canonical form. */
export function dyadPair(value: string): string {
  const parts = value.trim().split(/\s*[-–:/ ]\s*/);
  if (parts.length !== 2 || !parts[0] || !parts[1])
    throw new InvalidArgumentError("expected two ISO 3166-1 alpha-3 codes like CHN-KOR");
  return `${countryCode(parts[0])}-${countryCode(parts[1])}`;
}

/** One of a fixed list of words (--format, --kind, --by, --modality). */
export function oneOf(words: readonly string[]): (value: string) => string {
  return (value) => {
    if (words.includes(value)) return value;
    throw new InvalidArgumentError(`expected one of ${words.join(", ")}`);
  };
}

/** --since after --until selects nothing, surely not what was meant. */
export function checkDateRange(opts: { since?: string; until?: string }): void {
  if (opts.since && opts.until && opts.since.slice(0, opts.until.length) > opts.until)
    throw new Error(`--since ${opts.since} is after --until ${opts.until}`);
}

let codes: Set<string> | null = null;

function knownCodes(): Set<string> {
  codes ??= new Set([
    ...knowledge()
      .countries()
      .map((c) => c.iso3),
    ...bodyCodes(),
  ]);
  return codes;
}

/** The codes organisations act for (data/actors/organisations.json "actsFor": EUR for the EU). */
function bodyCodes(): string[] {
  const file = new URL("../../data/actors/organisations.json", import.meta.url);
  try {
    const { organisations } = JSON.parse(readFileSync(file, "utf8")) as {
      organisations: { actsFor?: string }[];
    };
    return organisations.flatMap((o) => (o.actsFor ? [o.actsFor] : []));
  } catch {
    return [];
  }
}

/** One letter off, or two swapped ("KRO" for KOR). */
const nearCode = (code: string, typed: string) =>
  distance(code, typed) === 1 || [...code].sort().join("") === [...typed].sort().join("");

/** "; did you mean KOR (South Korea) or PRK (North Korea)?" for a name, demonym, alpha-2 or near code. */
function suggestion(text: string): string {
  const k = knowledge();
  const forms = [text, text.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (s) => s.toUpperCase())];
  let found: Country[] = [];
  for (const form of forms) {
    const ambiguous = k.ambiguity(form)?.candidates ?? [];
    const one = k.countryByName(form) ?? k.countryByDemonym(form);
    found = one ? [one] : ambiguous.flatMap((c) => k.country(c) ?? []);
    if (found.length) break;
  }
  const upper = text.toUpperCase();
  const countries = k.countries();
  if (!found.length && /^[A-Z]{2}$/.test(upper)) found = countries.filter((c) => c.iso2 === upper);
  if (!found.length && /^[A-Z]{3}$/.test(upper))
    found = countries.filter((c) => c.independent && nearCode(c.iso3, upper)).slice(0, 3);
  if (!found.length) return " (ISO 3166-1 alpha-3, e.g. CHN, KOR, USA)";
  return `; did you mean ${found.map((c) => `${c.iso3} (${c.name})`).join(" or ")}?`;
}
