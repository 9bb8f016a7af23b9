import { describe, expect, it } from "vitest";
import { analyse } from "../../src/language/analyse.js";
import { type DateMention, findDates, type Tense } from "../../src/language/dates.js";

// Published on Wednesday 15 May 2024.
const REF = "2024-05-15";

const found = (sentence: string, tense: Tense, ref: string | null = REF): DateMention[] =>
  findDates(sentence, 0, sentence.length, ref, tense);

/** [text, value] of each date in the sentence (endValue appended for ranges). */
const dates = (sentence: string, tense: Tense, ref: string | null = REF): string[][] =>
  found(sentence, tense, ref).map((d) => (d.endValue ? [d.text, d.value, d.endValue] : [d.text, d.value]));

describe("weekdays resolve by tense", () => {
  it.each([
    ["The ministers met on Monday in Seoul.", "on Monday", "2024-05-13", "2024-05-20"],
    ["Kim arrived Monday for talks.", "Monday", "2024-05-13", "2024-05-20"],
    ["The statement came late on Wednesday.", "late on Wednesday", "2024-05-15", "2024-05-22"],
    ["They spoke by phone on Thursday morning.", "on Thursday morning", "2024-05-09", "2024-05-16"],
    ["The envoy left on Friday night.", "on Friday night", "2024-05-10", "2024-05-17"],
  ])("%s", (sentence, text, past, future) => {
    expect(dates(sentence, "past")).toEqual([[text, past]]);
    expect(dates(sentence, "future")).toEqual([[text, future]]);
  });

  it("the reference's own weekday is that day in the past, a week on in the future", () => {
    expect(dates("They met on Wednesday.", "past")).toEqual([["on Wednesday", "2024-05-15"]]);
    expect(dates("They will meet on Wednesday.", "future")).toEqual([["on Wednesday", "2024-05-22"]]);
  });

  it("present takes the last one within three days, else the next", () => {
    expect(dates("Talks open on Monday.", "present")).toEqual([["on Monday", "2024-05-13"]]);
    expect(dates("Talks open on Saturday.", "present")).toEqual([["on Saturday", "2024-05-18"]]);
  });

  it("last and next are strict whatever the tense", () => {
    expect(dates("He left last Wednesday.", "present")).toEqual([["last Wednesday", "2024-05-08"]]);
    expect(dates("He will go next Monday.", "past")).toEqual([["next Monday", "2024-05-20"]]);
  });
});

describe("relative days, weeks, months and years", () => {
  it.each([
    ["The minister returned yesterday.", "yesterday", "2024-05-14"],
    ["The foreign ministers talk today.", "today", "2024-05-15"],
    ["The leaders dine tonight.", "tonight", "2024-05-15"],
    ["The leaders fly home tomorrow.", "tomorrow", "2024-05-16"],
    ["The envoy arrived this morning.", "this morning", "2024-05-15"],
    ["Talks resume this afternoon.", "this afternoon", "2024-05-15"],
    ["Earlier in the day, the envoy met Lee.", "Earlier in the day", "2024-05-15"],
    ["Troops withdrew three days ago.", "three days ago", "2024-05-12"],
    ["The talks ended last month.", "last month", "2024-04"],
    ["Talks resume next month.", "next month", "2024-06"],
    ["Talks were held this month.", "this month", "2024-05"],
    ["They met earlier this month.", "earlier this month", "2024-05"],
    ["Relations froze last year.", "last year", "2023"],
    ["Ties were cut in 2019.", "in 2019", "2019"],
  ])("%s", (sentence, text, value) => {
    expect(dates(sentence, "past")).toEqual([[text, value]]);
  });

  it("weeks are ranges of days, Monday to Sunday", () => {
    expect(dates("The envoys met last week.", "past")).toEqual([["last week", "2024-05-06", "2024-05-12"]]);
    expect(dates("They meet next week.", "future")).toEqual([["next week", "2024-05-20", "2024-05-26"]]);
  });
});

describe("months and days written out", () => {
  it.each([
    ["The deal was signed in April.", "in April", "2024-04", "2025-04"],
    ["April talks were tense.", "April", "2024-04", "2025-04"],
    ["Talks are held in May.", "in May", "2024-05", "2024-05"],
    ["The summit was on May 26.", "on May 26", "2023-05-26", "2024-05-26"],
    ["The summit was on 26 May.", "on 26 May", "2023-05-26", "2024-05-26"],
    ["Gifts were exchanged on Dec. 25.", "on Dec. 25", "2023-12-25", "2024-12-25"],
    ["Leaders met July 7 in Bali.", "July 7", "2023-07-07", "2024-07-07"],
  ])("%s", (sentence, text, past, future) => {
    expect(dates(sentence, "past")).toEqual([[text, past]]);
    expect(dates(sentence, "future")).toEqual([[text, future]]);
  });

  it("a date a few days past the reference stays in this year in past clauses", () => {
    expect(dates("Talks were set for May 18.", "past")).toEqual([["May 18", "2024-05-18"]]);
  });

  it("ranges give the first and the last day", () => {
    expect(dates("The forum runs May 26-27.", "future")).toEqual([["May 26-27", "2024-05-26", "2024-05-27"]]);
    expect(dates("The forum ran May 26-27.", "past")).toEqual([["May 26-27", "2023-05-26", "2023-05-27"]]);
    expect(dates("Talks run 26-27 May.", "future")).toEqual([["26-27 May", "2024-05-26", "2024-05-27"]]);
    expect(dates("Drills run May 30-June 2.", "future")).toEqual([
      ["May 30-June 2", "2024-05-30", "2024-06-02"],
    ]);
  });

  it("explicit years need no tense", () => {
    for (const tense of ["past", "future", "present"] as const) {
      expect(dates("The pact took effect Dec 25, 2024.", tense)).toEqual([["Dec 25, 2024", "2024-12-25"]]);
      expect(dates("Filed 2024-05-13 in Geneva.", tense)).toEqual([["2024-05-13", "2024-05-13"]]);
      expect(dates("Signed in May 2022.", tense)).toEqual([["in May 2022", "2022-05"]]);
    }
  });

  it("a weekday next to the date picks the year", () => {
    expect(dates("They will meet on Monday, May 13.", "future")).toEqual([
      ["on Monday, May 13", "2024-05-13"],
    ]);
  });

  it("numeric dates are read only when the order is clear", () => {
    expect(dates("Signed on 13/05/2024.", "past")).toEqual([["13/05/2024", "2024-05-13"]]);
    expect(dates("Signed on 05/13/2024.", "past")).toEqual([["05/13/2024", "2024-05-13"]]);
    expect(dates("Signed on 13.05.2024.", "past")).toEqual([["13.05.2024", "2024-05-13"]]);
    expect(dates("Signed on 05/06/2024.", "past")).toEqual([]);
  });

  it("impossible days are no dates", () => {
    expect(dates("Talks on February 30 were cancelled.", "past")).toEqual([]);
  });
});

