// Modality of an event mention: asserted, planned, negated or hypothetical, from cue words near
// the trigger (data/events/modality.json). Cues count only inside the trigger's clause (not
// across ";" or "but"), before it up to a comma or a reporting verb, and right after it for
// passives ("talks were not held", "the visit was postponed").
import { derived, table } from "../knowledge/load.js";
import type { Table } from "../knowledge/schemas.js";
import { PhraseSet, type TokenWindow, tokenWindow } from "../language/dates/phrases.js";
import type { Modality, Span, Token } from "../model/document.js";

type Tag = Modality | "conditional" | "would" | "reporting" | "ignore";

interface Lexicon {
  before: PhraseSet<Tag>;
  after: PhraseSet<Tag>;
  clauseBreaks: Set<string>;
  segmentBreaks: Set<string>;
  afterStops: Set<string>;
  window: { before: number; after: number };
}

/**
 * How far from the trigger, in words, any cue is looked for: far beyond a clause, so only an
 * over-long run of words without a clause break is cut short, and each call's work stays bounded.
 */
const REACH = 80;

const STRENGTH: Record<Modality, number> = { asserted: 0, planned: 1, hypothetical: 2, negated: 3 };

const lexicon = derived((): Lexicon => build(table("events/modality.json")));

function build(w: Table<"events/modality.json">): Lexicon {
  const tagged = (list: string[], tag: Tag): [string, Tag][] => list.map((p) => [p, tag]);
  // Earlier entries win among equally long phrases: "ignore" first, so "not only" is no negation.
  const side = (k: "before" | "after"): PhraseSet<Tag> =>
    new PhraseSet([
      ...tagged(w.ignore, "ignore"),
      ...(k === "before" ? tagged(w.reporting, "reporting") : []),
      ...(k === "before" ? tagged(w.reportedFuture, "would") : []),
      ...tagged(w.negated[k], "negated"),
      ...tagged(w.conditional[k], "conditional"),
      ...tagged(w.hypothetical[k], "hypothetical"),
      ...tagged(w.planned[k], "planned"),
    ]);
  return {
    before: side("before"),
    after: side("after"),
    clauseBreaks: new Set(w.clauseBreaks),
    segmentBreaks: new Set(w.segmentBreaks),
    afterStops: new Set(w.afterStops),
    window: w.window,
  };
}

/** Modality of an event whose trigger words are text[trigger.start, trigger.end) inside sentence
 * [sentence.start, sentence.end); `window` is tokenWindow of the sentence, for callers that have it. */
export function modalityOf(
  text: string,
  tokens: Token[],
  sentence: Span,
  trigger: Span,
  window: TokenWindow = tokenWindow(text, tokens, sentence),
): Modality {
  const lex = lexicon();
  const { words, pos, first } = window;
  if (words.length === 0) return "asserted";
  // Trigger tokens [ts, te] within the sentence's words.
  let ts = 0;
  while (ts < words.length - 1 && (tokens[first + ts] as Token).end <= trigger.start) ts++;
  let te = ts;
  while (te < words.length - 1 && (tokens[first + te + 1] as Token).start < trigger.end) te++;
  const floor = Math.max(0, ts - REACH);
  const ceiling = Math.min(words.length, te + 1 + REACH);
  let lo = floor;
  for (let i = ts - 1; i >= floor; i--)
    if (lex.clauseBreaks.has(words[i] as string)) {
      lo = i + 1;
      break;
    }
  let hi = ceiling;
  for (let i = te + 1; i < ceiling; i++)
    if (lex.clauseBreaks.has(words[i] as string)) {
      hi = i;
      break;
    }

  let modality: Modality = "asserted";
  const raise = (m: Modality): void => {
    if (STRENGTH[m] > STRENGTH[modality]) modality = m;
  };

  // A conditional anywhere earlier in the clause ("If talks resume, the two will meet").
  for (let i = lo; i < ts; i++)
    if (lex.before.at(words, i, ts, pos)?.tag === "conditional") raise("hypothetical");

  // Before the trigger: back to a comma, a reporting verb or the window's edge.
  let start = ts;
  for (let i = ts - 1; i >= lo && ts - i <= lex.window.before; i--) {
    if (
      lex.segmentBreaks.has(words[i] as string) ||
      lex.before.at(words, i, te + 1, pos)?.tag === "reporting"
    )
      break;
    start = i;
  }
  let isReported: boolean | undefined;
  const reported = (): boolean => {
    if (isReported === undefined) {
      isReported = false;
      for (let i = floor; i < ceiling && !isReported; i++)
        isReported = lex.before.at(words, i, words.length, pos)?.tag === "reporting";
    }
    return isReported;
  };
  for (let i = start; i <= te; ) {
    const p = lex.before.at(words, i, te + 1, pos);
    const tag = p?.tag;
    if (tag === "would") raise(reported() ? "planned" : "hypothetical");
    else if (tag === "negated" || tag === "hypothetical" || tag === "planned") raise(tag);
    i += p?.words.length ?? 1;
  }

  // After the trigger: passives and trailing conditionals, up to a comma, "and" or another verb.
  for (let i = te + 1; i < hi && i - te <= lex.window.after; ) {
    const w = words[i] as string;
    if (lex.segmentBreaks.has(w) || lex.afterStops.has(w)) break;
    const p = lex.after.at(words, i, hi, pos);
    if (p?.tag === "conditional") raise("hypothetical");
    else if (p?.tag === "negated" || p?.tag === "hypothetical" || p?.tag === "planned") raise(p.tag);
    else if (pos[i] === "VERB") break;
    i += p?.words.length ?? 1;
  }
  // "would meet if …": a conditional later in the same stretch, past the short window.
  for (let i = te + 1; i < hi; i++) {
    const w = words[i] as string;
    if (lex.segmentBreaks.has(w)) break;
    if (lex.after.at(words, i, hi, pos)?.tag === "conditional") {
      raise("hypothetical");
      break;
    }
  }
  return modality;
}
