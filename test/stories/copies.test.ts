import { describe, expect, it } from "vitest";
import { jaccard, minhash } from "../../src/stories/hash.js";
import { signatureOf } from "../../src/stories/signature.js";
import { StoryIndex } from "../../src/stories/story-index.js";
import { original, otherOutlet, portalCopy, unrelated, wireText } from "./fixtures.js";
import { doc } from "./helpers.js";

const sig = (s: Parameters<typeof doc>[0]) => signatureOf(doc(s));

describe("copies", () => {
  it("marks an exact copy as a duplicate of the earlier document", () => {
    const index = new StoryIndex();
    const a = index.add(sig(original));
    const b = index.add(sig({ ...original, id: "mirror-1", source: "Mirror", published: "2024-03-07" }));
    expect(a.duplicateOf).toBeNull();
    expect(b.duplicateOf).toBe("wire-1");
    expect(b.story).toBe(a.story);
  });

  it("finds a wire copy with another headline, a byline and a trailing paragraph", () => {
    const index = new StoryIndex();
    index.add(sig(original));
    const r = index.add(sig(portalCopy));
    expect(r.duplicateOf).toBe("wire-1");
  });

  it("does not call a report in other words a copy, though it is the same story", () => {
    const index = new StoryIndex();
    const a = index.add(sig(original));
    const r = index.add(sig(otherOutlet));
    expect(r.duplicateOf).toBeNull();
    expect(r.story).toBe(a.story);
  });

  it("points the group at the earliest copy when an earlier one arrives later", () => {
    const index = new StoryIndex();
    index.add(sig(portalCopy)); // published 03-06
    const r = index.add(sig(original)); // published 03-05
    expect(r.duplicateOf).toBeNull();
    expect(r.updates).toEqual([{ id: "portal-7", duplicateOf: "wire-1" }]);
    expect(index.duplicateOf("portal-7")).toBe("wire-1");
    // The story keeps the id of the document that started it.
    expect(r.story).toBe("s-portal-7");
  });

  it("leaves unrelated documents alone", () => {
    const index = new StoryIndex();
    index.add(sig(original));
    const r = index.add(sig(unrelated));
    expect(r.duplicateOf).toBeNull();
    expect(r.story).toBe("s-asia-4");
  });
});

describe("minhash", () => {
  it("estimates Jaccard near the true value", () => {
    const a = Array.from({ length: 400 }, (_, i) => i * 7919);
    const b = [...a.slice(100), ...Array.from({ length: 100 }, (_, i) => 1e6 + i)];
    // true Jaccard: 300 / 500 = 0.6
    const j = jaccard(minhash(a, 128), minhash(b, 128));
    expect(j).toBeGreaterThan(0.48);
    expect(j).toBeLessThan(0.72);
  });

  it("gives 1 for the same text and 0 for an empty one", () => {
    const s = signatureOf(doc({ ...original, text: wireText }));
    expect(jaccard(s.copy, s.copy)).toBe(1);
    expect(jaccard(minhash([], 8), minhash([], 8))).toBe(0);
  });
});

describe("copies on the same day", () => {
  it("take the smaller id as the original", () => {
    const index = new StoryIndex();
    index.add(sig(original));
    const r = index.add(sig({ ...original, id: "mirror-1", source: "Mirror" }));
    expect(r.duplicateOf).toBeNull();
    expect(index.duplicateOf("wire-1")).toBe("mirror-1");
  });
});
