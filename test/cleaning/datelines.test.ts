// Dateline dates: the day a story was filed, the publication date of plain text that carries no other.
import { describe, expect, it } from "vitest";
import { cleanBody } from "../../src/cleaning/clean.js";
import { clean } from "./helpers.js";

const LEAD = "Foreign ministers of the two countries agreed to reopen talks on a fisheries pact on Tuesday.";
const NEXT = "The next round will be held in the spring, officials from both sides told reporters.";

describe("dateline dates", () => {
  it.each([
    ["TOKYO, Jan. 15, 2025 (Reuters) - ", "2025-01-15", "TOKYO", "Reuters"],
    ["SEOUL, May 13, 2024 (Yonhap) -- ", "2024-05-13", "SEOUL", "Yonhap"],
    ["NAIROBI, Kenya (AP) — March 3, 2023 — ", "2023-03-03", "NAIROBI, Kenya", "AP"],
    ["LIMA, 4 June 2024 (AFP) - ", "2024-06-04", "LIMA", "AFP"],
  ])("%s gives the publication date and the dateline date", (prefix, date, place, source) => {
    const r = clean(`${prefix}${LEAD}\n${NEXT}`);
    expect(r.meta).toMatchObject({ published: date, datelineDate: date, place, source });
    expect(r.text).toBe(`${prefix}${LEAD}\n\n${NEXT}`);
  });

  it("places a date without a year in the year of publication", () => {
    const r = clean(`BEIJING, Sept. 17 (Xinhua) -- ${LEAD}`, { published: "2025-09-18" });
    expect(r.meta).toMatchObject({ published: "2025-09-18", datelineDate: "2025-09-17" });
  });

  it("takes the year before when the month-day would come after publication", () => {
    const r = clean(`MANILA, Dec. 31 (PNA) -- ${LEAD}`, { published: "2025-01-01" });
    expect(r.meta.datelineDate).toBe("2024-12-31");
  });

  it("guesses no year when nothing gives one", () => {
    const r = clean(`BEIJING, Sept. 17 (Xinhua) -- ${LEAD}`);
    expect(r.meta).toMatchObject({ published: null, datelineDate: null, place: "BEIJING" });
  });

  it("does not override the container's date", () => {
    const r = clean(`SEOUL, May 13, 2024 (Yonhap) -- ${LEAD}`, { published: "2024-05-14" });
    expect(r.meta).toMatchObject({ published: "2024-05-14", datelineDate: "2024-05-13" });
  });

  it("wins over the user's default, which fills in only when nothing else gives a date", () => {
    expect(
      cleanBody(`SEOUL, May 13, 2024 (Yonhap) -- ${LEAD}`, {}, { published: "2020-01-01" }).meta.published,
    ).toBe("2024-05-13");
    expect(cleanBody(`${LEAD}\n${NEXT}`, {}, { published: "2020-01-01" }).meta.published).toBe("2020-01-01");
  });

  it("is read after a dropped line above it, and survives a second cleaning", () => {
    const body = `Updated: 13-05-2024 10:02 KST\nSEOUL, May 13, 2024 (Yonhap) -- ${LEAD}\n${NEXT}`;
    const r = clean(body);
    expect(r.meta.datelineDate).toBe("2024-05-13");
    expect(r.text).toBe(`SEOUL, May 13, 2024 (Yonhap) -- ${LEAD}\n\n${NEXT}`);
    const again = cleanBody(r.text, r.meta);
    expect(again.text).toBe(r.text);
    expect(again.meta).toEqual(r.meta);
  });

  it("keeps a colon dateline's sentence whole", () => {
    const lead =
      "DUBAI: The presidents of both countries agreed on Thursday to finish the water talks within a year.";
    expect(clean(`${lead}\n${NEXT}`).text).toBe(`${lead}\n\n${NEXT}`);
  });
});
