// Builds the one regular expression that finds date expressions, from data/language/dates.json.
// One combined expression (alternatives tried longest-form first) scans a sentence once; each
// alternative has its own named groups, read by resolve.ts.
import { derived, table } from "../../knowledge/load.js";
import type { Table } from "../../knowledge/schemas.js";
import { NUMBER_WORDS } from "./numbers.js";

export interface DateLexicon {
  regex: RegExp;
  /** Month number (1-12) by any written form ("Sept", "September"). */
  monthOf: Map<string, number>;
  /** Weekday number (0 = Sunday) by lower-cased name. */
  weekdayOf: Map<string, number>;
  ambiguousMonths: Set<string>;
  /** Matches a licensing word right before a bare ambiguous month ("since May"). */
  licensedBefore: RegExp;
  /** Cheap test: can this text contain a date at all? */
  maybeDate: RegExp;
}

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** "last week" → "[Ll]ast\s+week": sentence-initial capitals without making "may" a month. */
const word = (s: string): string => {
  const first = s[0] ?? "";
  const rest = escapeRegex(s.slice(1)).replace(/ /g, "\\s+");
  return first.toLowerCase() === first.toUpperCase()
    ? escapeRegex(s)
    : `[${first.toUpperCase()}${first.toLowerCase()}]${rest}`;
};
const anyOf = (words: string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(word)
    .join("|");

export const dateLexicon = derived((): DateLexicon => build(table("language/dates.json")));

function build(words: Table<"language/dates.json">): DateLexicon {
  const monthOf = new Map<string, number>();
  words.months.forEach((m, i) => {
    monthOf.set(m.name, i + 1);
    for (const a of m.abbreviations) monthOf.set(a, i + 1);
  });
  const weekdayOf = new Map(words.weekdays.map((w, i) => [w.toLowerCase(), i]));

  // Full names never take a dot; abbreviations may ("Dec.", "Sept.").
  const fullNames = words.months.map((m) => m.name).sort((a, b) => b.length - a.length);
  const abbreviations = words.months.flatMap((m) => m.abbreviations).sort((a, b) => b.length - a.length);
  const full = `(?:${fullNames.join("|")})`;
  const anyMonth = `(?:${fullNames.join("|")}|(?:${abbreviations.join("|")})\\.?)`;
  const end = "(?![A-Za-z])";
  const year = "(?:19|20)\\d\\d(?!\\d)";
  const day = "\\d{1,2}(?:st|nd|rd|th)?(?![\\d:])";
  const weekday = `(?:${anyOf(words.weekdays)})`;
  const onIn = "(?:[Oo]n\\s+|[Ii]n\\s+)?";
  const rangeSep = "\\s*(?:-|–|—|to|through|and)\\s*";
  const monthModifier =
    "(?:[Ee]arly|[Ll]ate|[Mm]id|(?:[Tt]he\\s+)?(?:end|middle|beginning|start)\\s+of)[\\s-]+";
  const parts = `(?:\\s+(?:${words.partsOfDay.join("|")}))?`;
  const licensing = anyOf(words.licensing.filter((w) => !["in", "on"].includes(w)));

  const alternatives = [
    // "on Monday, May 26, 2024", "May 26-27", "May 30-June 2", "Dec. 25"
    `${onIn}(?:(?<mdW>${weekday}),?\\s+(?:the\\s+)?)?(?<mdM>${anyMonth})${end}\\s*(?<mdD>${day})(?:${rangeSep}(?:(?<mdM2>${anyMonth})\\s*)?(?<mdD2>${day}))?(?:,?\\s+(?<mdY>${year}))?`,
    // "26 May", "26-27 May 2024", "the 26th of May"
    `${onIn}(?:(?<dmW>${weekday}),?\\s+)?(?:the\\s+)?(?<![\\d.,/])(?<dmD>${day})(?:${rangeSep}(?<dmD2>${day}))?\\s+(?:of\\s+)?(?<dmM>${anyMonth})${end}(?:,?\\s+(?<dmY>${year}))?`,
    // "2024-05-13"
    `(?<![\\d-])(?<isoY>${year})-(?<isoM>\\d\\d)-(?<isoD>\\d\\d)(?!\\d)`,
    // "13/05/2024", "13.05.2024"
    `(?<![\\d/.])(?<nA>\\d{1,2})(?<nSep>[/.])(?<nB>\\d{1,2})\\k<nSep>(?<nY>${year})`,
    // "in May 2024", "mid-December 2023"
    `${onIn}(?:${monthModifier})?(?<myM>${anyMonth})${end},?\\s+(?<myY>${year})`,
    // "in March this year", "in May last year"
    `${onIn}(?:${monthModifier})?(?<mrM>${full})${end}\\s+(?:of\\s+)?(?<mrRel>[Tt]his|[Ll]ast|[Nn]ext)\\s+year(?![A-Za-z])`,
    // "in April", "last April", "early May" (ambiguous names checked by the caller)
    `(?:[Ii]n\\s+)?(?:(?<bmRel>[Ll]ast|[Nn]ext|[Tt]his)\\s+|(?<bmMod>${monthModifier}))?(?<bmM>${full})${end}`,
    // "late on Wednesday", "on Thursday morning", "last Monday"
    `(?:(?:[Ll]ate|[Ee]arly)\\s+(?:on\\s+)?|[Oo]n\\s+|(?<wdRel>[Ll]ast|[Nn]ext|[Tt]his(?:\\s+past|\\s+coming)?|[Cc]oming|[Pp]ast)\\s+)?(?<wd>${weekday})${end}${parts}`,
    // "three days ago", "a week ago"
    `(?<agoN>\\d{1,3}|${anyOf(Object.keys(NUMBER_WORDS))})\\s+(?<agoU>day|week|month|year)s?\\s+ago${end}`,
    // "yesterday", "tonight", "earlier in the day", "this morning", "last night"
    `(?:[Ee]arlier\\s+|[Ll]ater\\s+)?(?<rdWord>${anyOf(["yesterday", "today", "tonight", "tomorrow"])})${end}${parts}`,
    `(?<rdSame>${anyOf(["earlier in the day", "later in the day", "this morning", "this afternoon", "this evening"])})${end}`,
    `(?<rdLastNight>${word("last night")})${end}`,
    // "last week", "earlier this month", "by the end of the year", "next weekend"
    `(?:(?<ruPos>[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate)\\s+(?:in\\s+)?)?(?<ruEnd>(?:[Tt]he\\s+)?[Ee]nd\\s+of\\s+)?(?<ruWhich>[Tt]his|[Ll]ast|[Nn]ext|[Tt]he|[Cc]oming|[Tt]he\\s+coming)\\s+(?:fiscal\\s+)?(?<ruUnit>week|weekend|month|year)(?![A-Za-z])`,
    // "in 2019", "since 2019", "by 2030", "mid-2019"
    `(?:(?:[Ii]n\\s+)?(?:[Ee]arly|[Ll]ate|[Mm]id)[\\s-]+|[Ii]n\\s+|(?<=(?<![A-Za-z])(?:${licensing})[\\s-]+))(?<yr>${year})(?![.,]\\d)`,
  ];
  const regex = new RegExp(`(?<![A-Za-z0-9])(?:${alternatives.join("|")})`, "g");
  const licensedBefore = new RegExp(`(?<![A-Za-z])(?:${licensing})[\\s-]+$`);
  // Cheap test before the big regex: every alternative above needs one of these (a digit, a month,
  // "day" of a weekday, yesterday or today, or one of the words).
  const maybeDate = new RegExp(
    `\\d|[Dd]ay|[Tt]onight|[Nn]ight|[Tt]omorrow|[Mm]orning|[Aa]fternoon|[Ee]vening|[Ww]eek|[Mm]onth|[Yy]ear|${[...monthOf.keys()].join("|")}`,
  );
  return {
    regex,
    monthOf,
    weekdayOf,
    ambiguousMonths: new Set(words.ambiguousMonths),
    licensedBefore,
    maybeDate,
  };
}
