// The trigram table of dedupe, checked against a plain Map: each distinct trigram of an article has
// one slot, a sentence lists each of its trigrams once (first seen first), and a slot lists the
// sentences added under it in order. Articles follow one another in the same arrays.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TrigramTable } from "../../src/cleaning/trigram-table.js";

const t = new TrigramTable();

/** One article through the table, checked against a Map of "a,b,c" keys. */
function checkArticle(sentences: number[][]): void {
  const total = sentences.reduce((sum, ids) => sum + Math.max(0, ids.length - 2), 0);
  t.reset(total);
  const slotOfKey = new Map<string, number>();
  const expected = new Map<number, number[]>();
  sentences.forEach((ids, n) => {
    const from = t.listedSlots();
    const count = t.collect(ids, n);
    expect(t.listedSlots()).toBe(from + count);
    // The sentence's distinct trigrams, first seen first.
    const keys: string[] = [];
    for (let i = 0; i + 2 < ids.length; i++) {
      const key = `${ids[i]},${ids[i + 1]},${ids[i + 2]}`;
      if (!keys.includes(key)) keys.push(key);
    }
    expect(count).toBe(keys.length);
    keys.forEach((key, k) => {
      const slot = t.slotAt(from + k);
      // Same trigram, same slot; a new trigram, a slot no other trigram has.
      if (slotOfKey.has(key)) expect(slot).toBe(slotOfKey.get(key));
      else expect([...slotOfKey.values()]).not.toContain(slot);
      slotOfKey.set(key, slot);
      t.addToSlot(slot, n);
      expected.set(slot, [...(expected.get(slot) ?? []), n]);
    });
  });
  for (const [slot, listed] of expected) {
    const got: number[] = [];
    for (let p = t.firstPosting(slot); p !== -1; p = t.nextPosting(p)) got.push(t.postedSentence(p));
    expect(got).toEqual(listed);
  }
}

// Few distinct ids, so trigrams repeat within and across sentences and probe chains form.
const sentence = fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 14 });
const article = fc.array(sentence, { maxLength: 12 });

describe("trigram table", () => {
  it("matches a Map of trigrams for any articles, one after another", () => {
    fc.assert(
      fc.property(fc.array(article, { minLength: 1, maxLength: 4 }), (articles) => {
        for (const a of articles) checkArticle(a);
      }),
      { numRuns: 400 },
    );
  });

  it("gives a repeated trigram of one sentence one slot and lists the sentence once", () => {
    t.reset(6);
    expect(t.collect([1, 2, 3, 1, 2, 3, 1, 2], 0)).toBe(3); // 1,2,3  2,3,1  3,1,2
    for (let k = 0; k < 3; k++) t.addToSlot(t.slotAt(k), 0);
    expect(t.collect([1, 2], 1)).toBe(0);
    expect(t.collect([1, 2, 3], 2)).toBe(1);
    expect(t.slotAt(3)).toBe(t.slotAt(0));
  });

  it("forgets the last article's trigrams and grows for a long one", () => {
    checkArticle([[7, 8, 9, 10]]);
    t.reset(1);
    expect(t.collect([7, 8, 9], 0)).toBe(1);
    expect(t.firstPosting(t.slotAt(0))).toBe(-1);
    // Many distinct trigrams, past the table's first size, with ids of any size.
    const long = Array.from({ length: 3000 }, (_, i) => (i * 2654435761) >>> 1);
    checkArticle([long.slice(0, 1500), long.slice(1000), long]);
  });

  it("keeps two tables apart (two pipelines in one process)", () => {
    const other = new TrigramTable();
    t.reset(4);
    other.reset(4);
    expect(t.collect([1, 2, 3], 0)).toBe(1);
    t.addToSlot(t.slotAt(0), 0);
    expect(other.collect([1, 2, 3], 0)).toBe(1);
    expect(other.firstPosting(other.slotAt(0))).toBe(-1);
    expect(t.postedSentence(t.firstPosting(t.slotAt(0)))).toBe(0);
  });
});
