// The event pattern lexicon (data/events/patterns.json, extended or overridden by id from
// $DYAD_KNOWLEDGE/patterns.json), indexed by the lemma of each pattern's first word so the stage
// can look every token up once.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

export interface PatternSpec {
  id: string;
  code: string;
  /** Trigger words; the first by lemma, "|" separates alternatives. */
  words: string;
  /** How the target follows the trigger: "obj" (direct object) or prepositions. */
  target: string[];
  symmetric?: boolean;
  place?: boolean;
  noun?: boolean;
  intent?: boolean;
  /** With no target in the sentence, address the other side of the article's main dyad. */
  implicit?: boolean;
  /** Code when the act is only intended ("ready to cooperate"). */
  intentCode?: string;
  /** Code when the act is only announced or conditional (a threat: "would take countermeasures"). */
  threatCode?: string;
  /** The phrase after the trigger is the doer ("received weapons from X": X supplied them). */
  reverse?: boolean;
  /** The subject may follow the trigger ("With X standing beside him, Y said"). */
  after?: boolean;
  /** Code when the target is a person ("welcomed Xi": hosting him). */
  personCode?: string;
  /** An infinitive after the trigger ("urged Y to stop Z") is the act wished for, not an event. */
  controls?: boolean;
  /** Code when no infinitive follows ("called on the king": a courtesy call, not an appeal). */
  bareCode?: string;
  /** "summoned the envoy to lodge a protest": the act after the object is the subject's own. */
  purpose?: boolean;
  /** Saying it is the event, whatever the cues ("would not hesitate to respond" is a threat made). */
  asserted?: boolean;
}

export interface Pattern extends PatternSpec {
  /** Alternatives of each trigger word. */
  slots: Set<string>[];
}

export interface Lexicon {
  byLemma: Map<string, Pattern[]>;
  /** Every word of every pattern: what the lemmatizer may map to. */
  words: Set<string>;
  /** Irregular forms → lemma. */
  forms: Map<string, string>;
}

const dataFile = (name: string): string =>
  fileURLToPath(new URL(`../../data/events/${name}`, import.meta.url));

function readPatterns(file: string): PatternSpec[] {
  const json = JSON.parse(readFileSync(file, "utf8")) as { patterns?: PatternSpec[] };
  if (!Array.isArray(json.patterns)) throw new Error(`${file}: no "patterns" array`);
  for (const p of json.patterns) {
    if (!p.id || !/^\d{2,4}$/.test(p.code) || !p.words || !Array.isArray(p.target))
      throw new Error(`${file}: pattern ${JSON.stringify(p).slice(0, 80)} needs id, code, words, target`);
  }
  return json.patterns;
}

/** Build a lexicon from pattern specs (later specs with the same id replace earlier ones). */
export function buildLexicon(specs: PatternSpec[], forms: Record<string, string> = {}): Lexicon {
  const byId = new Map<string, PatternSpec>();
  for (const s of specs) byId.set(s.id, s);
  const byLemma = new Map<string, Pattern[]>();
  const words = new Set<string>();
  for (const s of byId.values()) {
    const slots = s.words
      .toLowerCase()
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => new Set(w.split("|")));
    const p: Pattern = { ...s, slots };
    for (const slot of slots) for (const w of slot) words.add(w);
    for (const w of slots[0] ?? []) {
      const list = byLemma.get(w) ?? [];
      list.push(p);
      byLemma.set(w, list);
    }
  }
  // Longer patterns first: "hold talks" before a bare "hold".
  for (const list of byLemma.values()) list.sort((a, b) => b.slots.length - a.slots.length);
  return { byLemma, words, forms: new Map(Object.entries(forms)) };
}

let shared: Lexicon | undefined;

/** The shipped lexicon plus the user's patterns; user patterns win by id. */
export function lexicon(): Lexicon {
  if (shared) return shared;
  const specs = readPatterns(dataFile("patterns.json"));
  const dir = process.env.DYAD_KNOWLEDGE;
  const user = dir ? resolve(dir, "patterns.json") : null;
  if (user && existsSync(user)) specs.push(...readPatterns(user));
  const forms = (
    JSON.parse(readFileSync(dataFile("lemmas.json"), "utf8")) as { forms: Record<string, string> }
  ).forms;
  shared = buildLexicon(specs, forms);
  return shared;
}

/** Forget the loaded lexicon (tests that change $DYAD_KNOWLEDGE). */
export function resetLexicon(): void {
  shared = undefined;
}
