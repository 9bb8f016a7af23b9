// A set of 32-bit hashes in typed arrays. A JS Set<number> boxes every value above 2^30 (half of
// all hashes) and dominated the signature's cost; this one keeps the distinct values, in first-seen
// order, in a plain Uint32Array.

export class HashSet32 {
  /** Distinct values in the order first added; valid up to `size`. */
  readonly values: Uint32Array;
  size = 0;
  private readonly slots: Uint32Array;
  private readonly used: Uint8Array;
  private readonly mask: number;

  /** A set for at most `capacity` distinct values. */
  constructor(capacity: number) {
    let n = 16;
    while (n < capacity * 2) n *= 2;
    this.slots = new Uint32Array(n);
    this.used = new Uint8Array(n);
    this.mask = n - 1;
    this.values = new Uint32Array(Math.max(1, capacity));
  }

  add(h: number): void {
    const v = h >>> 0;
    // Values are already well-mixed hashes: their low bits make a good slot index.
    let i = v & this.mask;
    while (this.used[i] === 1) {
      if (this.slots[i] === v) return;
      i = (i + 1) & this.mask;
    }
    this.used[i] = 1;
    this.slots[i] = v;
    this.values[this.size++] = v;
  }

  /** The distinct values, first seen first. */
  list(): Uint32Array {
    return this.values.subarray(0, this.size);
  }
}
