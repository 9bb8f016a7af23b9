// One bad byte in UTF-8 text: the bad byte alone is replaced and the document says so; the rest is kept.
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decode } from "../../src/readers/encoding.js";
import { read, readOne, tempDir, write } from "./helpers.js";

const ARTICLE =
  "BRASÍLIA — Brazil’s foreign minister said on Monday that talks with Argentina were going “quietly” and that a deal on trade was close.";
const utf8 = (s: string) => Buffer.from(s, "utf8");
/** The article's UTF-8 bytes with one stray 0xFF byte after "Monday". */
function withBadByte(text = ARTICLE): Buffer {
  const at = utf8(text).indexOf("Monday") + 6;
  const bytes = utf8(text);
  return Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at)]);
}
/** The warning for one bad byte, `at` characters into the input as read (counting from 1). */
const warning = (at: number) =>
  `invalid UTF-8: 1 byte sequence replaced with U+FFFD (first at character ${at})`;

describe("invalid UTF-8", () => {
  it("decodes UTF-8 with one bad byte as UTF-8, replacing only that byte", () => {
    const { text, encoding, replaced } = decode(withBadByte());
    expect(encoding).toBe("UTF-8");
    expect(replaced).toBe(1);
    expect(text).toContain("going “quietly” and");
    expect(text).toContain("Monday\uFFFD that");
    expect(text).not.toContain("â€");
  });

  it("still reads windows-1252 text as windows-1252", () => {
    const { text, encoding, replaced } = decode(iconv.encode(ARTICLE, "windows-1252"));
    expect(encoding).toBe("windows-1252");
    expect(replaced).toBeUndefined();
    expect(text).toBe(ARTICLE);
  });

  it("warns in the document of a text file, and not in a clean one", async () => {
    const dir = tempDir();
    const doc = await readOne(write(dir, "brazil.txt", withBadByte()));
    expect(doc.origin.encoding).toBe("UTF-8");
    expect(doc.content).toContain("“quietly”");
    expect(doc.warnings).toEqual([warning(ARTICLE.indexOf("Monday") + 7)]);
    const clean = await readOne(write(dir, "clean.txt", utf8(ARTICLE)));
    expect(clean.warnings).toBeUndefined();
  });

  it("warns only the JSON Lines record and the JSON array item holding the bad byte", async () => {
    const dir = tempDir();
    const good = utf8(JSON.stringify({ text: "HAVANA — Cuba and Mexico signed a health accord." }));
    const bad = withBadByte(JSON.stringify({ text: ARTICLE }));
    const nl = Buffer.from("\n");
    const lines = write(dir, "wire.jsonl", Buffer.concat([good, nl, bad, nl]));
    const array = write(
      dir,
      "wire.json",
      Buffer.concat([Buffer.from("["), good, Buffer.from(","), bad, Buffer.from("]")]),
    );
    const { docs, errors } = await read([lines, array]);
    expect(errors).toEqual([]);
    const record = JSON.stringify({ text: ARTICLE });
    const w = [warning(record.indexOf("Monday") + 7)];
    expect(docs.map((d) => d.warnings)).toEqual([undefined, w, undefined, w]);
    expect(docs[3]?.content).toContain("“quietly”");
  });
});
