// Cleaning's scratch state belongs to an object, so two pipelines in one process (or a test beside
// the shared one) each bring their own and get the same answers, whatever ran in between.
import { describe, expect, it } from "vitest";
import { relatedHeadlines, StemTallies } from "../../src/cleaning/headlines.js";

const article = [
  "Kenya and Ethiopia agreed on Tuesday to reopen the Moyale border crossing to lorries carrying grain.",
  "Officials from both governments said the crossing would open to traffic within two weeks.",
  "Farmers Protest Rising Fuel Prices In Lagos Markets",
  "The agreement follows months of talks on customs checks and the grain trade across the border.",
];
const title = ["Kenya and Ethiopia reopen Moyale border crossing"];

describe("related headlines with their own tallies", () => {
  it("finds the same off-topic headline with a fresh scratch object as with the shared one", () => {
    const shared = relatedHeadlines(article, title);
    expect([...shared]).toEqual([2]);
    const own = new StemTallies();
    expect([...relatedHeadlines(article, title, own)]).toEqual([2]);
    // Interleaved calls on other text do not disturb either.
    relatedHeadlines(["Markets Rally As Central Bank Holds Rates", ...article], [], own);
    expect([...relatedHeadlines(article, title, own)]).toEqual([2]);
    expect([...relatedHeadlines(article, title)]).toEqual([2]);
  });
});
