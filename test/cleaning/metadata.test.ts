// Metadata read out of crawler prefixes, bylines and datelines; container hints win.
import { describe, expect, it } from "vitest";
import { clean, fixture } from "./helpers.js";

const SENTENCE = "Ministers from both countries met in Hanoi on Thursday to discuss fishing rights.";

describe("metadata from the text", () => {
  it("reads the crawler's date prefix and keeps the sentence", () => {
    const r = clean(` date 2021-03-04 ${SENTENCE}`);
    expect(r.meta.published).toBe("2021-03-04");
    expect(r.text).toBe(SENTENCE);
    expect(r.removed).toEqual([{ text: "date 2021-03-04", reason: "crawler-prefix", line: 0 }]);
  });

  it("reads outlet, place and date from an agency byline", () => {
    const r = clean(
      `AFP | Hanoi | Updated: 04-03-2021 10:12 IST | Created: 03-03-2021 22:40 IST\n${SENTENCE}`,
    );
    expect(r.meta).toMatchObject({ source: "AFP", place: "Hanoi", published: "2021-03-03" });
    expect(r.text).toBe(SENTENCE);
  });

  it("reads the author from 'By …' and the outlet after a comma", () => {
    const r = clean(`By Maria Santos and Ken Ito, Reuters\n${SENTENCE}`);
    expect(r.meta).toMatchObject({ author: "Maria Santos and Ken Ito", source: "Reuters" });
  });

  it("reads an outlet's name opening the first paragraph", () => {
    const r = clean(`Shafaq News/ ${SENTENCE}`);
    expect(r.meta.source).toBe("Shafaq News");
    expect(r.text).toBe(SENTENCE);
  });

  it("takes a headline on the first line as the title and drops its repeats", () => {
    const title = "Vietnam and Singapore agree on joint patrols";
    const r = clean(`${title}\n\n${title}\n${SENTENCE}`);
    expect(r.meta.title).toBe(title);
    expect(r.text).toBe(SENTENCE);
    expect(r.removed.map((x) => [x.reason, x.line])).toEqual([
      ["title", 0],
      ["title", 2],
    ]);
  });

  it("cuts the title where a scraper glued it between sentences", () => {
    const title = "Hanoi Talks End With Fishing Deal";
    const r = clean(`${title}\nThe talks lasted two days.${title} Both sides praised the result.`);
    expect(r.text).toBe("The talks lasted two days. Both sides praised the result.");
  });

  it("reads a full wire article", () => {
    const r = clean(fixture("agency-wire.txt"));
    expect(r.meta).toMatchObject({
      title: "Vietnam, Singapore agree to expand maritime cooperation",
      published: "2021-03-04",
      source: "AFP",
      place: "Hanoi",
      author: "Jane Doe",
    });
  });
});

describe("hints", () => {
  it("win over what the text says", () => {
    const r = clean(` date 2021-03-04 HANOI (Reuters) - ${SENTENCE}`, {
      published: "2021-03-05",
      source: "Viet News",
      title: "Fishing talks",
    });
    expect(r.meta).toMatchObject({
      published: "2021-03-05",
      source: "Viet News",
      title: "Fishing talks",
      place: "HANOI",
    });
    expect(r.text).toBe(`HANOI (Reuters) - ${SENTENCE}`);
  });

  it("a title hint removes that title from the body", () => {
    const r = clean(`Fishing Talks Open In Hanoi\n${SENTENCE}`, { title: "Fishing Talks Open In Hanoi" });
    expect(r.text).toBe(SENTENCE);
  });

  it("leave unknown fields null, never guessed", () => {
    const r = clean(SENTENCE);
    expect(r.meta).toEqual({
      title: null,
      url: null,
      published: null,
      source: null,
      author: null,
      site: null,
      place: null,
      datelineDate: null,
    });
  });
});
