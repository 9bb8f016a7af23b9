// Reported force: "the US claimed that Iraq attacked Kuwait" codes the claim, as PETRARCH-style
// coders do: an accusation of the doer (112), or a claim of responsibility when the reporter
// reports its own act (015). Knowledge in data/events/nested.json.
import { derived, table } from "../knowledge/load.js";
import type { EvCtx, Placed } from "./context.js";

export const nestedWords = derived(() => {
  const w = table("events/nested.json");
  return {
    ...w,
    claimSet: new Set(w.claims),
    rootSet: new Set(w.roots),
    victimSet: new Set(w.victimRoots),
    chargeSet: new Set(w.charges),
  };
});

/** How far back, in words, a claim verb and its reporter are looked for: far beyond a clause, so
 * only an over-long run of words is cut short, and each call's work stays bounded. */
const REACH = 80;

const TIME_POS = new Set(["ADP", "PROPN", "NOUN", "NUM", "DET", "ADV"]);

export interface Claim {
  /** The nearest actor before the claim verb, if any. */
  reporter: Placed | null;
  /** Whether the claimed act's doer is named (an actor or a pronoun); if not, the act is unknown's. */
  named: boolean;
}

/** "said eight people were killed": a short noun phrase, then the verb group of the act at `to`. */
function bareSubject(ctx: EvCtx, at: number, to: number): boolean {
  let k = at;
  while (k < to && k - at < 5 && /^(DET|NUM|ADJ|NOUN)$/.test(ctx.toks[k]?.pos ?? "")) k++;
  if (k === at) return false;
  while (k < to && /^(AUX|ADV|PART)$/.test(ctx.toks[k]?.pos ?? "")) k++;
  return k === to;
}

/** The claim the act at `from` sits in ("X claimed that [Y attacked]"), if any: a claim verb
 * earlier in the sentence, followed by "that" or the clause's subject. */
export function claimant(ctx: EvCtx, from: number, sentStart: number): Claim | null {
  const w = nestedWords();
  const floor = Math.max(sentStart, from - REACH);
  for (let v = from - 1; v > floor; v--) {
    const word = ctx.words[v] as string;
    if (word === ";" || word === "," || word === "but") return null;
    if (!w.claimSet.has(word) || ctx.toks[v]?.pos !== "VERB") continue;
    // "said on Friday that": a short time phrase may sit between the verb and "that".
    let next = v + 1;
    for (let k = next; k < Math.min(from, v + 5); k++)
      if (ctx.words[k] === "that") {
        next = k;
        break;
      } else if (!TIME_POS.has(ctx.toks[k]?.pos ?? "") || ctx.coverAt[k]) break;
    if (ctx.words[next] !== "that" && !ctx.startAt[next] && !bareSubject(ctx, next, from)) return null;
    let named = false;
    for (let k = next; k < from && !named; k++)
      named = ctx.coverAt[k] !== undefined || ctx.toks[k]?.pos === "PRON";
    // "said eight people were killed in an air strike by government forces": the doer named after.
    for (let k = from + 1; k < Math.min(ctx.words.length, from + 12) && !named; k++) {
      if (ctx.sentOf[k] !== ctx.sentOf[from] || ctx.words[k] === ",") break;
      named = ctx.words[k] === "by" && (ctx.coverAt[k + 1] ?? ctx.coverAt[k + 2]) !== undefined;
    }
    let k = v - 1;
    // "The Observatory, a UK-based group that tracks the war, said": past the apposition.
    if (ctx.words[k] === ",")
      for (let c = k - 1; c > Math.max(sentStart, k - 14); c--)
        if (ctx.words[c] === ",") {
          k = c - 1;
          break;
        }
    for (const stop = Math.max(sentStart, v - REACH); k >= stop; k--) {
      const p = ctx.coverAt[k];
      if (p) return { reporter: p, named };
      if (ctx.words[k] === "," || ctx.toks[k]?.pos === "VERB") break;
    }
    return { reporter: null, named };
  }
  return null;
}

/** "jailed a student for [helping] militants": an act given as the reason of a punishment earlier
 * in the clause is the charge, not an event. */
export function isCharge(ctx: EvCtx, at: number, sentStart: number): boolean {
  if (ctx.words[at - 1] !== "for" || !(ctx.words[at] as string).endsWith("ing")) return false;
  const charges = nestedWords().chargeSet;
  for (let k = at - 2; k >= Math.max(sentStart, at - 14); k--) {
    const w = ctx.words[k] as string;
    if (w === ";" || w === "but") return false;
    if (charges.has(w)) return true;
  }
  return false;
}
