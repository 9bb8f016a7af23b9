// Word trie over normalised keys, for finding the longest known phrase that starts at a token
// ("Minister of Foreign Affairs", "Korea JoongAng Daily") without trying every n-gram.
import { normalizeText } from "./normalize.js";

interface Node {
  next: Map<string, Node>;
  terminal: boolean;
}

const newNode = (): Node => ({ next: new Map(), terminal: false });

/** Tokens that may sit inside a phrase without breaking it ("Jong - un" when the tokenizer splits hyphens). */
const JOINER = /^[-‐‑‒–—.]+$/;

export class PhraseTrie {
  private readonly root = newNode();
  private longest = 0;

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
    node.terminal = true;
    this.longest = Math.max(this.longest, words.length);
  }

  /** Most words in any phrase. */
  get maxWords(): number {
    return this.longest;
  }

  /**
   * Phrases starting at token `start`, longest first, as [end (exclusive), key].
   * A phrase must cover whole tokens. `words` = `tokenWords(tokens)`, if already computed.
   */
  candidatesAt(
    tokens: readonly string[],
    start: number,
    words?: readonly string[][],
    limit = tokens.length,
  ): Array<[number, string]> {
    const found: Array<[number, string]> = [];
    let node: Node | undefined = this.root;
    const path: string[] = [];
    for (let j = start; j < limit && node; j++) {
      const parts = words ? (words[j] ?? []) : wordsOf(tokens[j] as string);
      if (parts.length === 0) {
        if (j > start && JOINER.test((tokens[j] as string).trim())) continue;
        break;
      }
      for (const w of parts) {
        node = node?.next.get(w);
        if (!node) break;
        path.push(w);
      }
      if (node?.terminal) found.push([j + 1, path.join(" ")]);
    }
    return found.reverse();
  }
}

function wordsOf(token: string): string[] {
  return normalizeText(token)
    .split(" ")
    .filter((w) => w !== "");
}

/** Normalised words of each token; pass them to repeated `matchAt` calls on one sequence. */
export function tokenWords(tokens: readonly string[]): string[][] {
  return tokens.map(wordsOf);
}
