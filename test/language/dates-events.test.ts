// Event dates in whole documents: reports after the fact, datelines, documents without a
// publication date, and background clauses. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import type { DyadEvent } from "../../src/model/document.js";
import { eventsOf } from "../events/helpers.js";

const byRoot = (events: DyadEvent[], root: string, source?: string): DyadEvent | undefined =>
  events.find((e) => e.code.startsWith(root) && (source === undefined || e.source.country === source));

describe("events reported after the fact", () => {
  it("dates an event of last month, of a month and year, of a bare past month", () => {
    // Published Wednesday 15 May 2024.
    expect(byRoot(eventsOf("Morocco and Spain signed a fisheries agreement last month."), "05")?.date).toBe(
      "2024-04",
    );
    expect(byRoot(eventsOf("Kenya and Uganda signed a border accord in March 2019."), "05")?.date).toBe(
      "2019-03",
    );
    expect(byRoot(eventsOf("Ghana hosted the president of Nigeria in August."), "04")?.date).toBe("2023-08");
  });

  it("dates a weekday with its month and day, and a weekday's possessive", () => {
    const text =
      "Venezuelan President Nicolas Maduro met Guyanese President Irfaan Ali on Thursday, December 14.";
    expect(byRoot(eventsOf(text, "2023-12-18"), "04")?.date).toBe("2023-12-14");
    const friday = "Friday's meeting between Japan and South Korea was cordial.";
    expect(byRoot(eventsOf(friday, "2024-05-13"), "04")?.date).toBe("2024-05-10");
  });

  it("gives a report published the day after the event the event's day, in every sentence", () => {
    const text = [
      "Thai Foreign Minister Maris Sangiampongsa met Malaysian Foreign Minister Mohamad Hasan in Bangkok on Wednesday.",
      "Malaysia praised Thailand for its help with the border checkpoints.",
      "Thailand will host the next round of talks with Malaysia.",
    ].join("\n\n");
    const events = eventsOf(text, "2024-11-21"); // a Thursday
    expect(byRoot(events, "04")?.date).toBe("2024-11-20");
    expect(byRoot(events, "05", "MYS")).toMatchObject({ date: "2024-11-20", dateInferred: true });
  });

  it("reads dates against the dateline's day, not the publication day", () => {
    const text = [
      "BEIJING, Oct. 9 (Xinhua) -- Chinese Premier Li Qiang met Vietnamese Prime Minister Pham Minh Chinh in Beijing on Wednesday.",
      "The two countries signed a trade protocol yesterday, officials said.",
    ].join("\n\n");
    const events = eventsOf(text, "2024-10-10"); // published Thursday, filed Wednesday the 9th
    expect(byRoot(events, "04")?.date).toBe("2024-10-09");
    expect(byRoot(events, "05")?.date).toBe("2024-10-08");
    // With no date of its own, an event of the report takes the dateline's day.
    const undated = text.replace(" on Wednesday", "").replace(" yesterday", "");
    expect(byRoot(eventsOf(undated, "2024-10-10"), "04")?.date).toBe("2024-10-09");
  });

  it("finds the dateline after a caption", () => {
    const text = [
      "Prime Minister Pham Minh Chinh greets Premier Li Qiang in Hanoi. (Photo: VNA)",
      "HANOI, Oct. 9 (VNA) -- Vietnamese Prime Minister Pham Minh Chinh signed a trade protocol with China yesterday.",
    ].join("\n\n");
    expect(byRoot(eventsOf(text, "2024-10-11"), "05")?.date).toBe("2024-10-08");
  });

  it("gives a document without a publication date a date from its text or none", () => {
    const dated = [
      "On March 5, 2024, Kenya and Uganda signed a border accord in Kampala.",
      "Uganda criticised Kenya over the delay at the border.",
    ].join("\n\n");
    const events = eventsOf(dated, null);
    expect(byRoot(events, "05")?.date).toBe("2024-03-05");
    expect(byRoot(events, "11")).toMatchObject({ date: "2024-03-05", dateInferred: true });
    // A full date of a background clause is no date for the rest of the text.
    const background = [
      "Kenya and Uganda, which had signed a border accord on March 5, 2019, met again in Kampala.",
      "Uganda criticised Kenya over the delay at the border.",
    ].join("\n\n");
    const later = byRoot(eventsOf(background, null), "11");
    expect(later).toBeDefined();
    expect(later?.date).toBeNull();
    // A weekday and day with no year: placed only where the office holders named leave one year
    // (test/events/undated-year.test.ts); with no holder, no date.
    const bare = "Venezuelan envoy Ana Rivera met Guyanese envoy Paul Singh on Thursday, December 14.";
    const met = byRoot(eventsOf(bare, null), "04");
    expect(met).toBeDefined();
    expect(met?.date ?? null).toBeNull();
    expect(byRoot(eventsOf("Chile praised Peru on Monday.", null), "05")?.date).toBeNull();
  });
});

