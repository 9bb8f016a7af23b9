import { describe, expect, it } from "vitest";
import { modalityOf } from "../../src/events/modality.js";
import { analyse } from "../../src/language/analyse.js";

/** Modality of the first occurrence of `trigger` in a one-sentence text. */
function modality(sentence: string, trigger: string): string {
  const { tokens } = analyse(sentence);
  const start = sentence.indexOf(trigger);
  if (start < 0) throw new Error(`no "${trigger}" in "${sentence}"`);
  return modalityOf(
    sentence,
    tokens,
    { start: 0, end: sentence.length },
    { start, end: start + trigger.length },
  );
}

describe("asserted", () => {
  it.each([
    ["South Korea and China held talks in Seoul on Monday.", "held talks"],
    ["The minister called for talks with Pyongyang.", "called for talks"],
    ["Lee travelled to Tokyo to meet Kishida.", "meet"],
    ["Not only did Moon meet Xi, he also met Abe.", "meet"],
  ])("%s [%s]", (sentence, trigger) => {
    expect(modality(sentence, trigger)).toBe("asserted");
  });
});

describe("planned", () => {
  it.each([
    ["The two sides are expected to hold talks next week.", "hold talks"],
    ["Kishida will visit Seoul.", "visit"],
    ["He'll visit Seoul.", "visit"],
    ["The president is set to visit Japan.", "visit"],
    ["Lee is to visit Hanoi.", "visit"],
    ["Lee plans to visit Hanoi.", "visit"],
    ["Officials are planning talks in Geneva.", "talks"],
    ["Talks are scheduled for Friday.", "Talks"],
    ["The envoy is due to arrive in Cairo.", "arrive"],
    ["The two countries agreed to hold a summit.", "hold a summit"],
    ["Xi said he would visit Seoul next month.", "visit"],
    ["Kim would visit Beijing soon, officials said.", "visit"],
    ["Ahead of the summit, the ministers spoke by phone.", "summit"],
    ["The upcoming summit in Seoul drew protests.", "summit"],
    ["Next week's summit in Seoul drew protests.", "summit"],
    ["The visit is planned for June.", "visit"],
  ])("%s [%s]", (sentence, trigger) => {
    expect(modality(sentence, trigger)).toBe("planned");
  });
});

describe("negated", () => {
  it.each([
    ["Moon did not meet Kim during the visit.", "meet"],
    ["Moon didn't meet Kim.", "meet"],
    ["Kim never visited Seoul.", "visited"],
    ["The ministry denied meeting the envoy.", "meeting"],
    ["The government refused to condemn the attack.", "condemn"],
    ["Beijing declined to comment on the talks.", "comment"],
    ["No talks were held on Monday.", "talks"],
    ["Talks were not held.", "Talks"],
    ["The summit was postponed, officials said.", "summit"],
    ["The visit was called off.", "visit"],
    ["Seoul cancelled the talks.", "talks"],
    ["Kim will not attend the summit.", "attend"],
  ])("%s [%s]", (sentence, trigger) => {
    expect(modality(sentence, trigger)).toBe("negated");
  });
});

describe("hypothetical", () => {
  it.each([
    ["Kim would meet Moon if sanctions were lifted.", "meet"],
    ["Kim would meet Moon.", "meet"],
    ["The leaders could meet in Hanoi.", "meet"],
    ["Talks might resume in June.", "resume"],
    ["Talks may be held in Geneva.", "held"],
    ["If talks resume, the two will meet in Geneva.", "meet"],
    ["A visit by Xi is possible.", "visit"],
    ["Lee proposed talks with Tokyo.", "talks"],
    ["Seoul is considering sanctions on Pyongyang.", "sanctions"],
  ])("%s [%s]", (sentence, trigger) => {
    expect(modality(sentence, trigger)).toBe("hypothetical");
  });
});

describe("scope", () => {
  it("cues in another clause do not count", () => {
    expect(modality("Moon met Xi but did not sign the deal.", "met")).toBe("asserted");
    expect(modality("Moon met Xi but did not sign the deal.", "sign")).toBe("negated");
    expect(modality("Talks will resume; Kim met Lee on Monday.", "met")).toBe("asserted");
  });
  it("cues behind a comma or a later verb do not count", () => {
    expect(modality("Kim, who did not attend, met Moon on Friday.", "met")).toBe("asserted");
    expect(modality("Moon met Xi and will travel to Hanoi.", "met")).toBe("asserted");
    expect(modality("The minister met his counterpart ahead of the vote.", "met")).toBe("asserted");
  });
  it("a negation in the reporting clause does not reach the report", () => {
    expect(modality("The official, who declined to be named, said talks were held.", "held")).toBe(
      "asserted",
    );
  });
  it("negation beats plans and conditions", () => {
    expect(modality("Kim said he would not visit Seoul if talks failed.", "visit")).toBe("negated");
  });
});
