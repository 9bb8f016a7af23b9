// Compact JSON form of a signature, so the store can keep one per document and rebuild the index.
import type { CoreEvent, StorySignature } from "./types.js";

export interface EncodedSignature {
  id: string;
  day: number | null;
  source: string | null;
  /** MinHashes as base64 of little-endian uint32. */
  copy: string;
  shingles: number;
  vocab: string;
  events: CoreEvent[];
  persons: string[];
  countries: string[];
  places: string[];
}

const toB64 = (a: Uint32Array): string =>
  Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString("base64");

function fromB64(s: string): Uint32Array {
  const buf = Buffer.from(s, "base64");
  // Copy into a fresh, aligned buffer: Buffer slices may start at an odd offset.
  const out = new Uint32Array(buf.byteLength >>> 2);
  new Uint8Array(out.buffer).set(buf.subarray(0, out.byteLength));
  return out;
}

export function encodeSignature(s: StorySignature): EncodedSignature {
  return { ...s, copy: toB64(s.copy), vocab: toB64(s.vocab) };
}

export function decodeSignature(e: EncodedSignature): StorySignature {
  return { ...e, copy: fromB64(e.copy), vocab: fromB64(e.vocab) };
}
