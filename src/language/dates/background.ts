// Background clauses: "froze in 2017 when Rabat recalled its envoy", "two days after they signed",
// "since they restored ties", "had met". The event there is not the article's news: it takes its
// own date, or the one its cue gives, never the publication day by default. Cues in tense.json.
import { derived, table } from "../../knowledge/load.js";
import { NUMBER_WORDS } from "./numbers.js";
import type { TokenWindow } from "./phrases.js";

export type BackgroundKind = "same" | "relative" | "own" | "previous";

export interface BackgroundCue {
  kind: BackgroundKind;
  /** Index of the cue word in the window. */
  index: number;
  /** For "relative": days the event lies before (negative) or after the clause it hangs on. */
  offsetDays?: number;
}

interface Lexicon {
  kindOf: Map<string, BackgroundKind>;
  stops: Set<string>;
  reporting: Set<string>;
  units: Map<string, number>;
}

// A cue further back than this governs some other part of a long sentence.
const MAX_BACK = 30;
// "the previous visit": the word sits right before the noun, at most one word between.
const PREVIOUS_REACH = 2;

const lexicon = derived((): Lexicon => {
  const w = table("language/tense.json");
  const kindOf = new Map<string, BackgroundKind>();
  for (const kind of Object.keys(w.background) as BackgroundKind[])
    for (const cue of w.background[kind]) kindOf.set(cue, kind);
  return {
    kindOf,
    stops: new Set(w.backgroundStops),
    reporting: new Set([...w.reporting, ...w.backgroundReported]),
    units: new Map(Object.entries(w.units)),
  };
});

/** The background cue governing the trigger at window index `trigger`, or null (a main clause). */
export function backgroundCue(window: TokenWindow, trigger: number): BackgroundCue | null {
  const lex = lexicon();
  const { words } = window;
  const low = Math.max(0, trigger - MAX_BACK);
  for (let i = trigger - 1; i >= low; i--) {
    const w = words[i] as string;
    if (lex.stops.has(w)) return null;
    const kind = lex.kindOf.get(w);
    if (!kind) continue;
    if (kind === "previous") {
      if (trigger - i <= PREVIOUS_REACH) return { kind, index: i };
      continue;
    }
    // "said they had agreed": reported speech shifts the tense back; it is the news itself.
    if (kind === "own" && (w === "had" || w === "'d") && reportedBefore(words, i)) return null;
    if (kind === "relative") {
      const days = lex.units.get(words[i - 1] ?? "");
      const n = quantity(words[i - 2]);
      if (days !== undefined && n !== null)
        return { kind, index: i - 2, offsetDays: (w === "after" ? -1 : 1) * n * days };
    }
    return { kind, index: i };
  }
  return null;
}

function reportedBefore(words: readonly string[], before: number): boolean {
  for (let i = before - 1; i >= Math.max(0, before - MAX_BACK); i--)
    if (lexicon().reporting.has(words[i] as string)) return true;
  return false;
}

function quantity(w: string | undefined): number | null {
  if (w === undefined) return null;
  const n = NUMBER_WORDS[w] ?? (/^\d{1,3}$/.test(w) ? Number(w) : Number.NaN);
  return Number.isNaN(n) ? null : n;
}
