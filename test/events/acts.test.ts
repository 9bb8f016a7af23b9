import { describe, expect, it } from "vitest";
import { codesOf, eventsOf } from "./helpers.js";

// Invented news sentences for the kinds of issue 12: acts written as nouns, frames the first
// lexicon lacked, institutions as sides, appeals carried by quotations, and what is no event.

describe("acts written as nouns", () => {
  it.each([
    [
      "a video call",
      "Indian Prime Minister Narendra Modi held a video call with Australian Prime Minister Anthony Albanese.",
      "04 IND>AUS",
    ],
    ["a ban on imports from X", "China announced a ban on wine imports from Australia.", "16 CHN>AUS"],
    ["the expulsion of envoys", "Poland announced the expulsion of two Russian attachés.", "16 POL>RUS"],
    [
      "persona non grata, passive",
      "The Russian diplomat was declared persona non grata by Estonia.",
      "16 EST>RUS",
    ],
    [
      "persona non grata, active",
      "Latvia declared two Belarusian diplomats persona non grata on Monday.",
      "16 LVA>BLR",
    ],
    [
      "blocking exports",
      "China has been blocking Lithuanian exports at customs since December.",
      "16 CHN>LTU",
    ],
    ["an ultimatum", "Turkey gave Sweden an ultimatum to extradite the suspects.", "13 TUR>SWE"],
  ])("%s", (_kind, sentence, expected) => {
    expect(codesOf(sentence)).toContain(expected);
  });

  it("reads a summit or talks named by their pair as a meeting of that pair", () => {
    const summit = eventsOf(
      "Japanese Prime Minister Fumio Kishida attended the 12th ASEAN–Japan summit in Jakarta.",
    );
    expect(
      summit.some((e) => e.code.startsWith("04") && [e.source.country, e.target?.country].includes("JPN")),
    ).toBe(true);
    expect(codesOf("The US-China talks in Geneva ended on Sunday.")).toContain("04 USA>CHN");
  });

  it("reads the doer of a nominal act named with 'by' after it", () => {
    const keys = codesOf(
      "China condemned the firing of flares at a Chinese patrol aircraft by the Philippines.",
    );
    expect(keys).toContain("19 PHL>CHN");
    expect(keys).not.toContain("19 CHN>CHN");
  });

  it("counts the days of talks of the article's pair as their meeting", () => {
    const keys = codesOf(
      "Iran and Saudi Arabia agreed to restore diplomatic ties on Friday. Officials announced the deal after four days of negotiations in Beijing.",
    );
    expect(keys).toContain("04 IRN>SAU");
  });
});

describe("verbs and frames", () => {
  it("tells a courtesy call on a ruler from an appeal to act", () => {
    expect(codesOf("The Indian foreign minister called on the king of Bhutan in Thimphu.")).toContain(
      "04 IND>BTN",
    );
    expect(codesOf("France called on Israel to halt the offensive.")).toContain("02 FRA>ISR");
    expect(codesOf("Germany called on Iran for restraint.")).toContain("02 DEU>IRN");
  });

  it("gives the protest lodged after a summons to the one who summoned", () => {
    const keys = codesOf("Germany summoned the Iranian ambassador to lodge a protest over the executions.");
    expect(keys).toContain("16 DEU>IRN");
    expect(keys).toContain("11 DEU>IRN");
    expect(keys).not.toContain("11 IRN>DEU");
  });

  it.each([
    ["signed a memorandum", "Vietnam and Laos signed a memorandum on border trade.", "05 VNM>LAO"],
    [
      "refused to sign",
      "Serbian President Aleksandar Vucic refused to sign the agreement with Albania.",
      "12 SRB>ALB",
    ],
    ["rebuffed the mediators", "Iran rebuffed the Qatari mediators on Sunday.", "12 IRN>QAT"],
    ["warned of consequences", "North Korea warned South Korea of grave consequences.", "13 PRK>KOR"],
    ["launched missiles at", "Israel launched missiles at Iran overnight.", "19 ISR>IRN"],
    ["shelled a city", "Russian forces shelled the Ukrainian city of Kharkiv overnight.", "19 RUS>UKR"],
    ["clinched a deal", "India and China firmed up an agreement on border patrols.", "05 IND>CHN"],
  ])("%s", (_kind, sentence, expected) => {
    expect(codesOf(sentence)).toContain(expected);
  });

  it("reads 'would not hesitate to' as a threat made now, by the speaker's side", () => {
    const keys = codesOf(
      "Pakistani Foreign Minister Ishaq Dar met Indian officials in Dubai. Dar warned that Islamabad would not hesitate to respond.",
    );
    expect(keys).toContain("13 PAK>IND");
    expect(keys).not.toContain("13 IND>PAK");
  });

  it("takes every verb of an appeal's list as wished, not done", () => {
    const keys = codesOf(
      "China urged the United States to abide by its commitments, stop arms sales to Taiwan and end military contact.",
    );
    expect(keys).toContain("02 CHN>USA");
    expect(keys.some((k) => k.endsWith("USA>TWN"))).toBe(false);
  });

  it("codes an act only threatened as the threat", () => {
    const keys = codesOf("Iran threatened to shell Iraqi border towns in retaliation.");
    expect(keys).toContain("13 IRN>IRQ");
    expect(keys).not.toContain("19 IRN>IRQ");
  });

  it("takes the act after 'demanded that Y' as asked for, not done", () => {
    const keys = codesOf("India demanded that Pakistan hand over the suspects and expel the militants.");
    expect(keys).toContain("10 IND>PAK");
    expect(keys.some((k) => !k.startsWith("10"))).toBe(false);
  });

  it("hears the complaint of a side that reports a hostile act against it", () => {
    const keys = codesOf("Lithuania said on Friday that China was blocking its exports at customs.");
    expect(keys).toContain("16 CHN>LTU");
    expect(keys).toContain("11 LTU>CHN");
  });
});

