import { describe, expect, it } from "vitest";
import { analyse } from "../../src/language/analyse.js";
import { clauseTense } from "../../src/language/dates.js";

/** Tense of the whole sentence, or around the first occurrence of `at`. */
function tenseOf(sentence: string, at?: string): string {
  const { tokens } = analyse(sentence);
  return clauseTense(
    sentence,
    tokens,
    0,
    sentence.length,
    at === undefined ? undefined : sentence.indexOf(at),
  );
}

describe("clauseTense", () => {
  it.each([
    ["South Korea and China held talks in Seoul on Monday.", "past"],
    ["The envoy visited Hanoi and signed a trade pact.", "past"],
    ["Talks had stalled before the visit.", "past"],
    ["The two sides will hold talks next week.", "future"],
    ["The ministers are expected to meet in Seoul.", "future"],
    ["The president is set to visit Japan.", "future"],
    ["Lee plans to travel to Beijing.", "future"],
    ["The summit is scheduled for June.", "future"],
    ["Talks are held every year in Geneva.", "present"],
    ["Talks will resume soon, officials said.", "future"],
    ["The ministry said the talks were useful.", "past"],
    ["The ministry says Japan is a partner.", "present"],
  ])("%s → %s", (sentence, tense) => {
    expect(tenseOf(sentence)).toBe(tense);
  });

  it("a reported 'would' is future, a bare one is not", () => {
    expect(tenseOf("Xi said he would visit Seoul next month.", "visit")).toBe("future");
    expect(tenseOf("Kim would meet Moon if sanctions were lifted.", "meet")).toBe("present");
  });

  it("the cue nearest the offset wins", () => {
    const s = "Kim met Moon on Monday and will visit Tokyo next week.";
    expect(tenseOf(s, "met")).toBe("past");
    expect(tenseOf(s, "Tokyo")).toBe("future");
    expect(tenseOf("China on Monday announced it would impose sanctions.", "on Monday")).toBe("past");
  });

  it("does not look across 'but' or ';'", () => {
    expect(tenseOf("The talks will go on, but Kim left Seoul.", "left")).toBe("past");
    expect(tenseOf("Kim left Seoul; talks resume next week.", "talks")).toBe("future");
  });

  it("a participle after 'will be' is not past", () => {
    expect(tenseOf("Talks will be held in Geneva.", "Talks")).toBe("future");
  });
});
