// Trigger matching: a token whose lemma starts a pattern, then the pattern's further words with up
// to three modifiers between them ("held [their first in-person] talks").
import type { EvCtx } from "./context.js";
import { lemmas, startingPatterns } from "./lemma.js";
import type { Lexicon, Pattern } from "./lexicon.js";

export interface Trigger {
  pattern: Pattern;
  /** Token range [from, to). */
  from: number;
  to: number;
  /** Start of the object a "*" slot captured ("hold [the US] responsible"). */
  object?: number;
}

const GAP_POS = new Set(["DET", "ADJ", "NUM", "ADV", "PRON", "NOUN", "PROPN", "PART"]);
const MAX_GAP = 3;
const TITLE_POS = new Set(["PROPN", "NOUN", "ADJ", "PUNCT"]);
const QUOTES = new Set(['"', "“", "”", "'", "‘", "’"]);
const NOUN_POS = new Set(["NOUN", "PROPN"]);
// A verb pattern's first word must not be tagged as one of these ("the host", "back home").
const NOT_VERB = new Set(["NOUN", "PROPN", "ADJ", "ADP", "DET", "ADV", "NUM", "PRON", "CCONJ", "SCONJ"]);

/** A noun here: tagged so, or right after a determiner or possessive ("Ruto's visit"). */
function nounAt(ctx: EvCtx, i: number, pos: string): boolean {
  if (NOUN_POS.has(pos)) return true;
  const before = ctx.toks[i - 1]?.pos ?? "";
  return before === "DET" || before === "PART" || before === "ADJ" || ctx.words[i - 1] === "'s";
}

/** Whether token i is the second half of a hyphenated compound ("so-called", "Russian-backed"). */
function hyphenFused(ctx: EvCtx, i: number): boolean {
  const start = ctx.toks[i]?.start ?? 0;
  const text = ctx.doc.text;
  return start >= 2 && text.charCodeAt(start - 1) === 45 && /\p{L}/u.test(text[start - 2] as string);
}

const BE = new Set(["is", "are", "was", "were", "be", "been", "being"]);

const MODAL = new Set(["would", "will", "to", "could", "can", "may", "might", "shall", "should", "must"]);

/** A verb the tagger read as an adjective: a participle after "be" ("is being pressured by") or
 * before a "that" clause ("alleged that"), or a bare verb after a modal ("would free"). */
function passiveAdj(ctx: EvCtx, i: number): boolean {
  if (ctx.toks[i]?.pos !== "ADJ") return false;
  const prev = ctx.words[i - 1] ?? "";
  const ed = /ed$/.test(ctx.words[i] as string);
  return (ed && (BE.has(prev) || ctx.words[i + 1] === "that")) || MODAL.has(prev);
}

function slotHas(slot: Set<string>, word: string, lex: Lexicon): boolean {
  if (slot.has(word)) return true;
  for (const l of lemmas(word, lex)) if (slot.has(l)) return true;
  return false;
}

// Slot positions matchRest fills for the pattern being tried; read right after, so one array serves.
const star: number[] = [];

/** The longest pattern starting at token i, if any. */
export function triggerAt(ctx: EvCtx, i: number, lex: Lexicon): Trigger | null {
  const word = ctx.words[i] as string;
  const heads = startingPatterns(word, lex);
  if (heads.length === 0) return null;
  const pos = ctx.toks[i]?.pos ?? "";
  const sent = ctx.sentOf[i];
  const fused = hyphenFused(ctx, i);
  let best: Trigger | null = null;
  for (const patterns of heads) {
    for (const p of patterns) {
      if (best && best.to - best.from >= p.slots.length) break;
      // Single words need the right part of speech ("the host", "back home"); phrases are specific enough.
      if (p.noun ? !nounAt(ctx, i, pos) : p.slots.length === 1 && NOT_VERB.has(pos) && !passiveAdj(ctx, i))
        continue;
      // "the so-called threat", "a US-led force": a verb joined to the word before it is an adjective.
      if (fused && !p.noun) continue;
      star.length = 0;
      const end = matchRest(ctx, i, p, lex, sent, star);
      if (end > 0 && (!best || end - i > best.to - best.from)) {
        const object = star[0];
        best =
          object !== undefined ? { pattern: p, from: i, to: end, object } : { pattern: p, from: i, to: end };
      }
    }
  }
  return best ?? passiveObject(ctx, i, heads, lex);
}

