import fc from "fast-check";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { repairMojibake } from "../../src/readers/mojibake.js";
import { readOne, tempDir, write } from "./helpers.js";

// What a UTF-8 string looks like after being decoded as windows-1252 (undefined bytes → C1 controls, as browsers do).
const garble = (s: string): string =>
  [...Buffer.from(s, "utf8")]
    .map((b) => {
      const ch = iconv.decode(Buffer.from([b]), "windows-1252");
      return ch === "\uFFFD" ? String.fromCharCode(b) : ch;
    })
    .join("");

describe("repairMojibake", () => {
  it.each([
    ["Itâ€™s a â€œdealâ€\u009d, the minister said.", "It’s a “deal”, the minister said."],
    ["Talks in SÃ£o Paulo and MontrÃ©al", "Talks in São Paulo and Montréal"],
    ["Aid worth Â£5 million", "Aid worth £5 million"],
    [garble("Президент visited"), "Президент visited"],
    ["æ—¥æœ¬ and éŸ“å›½", "日本 and 韓国"],
    ["Ã¢â‚¬â„¢ twice", "’ twice"],
  ])("repairs %j", (input, expected) => {
    expect(repairMojibake(input)).toBe(expected);
  });

  it.each([
    "Seoul–Tokyo “talks” in a café",
    "« ÉTÉ» chaud à Paris",
    "SÃO PAULO (Reuters)",
    "Plain ASCII text.",
    "中国与韩国",
  ])("leaves correct text alone: %j", (input) => {
    expect(repairMojibake(input)).toBe(input);
  });

  it("undoes garbling of any text made of common characters", () => {
    // No "â" or "Ã": text like "â€©" is read as mojibake garbled twice, by design.
    const alphabet = "abcXYZ ,.-éèüöñçãê’“”–—€£©™°日本한국Привет".split("");
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (chars) => {
        const text = chars.join("");
        // A lone two-char pair not led by Â/Ã is left alone by design; ensure the text has a sure marker.
        const sample = `l’${text}`;
        expect(repairMojibake(garble(sample))).toBe(sample);
      }),
      { numRuns: 2000 },
    );
  });

  it("is applied to content and hints but not to raw", async () => {
    const dir = tempDir();
    const line = JSON.stringify({ title: "Franceâ€™s offer", text: "Paris â€“ talks" });
    const doc = await readOne(write(dir, "m.jsonl", `${line}\n`));
    expect(doc.hints.title).toBe("France’s offer");
    expect(doc.content).toBe("Paris – talks");
    expect(doc.raw).toBe(line);
  });
});
