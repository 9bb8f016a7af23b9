// One test per kind of noise in scraped news (see the noise kinds in the project docs).
import { describe, expect, it } from "vitest";
import { clean, count, paragraphs, reasonFor } from "./helpers.js";

const LEAD = "Vietnam and Singapore agreed on Thursday to step up joint patrols in the South China Sea.";
const NEXT = "The two ministers met for three hours in Hanoi and signed a memorandum on coastguard data.";
const body = (...middle: string[]): string => [LEAD, ...middle, NEXT].join("\n");

describe("scraper and CMS markers", () => {
  it.each(["[ad_1]", "ADVERTISEMENT", "Source link", "Read More", "Leave a Reply", "Share this:"])(
    "drops %s",
    (m) => {
      expect(paragraphs(body(m))).toEqual([LEAD, NEXT]);
      expect(reasonFor(body(m), m)).toBe("marker");
    },
  );
  it("cuts a marker glued to the end of a paragraph but keeps the paragraph", () => {
    expect(paragraphs(`${LEAD}...Read More\n${NEXT}`)).toEqual([LEAD, NEXT]);
  });
  it("drops embedded posts and their links", () => {
    const text = body(
      "#WATCH | The ministers shake hands before the talks.",
      "pic.twitter.com/xYz — News (@news) March 4, 2021",
    );
    expect(paragraphs(text)).toEqual([LEAD, NEXT]);
  });
});

describe("navigation residue", () => {
  it("drops menus and breadcrumbs on their own lines", () => {
    expect(paragraphs(body("Skip to content", "Left Menu", "Home > World > Asia"))).toEqual([LEAD, NEXT]);
  });
  it("keeps the text glued to navigation", () => {
    const r = clean(`Skip to content Home > World > Asia ${LEAD}\n${NEXT}`);
    expect(r.text.split("\n\n")).toEqual([LEAD, NEXT]);
    expect(r.removed.filter((x) => x.reason === "navigation").map((x) => x.text)).toEqual([
      "Skip to content",
      "Home > World > Asia",
    ]);
  });
  it("drops one-word widget bullets", () => {
    expect(paragraphs(body("• Country:", "• Vietnam"))).toEqual([LEAD, NEXT]);
  });
});

describe("bylines, timestamps, reporter e-mails, end markers", () => {
  it.each([
    "AFP | Hanoi | Updated: 04-03-2021 10:12 IST | Created: 04-03-2021 09:58 IST",
    "By Jane Doe",
    "By Aamer Khan, Li Wei and Sara Lund",
    "Updated 0300 GMT (1100 HKT) March 5, 2021",
    "2:51 p.m. ET, March 4, 2021",
    "jdoe@example-news.com",
    "-With assistance from Tom Reyes in Singapore.",
    "From CNN's Kevin Hart",
  ])("drops %s", (line) => {
    expect(paragraphs(body(line))).toEqual([LEAD, NEXT]);
    expect(reasonFor(body(line), line)).toBe("byline");
  });
  it("drops (END) and the other stories' headlines after it", () => {
    const r = clean(
      `${LEAD}\n${NEXT}\n(END)\n-\nFloods kill three in the north\n-\nCentral bank raises rates again`,
    );
    expect(r.text.split("\n\n")).toEqual([LEAD, NEXT]);
    expect(r.removed.map((x) => x.reason)).toEqual([
      "end-marker",
      "empty",
      "related-headline",
      "empty",
      "related-headline",
    ]);
  });
});

describe("datelines", () => {
  it.each([
    ["HANOI (Reuters) - ", "HANOI", "Reuters"],
    ["TOKYO: ", "TOKYO", null],
    ["DUBAI: ", "DUBAI", null],
    ["BALI, July 7 (Yonhap) -- ", "BALI", "Yonhap"],
    ["Beijing [China], December 25 (ANI): ", "Beijing", "ANI"],
    ["WASHINGTON — ", "WASHINGTON", null],
    ["Beijing, Dec. 25 (Jiji Press)--", "Beijing", "Jiji Press"],
  ])("reads %s and keeps it with its sentence", (prefix, place, source) => {
    const r = clean(`${prefix}${LEAD}\n${NEXT}`);
    // The dateline is part of the lead as printed: nothing is removed.
    expect(r.text.split("\n\n")).toEqual([`${prefix}${LEAD}`, NEXT]);
    expect(r.meta.place).toBe(place);
    expect(r.meta.source).toBe(source);
    expect(r.removed).toEqual([]);
  });
  it("does not take a person for a place", () => {
    const text =
      "President Joko Widodo - who hosted the summit - said the talks went well for everyone there.";
    expect(clean(text).text).toBe(text);
  });
});

