// Site chrome, by kind: pipe strips, glued breadcrumbs, buttons, page stamps, credits, paywall notices,
// summary boxes, placeholders, place-only lines. Article sentences around them stay.
import { describe, expect, it } from "vitest";
import { clean, paragraphs, reasonFor } from "./helpers.js";

const LEAD = "Kenya and Ethiopia agreed on Tuesday to reopen the Moyale border crossing for trade.";
const NEXT = "The two ministers will meet again next month to sign a customs protocol, officials said.";
const body = (...middle: string[]): string => [LEAD, ...middle, NEXT].join("\n");

describe("navigation strips", () => {
  it.each([
    "| world | The Daily Post",
    "Home | Politics | Africa",
    "Example.comExample NewsDiplomacy",
    "dailypost.co.ukThe Daily PostWorld",
    "Example.com",
  ])("drops %s", (line) => {
    expect(paragraphs(body(line))).toEqual([LEAD, NEXT]);
    expect(reasonFor(body(line), line)).toBe("navigation");
  });
  it("keeps a sentence that names a website", () => {
    const line = "Example.com first reported the agreement on Monday, citing two officials.";
    expect(paragraphs(body(line))).toContain(line);
  });
});

describe("buttons, placeholders and paywall notices", () => {
  it.each([
    "Load more",
    "Scroll to top",
    "[embed]",
    "(@kenyagov)",
    '[caption id="attachment_88" align="alignnone" width="800"]',
    "This article is only available to subscribers.",
    "Subscribe to continue reading.",
    "You have reached your limit of free articles this month.",
    "Already a subscriber? Log in",
    "This is a preview of subscription content.",
  ])("drops %s", (line) => {
    expect(paragraphs(body(line))).toEqual([LEAD, NEXT]);
    expect(reasonFor(body(line), line)).toBe("marker");
  });
});

describe("stamps and credits", () => {
  it.each([
    "Yesterday at 5:40 pm Share",
    "Today at 09:01 am Share",
    "3 hours ago",
    "2024-05-13T09:12:00Z",
    "Source: Reuters",
    "Source: Ministry of Foreign Affairs",
    "Jane Doe reported from aboard the secretary's plane.",
    "Ken Ito and Amina Yusuf contributed reporting from Addis Ababa.",
  ])("drops %s", (line) => {
    expect(paragraphs(body(line))).toEqual([LEAD, NEXT]);
    expect(reasonFor(body(line), line)).toBe("byline");
  });
  it("reads the date of a bare ISO timestamp and the outlet of a 'Source:' line", () => {
    expect(clean(body("2024-05-13T09:12:00+03:00", "Source: Reuters")).meta).toMatchObject({
      published: "2024-05-13",
      source: "Reuters",
    });
  });
  it("cuts a wire credit closing the last paragraph", () => {
    const r = clean(`${LEAD}\n${NEXT} (Reporting by Jane Doe; Editing by Ken Ito)`);
    expect(r.text.split("\n\n")).toEqual([LEAD, NEXT]);
    expect(r.removed).toEqual([
      { text: "(Reporting by Jane Doe; Editing by Ken Ito)", reason: "byline", line: 1 },
    ]);
  });
  it("keeps a sentence about a source", () => {
    const line = "Source: officials in Nairobi said the crossing would open to trucks first.";
    expect(paragraphs(body(line))).toContain(line);
  });
});

describe("summary boxes", () => {
  it("drops the label and the bullets that restate the article", () => {
    const r = clean(
      [
        "Highlights",
        "• Kenya and Ethiopia to reopen Moyale border crossing",
        "• Ministers to sign customs protocol next month",
        LEAD,
        NEXT,
      ].join("\n"),
    );
    expect(r.text.split("\n\n")).toEqual([LEAD, NEXT]);
  });
  it("drops unmarked lines of a box when the article after them restates them", () => {
    const lead =
      "Kenya and Ethiopia agreed on Tuesday to reopen the Moyale border crossing for trade after two years, and to set up a joint customs post on the Ethiopian side of the town.";
    const r = clean(
      ["Key points:", "Moyale crossing to reopen for trade", "Joint customs post planned", lead, NEXT].join(
        "\n",
      ),
    );
    expect(r.text.split("\n\n")).toEqual([lead, NEXT]);
  });
  it("keeps what the box says that the article does not", () => {
    const own = "Somalia was not invited to the talks in Moyale despite its long shared frontier.";
    const r = clean(
      ["In brief", "- Kenya and Ethiopia to reopen Moyale border crossing", own, LEAD, NEXT].join("\n"),
    );
    expect(r.text.split("\n\n")).toEqual([own, LEAD, NEXT]);
  });
});

describe("lines that only name a place", () => {
  it.each(["Nairobi", "NAIROBI", "Today in Lima, Peru", "Kazan, Russia"])("drops %s", (line) => {
    expect(paragraphs(body(line))).toEqual([LEAD, NEXT]);
  });
  it("keeps a subheading that is no place", () => {
    expect(paragraphs(body("Trade first"))).toContain("Trade first");
  });
});
