// Token texts and POS tags from wink-nlp, driven through wink's own modules rather than readDoc():
// the same tokenizer, lexicon cache, POS model and automata (walked over dense tables, see
// pos-automaton.ts), so the output is exactly wink's, without the work readDoc() does that we never
// read (the document wrapper, out()/its mapping, non-breaking space bookkeeping, the normal of every
// token for automata other than POS). Known words are found in a hash table (wink-lexemes.ts), the
// common raw tokens cut without regexes (wink-split.ts), and tokens kept in reused typed arrays.
// Everything here mirrors wink-nlp 2.4.0 src/wink-nlp.js readDoc() with pipe ["pos"]; the model is
// loaded on first use: it takes a while and most commands (list, export) never need it.
// test/language/wink.test.ts and wink-fork.test.ts check the output against plain readDoc();
// wink-version.ts refuses other wink versions; src/language/README.md says what an upgrade re-checks.
import { createRequire } from "node:module";
import { PosAutomaton, type PosMatch } from "./pos-automaton.js";
import { LexemeIndex } from "./wink-lexemes.js";
import { BITS_4_LEMMA, type WinkCache, WinkTokens } from "./wink-sink.js";
import { splitIntoTokens, type WinkTokenizer } from "./wink-split.js";
import { checkWinkVersions } from "./wink-version.js";

const require = createRequire(import.meta.url);

/** [word of a lexeme's packing, bit mask, shift, ...] as in the model's packing layout. */
type Layout = [number, number, number, number, number, number];

const POS_MASK = 0x3f00000;
// wink-nlp/src/tokens-mappers.js: a token without a known POS starts as NOUN.
const DEFAULT_POS = 8;

// Entries of LexiconReader's cache: a power of two, small enough to stay in the CPU cache.
const INFO_CACHE = 4096;

/**
 * Reads a lexeme's POS and POS hint as cache.js posOf(mappedSpelling()) and property(, "posHint")
 * do, straight from the packed lexicon for the model's own lexemes (the cache's for learned ones).
 * Both are fixed for a lexeme, so they are kept in a small direct-mapped cache by lexeme index:
 * the lexicon (1.4 MB) is mostly out of the CPU cache by the time a document is tagged, while most
 * tokens are a few hundred common words.
 */
class LexiconReader {
  private readonly lexicon: Uint32Array;
  private readonly intrinsicSize: number;
  private readonly size: number;
  private readonly pos: Layout;
  private readonly hint: Layout;
  private readonly mapped: Layout;
  private readonly lemma: Layout;
  /** [lexeme, default POS | hint << 8] at lexeme % INFO_CACHE; lexeme -1 for an empty entry. */
  private readonly infos = new Int32Array(INFO_CACHE * 2).fill(-1);

  constructor(
    core: {
      lexicon: Uint32Array;
      features: { lexeme: { intrinsicSize: number } };
      packing: { size: number; layout: Record<string, Layout> };
    },
    private readonly cache: WinkCache,
  ) {
    this.lexicon = core.lexicon;
    this.intrinsicSize = core.features.lexeme.intrinsicSize;
    this.size = core.packing.size;
    const layout = core.packing.layout as Record<"pos" | "posHint" | "isSpellingMapped" | "lemma", Layout>;
    this.pos = layout.pos;
    this.hint = layout.posHint;
    this.mapped = layout.isSpellingMapped;
    this.lemma = layout.lemma;
    // property() maps a value through the feature's list unless layout[3] === 1 && layout[5] === 0.
    if (this.hint[3] !== 1 || this.hint[5] !== 0)
      throw new Error("wink model: posHint is not a plain number");
  }

  /** defaultPos(lexeme) | posHint(lexeme) << 8. */
  info(lexeme: number): number {
    const at = (lexeme & (INFO_CACHE - 1)) * 2;
    if (this.infos[at] === lexeme) return this.infos[at + 1] as number;
    const info = this.defaultPos(lexeme) | (this.posHint(lexeme) << 8);
    this.infos[at] = lexeme;
    this.infos[at + 1] = info;
    return info;
  }

  /** tokens-mappers.js mapRawTokens2UIdOfDefaultPOS() for a token without a preset POS. */
  private defaultPos(lexeme: number): number {
    if (lexeme >= this.intrinsicSize) return this.cache.posOf(lexeme) || DEFAULT_POS;
    // cache.js mappedSpelling(): a spelling variant takes the POS of the lexeme its lemma points at.
    let spelling = lexeme;
    if (this.read(lexeme, this.mapped) !== 0) spelling = this.read(lexeme, this.lemma);
    const pos = spelling < this.intrinsicSize ? this.read(spelling, this.pos) : this.cache.posOf(spelling);
    return pos || DEFAULT_POS;
  }

  private posHint(lexeme: number): number {
    if (lexeme >= this.intrinsicSize) return this.cache.property(lexeme, "posHint") as number;
    return this.read(lexeme, this.hint);
  }

  private read(index: number, [word, mask, shift]: Layout): number {
    return ((this.lexicon[word + index * this.size] as number) & mask) >>> shift;
  }
}

