// The document side of wink's tokenizer (wink-nlp/src/dd-wrapper.js), which the tokenizer adds
// tokens to, kept in typed arrays reused from one text to the next. A token taken straight from a
// span of the text is kept as that span (no string is made for it); one that wink's tokenizer made
// keeps its string.
import { HASH_SEED, hashStep, type LexemeIndex } from "./wink-lexemes.js";

/** wink's lexicon cache (wink-nlp/src/cache.js), as far as it is used here. */
export interface WinkCache {
  lookup(text: string): number[] | null;
  add(text: string, category: number): number;
  value(index: number): string;
  normal(index: number): number;
  nox(binaryWord: number): number;
  posOf(index: number): number;
  mappedSpelling(index: number): number;
  property(index: number, name: string): number | string;
}

// wink-nlp/src/constants.js: a token's preset (contraction) word holds lemma | pos << bits4lemma.
export const BITS_4_LEMMA = 20;
const BITS_4_PRECEDING_SPACE = 16;
// wink-nlp/src/dd-wrapper.js: _addTokenIfInCache() returns 0 (UNK) when the text is not a lexeme.
const UNK = 0;
const ADDED = 99;

export class WinkTokens {
  /** How many tokens the arrays hold for the current text. */
  count = 0;
  /** Lexeme index in the cache. */
  lexemes = new Int32Array(1024);
  /** Where the token's text is in the text being tokenized, or -1 if it is in `values`. */
  starts = new Int32Array(1024);
  ends = new Int32Array(1024);
  /** The token's text (its.value()) when it is not a span of the text (starts[n] === -1). */
  readonly values: (string | undefined)[] = [];
  /** lemma | pos << 20 for a contraction's expansion (fixed by the lexicon), else 0. */
  presets = new Int32Array(1024);
  /** For an expansion, the binary word pointing at its normal in the expansions table, else 0. */
  expansions = new Int32Array(1024);

  constructor(
    private readonly cache: WinkCache,
    private readonly known: LexemeIndex,
  ) {}

  /** Empties the arrays for a new text. */
  reset(): void {
    // Drop the strings of the last text rather than keep them alive until overwritten.
    this.values.fill(undefined);
    this.count = 0;
  }

  /** A token that is lexeme `lexeme`, found at text[start, end). */
  pushSpan(lexeme: number, start: number, end: number): void {
    const n = this.next();
    this.lexemes[n] = lexeme;
    this.starts[n] = start;
    this.ends[n] = end;
    this.presets[n] = 0;
    this.expansions[n] = 0;
  }

  pushValue(lexeme: number, value: string, expansion: number, preset: number): void {
    const n = this.next();
    this.lexemes[n] = lexeme;
    this.starts[n] = -1;
    this.ends[n] = -1;
    // Written in order, so that the array stays dense.
    while (this.values.length < n) this.values.push(undefined);
    this.values[n] = value;
    this.presets[n] = preset;
    this.expansions[n] = expansion;
  }

  /** _addToken() of text[start, end), whose hashOf() is `hash`, without making its string unless
   * the cache has to learn it. */
  addSpan(text: string, start: number, end: number, hash: number, category: number): void {
    const code = this.known.lookup(text, start, end, hash);
    if (code > 0 && this.known.isLowerKnown(code - 1)) this.pushSpan(code - 1, start, end);
    else this.add(text.slice(start, end), category, start, end);
  }

  /** _addToken() of the one character text[at]. */
  addChar(text: string, at: number, category: number): void {
    this.addSpan(text, at, at + 1, hashStep(HASH_SEED, text.charCodeAt(at)), category);
  }

  // dd-wrapper.js addToken(), without the preceding spaces and non-breaking spaces we do not read.
  // wink's tokenizer calls these methods detached from the object, hence arrow functions.
  readonly _addToken = (text: string, category: number): boolean => {
    this.add(text, category, -1, -1);
    return true;
  };

  // dd-wrapper.js addTokenIfInCache(): a known lexeme, or a contraction's expansions.
  readonly _addTokenIfInCache = (text: string): number => {
    const index = this.known.plainLexeme(text);
    if (index !== undefined) {
      this.pushValue(index, text, 0, 0);
      return ADDED;
    }
    if (!this.known.isContractionText(text)) return UNK;
    const found = this.cache.lookup(text) as number[];
    for (let k = 0; k < found.length; k += 4) {
      // Expansion k: [lexeme, pointer to its normal, lemma, pos].
      const preset = (found[k + 2] as number) | ((found[k + 3] as number) << BITS_4_LEMMA);
      const lexeme = found[k] as number;
      const expansion = (found[k + 1] as number) << BITS_4_PRECEDING_SPACE;
      this.pushValue(lexeme, this.cache.value(lexeme), expansion, preset);
    }
    return ADDED;
  };

  // dd-wrapper.js isLexeme(): wink only tests it for truth.
  readonly isLexeme = (text: string): boolean => this.known.has(text);

  /** _addToken() of `text`, kept as text[start, end) if start >= 0. */
  private add(text: string, category: number, start: number, end: number): void {
    // cache.add() returns the index of a known text and changes nothing, if its lowercase is known too.
    const index = this.known.plainLexeme(text);
    let lexeme: number;
    if (index !== undefined && this.lowerKnown(index, text)) lexeme = index;
    else {
      lexeme = this.cache.add(text, category);
      this.known.sync();
    }
    if (start >= 0) this.pushSpan(lexeme, start, end);
    else this.pushValue(lexeme, text, 0, 0);
  }

  private lowerKnown(index: number, text: string): boolean {
    if (this.known.isLowerKnown(index)) return true;
    const lower = text.toLowerCase();
    if (lower !== text && !this.known.has(lower)) return false;
    this.known.setLowerKnown(index);
    return true;
  }

  /** The index of the next token, the arrays grown if full. */
  private next(): number {
    const n = this.count++;
    if (n === this.lexemes.length) {
      const grow = (old: Int32Array): Int32Array<ArrayBuffer> => {
        const fresh = new Int32Array(old.length * 2);
        fresh.set(old);
        return fresh;
      };
      this.lexemes = grow(this.lexemes);
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
      this.presets = grow(this.presets);
      this.expansions = grow(this.expansions);
    }
    return n;
  }
}
