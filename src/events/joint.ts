// Joint sides: two parties doing one act together. The frame's left chain links "A and B" and
// "A, B and C"; an elliptic title ("the president of A, X, and of B, Y") puts commas and a second
// title between the two, so the subject's own noun phrase is read here, leftwards from the subject.
import type { ActorDocument, DyadEvent, Participant, Quote } from "../model/document.js";
import { findQuotes } from "../quotes/stage.js";
import type { EvCtx, Placed } from "./context.js";
import type { Frame, Side } from "./frames.js";
import { mainDyad, otherSide } from "./main-dyad.js";
import type { Trigger } from "./match.js";
import { type ActorIndex, participantsOf, type SameSide } from "./participants.js";

// What may sit inside a coordinated subject's noun phrase besides mentions: titles, "of A", commas.
const NP_POS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"]);
const NP_WORDS = new Set([",", "of", "from", "'s", "’s", "his", "her", "its", "their"]);
const MAX_BACK = 24;
const CLAUSE_OPEN = new Set(["that", "while", "when", "as", "but", ";", ":", "“", '"', "—", "–"]);

/** The frame with the sides coordinated with its subject that the left chain missed, and with a
 * person in place of the bare country of their title ("of India and Pakistan, Modi and Sharif"). */
export function jointFrame(
  ctx: EvCtx,
  trig: Trigger,
  frame: Frame,
  sentStart: number,
  actors: ActorIndex,
): Frame {
  // "the willingness of A and B": a joint noun's "of" phrase names both sides, never the clause's
  // subject ("China praised the commitment of Vietnam" is no joint act of China's).
  const p = trig.pattern;
  if (p.noun && p.symmetric && p.target.length === 1 && p.target[0] === "of")
    return { ...frame, sources: [], targets: frame.targets };
  const me = firstPersonSubject(ctx, trig, sentStart);
  if (me !== null) {
    const targets = frame.targets.length > 0 ? frame.targets : sideOf(askerBefore(ctx, trig, sentStart));
    return { ...frame, sources: sideOf(me ?? null), targets };
  }
  const subj = frame.sources.at(-1)?.placed;
  if (!subj) return frame;
  const extra = coordinatedBefore(ctx, subj, sentStart);
  const sources =
    extra.length === 0 ? frame.sources : [...extra.map((placed) => ({ placed })), ...frame.sources];
  return { ...frame, sources: personsFirst(sources, actors), targets: frame.targets };
}

/** Mentions joined to the subject by an "and" inside its noun phrase, one per conjunct (a person
 * rather than their title's country). */
function coordinatedBefore(ctx: EvCtx, subj: Placed, sentStart: number): Placed[] {
  const out: Placed[] = [];
  const floor = Math.max(sentStart, subj.from - MAX_BACK);
  let conjunct: Placed | null = null;
  let sawAnd = false;
  let floorReached = true;
  // The leftmost comma passed so far (none: past the subject, so nothing is kept).
  let comma = subj.from;
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
    if (w === ",") comma = k;
    if (NP_WORDS.has(w) || NP_POS.has(ctx.toks[k]?.pos ?? "")) continue;
    floorReached = false;
    if (CLAUSE_OPEN.has(w)) break;
    // After a verb or a preposition the phrase opens at a comma ("Speaking in Doha, the emir of
    // A, X, and …"); mentions before that comma belong to another phrase ("met B and C, and D
    // agreed": B and C are no subjects).
    if (conjunct) out.push(conjunct);
    return out.filter((c) => c.from > comma).reverse();
  }
  if (floorReached && subj.from - MAX_BACK > sentStart) return [];
  if (conjunct) out.push(conjunct);
  return out.reverse();
}

const sideOf = (p: Placed | null): Side[] => (p ? [{ placed: p }] : []);

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

// ── First person in a quotation ─────────────────────────────────────────────────────────────────
// '"Y has asked us to sign, but we will not," X said': "we" and "I" are the quotation's speaker.

const FIRST_PERSON = new Set(["i", "we"]);
const BE = new Set(["am", "is", "are", "was", "were", "be", "been", "being"]);
const PARTICIPLE = /(ed|en|wn)$/;
const quotesOf = new WeakMap<ActorDocument, Quote[]>();

/** The pipeline finds a document's quotations anyway: handing them over spares a second pass. */
export function rememberQuotes(doc: ActorDocument, quotes: Quote[]): void {
  quotesOf.set(doc, quotes);
}

