import { describe, expect, it } from "vitest";
import { quotesOf, quoteWith } from "./helpers.js";

describe("the speaker is the person whose clause holds the quoted words", () => {
  it("a partial quotation in single marks before another speaker's clause", () => {
    const text = `Brazilian President Luiz Inácio Lula da Silva said the partnership was 'bigger than any government', while Argentine President Javier Milei called it "a relic of the past".`;
    const qs = quotesOf(text);
    expect(quoteWith(qs, "bigger than any government")?.speakerName).toBe("Luiz Inácio Lula da Silva");
    expect(quoteWith(qs, "relic of the past")?.speakerName).toBe("Javier Milei");
  });

  it("the subject of the verb before the quoted words, not a ministry reporting them", () => {
    const text = `South Korean Foreign Minister Cho Tae-yul met his Chinese counterpart on Tuesday. Cho urged Beijing to play a "constructive role" on the peninsula, the ministry said.`;
    const q = quoteWith(quotesOf(text), "constructive role");
    expect(q?.speakerName).toBe("Cho Tae-yul");
    expect(q?.speakerCountry).toBe("KOR");
  });

  it("a named person's press office speaks for that person", () => {
    const text = `Argentine President Javier Milei met Lula on Monday. Milei's press office said the talks were "frank and productive".`;
    expect(quoteWith(quotesOf(text), "frank and productive")?.speakerName).toBe("Javier Milei");
  });

  it("a trailing cue still names the speaker of a quotation that opens the sentence", () => {
    const text = `"The talks were frank and useful," the ministry said.`;
    expect(quoteWith(quotesOf(text), "frank and useful")?.speakerName).toBe("the ministry");
  });
});
