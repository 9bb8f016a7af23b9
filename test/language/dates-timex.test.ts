// Every kind of time expression as TimeML values (findDates with `all`), the dateline's day, and
// the TempEval-3 score (skipped without ../shared). Sentences written for these tests.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseTml, readPlatinum, score } from "../../src/eval/tempeval.js";
import { dayNumber } from "../../src/language/dates/calendar.js";
import { datelineDay } from "../../src/language/dates/dateline.js";
import { isoWeek, toTimexValue } from "../../src/language/dates/timex.js";
import { findDates, type Tense } from "../../src/language/dates.js";

// Published on Wednesday 15 May 2024.
const REF = "2024-05-15";

/** [text, TIMEX3 value] of every expression of the sentence. */
const timexes = (sentence: string, tense: Tense = "past", ref: string | null = REF): string[][] =>
  findDates(sentence, 0, sentence.length, ref, tense, undefined, { all: true }).map((d) => [
    d.text,
    toTimexValue(d),
  ]);

describe("every kind, as TimeML values", () => {
  it.each([
    ["The talks dragged on for three years.", "three years", "P3Y"],
    ["Negotiations over the past two years went nowhere.", "the past two years", "P2Y"],
    ["The ceasefire held for almost seven years.", "almost seven years", "P7Y"],
    ["Both sides agreed to a four-week truce.", "four-week", "P4W"],
    ["The crisis could take weeks to resolve.", "weeks", "PXW"],
    ["Fighting eased in recent weeks.", "recent weeks", "PXW"],
    ["The summit lasted 36 hours.", "36 hours", "PT36H"],
    ["Border trade will double over the next decade.", "the next decade", "P10Y"],
    ["Relations are now at their lowest point.", "now", "PRESENT_REF"],
    ["Ghana currently chairs the bloc.", "currently", "PRESENT_REF"],
    ["Such visits were rare in the past.", "in the past", "PAST_REF"],
    ["Exports fell last summer.", "last summer", "2023-SU"],
    ["Growth slowed in the first quarter.", "first quarter", "2024-Q1"],
    ["Ties were close in the 1990s.", "the 1990s", "199"],
    ["The border was drawn in the 19th century.", "the 19th century", "18"],
    ["The 2010 accord still stands.", "2010", "2010"],
  ])("%s", (sentence, text, value) => {
    expect(timexes(sentence)).toEqual([[text, value]]);
  });

  it("gives weeks, weekends and parts of the day their TimeML form", () => {
    expect(timexes("The envoys met last week.")).toEqual([["last week", "2024-W19"]]);
    expect(timexes("Talks continue this week.", "present")).toEqual([["this week", "2024-W20"]]);
    expect(timexes("Protests spread over the weekend.")).toEqual([]);
    expect(timexes("Protests spread last weekend.")).toEqual([["last weekend", "2024-W19-WE"]]);
    expect(timexes("The envoy left on Friday afternoon.")).toEqual([
      ["on Friday afternoon", "2024-05-10TAF"],
    ]);
    expect(isoWeek(dayNumber(2021, 1, 3))).toBe("2020-W53");
  });

  it("leaves quantities that are not years alone, and keeps the events' dates to days, months, years", () => {
    expect(timexes("Police deployed 2000 troops and $2019 in aid.")).toEqual([]);
    const plain = findDates("Relations are now tense after three years.", 0, 41, REF, "present");
    expect(plain).toEqual([]);
  });
});

describe("the dateline's day", () => {
  it("reads the month-day of a dateline against the publication date", () => {
    expect(
      datelineDay(["BEIJING, Sept. 17 (Xinhua) -- China and South Korea held talks."], "2025-09-18"),
    ).toBe("2025-09-17");
    expect(
      datelineDay(["NEW DELHI, Dec 30 -- India said on Monday it would reopen the crossing."], "2025-01-02"),
    ).toBe("2024-12-30");
    expect(datelineDay(["Beijing [China], March 3 (ANI): China said it was ready."], "2024-03-04")).toBe(
      "2024-03-03",
    );
  });

  it("gives none when the line is no dateline or the day does not fit the publication date", () => {
    expect(
      datelineDay(["Chile, Peru and Bolivia met on March 3 (Friday) in Lima."], "2024-03-04"),
    ).toBeNull();
    expect(datelineDay(["BEIJING, March 3 (Xinhua) -- China said it was ready."], "2024-06-20")).toBeNull();
    expect(datelineDay(["BEIJING, March 3 (Xinhua) -- China said it was ready."], null)).toBeNull();
    expect(datelineDay(["BEIJING, March 3, 2024 (Xinhua) -- China said it was ready."], null)).toBe(
      "2024-03-03",
    );
  });
});

describe("TimeML files", () => {
  it("reads the text without tags and the gold spans and values", () => {
    const tml =
      '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2024-05-15">May 15, 2024</TIMEX3></DCT><TEXT>Rome &amp; Paris met <TIMEX3 tid="t1" type="DATE" value="2024-05-13">Monday</TIMEX3> for <EVENT eid="e1">talks</EVENT>.</TEXT></TimeML>';
    const doc = parseTml(tml, "d");
    expect(doc.dct).toBe("2024-05-15");
    expect(doc.text).toBe("Rome & Paris met Monday for talks.");
    expect(doc.gold).toEqual([{ start: 17, end: 23, text: "Monday", value: "2024-05-13" }]);
    expect(score([doc])).toMatchObject({ p: 1, r: 1, f1: 1 });
  });

  const platinum = resolve(process.cwd(), "../shared/suites/tempeval3/Evaluation/te3-platinum");
  it.skipIf(!existsSync(platinum))("scores at least 0.80 normalised value F1 on TempEval-3 platinum", () => {
    expect(score(readPlatinum(platinum)).f1).toBeGreaterThanOrEqual(0.8);
  });
});
