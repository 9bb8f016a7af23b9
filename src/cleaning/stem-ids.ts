// Content stems as small integers, shared by the whole process, so per-article tallies can use typed arrays
// instead of Maps of strings. The confirmation pass sees the same stem arrays again and skips the lookups.
import { contentStems } from "./text.js";

/** Ids stay below this; the table starts over when it is full (callers check `stemEpoch`). */
export const MAX_STEM_IDS = 1 << 18;

let ids = new Map<string, number>();
let byArray = new WeakMap<readonly string[], Int32Array>();
let epoch = 0;

/** Changes whenever the table starts over: ids from different epochs must not be mixed. */
export const stemEpoch = (): number => epoch;

/** The content stems of `s` (see contentStems) as ids, in the same order. */
export function stemIdsOf(s: string): Int32Array {
  const stems = contentStems(s);
  const hit = byArray.get(stems);
  if (hit) return hit;
  if (ids.size + stems.length > MAX_STEM_IDS) {
    ids = new Map();
    byArray = new WeakMap();
    epoch++;
  }
  const out = new Int32Array(stems.length);
  for (let i = 0; i < stems.length; i++) {
    const stem = stems[i] as string;
    let id = ids.get(stem);
    if (id === undefined) {
      id = ids.size;
      ids.set(stem, id);
    }
    out[i] = id;
  }
  byArray.set(stems, out);
  return out;
}

/** Ids of many texts from one epoch (recomputed once if the table started over midway). */
export function stemIdsOfAll(texts: readonly string[]): Int32Array[] {
  const start = epoch;
  const out = texts.map(stemIdsOf);
  return epoch === start ? out : texts.map(stemIdsOf);
}