/** The speaker's mention when the trigger's subject is "I"/"we" inside a quotation; null when the
 * subject is someone else; undefined when it is the first person of no known speaker. */
export function firstPersonSubject(ctx: EvCtx, trig: Trigger, sentStart: number): Placed | null | undefined {
  let k = trig.from - 1;
  for (; k >= sentStart && k > trig.from - 8; k--) {
    if (ctx.coverAt[k]) return null;
    if (FIRST_PERSON.has(ctx.words[k] as string) && ctx.toks[k]?.pos === "PRON") break;
  }
  if (k < sentStart || k <= trig.from - 8) return null;
  // "we were attacked by X": the first person is the one the act is done to; the frame knows.
  // ("we are ready to …" is no passive.)
  const be = BE.has(ctx.words[trig.from - 1] as string) || BE.has(ctx.words[trig.from - 2] as string);
  if (be && !trig.pattern.noun && PARTICIPLE.test(ctx.words[trig.from] as string)) return null;
  let quotes = quotesOf.get(ctx.doc);
  if (!quotes) {
    quotes = findQuotes(ctx.doc);
    quotesOf.set(ctx.doc, quotes);
  }
  const at = ctx.toks[k]?.start ?? 0;
  const q = quoteAt(quotes, at);
  if (!q?.speaker) return undefined;
  // The speaker's last mention before the quotation (else their first), as the side.
  const mine = placedBySpeaker(ctx).get(q.speaker) ?? [];
  let lo = 0;
  let hi = mine.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((mine[mid] as Placed).m.start <= q.span.start) lo = mid + 1;
    else hi = mid;
  }
  return mine[lo > 0 ? lo - 1 : 0];
}

/** A document's quotations with a speaker, by start, each with the furthest end up to it. */
const quoteIndex = new WeakMap<Quote[], { q: Quote; order: number; reach: number }[]>();

/** The first quotation (in the document's order) with a speaker whose span holds `at`: a long document
 * has thousands, and this is asked for each "I"/"we" before a trigger. */
function quoteAt(quotes: Quote[], at: number): Quote | undefined {
  let list = quoteIndex.get(quotes);
  if (!list) {
    list = quotes.flatMap((q, order) => (q.speaker ? [{ q, order, reach: 0 }] : []));
    list.sort((a, b) => a.q.span.start - b.q.span.start);
    let reach = -1;
    for (const x of list) {
      reach = Math.max(reach, x.q.span.end);
      x.reach = reach;
    }
    quoteIndex.set(quotes, list);
  }
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as { q: Quote }).q.span.start <= at) lo = mid + 1;
    else hi = mid;
  }
  let best: { q: Quote; order: number } | undefined;
  for (let i = lo - 1; i >= 0 && (list[i] as { reach: number }).reach > at; i--) {
    const x = list[i] as { q: Quote; order: number };
    if (at < x.q.span.end && (!best || x.order < best.order)) best = x;
  }
  return best?.q;
}

/** Each speaker's one-actor mentions, in text order, built once per document. */
const bySpeaker = new WeakMap<EvCtx, Map<string, Placed[]>>();

function placedBySpeaker(ctx: EvCtx): Map<string, Placed[]> {
  let map = bySpeaker.get(ctx);
  if (!map) {
    map = new Map();
    for (const p of ctx.placed) {
      if (p.m.actors.length !== 1) continue;
      const id = p.m.actors[0] as string;
      const list = map.get(id);
      if (list) list.push(p);
      else map.set(id, [p]);
    }
    bySpeaker.set(ctx, map);
  }
  return map;
}

/** "Y has requested it, but I refused": the one asking, named before the "but" of the clause. */
export function askerBefore(ctx: EvCtx, trig: Trigger, sentStart: number): Placed | null {
  let k = trig.from - 1;
  while (k > sentStart && ctx.words[k] !== "but") k--;
  if (k <= sentStart) return null;
  for (let j = k - 1; j >= sentStart; j--) {
    const p = ctx.coverAt[j];
    if (p && isPerson(p)) return p;
  }
  return null;
}

// ── A meeting named as a noun ───────────────────────────────────────────────────────────────────
// "following the bilateral meeting held at the airport": the article's own meeting, whose sides
// are its pair; "At the meeting in Ohrid, X said …, despite Y's request": X and the one across.