describe("related-story headlines", () => {
  it("drops an off-topic headline between paragraphs", () => {
    expect(paragraphs(body("Stock markets rally as rates hold steady"))).toEqual([LEAD, NEXT]);
  });
  it("drops a headline printed twice in a row (once with a section label)", () => {
    const r = clean(body("Floods kill three in Jakarta", "World Floods kill three in Jakarta"));
    expect(r.text.split("\n\n")).toEqual([LEAD, NEXT]);
    expect(r.removed.every((x) => x.reason === "related-headline")).toBe(true);
  });
  it("keeps the article's own subheading", () => {
    const text = body("Joint patrols in the South China Sea");
    expect(paragraphs(text)).toEqual([LEAD, "Joint patrols in the South China Sea", NEXT]);
  });
  it("keeps a short generic subheading", () => {
    expect(paragraphs(body("What comes next"))).toContain("What comes next");
  });
});

describe("read-also links", () => {
  it.each([
    "Read - Minister Resigns Over Budget Row",
    "Also read: Floods hit the north",
    "READ MORE: Rates rise again",
  ])("drops %s", (line) => {
    expect(paragraphs(body(line))).toEqual([LEAD, NEXT]);
    expect(reasonFor(body(line), line)).toBe("read-also");
  });
  it("drops 'Related coverage:' and the link lines under it", () => {
    const r = clean(
      `${LEAD}\n${NEXT}\nRelated coverage:\nJapan visitors top 30 mil., a record\nYen slides to new low`,
    );
    expect(r.text.split("\n\n")).toEqual([LEAD, NEXT]);
    expect(r.removed.map((x) => x.reason)).toEqual(["read-also", "read-also", "read-also"]);
  });
});

describe("captions and credits", () => {
  it.each([
    "Image: Lee and Tanaka/ AP",
    "Photo: Reuters",
    "(File photo)",
    "Photo : YONHAP News",
    "The two ministers shake hands in Hanoi on March 4, 2021. (Kyodo)",
    "Foreign Minister Bui Thanh Son (R) greets his Singaporean counterpart in Hanoi.",
    "Minister Son and Minister Tan at the Government Guest House on Thursday.",
  ])("drops %s", (line) => {
    expect(paragraphs(body(line))).toEqual([LEAD, NEXT]);
    expect(reasonFor(body(line), line)).toBe("caption");
  });
  it("drops a caption printed twice, the second time with its credit", () => {
    const cap = "Minister Son greets Minister Tan at the Government Guest House in Hanoi on Thursday.";
    expect(paragraphs(body(cap, `${cap} Jane Roe/AP`))).toEqual([LEAD, NEXT]);
  });
  it("drops a caption above a bare credit line", () => {
    expect(
      paragraphs(body("Minister Son arrives in Singapore on March 3, 2021.", "Anadolu | Getty Images")),
    ).toEqual([LEAD, NEXT]);
  });
  it("keeps a paragraph that merely sits above a self-contained caption", () => {
    expect(paragraphs(body("Image: Son and Tan/ AP"))).toEqual([LEAD, NEXT]);
    expect(paragraphs(`${LEAD}\nImage: Son and Tan/ AP\n${NEXT}`)).toEqual([LEAD, NEXT]);
  });
});

describe("typos and mojibake", () => {
  it("keeps typos as written", () => {
    const typo = "President Mood met Prime Minister Kishida in Seoul on Tuesday, achieve din a short visit.";
    expect(clean(typo).text).toBe(typo);
  });
  it("repairs mojibake", () => {
    expect(clean("Japanâ€™s minister arrived in SÃ£o Paulo on Monday for three days of talks.").text).toBe(
      "Japan’s minister arrived in São Paulo on Monday for three days of talks.",
    );
  });
  it("splits glued sentences without breaking U.S. or losing text", () => {
    const r = clean(
      "The U.S. envoy met regional issues.Foreign Minister Park then spoke to reporters in Seoul.",
    );
    expect(r.text).toBe(
      "The U.S. envoy met regional issues. Foreign Minister Park then spoke to reporters in Seoul.",
    );
  });
  it("never returns a sentence twice when one is repeated inside a run-together paragraph", () => {
    const s = "Seoul and Tokyo agreed to resume their security dialogue after a pause of five years.";
    const r = clean(`${s} Officials said the first round would be held in Tokyo next month.${s}`);
    expect(count(r.text, s)).toBe(1);
    expect(r.removed).toEqual([{ text: s, reason: "repeated", line: 0 }]);
  });
});
