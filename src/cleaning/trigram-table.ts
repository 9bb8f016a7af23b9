// The stem trigrams of one article, for dedupe: each distinct trigram gets a slot in an open-addressing
// table over typed arrays, and each slot lists the sentences added under it, first added first. A table is
// kept from article to article (its arrays grown when an article needs more), so an article allocates
// nothing here: a Map of trigram keys plus a Set per sentence was dedupe's largest cost in garbage. Each
// table is an object of its own, so two pipelines in one process each use their own.

const EMPTY = -1;

export class TrigramTable {
  private capacity = 0;
  private mask = 0;
  // Slot contents: the trigram's three stem ids, and whether the slot belongs to the current article.
  private first = new Int32Array(0);
  private second = new Int32Array(0);
  private third = new Int32Array(0);
  private slotStamp = new Int32Array(0);
  private stamp = 0;
  // The last sentence that took the slot (to keep a sentence's trigrams distinct), and its list of sentences.
  private lastSentence = new Int32Array(0);
  private head = new Int32Array(0);
  private tail = new Int32Array(0);
  // Postings: a sentence number and the next posting of the same slot.
  private postSentence = new Int32Array(0);
  private postNext = new Int32Array(0);
  private posts = 0;
  // Every sentence's distinct trigram slots, one after another.
  private slotList = new Int32Array(0);
  private listed = 0;

  /** Starts a new article with room for `trigrams` trigrams (distinct or not). */
  reset(trigrams: number): void {
    let want = 16;
    while (want < trigrams * 2) want *= 2;
    if (want > this.capacity) {
      this.capacity = want;
      this.mask = want - 1;
      this.first = new Int32Array(want);
      this.second = new Int32Array(want);
      this.third = new Int32Array(want);
      this.slotStamp = new Int32Array(want);
      this.lastSentence = new Int32Array(want);
      this.head = new Int32Array(want);
      this.tail = new Int32Array(want);
      this.stamp = 0;
    }
    if (trigrams > this.postSentence.length) {
      this.postSentence = new Int32Array(trigrams * 2);
      this.postNext = new Int32Array(trigrams * 2);
      this.slotList = new Int32Array(trigrams * 2);
    }
    if (++this.stamp >= 2 ** 31 - 1) {
      this.slotStamp.fill(0);
      this.stamp = 1;
    }
    this.posts = 0;
    this.listed = 0;
  }

  /**
   * The slot of trigram (a, b, c), claimed if new to this article; -1 when `sentence` already gave this
   * trigram (a sentence counts each of its trigrams once).
   */
  private slotOf(a: number, b: number, c: number, sentence: number): number {
    const { first, second, third, slotStamp, lastSentence, stamp, mask } = this;
    let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35);
    h ^= h >>> 15;
    let i = h & mask;
    for (;;) {
      if (slotStamp[i] !== stamp) {
        slotStamp[i] = stamp;
        first[i] = a;
        second[i] = b;
        third[i] = c;
        this.head[i] = EMPTY;
        this.tail[i] = EMPTY;
        lastSentence[i] = sentence;
        return i;
      }
      if (first[i] === a && second[i] === b && third[i] === c) {
        if (lastSentence[i] === sentence) return EMPTY;
        lastSentence[i] = sentence;
        return i;
      }
      i = (i + 1) & mask;
    }
  }

  /** Lists `sentence` under `slot`, after the sentences listed before. */
  addToSlot(slot: number, sentence: number): void {
    const p = this.posts++;
    this.postSentence[p] = sentence;
    this.postNext[p] = EMPTY;
    const last = this.tail[slot] as number;
    if (last === EMPTY) this.head[slot] = p;
    else this.postNext[last] = p;
    this.tail[slot] = p;
  }

  // Walking a slot's list: for (let p = t.firstPosting(slot); p !== -1; p = t.nextPosting(p)) t.postedSentence(p).
  firstPosting(slot: number): number {
    return this.head[slot] as number;
  }
  nextPosting(posting: number): number {
    return this.postNext[posting] as number;
  }
  postedSentence(posting: number): number {
    return this.postSentence[posting] as number;
  }

  /**
   * Slots of the distinct trigrams of `ids` (the stem ids of sentence number `sentence`), in first-seen
   * order, appended to the article's slot list; returns how many were appended (read them with slotAt).
   */
  collect(ids: readonly number[], sentence: number): number {
    let count = 0;
    for (let i = 0; i + 2 < ids.length; i++) {
      const slot = this.slotOf(ids[i] as number, ids[i + 1] as number, ids[i + 2] as number, sentence);
      if (slot !== EMPTY) {
        this.slotList[this.listed++] = slot;
        count++;
      }
    }
    return count;
  }

  /** How many slots the article's slot list holds so far (where the next sentence's slots start). */
  listedSlots(): number {
    return this.listed;
  }
  slotAt(k: number): number {
    return this.slotList[k] as number;
  }
}
