// Whether a token may open a known phrase, asked of every token of every document: a quick "no" for
// nearly all of them, so that only the rest are looked up in the phrase trie. A map look-up per token
// touches memory all over the heap, which is what costs once other stages have run in between (cold
// caches), so the common tokens are answered from two small tables:
// - plain ASCII words and numbers normalise to their lowercase spelling (normalize.ts drops and folds
//   nothing in them), which is hashed straight from the characters into a bit set of first words;
//   a clear bit means "no", a set bit "maybe";
// - one-character tokens (punctuation, mostly) get the caller's exact answer stored per character.
// Anything else is a "maybe".
import { FNV_SEED, fnvStep } from "../../language/fnv.js";

/** 2^16 bits: a few thousand first words leave well under 5% of the bits set. */
const BITS = 1 << 16;
const UNKNOWN = 2;

export class StartWords {
  private readonly bits = new Uint32Array(BITS >>> 5);
  /** Answer for each one-character ASCII token: 0, 1, or UNKNOWN until first asked. */
  private readonly oneChar = new Uint8Array(128).fill(UNKNOWN);
  /** The same for other one-character tokens (curly quotes, dashes). */
  private readonly otherChar = new Map<number, boolean>();

  constructor(
    firstWords: Iterable<string>,
    private readonly slow: (token: string) => boolean,
  ) {
    for (const w of firstWords) {
      const h = plainWordHash(w);
      if (h >= 0) this.bits[h >>> 5] = (this.bits[h >>> 5] as number) | (1 << (h & 31));
    }
  }

  /** False when no phrase starts with the token; true when one may. */
  mayOpen(token: string): boolean {
    if (token.length === 1) {
      const c = token.charCodeAt(0);
      if (c < 128) {
        let known = this.oneChar[c] as number;
        if (known === UNKNOWN) {
          known = this.slow(token) ? 1 : 0;
          this.oneChar[c] = known;
        }
        return known === 1;
      }
      let known = this.otherChar.get(c);
      if (known === undefined) {
        known = this.slow(token);
        this.otherChar.set(c, known);
      }
      return known;
    }
    const h = plainWordHash(token);
    return h < 0 || ((this.bits[h >>> 5] as number) & (1 << (h & 31))) !== 0;
  }
}

/** FNV-1a of the lowercased characters, folded to BITS; -1 unless the text is one or more ASCII
 * letters and digits only. */
function plainWordHash(text: string): number {
  if (text.length === 0) return -1;
  let h = FNV_SEED;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return -1;
    h = fnvStep(h, c);
  }
  return (h ^ (h >>> 16)) & (BITS - 1);
}

/** The normalised form of a plain ASCII word or number (its lowercase spelling), or null for any
 * other token. */
export function plainWord(token: string): string | null {
  if (token.length === 0) return null;
  let upper = false;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c >= 65 && c <= 90) upper = true;
    else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return null;
  }
  // Already lowercase: the token itself. Lowercasing a token cut from a two-byte text (one with any
  // character beyond Latin-1) is a slow runtime call in V8 even when nothing changes.
  return upper ? token.toLowerCase() : token;
}
