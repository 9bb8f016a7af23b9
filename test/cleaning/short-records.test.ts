// A short record is news too: a one-sentence or headline-only record keeps its sentence.
import { describe, expect, it } from "vitest";
import { cleanBody } from "../../src/cleaning/clean.js";
import { clean } from "./helpers.js";

describe("short records", () => {
  it.each([
    // A sentence without a full stop reads like a headline.
    "Kenyan troops cross into Somalia to pursue the militants behind the border raids",
    "Chile and Argentina will meet in Santiago to settle the glacier boundary",
    // Headline-only records.
    "Malaysia Recalls Envoy From Manila Over Sabah Claim",
    // A verbless line reads like a caption.
    "President Ruto and Prime Minister Abiy at the border crossing in Moyale on Sunday.",
  ])("keeps %s", (sentence) => {
    const r = clean(sentence);
    expect(r.text).toBe(sentence);
    expect(r.removed).toEqual([]);
  });

  it("keeps the sentence once when the record's title repeats it", () => {
    const sentence = "Ghana and Togo agree to share intelligence on border crime";
    const r = clean(`${sentence}\n${sentence}`, { title: sentence });
    expect(r.text).toBe(sentence);
    expect(r.meta.title).toBe(sentence);
  });

  it("still drops the markers around it", () => {
    const sentence = "Peru expels Bolivian diplomat over remarks on the election";
    const r = clean(`ADVERTISEMENT\n${sentence}\nRead More`);
    expect(r.text).toBe(sentence);
    expect(r.removed.map((x) => x.reason)).toEqual(["marker", "marker"]);
  });

  it("stays the same when cleaned again", () => {
    const r = clean("Japan protests Chinese survey ship near Okinotori");
    expect(cleanBody(r.text, r.meta).text).toBe(r.text);
  });

  it("leaves a record of markers only empty", () => {
    expect(clean("ADVERTISEMENT\nRead More").text).toBe("");
  });
});
