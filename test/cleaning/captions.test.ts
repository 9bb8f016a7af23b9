// Photo captions and credits, by kind: credit lines, credits closing a caption, AP's FILE pictures, posed and
// dated captions, captions restating the report beside them, captions printed again cut short.
import { describe, expect, it } from "vitest";
import { clean, paragraphs, reasonFor } from "./helpers.js";

const LEAD = "Kenya and Ethiopia agreed on Tuesday to reopen the Moyale border crossing for trade.";
const NEXT = "The two ministers will meet again next month to sign a customs protocol, officials said.";
const body = (...middle: string[]): string => [LEAD, ...middle, NEXT].join("\n");

describe("credit lines", () => {
  it.each([
    "Pool photo via EPA",
    "Photo courtesy of the Presidency",
    "(Navy handout via Reuters)",
    "Handout photo provided by the Ministry of Defence",
    "Video screenshot via State Television",
  ])("drops %s", (line) => {
    expect(paragraphs(body(line))).toEqual([LEAD, NEXT]);
    expect(reasonFor(body(line), line)).toBe("caption");
  });
});

describe("credits closing a caption", () => {
  it.each([
    "President William Ruto and Prime Minister Abiy Ahmed hold talks in Nairobi, Kenya, March 3, 2024. (Xinhua/Jane Mwangi)",
    "Foreign ministers of the two countries at the border post on Tuesday. (AP Photo/John Kamau)",
    "Foreign Minister Ana Ruiz on Sept. 17 attends talks with her Peruvian counterpart in Lima. (Ministry of Foreign Affairs)",
  ])("drops %s", (line) => {
    expect(paragraphs(body(line))).toEqual([LEAD, NEXT]);
  });
  it("keeps a sentence closing with a remark in parentheses", () => {
    const line = "The talks ended on June 4 without a deal. (Officials gave no reason.)";
    expect(paragraphs(body(line))).toContain(line);
  });
  it("keeps a reported plan closing with an institution", () => {
    const line = "The minister attends the summit in Lima on June 4, the ministry said. (Ministry of Trade)";
    expect(paragraphs(body(line))).toContain(line);
  });
});

describe("captions by how they are written", () => {
  it.each([
    "FILE - Foreign Minister Penny Wong speaks during a news conference in Canberra, Australia, on March 1, 2024.",
    "President Ruto shakes hands with Prime Minister Abiy before their talks in Addis Ababa, on June 4",
    "Foreign Minister Ana Ruiz, pictured at the border crossing in Moyale on Sept. 17, 2024.",
  ])("drops %s", (line) => {
    expect(paragraphs(body(line))).toEqual([LEAD, NEXT]);
    expect(reasonFor(body(line), line.slice(0, 30))).toBe("caption");
  });

  it("drops a dated present-tense caption that restates a sentence of the report", () => {
    const caption =
      "Foreign Minister Ana Ruiz on Sept. 17 attends talks with her Peruvian counterpart in Lima on the border.";
    const report =
      "Foreign Minister Ana Ruiz on Sept. 17 met her Peruvian counterpart in Lima to settle the border.";
    expect(paragraphs([caption, report, NEXT].join("\n"))).toEqual([report, NEXT]);
  });

  it("keeps a present-tense plan the report restates", () => {
    const plan = "Kenya's president visits Ethiopia on June 4 for talks on the dam, his office said.";
    const report = "Kenya's president is due to visit Ethiopia on June 4 for talks on the dam and on trade.";
    expect(paragraphs([plan, report, NEXT].join("\n"))).toEqual([plan, report, NEXT]);
  });

  it("keeps a dated present-tense sentence with nothing else of a caption", () => {
    const line =
      "Foreign Minister Ana Ruiz attends the regional summit in Quito on Sept. 17 with six other ministers.";
    expect(paragraphs(body(line))).toContain(line);
  });

  it("drops a caption printed again cut short", () => {
    const caption =
      "President William Ruto and Prime Minister Abiy Ahmed hold talks in Nairobi, Kenya, March 3, 2024. (Xinhua/Jane Mwangi)";
    const r = clean(body(caption, "President William Ruto and Prime Minister Abiy Ahmed hold talks in"));
    expect(r.text.split("\n\n")).toEqual([LEAD, NEXT]);
  });
});
