// The event pattern lexicon (data/events/patterns.json, extended or overridden by id from
// $DYAD_KNOWLEDGE/events/patterns.json or, as before, $DYAD_KNOWLEDGE/patterns.json), indexed by
// the lemma of each pattern's first word so the stage can look every token up once.
import { derived, resetKnowledge, table } from "../knowledge/load.js";

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

/** The shipped lexicon plus the user's patterns; user patterns win by id. */
export const lexicon = derived(() =>
  buildLexicon(table("events/patterns.json").patterns, table("events/lemmas.json").forms),
);

/** Forget the loaded lexicon (tests that change $DYAD_KNOWLEDGE). */
export const resetLexicon = resetKnowledge;
