import { describe, expect, it } from "vitest";
import { quotesOf, quoteWith } from "./helpers.js";

describe("relaying source (via) is never the speaker", () => {
  it("according to an agency", () => {
    const text = `"We will not allow any interference," Wang Yi said, according to Xinhua.`;
    const q = quoteWith(quotesOf(text), "interference");
    expect(q?.speakerName).toBe("Wang Yi");
    expect(q?.via).toBe("Xinhua");
  });

  it("an agency reporting a person's words", () => {
    const text = `"The two sides agreed to meet again," Cho Tae-yul said, Yonhap reported.`;
    const q = quoteWith(quotesOf(text), "meet again");
    expect(q?.speakerName).toBe("Cho Tae-yul");
    expect(q?.via).toBe("Yonhap");
  });

  it("an interview with a broadcaster", () => {
    const text = `"Sanctions will stay in place," Antony Blinken said in an interview with CNN.`;
    const q = quoteWith(quotesOf(text), "Sanctions");
    expect(q?.speakerName).toBe("Antony Blinken");
    expect(q?.via).toBe("CNN");
  });

  it("a statement and a post on a platform", () => {
    const a = quoteWith(
      quotesOf(`"We strongly oppose the arms sale," Mao Ning said in a foreign ministry statement.`),
      "arms sale",
    );
    expect(a?.speakerName).toBe("Mao Ning");
    expect(a?.via).toContain("statement");
    const b = quoteWith(
      quotesOf(`"A great day for our alliance," Kishida wrote in a post on X.`),
      "great day",
    );
    expect(b?.via).toBe("X");
  });

  it("the audience is not a relay", () => {
    const q = quoteWith(
      quotesOf(`"We are ready to talk," Lavrov told reporters in Moscow.`),
      "ready to talk",
    );
    expect(q?.speakerName).toContain("Lavrov");
    expect(q?.via).toBeNull();
  });
});

describe("indirect speech", () => {
  it("X said that CLAUSE", () => {
    const text = `Indian Foreign Secretary Vikram Misri said that both sides had agreed on patrolling arrangements.`;
    const q = quotesOf(text).find((x) => x.kind === "indirect");
    expect(q?.speakerName).toBe("Vikram Misri");
    expect(q?.text).toBe("both sides had agreed on patrolling arrangements");
    expect(q && text.slice(q.span.start, q.span.end)).toBe(q?.text);
    expect(q?.cue).toBe("said");
  });

  it("X said CLAUSE without 'that'", () => {
    const q = quotesOf(`Wang Yi said China is willing to deepen cooperation with Seoul.`)[0];
    expect(q?.kind).toBe("indirect");
    expect(q?.text).toBe("China is willing to deepen cooperation with Seoul");
  });

  it("CLAUSE, X said", () => {
    const q = quotesOf(`The border talks will resume next month, Subrahmanyam Jaishankar said.`)[0];
    expect(q?.kind).toBe("indirect");
    expect(q?.speakerName).toContain("Jaishankar");
    expect(q?.text).toBe("The border talks will resume next month");
  });

  it("a sentence without a cue is not speech", () => {
    expect(quotesOf(`The two ministers met in Jakarta on Thursday for talks on trade.`)).toEqual([]);
  });

  it("numbers quotes in text order", () => {
    const qs = quotesOf(`Wang Yi said the talks were useful.\n\n"We will meet again," Park Jin said.`);
    expect(qs.map((q) => q.id)).toEqual(["q1", "q2"]);
    expect(qs.map((q) => q.kind)).toEqual(["indirect", "direct"]);
  });
});
