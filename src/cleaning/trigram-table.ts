// The stem trigrams of one article, for dedupe: each distinct trigram gets a slot in an open-addressing
// table over typed arrays, and each slot lists the sentences added under it, first added first. The arrays
// are kept from article to article (grown when an article needs more), so an article allocates nothing here:
// a Map of trigram keys plus a Set per sentence was dedupe's largest cost in garbage.

const EMPTY = -1;

let capacity = 0;
let mask = 0;
// Slot contents: the trigram's three stem ids, and whether the slot belongs to the current article.
let first = new Int32Array(0);
let second = new Int32Array(0);
let third = new Int32Array(0);
let slotStamp = new Int32Array(0);
let stamp = 0;
// The last sentence that took the slot (to keep a sentence's trigrams distinct), and its list of sentences.
let lastSentence = new Int32Array(0);
let head = new Int32Array(0);
let tail = new Int32Array(0);
// Postings: a sentence number and the next posting of the same slot.
let postSentence = new Int32Array(0);
let postNext = new Int32Array(0);
let posts = 0;
// Every sentence's distinct trigram slots, one after another.
let slotList = new Int32Array(0);
let listed = 0;

/** Starts a new article with room for `trigrams` trigrams (distinct or not). */
export function resetTrigrams(trigrams: number): void {
  let want = 16;
  while (want < trigrams * 2) want *= 2;
  if (want > capacity) {
    capacity = want;
    mask = want - 1;
    first = new Int32Array(want);
    second = new Int32Array(want);
    third = new Int32Array(want);
    slotStamp = new Int32Array(want);
    lastSentence = new Int32Array(want);
    head = new Int32Array(want);
    tail = new Int32Array(want);
    stamp = 0;
  }
  if (trigrams > postSentence.length) {
    postSentence = new Int32Array(trigrams * 2);
    postNext = new Int32Array(trigrams * 2);
    slotList = new Int32Array(trigrams * 2);
  }
  if (++stamp >= 2 ** 31 - 1) {
    slotStamp.fill(0);
    stamp = 1;
  }
  posts = 0;
  listed = 0;
}

/**
 * The slot of trigram (a, b, c), claimed if new to this article; -1 when `sentence` already gave this
 * trigram (a sentence counts each of its trigrams once).
 */
function trigramSlot(a: number, b: number, c: number, sentence: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35);
  h ^= h >>> 15;
  let i = h & mask;
  for (;;) {
    if (slotStamp[i] !== stamp) {
      slotStamp[i] = stamp;
      first[i] = a;
      second[i] = b;
      third[i] = c;
      head[i] = EMPTY;
      tail[i] = EMPTY;
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
export function addToSlot(slot: number, sentence: number): void {
  const p = posts++;
  postSentence[p] = sentence;
  postNext[p] = EMPTY;
  const last = tail[slot] as number;
  if (last === EMPTY) head[slot] = p;
  else postNext[last] = p;
  tail[slot] = p;
}

// Walking a slot's list: for (let p = firstPosting(slot); p !== -1; p = nextPosting(p)) postedSentence(p).
export const firstPosting = (slot: number): number => head[slot] as number;
export const nextPosting = (posting: number): number => postNext[posting] as number;
export const postedSentence = (posting: number): number => postSentence[posting] as number;

/**
 * Slots of the distinct trigrams of `ids` (the stem ids of sentence number `sentence`), in first-seen order,
 * appended to the article's slot list; returns how many were appended (read them with slotAt).
 */
export function collectTrigrams(ids: readonly number[], sentence: number): number {
  let count = 0;
  for (let i = 0; i + 2 < ids.length; i++) {
    const slot = trigramSlot(ids[i] as number, ids[i + 1] as number, ids[i + 2] as number, sentence);
    if (slot !== EMPTY) {
      slotList[listed++] = slot;
      count++;
    }
  }
  return count;
}

/** How many slots the article's slot list holds so far (where the next sentence's slots start). */
export const listedSlots = (): number => listed;
export const slotAt = (k: number): number => slotList[k] as number;
