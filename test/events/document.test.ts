import { describe, expect, it } from "vitest";
import { findActors } from "../../src/actors/stage.js";
import { analyseArticle } from "../../src/eval/actors-dev.js";
import { cameo } from "../../src/events/codebook.js";
import { buildLexicon } from "../../src/events/lexicon.js";
import { extractEvents } from "../../src/events/stage.js";
import { eventsOf } from "./helpers.js";

const article = [
  "Thai Foreign Minister Maris Sangiampongsa met Malaysian Foreign Minister Mohamad Hasan in Bangkok on Monday.",
  "The two ministers discussed border trade and fisheries.",
  "Maris said the meeting with Mohamad was productive.",
  "Mohamad also met Thai Prime Minister Paetongtarn Shinawatra later in the day.",
].join("\n\n");

describe("events of a document", () => {
  it("makes one event per occurrence, with a mention for each sentence", () => {
    const events = eventsOf(article, "2024-11-20");
    const meetings = events.filter((e) => e.code.startsWith("04"));
    // The ministers' meeting (three sentences) and the minister's call on the prime minister.
    expect(meetings.map((e) => e.target?.name)).toEqual(["Mohamad Hasan", "Paetongtarn Shinawatra"]);
    expect(meetings[0]?.mentions.length).toBe(3);
    expect(meetings[0]?.date).toBe("2024-11-18");
    expect(meetings[0]?.dateInferred).toBe(false);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });

  it("records the evidence sentence, the trigger and the pattern", () => {
    const text = "Chile praised Peru for its help after the floods.";
    const [e] = eventsOf(text);
    const m = e?.mentions[0];
    expect(text.slice(m?.sentence.start, m?.sentence.end)).toBe(text);
    expect(text.slice(m?.trigger.start, m?.trigger.end)).toBe("praised");
    expect(m?.pattern).toBe("praise");
    expect(e).toMatchObject({
      code: "051",
      quadClass: cameo("051")?.quadClass,
      plover: cameo("051")?.plover,
    });
    expect(e?.goldstein).toBeGreaterThan(0);
  });

  it("drops events between an actor and its own country", () => {
    expect(eventsOf("South Korean President Yoon Suk Yeol met South Korean lawmakers in Seoul.")).toEqual([]);
    expect(eventsOf("Brazil praised Brazil.")).toEqual([]);
  });

  it("passes modality through: planned and negated events are marked", () => {
    const [planned] = eventsOf("Chinese Foreign Minister Wang Yi will visit Japan next month.");
    expect(planned?.modality).toBe("planned");
    const [negated] = eventsOf("Ghana did not sign the agreement with Nigeria.");
    expect(negated?.modality).toBe("negated");
  });

  it("infers the publication date when the sentence has none", () => {
    const [e] = eventsOf("Germany praised Poland for its handling of the crisis.", "2023-03-09");
    expect(e).toMatchObject({ date: "2023-03-09", dateInferred: true, dateText: null });
    const [none] = eventsOf("Germany praised Poland for its handling of the crisis.", null);
    expect(none?.date).toBeNull();
  });

  it("lets user patterns add expressions", () => {
    const doc = findActors(
      analyseArticle({
        id: "u",
        title: null,
        published: "2024-01-02",
        source: null,
        url: null,
        text: "Peru snubbed Chile.",
      }),
    );
    expect(extractEvents(doc)).toEqual([]);
    const lex = buildLexicon([{ id: "snub", code: "125", words: "snub", target: ["obj"] }]);
    expect(extractEvents(doc, lex).map((e) => `${e.code} ${e.source.country}>${e.target?.country}`)).toEqual([
      "125 PER>CHL",
    ]);
  });
});
