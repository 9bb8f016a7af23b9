import { describe, expect, it } from "vitest";
import { toIsoDate } from "../../src/readers/dates.js";
import { IdRegistry, idFromRecord, idFromUrl } from "../../src/readers/ids.js";
import { baseId } from "../../src/readers/sniff.js";

describe("toIsoDate", () => {
  it.each([
    ["Tue, 05 Mar 2024 23:30:00 +0900", "2024-03-05"], // the date as written, not shifted to UTC
    ["2024-03-05T23:30:00-05:00", "2024-03-05"],
    ["2024-3-5", "2024-03-05"],
    ["20240305", "2024-03-05"],
    ["March 5, 2024", "2024-03-05"],
    ["5 March 2024", "2024-03-05"],
    ["1709596800", "2024-03-05"],
    ["yesterday", null],
    ["2024-13-40", null],
    ["", null],
  ])("%j → %j", (input, expected) => {
    expect(toIsoDate(input)).toBe(expected);
  });
});

describe("ids", () => {
  it("derives the file id from the name without any extension", () => {
    expect(baseId("abc.html.gz")).toBe("abc");
    expect(baseId("news-001.txt")).toBe("news-001");
    expect(baseId("README")).toBe("README");
  });

  it("makes readable, stable ids from URLs and URNs", () => {
    const id = idFromUrl("https://news.example.com/world/2024/korea-talks.html?ref=rss");
    expect(id).toMatch(/^korea-talks-[0-9a-f]{8}$/);
    expect(idFromUrl("https://news.example.com/world/2024/korea-talks.html?ref=rss")).toBe(id);
    expect(idFromUrl("https://news.example.com/world/2024/korea-talks.html?ref=home")).not.toBe(id);
    expect(idFromRecord("urn:uuid:0f1e2d3c-aaaa-bbbb-cccc-123456789abc")).toMatch(
      /^0f1e2d3c-aaaa-bbbb-cccc-123456789abc-[0-9a-f]{8}$/,
    );
    expect(idFromRecord(" story-42 ")).toBe("story-42");
  });

  it("suffixes a clashing id with a hash of its own origin, not a count", () => {
    const ids = new IdRegistry();
    expect(ids.claim("a", "/x/a.txt#")).toBe("a");
    expect(ids.claim("b", "/x/b.txt#")).toBe("b");
    const second = ids.claim("a", "/y/a.txt#");
    expect(second).toMatch(/^a~[0-9a-f]{8}$/);
    const alone = new IdRegistry();
    alone.claim("a", "/z/a.txt#");
    expect(alone.claim("a", "/y/a.txt#")).toBe(second);
    expect(ids.claim("a", "/x/a.txt#")).toBe("a");
  });
});
