// Token texts and POS tags from wink-nlp, driven through wink's own modules rather than readDoc():
// the same tokenizer, lexicon cache, POS model and automata (walked over dense tables, see
// pos-automaton.ts), so the output is exactly wink's, without the work readDoc() does that we never
// read (the document wrapper, out()/its mapping, non-breaking space bookkeeping, the normal of every
// token for automata other than POS). Known words are found in a Map (wink-lexemes.ts).
// Everything here mirrors wink-nlp 2.4.0 src/wink-nlp.js readDoc() with pipe ["pos"]; the model is
// loaded on first use: it takes a while and most commands (list, export) never need it.
// test/language/wink.test.ts checks the output against plain readDoc().
import { createRequire } from "node:module";
import { PosAutomaton, type PosMatch } from "./pos-automaton.js";
import { LexemeIndex } from "./wink-lexemes.js";

const require = createRequire(import.meta.url);

/** wink's lexicon cache (wink-nlp/src/cache.js), as far as it is used here. */
interface WinkCache {
  lookup(text: string): number[] | null;
  add(text: string, category: number): number;
  value(index: number): string;
  normal(index: number): number;
  nox(binaryWord: number): number;
  posOf(index: number): number;
  mappedSpelling(index: number): number;
  property(index: number, name: string): number | string;
  valueOf(feature: string, index: number): string;
}

/** The document side of wink's tokenizer (wink-nlp/src/dd-wrapper.js), which it adds tokens to. */
interface TokenSink {
  _addToken(text: string, category: number, precedingSpaces: number): boolean;
  _addTokenIfInCache(text: string, precedingSpaces: number): number;
  isLexeme(text: string): boolean;
}

interface Tagger {
  cache: WinkCache;
  /** wink's lexemes, text to index, including those the cache learns as documents come. */
  lexemes: LexemeIndex;
  /** wink's splitter of raw tokens: a run of spaces or a run of line breaks, captured. */
  splitter: RegExp;
  /** wink's tokenizer (tokenizer.js tokenize()). */
  tokenize: (sink: TokenSink, text: string) => void;
  posAutomata: PosAutomaton[];
  posUpdater: (px: PosMatch[], cache: WinkCache, posTags: number[], normals: number[]) => void;
}

// wink-nlp/src/constants.js: a token's preset (contraction) word holds lemma | pos << bits4lemma.
const BITS_4_LEMMA = 20;
const POS_MASK = 0x3f00000;
const BITS_4_PRECEDING_SPACE = 16;
// wink-nlp/src/dd-wrapper.js: _addTokenIfInCache() returns 0 (UNK) when the text is not a lexeme.
const UNK = 0;
const ADDED = 99;
// wink-nlp/src/tokens-mappers.js: a token without a known POS starts as NOUN.
const DEFAULT_POS = 8;

let tagger: Tagger | undefined;

function getTagger(): Tagger {
  if (!tagger) {
    // As wink-nlp.js load(), minus the SBD, NER, negation and sentiment models we do not run.
    const model = require("wink-eng-lite-web-model");
    const Cache = require("wink-nlp/src/cache.js");
    const compileTRex = require("wink-nlp/src/compile-trex.js");
    const tokenizer = require("wink-nlp/src/tokenizer.js");
    const core = model.core();
    const cache: WinkCache = Cache(core, model.featureFn);
    const trex = compileTRex(core.trex);
    const posModel = model.pos();
    const lexicon: Uint32Array = core.lexicon;
    const intrinsicSize: number = core.features.lexeme.intrinsicSize;
    const packingSize: number = core.packing.size;
    // [word of the lexeme's packing, bit mask, shift]
    const [word, mask, shift]: [number, number, number] = core.packing.layout.isContraction;
    // automaton.js keyLF: POS ignores only the OOV symbol, not new lines (wink-nlp.js load()).
    const ignored = (cache.lookup(cache.value(0)) as number[])[0] as number;
    tagger = {
      cache,
      lexemes: new LexemeIndex(
        core.features.lexeme.list,
        (index) =>
          index < intrinsicSize && ((lexicon[word + index * packingSize] as number) & mask) >>> shift !== 0,
      ),
      splitter: trex.helpers.splitter,
      tokenize: tokenizer(trex, core.tcat.hash, core.preserve),
      posAutomata: (posModel.machines as string[]).map((json) => new PosAutomaton(json, ignored)),
      posUpdater: posModel.updater,
    };
  }
  return tagger;
}

/** Tokens as wink's readDoc() stores them, one entry per token in each array. wink's tokenizer
 * calls these methods detached from the object, hence arrow functions. */
class WinkTokens implements TokenSink {
  /** Lexeme index in the cache. */
  readonly lexemes: number[] = [];
  /** The lexeme's text (its.value()); kept as the split text when there is one: that string is
   * still in the CPU cache, where wink's copy of it may not be. */
  readonly values: string[] = [];
  /** lemma | pos << 20 for a contraction's expansion (fixed by the lexicon), else 0. */
  readonly presets: number[] = [];
  /** For an expansion, the binary word pointing at its normal in the expansions table, else 0. */
  readonly expansions: number[] = [];

