// Reports of one meeting that the time window alone would keep apart: no publication date, published
// the next day, the act named differently, or no event coded at all.
import { describe, expect, it } from "vitest";
import { cluesFit, dateClues } from "../../src/stories/clues.js";
import { dayNumber, signatureOf } from "../../src/stories/signature.js";
import { StoryIndex } from "../../src/stories/story-index.js";
import {
  laterMeeting,
  nextDayAgreement,
  nextDayNoPersons,
  noEventCoded,
  original,
  otherOutlet,
  sameDayOtherAct,
  undatedNoClue,
  undatedNovember,
  undatedWithDay,
} from "./fixtures.js";
import { type DocSpec, doc } from "./helpers.js";

const storiesOf = (...specs: DocSpec[]): string[] => {
  const index = new StoryIndex();
  return specs.map((s) => index.add(signatureOf(doc(s))).story);
};

describe("date clues of an undated lead", () => {
  it("reads a day of the year and a day of the week", () => {
    const c = dateClues("The ministers met on Thursday, December 14, in Kingstown.");
    expect(c.monthDays).toEqual([1214]);
    expect(dateClues("The deal was announced on Saturday.").weekdays).toEqual([6]);
    expect(dateClues("It was signed on March 18, 2023 in Ohrid.").day).toBe(dayNumber("2023-03-18"));
  });

  it("fits a fixed day exactly and a publication date or the day before", () => {
    const sat = dayNumber("2023-03-18") as number;
    const c = dateClues("The deal was announced on Saturday.");
    expect(cluesFit(c, sat, true)).toBe(true);
    expect(cluesFit(c, sat + 1, true)).toBe(false);
    expect(cluesFit(c, sat + 1, false)).toBe(true);
    expect(cluesFit(dateClues("No date here."), sat, true)).toBeNull();
  });
});

describe("joining reports the window keeps apart", () => {
  it("joins an undated report whose lead gives the meeting's day", () => {
    const [a, b, c] = storiesOf(original, otherOutlet, undatedWithDay);
    expect(b).toBe(a);
    expect(c).toBe(a);
  });

  it("joins it whichever comes first", () => {
    const [c, a] = storiesOf(undatedWithDay, original);
    expect(a).toBe(c);
  });

  it("keeps an undated report of the same pair on another day apart", () => {
    const [a, , c] = storiesOf(original, laterMeeting, undatedNovember);
    expect(c).not.toBe(a);
    expect(c).toBe("s-feed-40");
  });

  it("keeps an undated report with no date and words of its own apart", () => {
    const [a, b] = storiesOf(original, undatedNoClue);
    expect(b).not.toBe(a);
  });

  it("joins a report of the next day that calls the meeting an agreement", () => {
    const [a, b] = storiesOf(original, nextDayAgreement);
    expect(b).toBe(a);
  });

  it("joins a report with no coded event through the two ministers it names", () => {
    const [a, b] = storiesOf(original, noEventCoded);
    expect(b).toBe(a);
  });

  it("joins a report that names the two countries and no minister", () => {
    const [a, b] = storiesOf(original, nextDayNoPersons);
    expect(b).toBe(a);
  });

  it("keeps apart another act of the same two countries the same week", () => {
    const [a, , c] = storiesOf(original, nextDayNoPersons, sameDayOtherAct);
    expect(c).not.toBe(a);
  });

  it("does not join the meeting three weeks later", () => {
    const [a, , c] = storiesOf(original, nextDayAgreement, laterMeeting);
    expect(c).not.toBe(a);
  });
});