describe("background clauses", () => {
  it("dates an event of a when-clause by the clause it hangs on, never the article's day", () => {
    const [e] = eventsOf(
      "Relations froze in 2017 when Morocco recalled its ambassador from Algeria.",
      "2024-05-15",
    ).filter((x) => x.source.country === "MAR");
    expect(e?.date).not.toBe("2024-05-15");
    expect(e?.dateText).toBe("in 2017");
    const month = eventsOf(
      "Trade stalled in March when Morocco recalled its ambassador from Algeria.",
      "2024-05-15",
    );
    expect(month.find((x) => x.source.country === "MAR")?.date).toBe("2024-03");
  });

  it("dates 'two days after' from the main clause", () => {
    const text = [
      "Indian Prime Minister Narendra Modi met Chinese President Xi Jinping on Wednesday.",
      "The meeting took place two days after India and China signed an agreement on border patrols.",
    ].join("\n\n");
    const events = eventsOf(text, "2024-10-24");
    expect(byRoot(events, "04")?.date).toBe("2024-10-23");
    expect(byRoot(events, "05")).toMatchObject({ date: "2024-10-21", dateInferred: false });
  });

  it("reads every written count the date patterns know ('seven days after', as 'seven days ago')", () => {
    const text = [
      "Indian Prime Minister Narendra Modi met Chinese President Xi Jinping on Wednesday.",
      "The meeting took place seven days after India and China signed an agreement on border patrols.",
    ].join("\n\n");
    const events = eventsOf(text, "2024-10-24");
    expect(byRoot(events, "05")).toMatchObject({ date: "2024-10-16", dateInferred: false });
  });

  it("gives a pluperfect or since-clause event its own date or none", () => {
    const own = eventsOf(
      "Nigeria had signed a gas pact with Ghana in January, the minister recalled.",
      "2024-05-15",
    );
    expect(byRoot(own, "05")?.date).toBe("2024-01");
    const none = eventsOf("Morocco had recalled its ambassador from Algeria.", "2024-05-15");
    expect(none.map((e) => e.date)).toEqual(none.map(() => null));
    const since = eventsOf(
      "It is the first visit by a Japanese leader to China since Japan and China signed a fisheries deal in 2019.",
      "2024-05-15",
    );
    expect(byRoot(since, "05")?.date ?? null).toBeNull();
  });

  it("keeps reported speech the news: 'said they had agreed' is the article's event", () => {
    const text =
      "Chinese Foreign Minister Wang Yi met South Korean Foreign Minister Cho Hyun on Monday. Cho said the two sides had agreed to expand trade with China.";
    const events = eventsOf(text, "2024-05-15");
    expect(byRoot(events, "03")?.date).toBe("2024-05-13");
  });

  it("gives last year's visit its year, not the article's day", () => {
    const events = eventsOf(
      "Last year's visit by Chinese President Xi Jinping to Vietnam was a success.",
      "2024-05-15",
    );
    expect(byRoot(events, "04")?.date ?? null).toBeNull();
  });
});

describe("background clauses end where the next clause begins", () => {
  it("does not give a when-clause the date of the clause after it", () => {
    const text = [
      "Algerian and Moroccan officials held talks in Rabat on Wednesday.",
      "Trade stalled when Morocco recalled its ambassador from Algeria, but the two met again on Monday.",
    ].join("\n\n");
    const recall = eventsOf(text, "2024-05-15").find(
      (e) => e.source.country === "MAR" && !e.code.startsWith("04"),
    );
    expect(recall?.date ?? null).not.toBe("2024-05-13");
  });
});
