import { describe, expect, it } from "vitest";
import { shipped } from "./shared.js";

const k = shipped();

function spans(sentence: string): string[] {
  const tokens = sentence.split(" ");
  return k
    .scan(tokens)
    .map(
      (m) => `${tokens.slice(m.start, m.end).join(" ")}=${[...new Set(m.hits.map((h) => h.kind))].join("/")}`,
    );
}

describe("phrase matching over tokens", () => {
  it("finds the longest known phrases in an invented wire sentence", () => {
    const found = spans(
      "South Korean Foreign Minister Cho Tae-yul met U.S. Secretary of State Antony Blinken in Washington , Yonhap reported , citing the Ministry of Foreign Affairs .",
    );
    expect(found).toEqual([
      "South Korean=country",
      "Foreign Minister=role",
      "Cho Tae-yul=person",
      "U.S.=country",
      "Secretary of State=role",
      "Antony Blinken=person",
      "Washington=metonym",
      "Yonhap=media",
      "Ministry of Foreign Affairs=role",
    ]);
  });

  it("joins names the tokenizer split at hyphens", () => {
    const tokens = ["Kim", "Jong", "-", "un", "visited", "Beijing"];
    const m = k.matchAt(tokens, 0);
    expect(m?.end).toBe(4);
    expect(m?.hits[0]).toMatchObject({ kind: "person", person: { name: "Kim Jong Un" } });
  });

  it("respects case: lowercase 'us' and 'turkey' are not countries", () => {
    expect(spans("let us roast the turkey")).toEqual([]);
    expect(spans("Turkey and the US agreed")).toEqual(["Turkey=country", "US=country"]);
  });

  it("falls back to a shorter phrase when the longer one fails its case rule", () => {
    const tokens = ["North", "Korea", "fm"];
    expect(k.matchAt(tokens, 0)?.end).toBe(2);
  });

  it("reports ambiguous forms as such", () => {
    expect(spans("the Korean side said")).toEqual(["Korean=ambiguous"]);
  });

  it("knows its longest phrase", () => {
    expect(k.maxPhraseWords).toBeGreaterThanOrEqual(6);
  });
});
