// Word trie over normalised keys, for finding the longest known phrase that starts at a token
// ("Minister of Foreign Affairs", "Korea JoongAng Daily") without trying every n-gram.
import { memoisedWords, normalizeText } from "./normalize.js";
import { plainWord, StartWords } from "./start-words.js";

interface Node {
  next: Map<string, Node>;
  /** The phrase key ending here, or null when no phrase ends at this node. */
  key: string | null;
}

const newNode = (): Node => ({ next: new Map(), key: null });

/** Tokens that may sit inside a phrase without breaking it ("Jong - un" when the tokenizer splits hyphens). */
const JOINER = /^[-‐‑‒–—.]+$/;

export class PhraseTrie {
  private readonly root = newNode();
  private longest = 0;
  /** Built on first use after the last `add`. */
  private startWords: StartWords | null = null;

  add(key: string): void {
    const words = key.split(" ").filter((w) => w !== "");
    if (words.length === 0) return;
    let node = this.root;
    for (const w of words) {
      let child = node.next.get(w);
      if (!child) {
        child = newNode();
        node.next.set(w, child);
      }
      node = child;
    }
    node.key = words.join(" ");
    this.longest = Math.max(this.longest, words.length);
    this.startWords = null;
  }

  /** Most words in any phrase. */
  get maxWords(): number {
    return this.longest;
  }

  /** False when no phrase starts with the token's first normalised word; true when one may. */
  mayStartPhrase(token: string): boolean {
    this.startWords ??= new StartWords(this.root.next.keys(), (t) => {
      const first = wordsOf(t)[0];
      return first !== undefined && this.root.next.has(first);
    });
    return this.startWords.mayOpen(token);
  }

  /**
   * Phrases starting at token `start`, shortest first: their ends (exclusive) and keys are written to
   * `ends` and `keys` (reused by the caller across calls, so matching allocates nothing), and their
   * number is returned. A phrase must cover whole tokens. `words` = `tokenWords(tokens)`, if computed.
   */
  phrasesAt(
    tokens: readonly string[],
    start: number,
    words: readonly (readonly string[])[] | undefined,
    limit: number,
    ends: number[],
    keys: string[],
  ): number {
    let count = 0;
    let node: Node | undefined = this.root;
    for (let j = start; j < limit && node; j++) {
      const token = tokens[j] as string;
      // Plain words (most tokens) are their own single normalised word: no look-up of their words.
      const plain = words ? null : plainWord(token);
      if (plain !== null) node = node.next.get(plain);
      else {
        const parts = words ? (words[j] ?? []) : wordsOf(token);
        if (parts.length === 0) {
          if (j > start && JOINER.test(token.trim())) continue;
          break;
        }
        for (let w = 0; w < parts.length && node; w++) node = node.next.get(parts[w] as string);
      }
      if (node?.key != null) {
        ends[count] = j + 1;
        keys[count] = node.key;
        count++;
      }
    }
    return count;
  }
}

/** Normalised words of a token (bounded so a long run over varied text cannot grow without limit). */
const wordsOf = memoisedWords(normalizeText, 100_000);

/** Normalised words of each token; pass them to repeated `matchAt` calls on one sequence. */
export function tokenWords(tokens: readonly string[]): (readonly string[])[] {
  return tokens.map(wordsOf);
}