  constructor(
    private readonly cache: WinkCache,
    private readonly known: LexemeIndex,
  ) {}

  // dd-wrapper.js addToken(), without the preceding spaces and non-breaking spaces we do not read.
  readonly _addToken = (text: string, category: number): boolean => {
    // cache.add() returns the index of a known text and changes nothing, if its lowercase is known too.
    const index = this.known.plainLexeme(text);
    const lower = text.toLowerCase();
    if (index !== undefined && (lower === text || this.known.has(lower))) this.push(index, text, 0, 0);
    else {
      this.push(this.cache.add(text, category), text, 0, 0);
      this.known.sync();
    }
    return true;
  };

  // dd-wrapper.js addTokenIfInCache(): a known lexeme, or a contraction's expansions.
  readonly _addTokenIfInCache = (text: string): number => {
    const index = this.known.plainLexeme(text);
    if (index !== undefined) {
      this.push(index, text, 0, 0);
      return ADDED;
    }
    if (!this.known.isContractionText(text)) return UNK;
    const found = this.cache.lookup(text) as number[];
    for (let k = 0; k < found.length; k += 4) {
      // Expansion k: [lexeme, pointer to its normal, lemma, pos].
      const preset = (found[k + 2] as number) | ((found[k + 3] as number) << BITS_4_LEMMA);
      const lexeme = found[k] as number;
      this.push(lexeme, this.cache.value(lexeme), (found[k + 1] as number) << BITS_4_PRECEDING_SPACE, preset);
    }
    return ADDED;
  };

  // dd-wrapper.js isLexeme(): wink only tests it for truth.
  readonly isLexeme = (text: string): boolean => this.known.has(text);

  push(lexeme: number, value: string, expansion: number, preset: number): void {
    this.lexemes.push(lexeme);
    this.values.push(value);
    this.expansions.push(expansion);
    this.presets.push(preset);
  }
}

/**
 * Token texts and Universal POS tags of `text`, in order: exactly what readDoc() gives (wink's cache
 * learns the new words of each text, so "exactly" holds for the same texts in the same order).
 */
export function winkTokens(text: string): { values: string[]; tags: string[] } {
  const tagger = getTagger();
  const { cache, posAutomata, posUpdater } = tagger;
  const tokens = new WinkTokens(cache, tagger.lexemes);
  splitIntoTokens(tagger, tokens, text);
  const { lexemes, values, presets, expansions } = tokens;
  const n = lexemes.length;

  // tokens-mappers.js mapRawTokens2UIdOfDefaultPOS(): the lexicon's POS unless preset.
  const posTags = new Array<number>(n);
  // pos-transformers.js: the POS hint of each token, looked up once rather than on every visit.
  const hints = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const lexeme = lexemes[i] as number;
    const preset = presets[i] as number;
    posTags[i] =
      preset === 0
        ? cache.posOf(cache.mappedSpelling(lexeme)) || DEFAULT_POS
        : (preset & POS_MASK) >>> BITS_4_LEMMA;
    hints[i] = cache.property(lexeme, "posHint") as number;
  }
  for (const automaton of posAutomata) {
    const matches = automaton.recognize(posTags, hints);
    // The updater reads the normal only of matched tokens (tokens-mappers.js mapRawTokens2UIdOfNormal()).
    const normals: number[] = [];
    for (const [first] of matches) {
      const expansion = expansions[first] as number;
      normals[first] = expansion !== 0 ? cache.nox(expansion) : cache.normal(lexemes[first] as number);
    }
    posUpdater(matches, cache, posTags, normals);
  }

  const tags = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    // pos-setter.js fills in the tagged POS unless preset; its.pos() reads it back as a name.
    const preset = presets[i] as number;
    const word = preset === 0 ? (posTags[i] as number) << BITS_4_LEMMA : preset;
    tags[i] = cache.valueOf("pos", (word & POS_MASK) >>> BITS_4_LEMMA);
  }
  return { values, tags };
}

/**
 * tokenizer.js tokenize(), with its common case made cheap: a raw token (text between spaces) that
 * is a known lexeme is added after one Map lookup; any other goes to wink's own tokenizer, alone,
 * which splits off punctuation, finds URLs, e-mails, etc. as it would have in the whole text (its
 * precedingSpaces are not kept: offsets are found in tokens.ts and POS tagging never reads them).
 */
function splitIntoTokens(tagger: Tagger, tokens: WinkTokens, text: string): void {
  const { lexemes, splitter, tokenize } = tagger;
  // With its captured separators, split() gives [raw, separator, raw, separator, ..., raw].
  const parts = text.split(splitter);
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p] as string;
    if (part === "") continue;
    // wink skips runs of spaces but keeps a run of line breaks as a token.
    if (p % 2 === 1 && !isLineBreak(part.charCodeAt(0))) continue;
    const index = lexemes.plainLexeme(part);
    if (index !== undefined) tokens.push(index, part, 0, 0);
    else if (lexemes.isContractionText(part)) tokens._addTokenIfInCache(part);
    else tokenize(tokens, part);
  }
}

const isLineBreak = (c: number): boolean => c === 10 || c === 13 || c === 9;
