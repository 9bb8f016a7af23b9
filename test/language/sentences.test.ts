import { describe, expect, it, vi } from "vitest";
import { analyse } from "../../src/language/analyse.js";
import { MAX_SENTENCE, splitSentences } from "../../src/language/sentences.js";

const sentencesOf = (text: string) => analyse(text).sentences.map((s) => text.slice(s.start, s.end));

describe("sentences: abbreviations do not end a sentence", () => {
  it.each([
    ["U.S.", "The U.S. Secretary of State flew to Manila on Monday. She met the president there."],
    ["U.N.", "The U.N. Security Council met in a closed session. No statement followed."],
    ["S. Korea", "S. Korea and Japan agreed to resume talks. The next round is in Tokyo."],
    ["N. Korea", "N. Korea fired two missiles into the sea. Seoul condemned the launch."],
    ["Gen.", "Gen. Park Ji-hoon inspected the border units. He praised their readiness."],
    ["Lt. Col.", "Lt. Col. Amanda Reyes led the joint drill. It lasted three days."],
    ["Mr.", "Mr. Tanaka thanked his hosts. The visit ended on Friday."],
    ["Dr.", "Dr. Okafor chaired the health panel. Delegates praised the report."],
    ["Jan.", "The treaty was signed on Jan. 14 in Geneva. Both sides welcomed it."],
    ["Dec. 25", "Talks will resume after Dec. 25 at the earliest. Officials declined to comment."],
    ["No. 2", "The party's No. 2 official visited Hanoi. He met the prime minister."],
    ["initials", "They laid a wreath at the John F. Kennedy memorial. The ceremony was brief."],
    ["a.m./p.m.", "The envoys met at 10 a.m. Tuesday and again at 4 p.m. Wednesday. Nothing was agreed."],
  ])("%s", (_name, text) => {
    const got = sentencesOf(text);
    expect(got).toHaveLength(2);
    expect(got[1]).toMatch(/^[A-Z]/);
  });

  it("still ends a sentence after an abbreviation when a sentence opener follows", () => {
    expect(sentencesOf("The minister flew to the U.S. The trip lasted a week.")).toEqual([
      "The minister flew to the U.S.",
      "The trip lasted a week.",
    ]);
  });

  it("treats St. as a saint before a name and a street at the end of a sentence", () => {
    expect(sentencesOf("The envoy flew to St. Petersburg on Monday. He met the governor.")).toHaveLength(2);
    expect(sentencesOf("The embassy is on Elm St. The protest was outside it.")).toEqual([
      "The embassy is on Elm St.",
      "The protest was outside it.",
    ]);
  });

  it("does not split decimals or numbers", () => {
    expect(sentencesOf("Trade grew 3.5 percent to $1.2 billion in 2023. Exports led.")).toEqual([
      "Trade grew 3.5 percent to $1.2 billion in 2023.",
      "Exports led.",
    ]);
  });
});

describe("sentences: punctuation and quotes", () => {
  it("ends a sentence after an ellipsis followed by a capital", () => {
    expect(sentencesOf("The talks dragged on... Nobody expected a deal.")).toEqual([
      "The talks dragged on...",
      "Nobody expected a deal.",
    ]);
  });

  it("keeps an ellipsis followed by lower case inside the sentence", () => {
    expect(sentencesOf("The talks dragged on ... and on.")).toHaveLength(1);
  });

  it("ends a sentence inside closing quotes and keeps the quote with it", () => {
    expect(sentencesOf('He said, "We will go." Then the meeting ended.')).toEqual([
      'He said, "We will go."',
      "Then the meeting ended.",
    ]);
    expect(sentencesOf("She said, “Peace is possible.” The room applauded.")).toEqual([
      "She said, “Peace is possible.”",
      "The room applauded.",
    ]);
  });

  it("does not end a sentence at a quoted question followed by the speaker", () => {
    expect(sentencesOf('"Will you sign it?" the reporter asked. "Yes," he said.')).toEqual([
      '"Will you sign it?" the reporter asked.',
      '"Yes," he said.',
    ]);
  });

  it("keeps a quoted question with its capitalised speaker", () => {
    expect(sentencesOf('"Is this fair?" Foreign Minister Lee asked. "No," Tanaka replied.')).toEqual([
      '"Is this fair?" Foreign Minister Lee asked.',
      '"No," Tanaka replied.',
    ]);
    expect(sentencesOf('"Why now?" Then the talks collapsed.')).toEqual([
      '"Why now?"',
      "Then the talks collapsed.",
    ]);
  });

  it("splits a quote that spans two sentences without losing either quote mark", () => {
    const text = 'Lopez said: "We have waited long enough. Now we will act." Others disagreed.';
    expect(sentencesOf(text)).toEqual([
      'Lopez said: "We have waited long enough.',
      'Now we will act."',
      "Others disagreed.",
    ]);
  });
});