const OWN = new Set(["the", "this", "that", "their", "bilateral", "both", "today's", "yesterday's"]);
const OTHER = new Set(["a", "an", "another", "next", "upcoming", "future", "any", "such"]);
// After these the meeting names its own sides or is another gathering ("the meeting of NATO").
const NAMED_AFTER = new Set(["of", "with", "between", "among"]);

/** A consultation noun with no sides of its own that refers to the article's meeting. */
export function sharedMeeting(ctx: EvCtx, trig: Trigger): boolean {
  const p = trig.pattern;
  if (!p.noun || !p.symmetric || !p.code.startsWith("04")) return false;
  if (NAMED_AFTER.has(ctx.words[trig.to] as string)) return false;
  let own = false;
  for (let k = trig.from - 1; k >= trig.from - 3 && k >= 0; k--) {
    // "the APEC summit": a mention before the noun names the gathering.
    if (ctx.sentOf[k] !== ctx.sentOf[trig.from]) break;
    if (ctx.coverAt[k]) return false;
    const w = ctx.words[k] as string;
    if (OTHER.has(w)) return false;
    if (OWN.has(w)) own = true;
  }
  return own;
}

/** "the three China–US joint communiqués": a noun right after the mentions that name it is a
 * thing (a document, a gathering) that the frame gave no side, not an act of the article's pair. */
export function namedThing(ctx: EvCtx, trig: Trigger, sources: Participant[]): boolean {
  if (!trig.pattern.noun || sources.length > 0) return false;
  for (let k = trig.from - 1; k >= trig.from - 3 && k >= 0 && ctx.sentOf[k] === ctx.sentOf[trig.from]; k--)
    if (ctx.coverAt[k]) return true;
  return false;
}

/** The two sides of such a meeting: its one named side and that side's counterpart in the
 * article (or another person of the sentence), else the article's pair. */
export function meetingPair(
  ctx: EvCtx,
  named: Participant[],
  sentStart: number,
  sentEnd: number,
  events: DyadEvent[],
  actors: ActorIndex,
  same: SameSide,
): [Participant, Participant] | null {
  // Only a person is taken as the meeting's named side: a country found by the frame may be the
  // place around it ("in Russia, in their first meeting").
  const one = named.find((p) => p.actor?.startsWith("person:"));
  if (!one) {
    const d = mainDyad(events);
    return d ? [d.a, d.b] : storyPair(ctx, actors, same);
  }
  const other =
    otherSide(mainDyad(events, one), one) ??
    personOfOtherSide(ctx, one, sentStart, sentEnd, actors, same) ??
    storyPartner(ctx, one, actors, same);
  return other ? [one, other] : null;
}

function personOfOtherSide(
  ctx: EvCtx,
  one: Participant,
  sentStart: number,
  sentEnd: number,
  actors: ActorIndex,
  same: SameSide,
): Participant | null {
  for (let j = sentStart; j < sentEnd; j++) {
    const p = ctx.startAt[j];
    if (!p || !isPerson(p)) continue;
    for (const x of participantsOf({ placed: p }, actors)) if (x.country && !same(x, one)) return x;
  }
  return null;
}

/** The countries the article names most (a person counts twice), each with its first person. */
function ranked(ctx: EvCtx, actors: ActorIndex): { p: Participant; n: number }[] {
  const by = new Map<string, { p: Participant; n: number }>();
  for (const placed of ctx.placed) {
    if (placed.m.actors.length !== 1) continue;
    for (const x of participantsOf({ placed }, actors)) {
      if (!x.country) continue;
      const person = isPerson(placed);
      const c = by.get(x.country);
      if (!c) by.set(x.country, { p: x, n: person ? 2 : 1 });
      else {
        c.n += person ? 2 : 1;
        if (person && c.p.name === null) c.p = x;
      }
    }
  }
  return [...by.values()].sort((a, b) => b.n - a.n);
}

function storyPair(ctx: EvCtx, actors: ActorIndex, same: SameSide): [Participant, Participant] | null {
  const [a, b] = ranked(ctx, actors);
  return a && b && !same(a.p, b.p) ? [a.p, b.p] : null;
}

function storyPartner(ctx: EvCtx, one: Participant, actors: ActorIndex, same: SameSide): Participant | null {
  return ranked(ctx, actors).find((c) => !same(c.p, one))?.p ?? null;
}
