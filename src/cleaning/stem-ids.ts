// Content stems as small integers, shared by the whole process, so per-article tallies can use typed arrays
// instead of Maps of strings. The confirmation pass sees the same stem arrays again and skips the lookups.
import { contentStems } from "./text.js";

/** Ids stay below this; the table starts over when it is full (callers check `stemEpoch`). */
export const MAX_STEM_IDS = 1 << 18;

let ids = new Map<string | number, number>();
// Most stems are up to 5 ASCII letters/digits: packed into one small integer they hash faster than strings.
let codes = new Map<string | number, number>();
let next = 0;

/** a-z0-9 stems of up to 5 characters as 1..37^5, else -1. */
function packed(stem: string): number {
  if (stem.length > 5) return -1;
  let code = 0;
  for (let i = 0; i < stem.length; i++) {
    const c = stem.charCodeAt(i);
    const d = c >= 97 && c <= 122 ? c - 96 : c >= 48 && c <= 57 ? c - 21 : -1;
    if (d < 0) return -1;
    code = code * 37 + d;
  }
  return code;
}
let byArray = new WeakMap<readonly string[], Int32Array>();
let epoch = 0;

/** Changes whenever the table starts over: ids from different epochs must not be mixed. */
export const stemEpoch = (): number => epoch;

/** The content stems of `s` (see contentStems) as ids, in the same order. */
export function stemIdsOf(s: string): Int32Array {
  const stems = contentStems(s);
  const hit = byArray.get(stems);
  if (hit) return hit;
  if (next + stems.length > MAX_STEM_IDS) {
    ids = new Map();
    codes = new Map();
    next = 0;
    byArray = new WeakMap();
    epoch++;
  }
  const out = new Int32Array(stems.length);
  for (let i = 0; i < stems.length; i++) {
    const stem = stems[i] as string;
    const code = packed(stem);
    const table = code < 0 ? ids : codes;
    const key = code < 0 ? stem : code;
    let id = table.get(key);
    if (id === undefined) {
      id = next++;
      table.set(key, id);
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
