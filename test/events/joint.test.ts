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

  it("does not join the object of an earlier verb to a later clause's subject", () => {
    const keys = codesOf("Japan met China and Russia, and South Korea agreed to cooperate with Vietnam.");
    expect(keys).not.toContain("03 RUS>KOR");
    expect(keys).not.toContain("03 CHN>KOR");
  });
});