/** "Evidence against Russia was presented by the US": a verb–noun pattern in the passive, its noun
 * heading the subject; the actor in the noun's phrase ("against Russia") is the target. */
function passiveObject(ctx: EvCtx, i: number, heads: Pattern[][], lex: Lexicon): Trigger | null {
  if (!BE.has(ctx.words[i - 1] ?? "") || !/ed$/.test(ctx.words[i] as string)) return null;
  const sent = ctx.sentOf[i];
  for (const patterns of heads)
    for (const p of patterns) {
      if (p.slots.length !== 2 || p.noun || p.slots[1]?.has("*")) continue;
      for (let k = i - 2; k >= Math.max(0, i - 8) && ctx.sentOf[k] === sent; k--) {
        if (!slotHas(p.slots[1] as Set<string>, ctx.words[k] as string, lex)) continue;
        for (let m = k + 1; m < i - 1; m++) {
          const prep = ctx.words[m - 1] === "the" ? ctx.words[m - 2] : ctx.words[m - 1];
          if (ctx.startAt[m] && p.target.includes(prep ?? ""))
            return { pattern: p, from: i, to: i + 1, object: m };
        }
        break;
      }
    }
  return null;
}

/** Token index after the last matched word, or 0 when the pattern does not continue here. */
function matchRest(
  ctx: EvCtx,
  i: number,
  p: Pattern,
  lex: Lexicon,
  sent: number | undefined,
  star: number[],
): number {
  let j = i + 1;
  for (let k = 1; k < p.slots.length; k++) {
    const slot = p.slots[k] as Set<string>;
    if (slot.has("*")) {
      // An object slot: one actor mention, with its determiners.
      // "declared two Russian diplomats persona non grata": determiners and numbers.
      while (ctx.toks[j]?.pos === "DET" || ctx.toks[j]?.pos === "NUM") j++;
      // A title the actors layer left outside the mention ("Mr. Xi").
      for (let t = 0; t < 2 && !ctx.startAt[j] && TITLE_POS.has(ctx.toks[j]?.pos ?? ""); t++) j++;
      const m = ctx.startAt[j];
      if (!m || ctx.sentOf[j] !== sent) return 0;
      star.push(j);
      j = m.to;
      continue;
    }
    let gap = 0;
    for (;;) {
      if (j >= ctx.words.length || ctx.sentOf[j] !== sent) return 0;
      if (slotHas(slot, ctx.words[j] as string, lex)) break;
      // Modifiers only, and never an actor: "met [China's] …" is not a gap.
      const w = ctx.words[j] as string;
      // A place pattern's place may sit inside the phrase ("attend the Beijing Olympics").
      const inner = ctx.startAt[j];
      if (p.place && inner && star.length === 0 && gap < MAX_GAP) {
        star.push(j);
        j = inner.to;
        gap++;
        continue;
      }
      const pos = ctx.toks[j]?.pos ?? "";
      // "expel [exiled] leaders": a participle before a noun modifies it.
      const participle = pos === "VERB" && /ed$/.test(w) && NOUN_POS.has(ctx.toks[j + 1]?.pos ?? "");
      const modifier = GAP_POS.has(pos) || QUOTES.has(w) || pos === "SYM" || participle;
      if (gap >= MAX_GAP || ctx.coverAt[j] || !modifier) return 0;
      // Quotes and amounts are free: "approved a [$100 million] deal".
      if (!QUOTES.has(w) && pos !== "NUM" && pos !== "SYM") gap++;
      j++;
    }
    j++;
  }
  return j;
}
