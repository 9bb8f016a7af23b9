import { describe, expect, it } from "vitest";
import { codesOf, eventsOf } from "./helpers.js";

// Invented sentences: two parties doing one act together, named in one subject.

/** "root A>B" keys with the persons' names, either way round for a joint act. */
const persons = (text: string): string[] =>
  eventsOf(text)
    .filter((e) => e.modality === "asserted")
    .map((e) => `${e.code.slice(0, 2)} ${e.source.name}>${e.target?.name}`);

describe("coordinated subjects doing a joint act", () => {
  it("reads the elliptic title 'the president of A, X, and of B, Y' as both sides", () => {
    const keys = persons(
      "The foreign minister of Japan, Yoko Kamikawa, and of South Korea, Cho Tae-yul, pledged to work together on Monday.",
    );
    expect(keys).toContain("03 Yoko Kamikawa>Cho Tae-yul");
  });

  it("codes an expressed willingness of such a pair as an intent between them", () => {
    expect(
      codesOf(
        "The president of Kenya, William Ruto, and of Ethiopia, Abiy Ahmed, have expressed their willingness to continue talks on the dam.",
      ),
    ).toContain("03 KEN>ETH");
  });

  it("keeps the persons, not their titles' countries, of 'the leaders of A and B, X and Y'", () => {
    expect(
      persons(
        "The prime ministers of India and Pakistan, Narendra Modi and Shehbaz Sharif, agreed to resume trade.",
      ),
    ).toContain("03 Narendra Modi>Shehbaz Sharif");
  });

  it("finds such a subject after an opening phrase ('Speaking in Doha, …')", () => {
    expect(
      persons(
        "Speaking in Doha, the emir of Qatar, Tamim bin Hamad Al Thani, and the president of Iran, Masoud Pezeshkian, held talks.",
      ),
    ).toContain("04 Tamim bin Hamad Al Thani>Masoud Pezeshkian");
  });

  it("does not join the object of an earlier verb to a later clause's subject", () => {
    const keys = codesOf("Japan met China and Russia, and South Korea agreed to cooperate with Vietnam.");
    expect(keys).not.toContain("03 RUS>KOR");
    expect(keys).not.toContain("03 CHN>KOR");
  });
});

describe("a joint noun whose 'of' phrase names both sides", () => {
  it("reads 'the readiness of A and B to …' as their joint intent", () => {
    expect(
      codesOf("The handshake sealed the readiness of Serbia and Kosovo to resume the dialogue."),
    ).toContain("03 SRB>XKX");
  });

  it("does not make the clause's subject a side of it", () => {
    const keys = codesOf("China praised the commitment of Vietnam to peace.");
    expect(keys).not.toContain("03 CHN>VNM");
  });
});

describe("a meeting named as a noun, with no sides of its own", () => {
  it("is the meeting of the article's pair", () => {
    const keys = persons(
      "Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed pledged to end the dispute. The talks followed the bilateral meeting held at the airport in Djibouti.",
    );
    expect(keys).toContain("04 William Ruto>Abiy Ahmed");
  });

  it("is the meeting of the two countries the article names most when no act names them", () => {
    const keys = persons(
      "Kenyan President William Ruto spoke of a new chapter as Ethiopian Prime Minister Abiy Ahmed looked on. The bilateral meeting lasted three hours.",
    );
    expect(keys).toContain("04 William Ruto>Abiy Ahmed");
  });

  it("has the clause's subject and the other person of the sentence as sides", () => {
    const keys = persons(
      "At the meeting in Geneva, Armenian Prime Minister Nikol Pashinyan told reporters that the sides had agreed on several points, despite President Ilham Aliyev's request for a signing.",
    );
    expect(keys).toContain("04 Nikol Pashinyan>Ilham Aliyev");
    // "they had agreed": the meeting's two sides.
    expect(keys).toContain("03 Nikol Pashinyan>Ilham Aliyev");
  });

  it("leaves another gathering ('a meeting of G7 ministers') alone", () => {
    const keys = codesOf(
      "Japan and China signed a trade deal on Monday. Japan's foreign minister said a meeting of G7 ministers took place in Rome.",
    );
    expect(keys.filter((k) => k.startsWith("04"))).toEqual([]);
  });
});

describe("a refusal told in the first person in a quotation", () => {
  it("is the speaker's rejection of the one who asked", () => {
    const text =
      'Armenian Prime Minister Nikol Pashinyan met Azerbaijani President Ilham Aliyev in Geneva. "Aliyev has asked that the treaty be signed today, but I have said that I would not do anything that violates our constitution," Pashinyan said.';
    const refusals = eventsOf(text).filter((e) => e.code.startsWith("12"));
    expect(refusals.map((e) => `${e.source.name}>${e.target?.name}`)).toEqual([
      "Nikol Pashinyan>Ilham Aliyev",
    ]);
    expect(refusals[0]?.modality).toBe("asserted");
  });

  it("gives 'we' and 'I' in a quotation to its speaker, not to a person named inside it", () => {
    const keys = codesOf(
      'Chinese Foreign Minister Wang Yi met his Japanese counterpart in Beijing. "Tokyo asked us for more flights, but we will not accept any new route," Wang said.',
    );
    expect(keys).toContain("12 CHN>JPN");
    expect(keys).not.toContain("12 JPN>CHN");
  });
});

describe("a joint declaration read out for the two sides", () => {
  it("is diplomatic cooperation of the article's pair, not of the one who reads it", () => {
    const keys = persons(
      "Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed met in Djibouti on Monday. Hours later, the host, President Ismail Omar Guelleh, read a joint declaration of seven points.",
    );
    expect(keys).toContain("05 William Ruto>Abiy Ahmed");
    expect(keys.some((k) => k.startsWith("05 Ismail"))).toBe(false);
  });

  it("leaves a document the mentions before it name ('the China–US joint communiqués') alone", () => {
    const keys = codesOf(
      "Chinese Foreign Minister Wang Yi met US Secretary of State Antony Blinken in Beijing. China urged the US to honour the provisions of the US-China Three Joint Communiqués and stop arms sales to Taipei.",
    );
    expect(keys.filter((k) => k.startsWith("05"))).toEqual([]);
  });

  it("leaves a passive first person to the frame: the one urged, not the one urging", () => {
    const keys = codesOf(
      'Japanese Prime Minister Fumio Kishida met French President Emmanuel Macron. "We were urged by France to stop the whaling," Kishida said.',
    );
    expect(keys).toContain("02 FRA>JPN");
    expect(keys).not.toContain("02 JPN>FRA");
  });
});
