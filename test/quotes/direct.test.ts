import { describe, expect, it } from "vitest";
import { findQuoted } from "../../src/quotes/marks.js";
import { quotesOf, quoteWith } from "./helpers.js";

describe("quotation marks", () => {
  it("finds straight and curly quotations and keeps inner single quotes", () => {
    const text = `He said "we are ready" and "the ‘One China’ policy stands".\n\nShe said “talks will go on”.`;
    const got = findQuoted(text).map((q) => text.slice(q.start, q.end));
    expect(got).toEqual(["we are ready", "the ‘One China’ policy stands", "talks will go on"]);
  });

  it("joins a quotation over paragraphs that reopen without closing", () => {
    const text = `"The first part of the speech goes on.\n\n"And the second part ends here," she said.`;
    const qs = findQuoted(text);
    expect(qs).toHaveLength(2);
    expect(qs[0]?.chain).toBeGreaterThanOrEqual(0);
    expect(qs[0]?.chain).toBe(qs[1]?.chain);
  });

  it("starts a quotation at its paragraph when the opening mark is missing", () => {
    const text = `We will defend our borders," the general said.`;
    const q = findQuoted(text)[0];
    expect(q && text.slice(q.start, q.end)).toBe("We will defend our borders,");
  });
});

describe("direct quotations and their speakers", () => {
  it("X said after the quotation, with offsets into the text", () => {
    const text = `"Our two countries must work together for peace," Wang Yi said on Monday.`;
    const qs = quotesOf(text);
    const q = quoteWith(qs, "Our two countries");
    expect(q?.kind).toBe("direct");
    expect(q?.speakerName).toBe("Wang Yi");
    expect(q?.speakerCountry).toBe("CHN");
    expect(q?.cue).toBe("said");
    expect(q && text.slice(q.span.start, q.span.end)).toBe(q?.text);
    expect(q?.text).toBe("Our two countries must work together for peace");
    expect(q?.events).toEqual([]);
  });

  it("said X, and X said with a colon before the quotation", () => {
    const a = quoteWith(quotesOf(`“We reject these claims,” said Antony Blinken.`), "reject");
    expect(a?.speakerName).toBe("Antony Blinken");
    const b = quoteWith(quotesOf(`Antony Blinken told reporters: "The meeting was useful."`), "meeting");
    expect(b?.speakerName).toBe("Antony Blinken");
    expect(b?.via).toBeNull();
  });

  it("skips an appositive between the speaker and the cue", () => {
    const text = `Mao Ning, a spokeswoman for the Chinese foreign ministry, said: "We urge restraint from all sides."`;
    expect(quoteWith(quotesOf(text), "urge restraint")?.speakerName).toBe("Mao Ning");
  });

  it("resolves a pronoun and a surname to the person named before", () => {
    const text = `Japanese Foreign Minister Takeshi Iwaya arrived in Seoul on Sunday.\n\n"This visit matters to both nations," he said. "We have much to discuss," Iwaya added.`;
    const qs = quotesOf(text);
    expect(quoteWith(qs, "This visit")?.speakerName).toBe("Takeshi Iwaya");
    expect(quoteWith(qs, "much to discuss")?.speakerName).toBe("Takeshi Iwaya");
  });

  it("names the speaker by role only, resolved to the person holding it", () => {
    const text = `Chinese Foreign Ministry spokesperson Lin Jian spoke at a briefing in Beijing.\n\n"Dialogue is the only way out," the spokesperson said.`;
    expect(quoteWith(quotesOf(text), "Dialogue")?.speakerName).toBe("Lin Jian");
  });

  it("carries the speaker to the next quotation that stands alone", () => {
    const text = `"We welcome the agreement," Narendra Modi said. "Peace on the border must come first."\n\n"Trust is the basis of our relations."`;
    const qs = quotesOf(text);
    expect(quoteWith(qs, "Peace on the border")?.speakerName).toBe("Narendra Modi");
    expect(quoteWith(qs, "Trust is the basis")?.speakerName).toBe("Narendra Modi");
  });

  it("gives the whole multi-paragraph quotation the speaker named at its end", () => {
    const text = `"The first part of our plan is to rebuild the port.\n\n"The second part is to open the border crossings again," Recep Tayyip Erdogan said.`;
    const qs = quotesOf(text);
    expect(quoteWith(qs, "first part")?.speakerName).toBe("Recep Tayyip Erdogan");
    expect(quoteWith(qs, "second part")?.speakerName).toBe("Recep Tayyip Erdogan");
  });

  it("keeps the original speaker when an interpreter relays the words", () => {
    const text = `"Our friendship is unbreakable," Xi Jinping said through an interpreter.`;
    expect(quoteWith(quotesOf(text), "friendship")?.speakerName).toBe("Xi Jinping");
  });

  it("finds the speaker in the next sentence after a quoted question", () => {
    const text = `"Why should we wait any longer?" Mr. Albanese said, pointing to the delays.`;
    expect(quoteWith(quotesOf(text), "wait any longer")?.speakerName).toContain("Albanese");
  });
});

describe("partial quotations, scare quotes and titles", () => {
  it("marks quoted words inside reported speech as partial", () => {
    const text = `Wang Yi said ties "have been facing difficulties" since the summer.`;
    const q = quoteWith(quotesOf(text), "facing difficulties");
    expect(q?.kind).toBe("partial");
    expect(q?.speakerName).toBe("Wang Yi");
  });

  it("counts a quoted phrase after a cue of hope as the speaker's words", () => {
    const text = `Wang Yi said China is ready to work with Seoul and expressed hope for developing "a strategic cooperative partnership".`;
    expect(quoteWith(quotesOf(text), "strategic cooperative")?.speakerName).toBe("Wang Yi");
  });

  it("gives the subject of the main verb to a participle cue", () => {
    const text = `The president also raised the prospect of sanctions on China, saying Washington would use "every tool we have in our kit."`;
    const q = quoteWith(quotesOf(text), "every tool");
    expect(q?.cue).toBe("saying");
    expect(q?.speakerName).not.toBe("China");
  });

  it("does not take a quoted title or scare quotes without a cue as speech", () => {
    const qs = quotesOf(
      `The talks were held on the "Peace Ship" near the port.\n\nShe appeared on "Meet the Press" last week.`,
    );
    expect(qs.filter((q) => q.kind !== "indirect")).toEqual([]);
  });

  it("ignores markup quotes", () => {
    expect(quotesOf(`<tweet id="1234567890" author="someone">`)).toEqual([]);
  });
});