describe("sentences: lines", () => {
  it("never crosses a line break, single or double", () => {
    const text =
      "Ministers meet in Hanoi\nThe ministers met in Hanoi on Monday\n\nThey agreed to talk again. A date was set.";
    expect(sentencesOf(text)).toEqual([
      "Ministers meet in Hanoi",
      "The ministers met in Hanoi on Monday",
      "They agreed to talk again.",
      "A date was set.",
    ]);
  });

  it("handles Windows line ends and blank lines", () => {
    expect(sentencesOf("One line.\r\n\r\n  Two line.  \r\n")).toEqual(["One line.", "Two line."]);
  });

  it("survives a dateline left at the start", () => {
    const text =
      "SEOUL, May 13 (Yonhap) -- South Korea's foreign minister met his Japanese counterpart. They discussed trade.";
    expect(sentencesOf(text)).toEqual([
      "SEOUL, May 13 (Yonhap) -- South Korea's foreign minister met his Japanese counterpart.",
      "They discussed trade.",
    ]);
  });

  it("returns nothing for empty or blank text", () => {
    expect(analyse("")).toEqual({ sentences: [], tokens: [] });
    expect(analyse(" \n\n \t")).toEqual({ sentences: [], tokens: [] });
  });
});

describe("sentences: an over-long span is cut so that every sentence stays bounded", () => {
  const clause = "officials in Seoul and Tokyo discussed trade and security with envoys from Beijing";
  const words = (n: number) => Array.from({ length: n }, (_, i) => `${clause} ${i}`).join(" and ");

  it("cuts a line without punctuation at spaces into pieces of at most MAX_SENTENCE", () => {
    const text = words(2000);
    const spans = splitSentences(text);
    expect(spans.length).toBeGreaterThan(text.length / MAX_SENTENCE);
    for (const s of spans) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(text.charAt(s.start)).not.toBe(" ");
      expect(text.charAt(s.end - 1)).not.toBe(" ");
    }
    // Nothing but the spaces at the cuts is lost.
    expect(spans.map((s) => text.slice(s.start, s.end)).join(" ")).toBe(text);
  });

  it("prefers a comma to a space, and a glued sentence end to both", () => {
    const commas = words(60).replace(/7 and o/g, "7, o");
    for (const s of splitSentences(commas).slice(0, -1)) expect(commas.charAt(s.end - 1)).toBe(",");
    const glued = words(60).replace(/9 and o/g, "9.O");
    for (const s of splitSentences(glued).slice(0, -1)) expect(glued.charAt(s.end - 1)).toBe(".");
  });

  it("leaves a long real sentence whole", () => {
    const text = `${words(15)}.`;
    expect(text.length).toBeGreaterThan(1300);
    expect(splitSentences(text)).toEqual([{ start: 0, end: text.length }]);
  });

  it("searches for a terminator once, not once per line, over many lines without one", () => {
    const text = Array.from({ length: 20000 }, (_, i) => `line ${i} of a list`).join("\n");
    const exec = vi.spyOn(RegExp.prototype, "exec");
    const spans = splitSentences(`${text}.`);
    const calls = exec.mock.calls.length;
    exec.mockRestore();
    expect(spans).toHaveLength(20000);
    // One exec per line break, and a handful for the terminators.
    expect(calls).toBeLessThan(20000 + 10);
  });
});
