// Kinds of time expression the events layer does not date events by, found only when asked
// (TimeML comparisons): durations ("three years", "a four-week"), the present ("now"), the past,
// seasons, quarters, decades and centuries, bare years. Values are TIMEX3 values. Words in
// data/language/dates.json ("extended").
import { derived, table } from "../../knowledge/load.js";
import type { Ymd } from "./calendar.js";

export interface ExtendedLexicon {
  regex: RegExp;
  maybe: RegExp;
  numbers: Map<string, number>;
  units: Map<string, string>;
  seasons: Map<string, string>;
}

const QUARTERS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  "1st": 1,
  "2nd": 2,
  "3rd": 3,
  "4th": 4,
};

const alt = (words: Iterable<string>): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"))
    .join("|");

export const extendedLexicon = derived((): ExtendedLexicon => {
  const w = table("language/dates.json").extended;
  const numbers = new Map(Object.entries(w.numbers));
  const units = new Map(Object.entries(w.units));
  const seasons = new Map(Object.entries(w.seasons));
  const n = `(?:\\d{1,3}|${alt(numbers.keys())})`;
  const unit = `(?:${alt(units.keys())})`;
  const end = "(?![A-Za-z0-9])";
  const alternatives = [
    // "the past two years", "almost seven years", "a four-week", "18 months", "several days"
    `(?:(?<duRel>the\\s+(?:past|last|next|following|coming))\\s+)?(?:(?:almost|nearly|about|some|more\\s+than|a\\s+mere|over)\\s+)?(?:(?<duN>${n})|(?<duVague>${alt(w.vague)}))[\\s-]+(?<duU>${unit})s?(?:-long|')?${end}`,
    // "the next decade", "a decade"
    `(?<duDec>(?:the\\s+(?:past|last|next|following|coming)|a)\\s+decade)${end}`,
    // "recent weeks", bare "years" after "for"/"in" are left out: too often no expression
    `(?<duRecent>recent\\s+(?:${unit})s)${end}`,
    `(?<present>${alt(w.presentRef)})${end}`,
    // "in the past" alone; "the past two years" is a duration (above)
    `(?<past>${alt(w.pastRef)})(?!\\s+(?:${n}|${alt(w.vague)}|${unit}))${end}`,
    // "blocked for years", "could take weeks"
    `(?<=(?:for|take|takes|took|within)\\s+)(?<duBare>(?:${unit})s)${end}`,
    `(?:(?<seRel>last|this|next)\\s+|in\\s+the\\s+)(?<season>${alt(seasons.keys())})${end}`,
    `(?<qOrd>first|second|third|fourth|1st|2nd|3rd|4th)\\s+quarter${end}`,
    `(?:the\\s+)?(?<decade>(?:19|20)\\d0)s${end}`,
    `(?:the\\s+)?(?<century>\\d{1,2})(?:st|nd|rd|th)\\s+century${end}`,
    `(?<![$£€\\d.,])(?<!(?:^|\\D)-)(?<byear>(?:19|20)\\d\\d)(?![\\d.,%]|\\s+(?:people|troops|soldiers|km|miles|tons))`,
  ];
  const regex = new RegExp(`(?<![A-Za-z0-9])(?:${alternatives.join("|")})`, "gi");
  const maybe =
    /\d|decade|now|current|present|past|time|quarter|century|spring|summer|autumn|fall|winter|day|week|month|year|hour|minute/i;
  return { regex, maybe, numbers, units, seasons };
});

export interface ExtendedMatch {
  start: number;
  text: string;
  value: string;
}

/** Extended expressions of text[from, to), with TIMEX3 values read against the reference. */
export function findExtended(text: string, from: number, to: number, ref: Ymd | null): ExtendedMatch[] {
  const lex = extendedLexicon();
  const slice = text.slice(from, to);
  if (!lex.maybe.test(slice)) return [];
  const out: ExtendedMatch[] = [];
  lex.regex.lastIndex = 0;
  for (let m = lex.regex.exec(slice); m !== null; m = lex.regex.exec(slice)) {
    const value = timexValue(m.groups ?? {}, lex, ref);
    if (value) out.push({ start: from + m.index, text: m[0], value });
  }
  return out;
}

function timexValue(
  g: Record<string, string | undefined>,
  lex: ExtendedLexicon,
  ref: Ymd | null,
): string | null {
  if (g.duU) {
    const u = lex.units.get(g.duU.toLowerCase()) ?? "";
    const time = u === "H" || u === "MIN";
    const count = g.duN ? (lex.numbers.get(g.duN.toLowerCase()) ?? Number(g.duN)) : "X";
    return `P${time ? "T" : ""}${count}${u === "MIN" ? "M" : u}`;
  }
  if (g.duDec) return "P10Y";
  if (g.duBare) return `PX${lex.units.get(g.duBare.toLowerCase().replace(/s$/, "")) ?? "D"}`;
  if (g.duRecent)
    return `PX${lex.units.get(g.duRecent.split(/\s+/)[1]?.toLowerCase().replace(/s$/, "") ?? "") ?? "D"}`;
  if (g.present) return "PRESENT_REF";
  if (g.past) return "PAST_REF";
  if (g.season) {
    const s = lex.seasons.get(g.season.toLowerCase()) ?? "";
    if (!ref) return null;
    const rel = g.seRel?.toLowerCase();
    return `${rel === "last" ? ref.y - 1 : rel === "next" ? ref.y + 1 : ref.y}-${s}`;
  }
  if (g.qOrd) return ref ? `${ref.y}-Q${QUARTERS[g.qOrd.toLowerCase()] ?? 1}` : null;
  if (g.decade) return g.decade.slice(0, 3);
  if (g.century) return String(Number(g.century) - 1).padStart(2, "0");
  if (g.byear) return g.byear;
  return null;
}
