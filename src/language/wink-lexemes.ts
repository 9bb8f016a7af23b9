// wink's lexeme hash (text → lexeme index, wink-nlp/src/cache.js lookup()) as an open-addressing
// table over typed arrays, looked up by a span of a string's char codes. Why: the tokenizer finds
// most raw tokens here; looking up a span needs no sliced string (no garbage), and the table and
// the lexemes' characters sit in flat arrays rather than in ~90,000 heap strings that miss the CPU
// cache once the rest of the pipeline has run. The first words met (mostly the commonest few
// hundred) get a small table of their own that stays in the CPU cache. Contractions are marked so
// that telling one from a plain lexeme needs no read of wink's packed lexicon.

import { FNV_SEED, fnvOf, fnvStep } from "./fnv.js";

/** FNV-1a over UTF-16 code units (fnv.ts): start from HASH_SEED and fold in each code with hashStep(). */
export const HASH_SEED = FNV_SEED;
export const hashStep = fnvStep;
export const hashOf = fnvOf;

// Size of the small table: 1,024 words measured faster in the pipeline than 4,096 or 16,384.
const HOT_WORDS = 1024;
// Room for their characters (common words are short).
const HOT_CHARS = 16 * 1024;

/**
 * A hash table of lexemes: slots of [hash, code, start, length], code 0 for an empty slot, index + 1
 * for a plain lexeme, -(index + 1) for a contraction; the key's characters are chars[start, start +
 * length) of the table's character array (kept with the slot: one read less than going through the
 * lexeme index).
 */
class SlotTable {
  readonly slots: Int32Array;
  /** Slot count - 1 (the count is a power of two). */
  readonly mask: number;
  private readonly shift: number;
  size = 0;

  constructor(readonly capacity: number) {
    this.slots = new Int32Array(capacity * SLOT);
    this.mask = capacity - 1;
    this.shift = 32 - Math.log2(capacity);
  }

  /** The first slot to probe for `hash` (Fibonacci hashing: the multiplied hash's top bits). */
  home(hash: number): number {
    return Math.imul(hash, 0x9e3779b1) >>> this.shift;
  }

  insert(hash: number, code: number, start: number, length: number): void {
    const { slots, mask } = this;
    let slot = this.home(hash);
    while (slots[slot * SLOT + 1] !== 0) slot = (slot + 1) & mask;
    slots[slot * SLOT] = hash;
    slots[slot * SLOT + 1] = code;
    slots[slot * SLOT + 2] = start;
    slots[slot * SLOT + 3] = length;
    this.size++;
  }

  /** The code of text[start, end), whose hash is `hash`, 0 if absent. */
  find(chars: Uint16Array, text: string, start: number, end: number, hash: number): number {
    const { slots, mask } = this;
    const length = end - start;
    for (let slot = this.home(hash); ; slot = (slot + 1) & mask) {
      const at = slot * SLOT;
      const code = slots[at + 1] as number;
      if (code === 0) return 0;
      if (slots[at] === hash && slots[at + 3] === length) {
        const from = slots[at + 2] as number;
        let k = 0;
        while (k < length && chars[from + k] === text.charCodeAt(start + k)) k++;
        if (k === length) return code;
      }
    }
  }
}

/** Int32s per slot. */
const SLOT = 4;

export class LexemeIndex {
  /** The characters of every lexeme, one after another in index order. */
  private chars = new Uint16Array(1 << 20);
  /** starts[index]: where lexeme `index` begins in `chars`; it ends where index + 1 begins. */
  private starts = new Int32Array(1 << 17);
  /** Each lexeme's hash, to rebuild the table when it grows. */
  private hashes = new Int32Array(1 << 17);
  /** Each lexeme's table code (see SlotTable). */
  private codes = new Int32Array(1 << 17);
  private table = new SlotTable(1 << 18);
  /** The first lexemes found (see HOT_WORDS). Lexeme indexes never change: it needs no upkeep. */
  private readonly hot = new SlotTable(HOT_WORDS * 2);
  /** The characters of the hot table's words: a copy, close together. */
  private readonly hotChars = new Uint16Array(HOT_CHARS);
  private hotCharsUsed = 0;
  /** Lexemes whose lower case is known to be a lexeme too (or is the same text); 1 if so. */
  private lowerKnown = new Uint8Array(1 << 17);
  /** How many entries of `list` are in the table. */
  private known = 0;

