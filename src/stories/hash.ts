// MinHash over 32-bit feature hashes. Hand-written because it is far faster than the npm packages:
// one string hash per feature, then one cheap integer mix (one-permutation hashing).
import { FNV_SEED, fnvStep } from "../language/fnv.js";

/** FNV-1a over UTF-16 code units, finished with a murmur3 avalanche so low bits are usable. */
export function hashString(s: string, seed = FNV_SEED): number {
  let h = seed | 0;
  for (let i = 0; i < s.length; i++) h = fnvStep(h, s.charCodeAt(i));
  return fmix(h);
}

/** murmur3's 32-bit finaliser. */
export function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Combines two 32-bit hashes (order matters). */
export const combine = (a: number, b: number): number => fmix(Math.imul(a ^ 0x9e3779b9, 31) ^ b);

/**
 * MinHash sketch of a set of feature hashes in k bins, by one-permutation hashing: each feature is
 * mixed once and competes only in its own bin (k times cheaper than k hash functions), then empty bins
 * borrow from the next filled bin with an offset (densification), so the share of equal bins still
 * estimates Jaccard. Empty sets give all 0xffffffff.
 */
export function minhash(features: Iterable<number> | Uint32Array, k: number): Uint32Array {
  const out = new Uint32Array(k).fill(0xffffffff);
  const filled = new Uint8Array(k);
  // As uint32 in a typed array: exact (every use of a feature below goes through ToInt32/ToUint32)
  // and an indexed loop; the signature's features come as one already.
  const fs = features instanceof Uint32Array ? features : Uint32Array.from(features);
  const any = fs.length > 0;
  // Features above 2^31 are doubles, and % on them is a floating-point remainder: for k a power of two
  // (the signature's sizes) the low bits of the integer give the same bin.
  const mask = (k & (k - 1)) === 0 ? k - 1 : -1;
  for (let i = 0; i < fs.length; i++) {
    const f = fs[i] as number;
    let x = Math.imul(f ^ 0x9e3779b9, 0xcc9e2d51);
    x ^= x >>> 15;
    x = Math.imul(x, 0x1b873593) >>> 0;
    const bin = mask >= 0 ? f & mask : f % k;
    if (x < (out[bin] as number)) out[bin] = x;
    filled[bin] = 1;
  }
  if (!any) return out;
  // Densify: an empty bin takes the value of the next filled bin (circularly), marked by the distance.
  for (let i = 0; i < k; i++) {
    if (filled[i]) continue;
    let j = (i + 1) % k;
    let d = 1;
    while (!filled[j]) {
      j = (j + 1) % k;
      d++;
    }
    out[i] = fmix(((out[j] as number) + Math.imul(d, 0x9e3779b1)) >>> 0);
  }
  return out;
}

/** Estimated Jaccard similarity: the share of rows where the two minima agree. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  const k = Math.min(a.length, b.length);
  if (k === 0) return 0;
  let same = 0;
  let empty = 0;
  for (let i = 0; i < k; i++) {
    if (a[i] === b[i]) {
      if (a[i] === 0xffffffff) empty++;
      else same++;
    }
  }
  return k === empty ? 0 : same / (k - empty);
}

/** Containment of the smaller set in the larger, from the Jaccard estimate and the two set sizes. */
export function containment(j: number, sizeA: number, sizeB: number): number {
  const small = Math.min(sizeA, sizeB);
  if (small === 0) return 0;
  const inter = (j * (sizeA + sizeB)) / (1 + j);
  return Math.min(1, inter / small);
}