describe("across the year boundary", () => {
  const JAN = "2024-01-10";
  it("a bare December in a past clause published in January is last year's", () => {
    expect(dates("The ministers met in December.", "past", JAN)).toEqual([["in December", "2023-12"]]);
    expect(dates("The ministers will meet in December.", "future", JAN)).toEqual([
      ["in December", "2024-12"],
    ]);
  });
  it("month-days and ranges roll over", () => {
    expect(dates("They met Dec. 28.", "past", JAN)).toEqual([["Dec. 28", "2023-12-28"]]);
    expect(dates("They met Dec 30-Jan 2.", "past", "2024-01-20")).toEqual([
      ["Dec 30-Jan 2", "2023-12-30", "2024-01-02"],
    ]);
    expect(dates("Talks open in January.", "future", "2023-12-20")).toEqual([["in January", "2024-01"]]);
    expect(dates("Talks ended last month.", "past", JAN)).toEqual([["last month", "2023-12"]]);
  });
});

describe("what is not a date", () => {
  it("'may' and a bare 'March' are words", () => {
    expect(dates("The two sides may meet again.", "future")).toEqual([]);
    expect(dates("May the talks succeed.", "present")).toEqual([]);
    expect(dates("March organisers were arrested.", "past")).toEqual([]);
    expect(dates("Tension has grown since March.", "past")).toEqual([["March", "2024-03"]]);
  });
  it("plain numbers are no years", () => {
    expect(dates("Some 2019 troops crossed the border.", "past")).toEqual([]);
  });
  it("without a publication date only dates with a year are returned", () => {
    expect(dates("They met on Monday, Dec 25, 2023 and again on Tuesday.", "past", null)).toEqual([
      ["on Monday, Dec 25, 2023", "2023-12-25"],
    ]);
  });
});

describe("offsets", () => {
  it("spans point into the text and stay inside [from, to)", () => {
    const text = "Intro. Talks were held on Monday in Seoul. Next talks open on Friday.";
    const from = text.indexOf("Talks");
    const to = text.indexOf("Next");
    const [d, ...rest] = findDates(text, from, to, REF, "past");
    expect(rest).toEqual([]);
    expect(d && text.slice(d.start, d.end)).toBe("on Monday");
    expect(d?.grain).toBe("day");
  });

  it("with tokens, each date takes the tense around itself", () => {
    const text = "China on Monday announced it would impose sanctions on Friday.";
    const { tokens } = analyse(text);
    expect(findDates(text, 0, text.length, REF, "future", tokens).map((d) => [d.text, d.value])).toEqual([
      ["on Monday", "2024-05-13"],
      ["on Friday", "2024-05-17"],
    ]);
  });
});

describe("years", () => {
  it("keep their modifier and need a preposition", () => {
    expect(dates("Ties improved in mid-2019.", "past")).toEqual([["in mid-2019", "2019"]]);
    expect(dates("Ties improved in early 2019.", "past")).toEqual([["in early 2019", "2019"]]);
    expect(dates("Emissions must fall by 2030.", "future")).toEqual([["2030", "2030"]]);
  });
});

describe("months with 'this year' or 'last year', and plans told in the past", () => {
  it("dates the month of the year named", () => {
    expect(dates("The two met in Nepal in March this year.", "past")).toEqual([
      ["in March this year", "2024-03"],
    ]);
    expect(dates("Talks broke down in May last year.", "past")).toEqual([["in May last year", "2023-05"]]);
    expect(dates("Elections are due in October next year.", "future")).toEqual([
      ["in October next year", "2025-10"],
    ]);
  });

  it("resolves a plan told in the past to the nearest day, not the next one", () => {
    const s =
      "Jaishankar was scheduled to hold talks in Islamabad on January 15 but the visit was called off.";
    const { sentences, tokens } = analyse(s);
    const span = sentences[0] as { start: number; end: number };
    const [d] = findDates(s, span.start, span.end, REF, "past", tokens);
    expect(d?.value).toBe("2024-01-15");
  });
});
