// HashSet32 against a JS Set: distinct values in first-seen order, for any 32-bit values,
// including 0, values past 2^31 and values that share their low bits (long probe chains).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HashSet32 } from "../../src/stories/hash-set.js";

function expectedOf(values: number[]): number[] {
  return [...new Set(values.map((v) => v >>> 0))];
}

describe("HashSet32", () => {
  it("keeps the distinct values first seen first, as a Set does", () => {
    const value = fc.oneof(
      fc.integer({ min: -(2 ** 31), max: 2 ** 32 - 1 }),
      fc.constantFrom(0, 1, 2 ** 31, 2 ** 32 - 1, -1),
      // Same low bits: all land on one slot.
      fc.integer({ min: 0, max: 2 ** 16 - 1 }).map((k) => (k << 16) >>> 0),
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 200 }), (values) => {
        const expected = expectedOf(values);
        const set = new HashSet32(expected.length);
        for (const v of values) set.add(v);
        expect(set.size).toBe(expected.length);
        expect([...set.list()]).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it("holds exactly its capacity of colliding values", () => {
    for (const capacity of [0, 1, 7, 8, 9, 1000]) {
      const set = new HashSet32(capacity);
      const values = Array.from({ length: capacity }, (_, i) => i * 2 ** 20);
      for (const v of [...values, ...values]) set.add(v);
      expect([...set.list()]).toEqual(values);
    }
  });

  it("treats a negative hash and its unsigned value as one", () => {
    const set = new HashSet32(2);
    set.add(-1);
    set.add(2 ** 32 - 1);
    set.add(0);
    expect([...set.list()]).toEqual([2 ** 32 - 1, 0]);
  });
});
