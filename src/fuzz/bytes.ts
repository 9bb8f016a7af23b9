// Byte helpers shared by the mutators.
import type { Rng } from "../bench/corpus-story.js";

/** A random position in b, its end included. */
export const at = (rng: Rng, b: Buffer): number => rng.int(0, b.length);
export const insert = (b: Buffer, i: number, piece: Buffer | string): Buffer =>
  Buffer.concat([b.subarray(0, i), Buffer.from(piece as string), b.subarray(i)]);
