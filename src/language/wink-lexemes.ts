// wink's lexeme hash (text → lexeme index, wink-nlp/src/cache.js lookup()) as a Map, for the
// tokenizer's hot path. Why: looking a freshly split string up in an object of ~90,000 keys makes V8
// first find the string in its string table, and both tables miss the CPU cache once the rest of the
// pipeline has run; a Map skips the string table, and a small Map of the words met first (most
// tokens are a few hundred common words) mostly stays in the CPU cache. Contractions are kept apart
// so that telling one from a plain lexeme needs no read of wink's packed lexicon.

// Size of the small Map: 1,024 measured faster in the pipeline than 4,096 or 16,384.
const HOT_WORDS = 1024;

export class LexemeIndex {
  private readonly plain = new Map<string, number>();
  /** The first lexemes looked up (mostly the commonest words): a table small enough to stay in the
   * CPU cache, in front of the large one. Lexeme indexes never change, so it needs no upkeep. */
  private readonly hot = new Map<string, number>();
  private readonly contractions = new Set<string>();
  /** How many entries of `list` are in the Map and Set. */
  private known = 0;

  /**
   * @param list wink's lexeme list (model.features.lexeme.list): the text of each lexeme index. The
   *   cache appends the lexemes it learns to it (cache.add() → getFeaturesIndex()), which sync()
   *   takes in: call it after every cache.add() that may have added one.
   * @param isContraction whether lexeme `index` is a contraction, as cache.js lookup() reads it.
   */
  constructor(
    private readonly list: readonly string[],
    private readonly isContraction: (index: number) => boolean,
  ) {
    this.sync();
  }

  /** The lexeme index of `text` if it is a lexeme and not a contraction. */
  plainLexeme(text: string): number | undefined {
    const hot = this.hot.get(text);
    if (hot !== undefined) return hot;
    const index = this.plain.get(text);
    if (index !== undefined && this.hot.size < HOT_WORDS) this.hot.set(text, index);
    return index;
  }

  /** Whether `text` is a lexeme at all, as cache.js lookup() would find it. */
  has(text: string): boolean {
    return this.plain.has(text) || this.contractions.has(text);
  }

  isContractionText(text: string): boolean {
    return this.contractions.has(text);
  }

  /** Takes in the lexemes wink's cache has added since the last call. */
  sync(): void {
    const { list } = this;
    // The list holds each text once: the cache adds a text only when its hash lacks it.
    for (let index = this.known; index < list.length; index++) {
      const text = list[index] as string;
      if (this.isContraction(index)) this.contractions.add(text);
      else this.plain.set(text, index);
    }
    this.known = list.length;
  }
}
