// FNV-1a over UTF-16 code units, the one definition every hand-made hash table and MinHash uses.
// Kept as int32 (the seed | 0), so the running hash stays a small integer in V8 (0x811c9dc5 itself
// is a double); callers that want it unsigned take `>>> 0`.

export const FNV_SEED = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

/** Folds one code unit into the running hash. */
export function fnvStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME);
}

/** FNV-1a of text[start, end) (int32). */
export function fnvOf(text: string, start = 0, end = text.length): number {
  let hash = FNV_SEED;
  for (let p = start; p < end; p++) hash = fnvStep(hash, text.charCodeAt(p));
  return hash;
}