interface Tagger {
  cache: WinkCache;
  /** wink's lexemes, text to index, including those the cache learns as documents come. */
  lexemes: LexemeIndex;
  lexicon: LexiconReader;
  /** wink's tokenizer (tokenizer.js tokenize()). */
  tokenize: WinkTokenizer;
  posAutomata: PosAutomaton[];
  posUpdater: (px: PosMatch[], cache: WinkCache, posTags: Int32Array, normals: Int32Array) => void;
  /** The POS names (its.pos() values), by POS number. */
  posNames: readonly string[];
  /** Reused from one text to the next: the tokens, and per token its POS number, POS hint, and (for
   * the updater) the normal of tokens an automaton matched. */
  tokens: WinkTokens;
  posTags: Int32Array;
  hints: Int32Array;
  normals: Int32Array;
}

let tagger: Tagger | undefined;

function getTagger(): Tagger {
  if (!tagger) {
    // Refuse a wink other than the one this file mirrors, before reading any of its internals.
    checkWinkVersions(require);
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
    const lexemes = new LexemeIndex(
      core.features.lexeme.list,
      (index) =>
        index < intrinsicSize && ((lexicon[word + index * packingSize] as number) & mask) >>> shift !== 0,
    );
    tagger = {
      cache,
      lexemes,
      lexicon: new LexiconReader(core, cache),
      tokenize: tokenizer(trex, core.tcat.hash, core.preserve),
      posAutomata: (posModel.machines as string[]).map((json) => new PosAutomaton(json, ignored)),
      posUpdater: posModel.updater,
      posNames: core.features.pos.list,
      tokens: new WinkTokens(cache, lexemes),
      posTags: new Int32Array(1024),
      hints: new Int32Array(1024),
      normals: new Int32Array(1024),
    };
  }
  return tagger;
}

/** wink's tokens of a text and their POS, in arrays reused by the next call (read them first). */
export interface TaggedTokens {
  count: number;
  /** Where token n is in the text, or -1 if wink made its text: then it is values[n]. */
  starts: Int32Array;
  ends: Int32Array;
  values: readonly (string | undefined)[];
  /** The POS number of token n; its name is posNames[number] (undefined if none). */
  pos: Int32Array;
  posNames: readonly string[];
}

/**
 * wink's tokens of `text` with their Universal POS, in order: exactly what readDoc() gives (wink's
 * cache learns the new words of each text, so "exactly" holds for the same texts in the same order).
 */
export function tagTokens(text: string): TaggedTokens {
  const t = getTagger();
  const { cache, lexicon, tokens } = t;
  tokens.reset();
  splitIntoTokens(text, tokens, t.lexemes, t.tokenize);
  const { lexemes, presets, expansions } = tokens;
  const n = tokens.count;
  if (t.posTags.length <= n) {
    t.posTags = new Int32Array(n * 2);
    t.hints = new Int32Array(n * 2);
    t.normals = new Int32Array(n * 2);
  }
  const { posTags, hints, normals } = t;

  // tokens-mappers.js mapRawTokens2UIdOfDefaultPOS(): the lexicon's POS unless preset.
  // pos-transformers.js: the POS hint of each token, looked up once rather than on every visit.
  for (let i = 0; i < n; i++) {
    const lexeme = lexemes[i] as number;
    const preset = presets[i] as number;
    const info = lexicon.info(lexeme);
    posTags[i] = preset === 0 ? info & 0xff : (preset & POS_MASK) >>> BITS_4_LEMMA;
    hints[i] = info >>> 8;
  }
  for (const automaton of t.posAutomata) {
    const matches = automaton.recognize(posTags, hints, n);
    // The updater reads the normal only of matched tokens (tokens-mappers.js mapRawTokens2UIdOfNormal()).
    for (const [first] of matches) {
      const expansion = expansions[first] as number;
      normals[first] = expansion !== 0 ? cache.nox(expansion) : cache.normal(lexemes[first] as number);
    }
    t.posUpdater(matches, cache, posTags, normals);
  }

  // pos-setter.js fills in the tagged POS unless preset; its.pos() reads it back as a name.
  for (let i = 0; i < n; i++) {
    const preset = presets[i] as number;
    const word = preset === 0 ? (posTags[i] as number) << BITS_4_LEMMA : preset;
    posTags[i] = (word & POS_MASK) >>> BITS_4_LEMMA;
  }
  return {
    count: n,
    starts: tokens.starts,
    ends: tokens.ends,
    values: tokens.values,
    pos: posTags,
    posNames: t.posNames,
  };
}

/** Token texts and POS names of `text`, as readDoc(text).tokens().out(its.value / its.pos). */
export function winkTokens(text: string): { values: string[]; tags: string[] } {
  const tagged = tagTokens(text);
  const values: string[] = [];
  const tags: string[] = [];
  for (let i = 0; i < tagged.count; i++) {
    const start = tagged.starts[i] as number;
    values.push(start >= 0 ? text.slice(start, tagged.ends[i]) : (tagged.values[i] as string));
    tags.push(tagged.posNames[tagged.pos[i] as number] as string);
  }
  return { values, tags };
}