describe("institutions as sides", () => {
  it("lets the EU act as EUR", () => {
    const [e] = eventsOf("The European Union imposed sanctions on Belarus.");
    expect(e?.source.country).toBe("EUR");
    expect(e?.target?.country).toBe("BLR");
  });

  it("lets a coast guard, an army or a ministry act for its state", () => {
    expect(codesOf("The Chinese coast guard fired water cannon at a Philippine vessel.")).toContain(
      "17 CHN>PHL",
    );
    expect(codesOf("The Japanese army and the Philippine navy held joint drills.")).toContain("06 JPN>PHL");
    expect(codesOf("The Indian foreign ministry summoned the Bangladeshi envoy.")).toContain("16 IND>BGD");
  });
});

describe("appeals and intentions carried by a quotation", () => {
  const talks =
    "Chinese Foreign Minister Wang Yi held talks with South Korean Foreign Minister Cho Hyun in Beijing on Tuesday.";
  it("gives 'both sides must' to the speaker, addressed to the other side", () => {
    expect(codesOf(`${talks} "Both sides must respect each other's core interests," Wang said.`)).toContain(
      "02 CHN>KOR",
    );
  });

  it("gives 'we are ready to' to the speaker named after the quotation", () => {
    expect(codesOf(`${talks} "We are ready to work with Seoul on trade," Wang said.`)).toContain(
      "03 CHN>KOR",
    );
  });
});

describe("what is no event", () => {
  it("reads a verb joined to the word before it by a hyphen as an adjective", () => {
    const all = eventsOf(
      "Indonesian Foreign Minister Retno Marsudi dismissed the so-called Chinese debt trap in Jakarta on Monday.",
    );
    expect(all.some((e) => e.code.startsWith("04"))).toBe(false);
    // The same verb on its own is still a call.
    expect(codesOf("Retno Marsudi called Chinese Foreign Minister Wang Yi on Monday.")).toContain(
      "04 IDN>CHN",
    );
  });

  it("takes no side out of a list of topics", () => {
    const all = eventsOf("Britain and Spain remain locked in disputes over fishing, visas and Gibraltar.");
    expect(all.some((e) => e.source.country === "GIB" || e.target?.country === "GIB")).toBe(false);
  });

  it("reads what a visit is for, said by the visitor, as intent, not material cooperation", () => {
    const keys = codesOf("Cho said his visit to Beijing was aimed at boosting trade with China.");
    expect(keys).toContain("04 KOR>CHN");
    expect(keys).not.toContain("06 KOR>CHN");
  });

  it("codes no signing for an agreement only named", () => {
    const keys = codesOf(
      "Seoul wants faster negotiations on the Korea-China-Japan free trade agreement. Serbia and Kosovo discussed the agreement.",
    );
    expect(keys.some((k) => k.startsWith("05"))).toBe(false);
  });

  it("reads an agreement still to be finalised as intent, not signing", () => {
    const keys = codesOf(
      "Egypt and Ethiopia agreed on Thursday to start talks to finalise the dam agreement.",
    );
    expect(keys).toContain("03 EGY>ETH");
    expect(keys.some((k) => k.startsWith("05"))).toBe(false);
  });

  it("reads tourists' tours as no visit of a state", () => {
    expect(
      codesOf("The resumption of Chinese group tours to South Korea has lifted hopes in Seoul."),
    ).not.toContain("04 CHN>KOR");
  });

  it("welcomes someone's visit as praise, and hosts a person welcomed", () => {
    expect(codesOf("Minister Wang Yi welcomed Minister Cho Hyun's visit.")).toContain("05 CHN>KOR");
    expect(
      codesOf("Chinese President Xi Jinping welcomed South Korean President Lee Jae-myung in Beijing."),
    ).toContain("04 CHN>KOR");
  });

  it("names no side in the body whose summit a country hosts", () => {
    const all = eventsOf("South Korea is hosting the APEC Summit this year.");
    expect(all.filter((e) => e.code.startsWith("04"))).toEqual([]);
  });
});
