// The quotes stage's word lists (data/quotes/cues.json), loaded once into sets for per-token look-ups.
import { derived, table } from "../knowledge/load.js";

/** What a word may start as a cue: the phrases beginning with it, and whether it is a cue verb. */
export interface CueWord {
  /** Phrases starting with the word (each as its words, and joined by spaces), in data order. */
  phrases: { words: string[]; text: string }[];
  finite: boolean;
  participle: boolean;
}

export interface Lexicon {
  /** Every word that may start a cue (one look-up per token instead of three). */
  cueWords: Map<string, CueWord>;
  finite: Set<string>;
  participles: Set<string>;
  addressee: Set<string>;
  indirect: Set<string>;
  /** First word → the phrases starting with it (each as its words). */
  phrases: Map<string, string[][]>;
  /** Last word of a relay noun → the full forms ending with it. */
  relayNouns: Map<string, string[][]>;
  relayVerbs: Set<string>;
  platforms: Set<string>;
  audience: Set<string>;
  goBetweens: Set<string>;
  roleNouns: Set<string>;
  institutionNouns: Set<string>;
  pronouns: Set<string>;
  speechEvents: Set<string>;
  indefinite: Set<string>;
}

export const lexicon = derived((): Lexicon => {
  const f = table("quotes/cues.json");
  const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
  const phrases = new Map<string, string[][]>();
  for (const p of f.phrases) {
    const words = p.map((w) => w.toLowerCase());
    const list = phrases.get(words[0] as string) ?? [];
    list.push(words);
    phrases.set(words[0] as string, list);
  }
  const relayNouns = new Map<string, string[][]>();
  for (const n of f.relayNouns) {
    const words = n.toLowerCase().split(/\s+/);
    const last = words[words.length - 1] as string;
    const list = relayNouns.get(last) ?? [];
    list.push(words);
    relayNouns.set(last, list);
  }
  const finite = lower(f.finite);
  const participles = lower(f.participles);
  const cueWords = new Map<string, CueWord>();
  const cueWord = (w: string): CueWord => {
    let e = cueWords.get(w);
    if (!e) {
      e = { phrases: [], finite: finite.has(w), participle: participles.has(w) };
      cueWords.set(w, e);
    }
    return e;
  };
  for (const [first, list] of phrases)
    for (const words of list) cueWord(first).phrases.push({ words, text: words.join(" ") });
  for (const w of finite) cueWord(w);
  for (const w of participles) cueWord(w);
  return {
    cueWords,
    finite,
    participles,
    addressee: lower(f.addressee),
    indirect: lower(f.indirect),
    phrases,
    relayNouns,
    relayVerbs: lower(f.relayVerbs),
    platforms: lower(f.platforms),
    audience: lower(f.audience),
    goBetweens: lower(f.goBetweens),
    roleNouns: lower(f.roleNouns.flatMap((r) => r.split(/\s+/))),
    institutionNouns: lower(f.institutionNouns.flatMap((r) => r.split(/\s+/))),
    pronouns: lower(f.pronouns),
    speechEvents: lower(f.speechEvents),
    indefinite: lower(f.indefinite),
  };
});