  /**
   * @param list wink's lexeme list (model.features.lexeme.list): the text of each lexeme index. The
   *   cache appends the lexemes it learns to it (cache.add() → getFeaturesIndex()), which sync()
   *   takes in: call it after every cache.add() that may have added one.
   * @param isContraction whether lexeme `index` is a contraction, as cache.js lookup() reads it.
   */
  constructor(
    private readonly list: readonly string[],
    private readonly isContraction: (index: number) => boolean,
  ) {
    this.sync();
  }

  /**
   * The table code of `text.slice(start, end)`, whose hashOf() is `hash`: 0 if it is no lexeme,
   * index + 1 for a plain lexeme, -(index + 1) for a contraction.
   */
  lookup(text: string, start: number, end: number, hash: number): number {
    const hot = this.hot.find(this.hotChars, text, start, end, hash);
    if (hot !== 0) return hot;
    const code = this.table.find(this.chars, text, start, end, hash);
    if (code !== 0 && this.hot.size < HOT_WORDS && this.hotCharsUsed + end - start <= HOT_CHARS) {
      for (let p = start; p < end; p++) this.hotChars[this.hotCharsUsed + p - start] = text.charCodeAt(p);
      this.hot.insert(hash, code, this.hotCharsUsed, end - start);
      this.hotCharsUsed += end - start;
    }
    return code;
  }

  /** The lexeme index of `text` if it is a lexeme and not a contraction. */
  plainLexeme(text: string): number | undefined {
    const code = this.lookup(text, 0, text.length, hashOf(text, 0, text.length));
    return code > 0 ? code - 1 : undefined;
  }

  /** Whether `text` is a lexeme at all, as cache.js lookup() would find it. */
  has(text: string): boolean {
    return this.lookup(text, 0, text.length, hashOf(text, 0, text.length)) !== 0;
  }

  isContractionText(text: string): boolean {
    return this.lookup(text, 0, text.length, hashOf(text, 0, text.length)) < 0;
  }

  /** Whether the lower case of lexeme `index` is known to be a lexeme too (then cache.add() of it
   * changes nothing). Once true it stays true: the cache never forgets a lexeme. */
  isLowerKnown(index: number): boolean {
    return this.lowerKnown[index] === 1;
  }

  setLowerKnown(index: number): void {
    this.lowerKnown[index] = 1;
  }

  /** Takes in the lexemes wink's cache has added since the last call. */
  sync(): void {
    const { list } = this;
    // The list holds each text once: the cache adds a text only when its hash lacks it.
    for (let index = this.known; index < list.length; index++) this.add(index, list[index] as string);
    this.known = list.length;
  }

  private add(index: number, text: string): void {
    if (index + 2 > this.starts.length) this.growIndexes();
    const start = this.starts[index] as number;
    const end = start + text.length;
    if (end > this.chars.length) {
      const chars = new Uint16Array(Math.max(this.chars.length * 2, end));
      chars.set(this.chars);
      this.chars = chars;
    }
    for (let k = 0; k < text.length; k++) this.chars[start + k] = text.charCodeAt(k);
    this.starts[index + 1] = end;
    const hash = hashOf(text, 0, text.length);
    const code = this.isContraction(index) ? -(index + 1) : index + 1;
    this.hashes[index] = hash;
    this.codes[index] = code;
    if ((this.table.size + 1) * 2 > this.table.capacity) this.growTable(index);
    this.table.insert(hash, code, start, text.length);
  }

  private growIndexes(): void {
    const capacity = this.starts.length * 2;
    const grow = <T extends Int32Array | Uint8Array>(old: T, fresh: T): T => {
      fresh.set(old);
      return fresh;
    };
    this.starts = grow(this.starts, new Int32Array(capacity));
    this.hashes = grow(this.hashes, new Int32Array(capacity));
    this.codes = grow(this.codes, new Int32Array(capacity));
    this.lowerKnown = grow(this.lowerKnown, new Uint8Array(capacity));
  }

  /** Doubles the table, re-inserting lexemes 0 .. count - 1. */
  private growTable(count: number): void {
    this.table = new SlotTable(this.table.capacity * 2);
    for (let index = 0; index < count; index++) {
      const start = this.starts[index] as number;
      const length = (this.starts[index + 1] as number) - start;
      this.table.insert(this.hashes[index] as number, this.codes[index] as number, start, length);
    }
  }
}
