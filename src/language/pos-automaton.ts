// One of wink's POS automata (a wink-nlp 2.4.0 src/automaton.js machine, loaded from the model's
// JSON as importJSON() does) with recognize() over dense tables. wink looks each step up in objects
// keyed by symbol numbers up to 2,070,003 (dictionary lookups); here a symbol is first mapped to a
// small id. The walk itself is recognize() line for line, for the POS case: no pattern swap
// (substitutions), no onPatternDetection function, a transform of each token by its POS hint.

// automaton.js: the end-of-sentence symbol and the key of a state's "otherwise" transition.
const EOS = 2070000;
const OTHERWISE = 2070003;
// pos-transformers.js: a POS hint h is the symbol HINT_DELTA + h.
const HINT_DELTA = 1080000;
// Symbol ids: POS tags 0..63 as they are, hints 64..127, EOS 128.
const POS_SYMBOLS = 64;
const HINT_SYMBOLS = 64;
const EOS_ID = POS_SYMBOLS + HINT_SYMBOLS;
const SYMBOLS = EOS_ID + 1;
// The symbol id of a token recognize() skips.
const SKIP = -2;

/**
 * [first token, last token, POS], as recognize() returns them. The model writes the POS as a string
 * ("8", "-12"); it is kept as the number the updater turns it into: a string stored into the
 * updater's Int32Array throws V8's optimised code out ("not a Number") at every document, and the
 * recompiling cost more than the tagging.
 */
export type PosMatch = [number, number, number];

export class PosAutomaton {
  /** next[state * SYMBOLS + symbol id]: the next state, 0 (root) if none. 16 bits a state keeps
   * the table small enough for the CPU cache. */
  private readonly next: Uint16Array;
  /** The state's "otherwise" transition, 0 if none. */
  private readonly otherwise: Uint16Array;
  /** 1 for a terminal state. */
  private readonly isTerminal: Uint8Array;
  /** The POS a terminal state stands for, as a number. */
  private readonly terminal: Int32Array;
  /** 1 for a terminal state whose POS is "0": automaton.js pushes no match for it. */
  private readonly silent: Uint8Array;
  /** How much a terminal state's match is trimmed at the start and at the end (identifyMarkedArea()). */
  private readonly marked: ([number, number] | undefined)[];
  /** Reused by recognize(): the symbol id of each token. */
  private symbols = new Int32Array(1024);

  /**
   * @param json the machine as the model stores it: [version, lastUsedState, fsm, terminalStates,
   *   markedStates, customPropertyAtStates].
   * @param ignored the token value recognize() skips (its keyLF: the OOV lexeme for POS).
   */
  constructor(
    json: string,
    private readonly ignored: number,
  ) {
    const [, lastUsedState, fsm, terminals, marked] = JSON.parse(json) as [
      number,
      number,
      Record<string, Record<string, number>>,
      Record<string, string>,
      Record<string, [number, number]>,
    ];
    const states = lastUsedState + 1;
    if (states > 0x10000) throw new Error(`wink POS automaton: ${states} states`);
    this.next = new Uint16Array(states * SYMBOLS);
    this.otherwise = new Uint16Array(states);
    this.isTerminal = new Uint8Array(states);
    this.terminal = new Int32Array(states);
    this.silent = new Uint8Array(states);
    this.marked = new Array(states);
    for (const [state, edges] of Object.entries(fsm)) {
      for (const [key, target] of Object.entries(edges)) {
        const symbol = Number(key);
        if (symbol === OTHERWISE) this.otherwise[Number(state)] = target;
        else if (Number.isInteger(symbol)) {
          const id = symbolId(symbol);
          if (id < 0) throw new Error(`wink POS automaton: unexpected symbol ${key}`);
          this.next[Number(state) * SYMBOLS + id] = target;
        }
        // Other keys ("$of") are words, which a POS tag or hint never equals.
      }
    }
    for (const [state, name] of Object.entries(terminals)) {
      // The updater stores the name as a POS number: posTags are numbers here (an Int32Array).
      if (!/^-?\d+$/.test(name)) throw new Error(`wink POS automaton: unexpected POS ${name}`);
      this.terminal[Number(state)] = Number(name);
      if (name === "0") this.silent[Number(state)] = 1;
      // recognize() tests terminal[ns] for truth: "" would not count.
      if (name) this.isTerminal[Number(state)] = 1;
    }
    for (const [state, area] of Object.entries(marked)) this.marked[Number(state)] = area;
  }

  /**
   * automaton.js recognize(posTags, posTransformers[0], tokens) over the first `length` tokens: the
   * matched spans and the POS each asks for. `hints` holds each token's POS hint (0 if none).
   */
  recognize(posTags: Int32Array, hints: Int32Array, length: number): PosMatch[] {
    const { next, otherwise, isTerminal } = this;
    const symbols = this.symbolsOf(posTags, hints, length);
    const matches: PosMatch[] = [];
    let first = 0;
    let state = 0;
    let ns = 0;
    let lastOtherwiseIndex = 0;
    let lastOtherwiseState = 0;
    for (let i = 0; i <= length; i += 1) {
      for (let j = i; j <= length; j += 1) {
        const id = symbols[j] as number;
        if (id === SKIP) continue;
        ns = id < 0 ? 0 : (next[state * SYMBOLS + id] as number);
        if (!state && ns) first = j;
        if (isTerminal[ns] === 1) {
          this.pushMatch(matches, first, j, ns);
          i = j;
          j = length + 100;
          ns = 0;
          lastOtherwiseState = 0;
        } else if (ns === 0) {
          if (lastOtherwiseState) {
            this.pushMatch(matches, first, lastOtherwiseIndex, lastOtherwiseState);
            i = lastOtherwiseIndex;
            j = length + 100;
            ns = 0;
            lastOtherwiseState = 0;
          } else {
            j = length + 100;
          }
        }
        state = ns;
        if (otherwise[state]) {
          lastOtherwiseIndex = j;
          lastOtherwiseState = otherwise[state] as number;
        }
      }
    }
    return matches;
  }

  /**
   * The symbol id each token steps the automaton with, worked out once rather than on every visit
   * of the walk: its POS hint if it has one, else its POS; SKIP for the ignored value (tested on
   * the POS, before the hint), EOS after the last token.
   */
  private symbolsOf(posTags: Int32Array, hints: Int32Array, length: number): Int32Array {
    if (this.symbols.length <= length) this.symbols = new Int32Array(length * 2 + 1);
    const { symbols } = this;
    for (let j = 0; j < length; j++) {
      const pos = posTags[j] as number;
      const hint = hints[j] as number;
      if (pos === this.ignored) symbols[j] = SKIP;
      else symbols[j] = symbolId(hint ? hint + HINT_DELTA : pos);
    }
    symbols[length] = EOS_ID;
    return symbols;
  }

  // automaton.js pushMatch2Patterns().
  private pushMatch(matches: PosMatch[], first: number, last: number, state: number): void {
    if (this.silent[state] === 1) return;
    const pos = this.terminal[state] as number;
    const mark = this.marked[state];
    matches.push(mark ? [first + mark[0], last - mark[1], pos] : [first, last, pos]);
  }
}

function symbolId(symbol: number): number {
  if (symbol >= 0 && symbol < POS_SYMBOLS && Number.isInteger(symbol)) return symbol;
  const hint = symbol - HINT_DELTA;
  if (hint >= 0 && hint < HINT_SYMBOLS && Number.isInteger(hint)) return POS_SYMBOLS + hint;
  return symbol === EOS ? EOS_ID : -1;
}
