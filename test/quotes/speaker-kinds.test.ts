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

describe("a place, a country or an office is not the speaker when a body or person is named", () => {
  it("an embassy in a capital speaks for its country, not the host", () => {
    const q = quoteWith(
      quotesOf(`"We have no plans to expel diplomats," the Russian embassy in Oslo said in a statement.`),
      "expel diplomats",
    );
    expect(q?.speakerName).toBe("Russia");
    expect(q?.speakerCountry).toBe("RUS");
  });

  it("a ministry named with its country speaks for that country", () => {
    const q = quoteWith(quotesOf(`"The sanctions are illegal," China's foreign ministry said.`), "illegal");
    expect(q?.speakerCountry).toBe("CHN");
  });

  it("an unnamed official is someone new, not the person just named", () => {
    const text = `Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Seoul. "The meeting was useful," a senior official said.`;
    const q = quoteWith(quotesOf(text), "meeting was useful");
    expect(q?.speakerName).toBe("a senior official");
  });
});

describe("a paragraph that is only a quotation", () => {
  it("belongs to the person who spoke in the paragraph before", () => {
    const text = `Serbian President Aleksandar Vucic spoke to reporters after the talks in Ohrid.\n\n"We have not signed anything and we will not sign anything that violates our constitution."`;
    expect(quoteWith(quotesOf(text), "not signed anything")?.speakerName).toBe("Aleksandar Vucic");
  });

  it("continues the speaker of the paragraph before", () => {
    const text = `Kosovo Prime Minister Albin Kurti said the deal was a step forward for the region.\n\n"The Serbian side must now sign the annex."`;
    expect(quoteWith(quotesOf(text), "must now sign")?.speakerName).toBe("Albin Kurti");
  });

  it("has no speaker when nobody spoke before it", () => {
    const text = `The talks in Ohrid ended late on Saturday after twelve hours.\n\n"The Serbian side must now sign the annex."`;
    expect(quoteWith(quotesOf(text), "must now sign")?.speakerName).toBeNull();
  });
});

describe("speakers the lexicon does not list", () => {
  it("a noun phrase right before the cue names the speaker as the text does", () => {
    const a = quoteWith(
      quotesOf(`"The payments went to a consultancy," the investigator wrote.`),
      "payments",
    );
    expect(a?.speakerName).toBe("the investigator");
    const b = quoteWith(quotesOf(`"We stand by every word," the group tweeted on Monday.`), "every word");
    expect(b?.speakerName).toBe("the group");
  });

  it("a speaker with an appositive in the sentence after a quoted exclamation", () => {
    const text = `"Long live the free press!" Maria Petrova, the editor of the channel, wrote on Telegram.`;
    expect(quoteWith(quotesOf(text), "free press")?.speakerName).toContain("Maria Petrova");
  });

  it("a paragraph that is only a quotation after 'X wrote:'", () => {
    const text = `The university released a statement. Its spokesman Daniel Marsh wrote:\n\n"The anthem is a moment to reflect on the freedoms we share."`;
    expect(quoteWith(quotesOf(text), "freedoms we share")?.speakerName).toContain("Daniel Marsh");
  });
});

describe("verbs of naming and scorn introduce quoted words", () => {
  it("'referred to her as', 'dismissed as', 'slamming … as'", () => {
    const a = quoteWith(
      quotesOf(`At one point, Donald Trump referred to his rival as "a dangerous woman."`),
      "dangerous",
    );
    expect(a?.speakerName).toBe("Donald Trump");
    const b = quoteWith(
      quotesOf(`Emmanuel Macron dismissed the report as "pure fiction" on Friday.`),
      "pure fiction",
    );
    expect(b?.speakerName).toBe("Emmanuel Macron");
  });

  it("a second verb after 'and has' shares the first verb's subject", () => {
    const text = `Donald Trump has called out Katy Tur by name, and has referred to her as "a third-rate reporter."`;
    expect(quoteWith(quotesOf(text), "third-rate")?.speakerName).toBe("Donald Trump");
  });
});

describe("finding the subject of the cue", () => {
  it("an -ing form after 'is' is the verb of its own subject", () => {
    const text = `Even as his rivals gain ground, a defiant Recep Tayyip Erdogan is insisting he is "winning" the argument.`;
    expect(quoteWith(quotesOf(text), "winning")?.speakerName).toBe("Recep Tayyip Erdogan");
  });

  it("a long relative clause between the speaker and the cue", () => {
    const text = `Olaf Scholz, who met the candidates for nearly two hours before the summit in Brussels on Monday, lamented the "endless bickering" of the talks.`;
    expect(quoteWith(quotesOf(text), "endless bickering")?.speakerName).toBe("Olaf Scholz");
  });

  it("a bracket after the name, then 'who told'", () => {
    const text = `He echoed Sen. Ron Johnson (R-Wis.), who told a local newspaper that the deal was "a historic mistake."`;
    expect(quoteWith(quotesOf(text), "historic mistake")?.speakerName).toBe("Ron Johnson");
  });

  it("a body named right before the cue, not a place later in the sentence", () => {
    const text = `The network said the decision was part of a pattern in Britain to "shout down the work of journalists."`;
    expect(quoteWith(quotesOf(text), "shout down")?.speakerName).toBe("The network");
  });

  it("'…, saying' after a clause whose nearest verb has no person for subject", () => {
    const text = `Hillary Clinton talks about the blame that Wall Street faced after the crisis, saying, "A lot could have been avoided."`;
    expect(quoteWith(quotesOf(text), "could have been avoided")?.speakerName).toBe("Hillary Clinton");
  });

  it("a sentence with words of its own before 'says X' does not name the speaker of a quotation before it", () => {
    const text = `"Try to listen before you answer," Nancy Molitor says. "It does not make them villains." Practice patience, says David Palmiter, a psychologist.`;
    expect(quoteWith(quotesOf(text), "villains")?.speakerName).toBe("Nancy Molitor");
  });
});

describe("unnamed and non-person speakers", () => {
  it("'one said', 'said another' are new, unnamed speakers", () => {
    const text = `"What do you think of the plan?" Anna Kowalska asked the students.\n\n"I support it, but not all of it," one said.\n\n"It will pass anyway," said another.`;
    const qs = quotesOf(text);
    expect(quoteWith(qs, "not all of it")?.speakerName).toBe("one");
    expect(quoteWith(qs, "pass anyway")?.speakerName).toBe("another");
  });

  it("a person right before '-ing' speaks ('with spokesman X saying')", () => {
    const text = `The ministry declined to comment, with spokesman Glen Carter saying, "We do not discuss leaked documents."`;
    expect(quoteWith(quotesOf(text), "leaked documents")?.speakerName).toContain("Glen Carter");
  });

  it("'it believed' inside a spokesman's reported speech leaves the words to the spokesman", () => {
    const text = `A Siemens spokesman said the company had joined the fund because it believed "in the work that can be done together."`;
    expect(quoteWith(quotesOf(text), "work that can be done")?.speakerName).toBe("A Siemens spokesman");
  });

  it("'it' alone speaks for an advertisement, never the person last quoted", () => {
    const text = `"We will win," Donald Trump said on Monday.\n\nThe second advertisement went further. It called the senator "a danger to the country."`;
    expect(quoteWith(quotesOf(text), "danger to the country")?.speakerName).not.toBe("Donald Trump");
  });
});
