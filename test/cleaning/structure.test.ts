// Paragraph structure: subheadings kept, teasers and repeated bodies kept once, removals reported.
import { describe, expect, it } from "vitest";
import { clean, count, fixture } from "./helpers.js";

describe("structure of the cleaned text", () => {
  it("joins paragraphs with one blank line, however many there were", () => {
    const r = clean(
      "First paragraph of the story is here.\n\n\n\n\nSecond paragraph follows it.\r\nThird one ends it.",
    );
    expect(r.text).toBe(
      "First paragraph of the story is here.\n\nSecond paragraph follows it.\n\nThird one ends it.",
    );
  });

  it("keeps the article's subheadings", () => {
    const r = clean(fixture("teaser.txt"));
    expect(r.text).toContain("\n\nWhy the crossing matters\n\n");
    const wire = clean(fixture("agency-wire.txt"));
    expect(wire.text).toContain("\n\nShared interests at sea\n\n");
  });

  it("keeps a teaser printed above the byline once, where it stands in the body", () => {
    const r = clean(fixture("teaser.txt"));
    const teaser = "The leaders of Kenya and Ethiopia opened a second border crossing at Moyale on Saturday";
    expect(count(r.text, teaser)).toBe(1);
    expect(r.text.indexOf(teaser)).toBeGreaterThan(r.text.indexOf("Officials from both sides cut a ribbon"));
    expect(r.removed).toContainEqual(expect.objectContaining({ reason: "repeated", line: 1 }));
  });

  it("keeps one copy of a body printed twice", () => {
    const r = clean(fixture("repeated-body.txt"));
    expect(r.text.split("\n\n")).toHaveLength(4);
    expect(count(r.text, "The accord sets a joint quota")).toBe(1);
    expect(r.removed.filter((x) => x.reason === "repeated").map((x) => x.line)).toEqual([10, 12, 14]);
  });

  it("keeps the newer of two revisions of a sentence printed side by side", () => {
    // A version-diff page prints the old and the new wording of a sentence next to each other.
    const older =
      "With the premier standing beside him at a garden news conference, the president said the talks on trade had gone well and would resume after the holidays.";
    const newer =
      "With the premier standing beside him at a garden news conference, the president said both governments had agreed to reopen the northern border crossing next month.";
    const r = clean(`${older} ${newer}`);
    expect(r.text).toBe(newer);
  });

  it("reports every removed line with its reason and 0-based line number", () => {
    const r = clean(fixture("agency-wire.txt"));
    const byLine = new Map(r.removed.map((x) => [x.line, x.reason]));
    expect(byLine.get(2)).toBe("navigation");
    expect(byLine.get(4)).toBe("byline");
    expect(byLine.get(6)).toBe("marker");
    expect(byLine.get(9)).toBe("related-headline");
    expect(byLine.get(13)).toBe("read-also");
    expect(byLine.get(15)).toBe("caption");
    expect(byLine.get(20)).toBe("end-marker");
    // Every removed text can be found on its line of the body.
    const lines = fixture("agency-wire.txt").split("\n");
    for (const x of r.removed) expect(lines[x.line]).toContain(x.text);
  });

  it("loses no sentence of the wire article", () => {
    const r = clean(fixture("agency-wire.txt"));
    for (const s of [
      "Vietnam's foreign minister and his Singaporean counterpart agreed on Thursday",
      "The two ministers met for three hours in the capital",
      "Both governments said the patrols would respect international law",
      "we must act like neighbours",
      "The next round of talks is planned for September in Singapore.",
    ]) {
      expect(count(r.text, s)).toBe(1);
    }
  });

  it("cleans a live blog: stamps, counters, captions and embeds go, post headlines stay", () => {
    const r = clean(fixture("live-blog.txt"));
    expect(r.text.split("\n\n")).toEqual([
      "Lula hosts Milei for first bilateral talks",
      "Lula welcomed Milei for talks on trade and energy on Friday, the Argentine leader's first visit to Brazil since their public disagreements last year.",
      "The two leaders discussed a gas pipeline from the Vaca Muerta field and the future of the Mercosur trade bloc.",
    ]);
    expect(r.meta).toMatchObject({ source: "Reuters", published: "2024-05-10" });
  });
});
