import { describe, expect, it } from "vitest";
import { findQuoted } from "../../src/quotes/marks.js";
import { quotesOf, quoteWith } from "./helpers.js";

const spans = (text: string) => findQuoted(text).map((q) => text.slice(q.start, q.end));

describe("quotation marks of other kinds", () => {
  it("pairs „German“ marks and «French» marks", () => {
    expect(spans(`„Our red lines have not moved“, the president said.`)).toEqual([
      "Our red lines have not moved",
    ]);
    expect(spans(`«The plan is a basis for talks», he said.`)).toEqual(["The plan is a basis for talks"]);
  });

  it("takes straight single marks as a quotation, but not apostrophes", () => {
    expect(spans(`The minister called the offer 'a first step', aides said.`)).toEqual(["a first step"]);
    expect(spans(`The leaders' summit opened in the '90s style hall at Rome's airport.`)).toEqual([]);
    expect(spans(`Officials said the 'talks' at the leaders' summit went well.`)).toEqual(["talks"]);
  });

  it("closes a quotation at an opening mark typed where the closing one belongs", () => {
    const text = `“We will never sign anything that violates our constitution “, he stated.\n\n“Both sides set out their red lines “He then left the hall.`;
    expect(spans(text)).toEqual([
      "We will never sign anything that violates our constitution",
      "Both sides set out their red lines",
    ]);
  });

  it("still restarts at a second opening mark when a closing mark follows", () => {
    expect(spans(`“The first words were cut. “The second words stand,” she said.`)).toEqual([
      "The second words stand,",
    ]);
  });

  it("keeps a straight-single title inside a quotation whose opening mark is missing", () => {
    const text = `Under the 'Foreign Sanctions Act', the government will take countermeasures," the spokesman said.`;
    expect(spans(text)).toEqual([text.slice(0, text.indexOf(',"') + 1)]);
  });
});

describe("a translated statement of a president", () => {
  const text = [
    "Serbian President Aleksandar Vucic spoke to reporters after the talks in Ohrid on Saturday.",
    `He said: "We agreed on several points, but nothing has been signed."`,
    `"We will present every point to the people of Serbia tomorrow," Vucic added.`,
    `According to him, "the association of Serb-majority municipalities must be formed first."`,
    "„Our red lines remain where they were“, he said.",
    "«The plan is a good basis for further talks», Vucic told the broadcaster.",
    "'We will not recognise the declaration of independence,' he told the crowd.",
    `“Prime Minister Albin Kurti asked us to sign today, but I will not sign anything that violates the constitution “, he stated.`,
  ].join("\n\n");
  const qs = quotesOf(text);

  it.each([
    "nothing has been signed",
    "present every point",
    "must be formed first",
    "red lines remain",
    "good basis for further talks",
    "will not recognise",
    "violates the constitution",
  ])("finds %s as Vucic's", (part) => {
    const q = quoteWith(qs, part);
    expect(q?.speakerName).toBe("Aleksandar Vucic");
    expect(q?.kind).toBe("direct");
  });

  it("does not take a person the speaker names inside the quotation for the speaker", () => {
    expect(quoteWith(qs, "violates the constitution")?.text).not.toContain("stated");
  });
});

describe("quoted titles are not speech, even beside a cue", () => {
  it("a show after 'on' or a broadcaster's possessive, a book after its noun", () => {
    const qs = quotesOf(
      `Foreign Minister Penny Wong said on "Meet the Press" that the talks would go on.\n\nShe told NBC's "Face the Nation" she was hopeful.\n\nHer adviser is the author of the book "The Long Road to Canberra."`,
    );
    expect(qs.filter((q) => q.kind !== "indirect")).toEqual([]);
  });

  it("keeps a capitalised name the speaker gives something", () => {
    const q = quoteWith(quotesOf(`Donald Trump called the deal "The Worst Deal Ever Made."`), "Worst Deal");
    expect(q?.speakerName).toBe("Donald Trump");
  });
});

describe("inner quotations, memoirs and terms", () => {
  it("an inner quotation introduced inside an open one ends with it", () => {
    const text = `“When the same problems come back with different staff, at what point do you say, “Hey, maybe it is us?” the adviser tweeted.`;
    expect(spans(text)).toEqual([
      "When the same problems come back with different staff, at what point do you say, “Hey, maybe it is us?",
    ]);
  });

  it("a memoir's title after a comma and a term after 'a phenomenon called' are not speech", () => {
    const qs = quotesOf(
      `The senator first told the story in her 2015 memoir, "Plenty Ladylike."\n\nPollsters blame a phenomenon called "differential nonresponse" for the swings.`,
    );
    expect(qs.filter((q) => q.kind !== "indirect")).toEqual([]);
  });

  it("a speaker who calls something by a name keeps the quotation", () => {
    const q = quoteWith(quotesOf(`Marine Le Pen called the treaty "a betrayal of farmers."`), "betrayal");
    expect(q?.speakerName).toBe("Marine Le Pen");
  });
});

describe("a noun phrase after an inverted cue", () => {
  it("'said the narrator'", () => {
    const text = `"Decades of promises have come to nothing," said the narrator in the 30-second spot.`;
    expect(quoteWith(quotesOf(text), "Decades of promises")?.speakerName).toBe("the narrator");
  });
});
