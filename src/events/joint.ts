// Joint sides: two parties doing one act together. The frame's left chain links "A and B" and
// "A, B and C"; an elliptic title ("the president of A, X, and of B, Y") puts commas and a second
// title between the two, so the subject's own noun phrase is read here, leftwards from the subject.
import type { EvCtx, Placed } from "./context.js";
import type { Frame, Side } from "./frames.js";
import { type ActorIndex, participantsOf } from "./participants.js";

// What may sit inside a coordinated subject's noun phrase besides mentions: titles, "of A", commas.
const NP_POS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"]);
const NP_WORDS = new Set([",", "of", "from", "'s", "’s", "his", "her", "its", "their"]);
const MAX_BACK = 24;
const CLAUSE_OPEN = new Set(["that", "while", "when", "as", "but", ";", ":", "“", '"', "—", "–"]);

/** The frame with the sides coordinated with its subject that the left chain missed, and with a
 * person in place of the bare country of their title ("of India and Pakistan, Modi and Sharif"). */
export function jointFrame(ctx: EvCtx, frame: Frame, sentStart: number, actors: ActorIndex): Frame {
  const subj = frame.sources.at(-1)?.placed;
  if (!subj) return frame;
  const extra = coordinatedBefore(ctx, subj, sentStart);
  const sources =
    extra.length === 0 ? frame.sources : [...extra.map((placed) => ({ placed })), ...frame.sources];
  return { sources: personsFirst(sources, actors), targets: frame.targets };
}

/** Mentions joined to the subject by an "and" inside its noun phrase, one per conjunct (a person
 * rather than their title's country). */
function coordinatedBefore(ctx: EvCtx, subj: Placed, sentStart: number): Placed[] {
  const out: Placed[] = [];
  const floor = Math.max(sentStart, subj.from - MAX_BACK);
  let conjunct: Placed | null = null;
  let sawAnd = false;
  let floorReached = true;
  for (let k = subj.from - 1; k >= floor; k--) {
    const p = ctx.coverAt[k];
    if (p) {
      if (sawAnd && (!conjunct || (isPerson(p) && !isPerson(conjunct)))) conjunct = p;
      k = p.from;
      continue;
    }
    const w = ctx.words[k] as string;
    if (w === "and") {
      if (conjunct) out.push(conjunct);
      conjunct = null;
      sawAnd = true;
      continue;
    }
    if (NP_WORDS.has(w) || NP_POS.has(ctx.toks[k]?.pos ?? "")) continue;
    // The phrase must open its clause: after a verb ("met B and C, and D agreed") or a
    // preposition ("with A, X, and B") the mentions before "and" are no subjects.
    if (!CLAUSE_OPEN.has(w)) return [];
    floorReached = false;
    break;
  }
  if (floorReached && subj.from - MAX_BACK > sentStart) return [];
  if (conjunct) out.push(conjunct);
  return out.reverse();
}

const isPerson = (p: Placed): boolean =>
  p.m.actors.length === 1 && p.m.actors[0]?.startsWith("person:") === true;

/** Drop a side that is only the country of a person named on the same side. */
function personsFirst(sides: Side[], actors: ActorIndex): Side[] {
  if (sides.length < 2) return sides;
  const personCountries = new Set<string>();
  for (const s of sides)
    if (s.placed && isPerson(s.placed))
      for (const p of participantsOf(s, actors)) if (p.country) personCountries.add(p.country);
  if (personCountries.size === 0) return sides;
  return sides.filter((s) => {
    if (!s.placed || isPerson(s.placed)) return true;
    const ps = participantsOf(s, actors);
    return !(ps.length === 1 && ps[0]?.name === null && ps[0].country && personCountries.has(ps[0].country));
  });
}
