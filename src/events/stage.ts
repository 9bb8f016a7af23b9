// The events stage: who did what to whom, when, from the pattern lexicon. Pure; one pass over the
// tokens, each looked up once in the lemma index, then frames, participants and merging.
import type { ActorDocument, DyadEvent, Participant, Span } from "../model/document.js";
import { cameo } from "./codebook.js";
import { buildEvCtx, type EvCtx, type Placed } from "./context.js";
import { findFrame, type Side } from "./frames.js";
import { jointFrame, meetingPair, namedThing, sharedMeeting } from "./joint.js";
import { type Lexicon, lexicon } from "./lexicon.js";
import { DyadTally, mainDyad, otherSide } from "./main-dyad.js";
import { type Trigger, triggerAt } from "./match.js";
import { mergeEvents } from "./merge.js";
import { claimant, isCharge, nestedWords } from "./nested.js";
import {
  type ActorIndex,
  actorIndex,
  participantsOf,
  type SameSide,
  sameCode,
  sameSide,
  usable,
} from "./participants.js";
import { locationIn } from "./places.js";
import { ploverCategory } from "./plover.js";
import { eventDate, eventModality } from "./when.js";

interface Found {
  ctx: EvCtx;
  trig: Trigger;
  sentStart: number;
  sentEnd: number;
  same: SameSide;
  /** Groups with no country ("---REB") may be sides: only with domestic events kept. */
  bare: boolean;
  /** No infinitive follows a pattern with a bareCode: that code applies. */
  noInfinitive: boolean;
  /** The act is what a threat announced ("threatened to [shell] the towns"). */
  threatened: boolean;
  /** The target is a possessive ("welcomed Cho's visit"): what is welcomed is the act, not the person. */
  possessive?: boolean;
  /** The doer is named in an attack phrase ("killed in Israeli shelling"). */
  byAttack?: boolean;
}

export interface EventOptions {
  /** Also keep events between two different actors of one country ("Georgian protesters" →
   * "the Georgian government"), as PETRARCH-style coders do. Off by default: Dyad is about
   * relations between countries, so the export and the dev figures leave them out. */
  domestic?: boolean;
  /** Also keep acts with a doer and no counterpart in the text ("Kurds demonstrated in Kirkuk",
   * "the president resigned"), as PLOVER codes them: the event's target is null. Off by default. */
  oneSided?: boolean;
}

export function extractEvents(
  doc: ActorDocument,
  lex: Lexicon = lexicon(),
  opts: EventOptions = {},
): DyadEvent[] {
  if (doc.mentions.length === 0) return [];
  const same = opts.domestic ? sameCode : sameSide;
  const ctx = buildEvCtx(doc);
  const actors = actorIndex(doc);
  const events: DyadEvent[] = [];
  // Directed statements without a target wait for the article's main dyad.
  const pending: [Found, Participant[]][] = [];
  // "the bilateral meeting", "at the meeting in Ohrid": the article's meeting, sides found below.
  const meetings: [Found, Participant[]][] = [];
  let sentStart = 0;
  // Token where the act asked for by an appeal starts ("urged Y to [stop] Z"): not an event.
  let wished = -1;
  let wishedEnd = -1;
  let threatening = false;
  // "summoned the envoy to [lodge] a protest": the act at `purpose.at` is the summoner's, at the one summoned.
  let purpose: { at: number; sources: Participant[]; targets: Participant[] } | null = null;
  for (let i = 0; i < ctx.toks.length; i++) {
    if (ctx.sentOf[i] !== ctx.sentOf[sentStart]) sentStart = i;
    const trig = triggerAt(ctx, i, lex);
    if (!trig) continue;
    // "urged Y to abide by X, stop Z": every bare verb of the wished complement is wished too.
    const isWished = i === wished || (i < wishedEnd && bareVerb(ctx, i));
    // "threatened to shell Iraqi towns": the act threatened is coded as the threat.
    if ((isWished && !threatening) || isCharge(ctx, i, sentStart)) {
      i = trig.to - 1;
      continue;
    }
    const after = ctx.words[trig.to - 1] === "to" ? trig.to - 1 : trig.to;
    const infinitive =
      trig.pattern.controls || trig.pattern.purpose || trig.pattern.bareCode
        ? infinitiveAfter(ctx, after)
        : -1;
    if (trig.pattern.controls) {
      wished = infinitive;
      wishedEnd = infinitive < 0 ? -1 : clauseEnd(ctx, infinitive);
      threatening = trig.pattern.code.startsWith("13");
    }
    let sentEnd = trig.to;
    while (sentEnd < ctx.toks.length && ctx.sentOf[sentEnd] === ctx.sentOf[i]) sentEnd++;
    const f: Found = {
      ctx,
      trig,
      sentStart,
      sentEnd,
      same,
      bare: opts.domestic === true,
      noInfinitive: trig.pattern.bareCode !== undefined && infinitive < 0 && !askedFor(ctx, trig.to),
      threatened: isWished,
    };
    const sides = sidesOf(f, actors, purpose?.at === i ? purpose : null);
    const { pairs, sources, targets } = sides;
    if (trig.pattern.purpose && infinitive >= 0) purpose = { at: infinitive, sources, targets };
    const root = trig.pattern.code.slice(0, 2);
    const nested = nestedWords();
    const forced = nested.rootSet.has(root);
    const claim = forced || nested.victimSet.has(root) ? claimant(ctx, i, sentStart) : null;
    // "X claimed that [an unknown group] attacked Z": the act's doer is not X; nothing to code.
    if (claim && !claim.named && forced) {
      i = trig.to - 1;
      continue;
    }
    const reporter = claim?.reporter
      ? placedParticipants(ctx, claim.reporter, actors).find((p) => usable(p, actors))
      : undefined;
    for (const [s, t, others] of pairs) events.push(reported(makeEvent(f, s, t, others), reporter, same));
    const doer = sources[0];
    // "Lithuania said China was blocking its exports": the act, and Lithuania's complaint of it.
    if (!forced && reporter && doer && !same(reporter, doer) && pairs.every(([, t]) => same(t, reporter))) {
      const e = makeEvent(f, reporter, doer, []);
      if (e.modality === "asserted") events.push(recoded(e, nested.accuse));
    }
    // "X said that Y attacked itself": still X's accusation of Y.
    if (pairs.length === 0 && reporter && doer && !same(reporter, doer)) {
      const e = reported(makeEvent(f, doer, doer, []), reporter, same);
      if (e.source === reporter) events.push(e);
    }
    const meeting = pairs.length === 0 && sharedMeeting(ctx, trig);
    if (meeting) meetings.push([f, sources]);
    // A one-sided act: its doer alone, when no reporter, main dyad or shared meeting gives it a
    // counterpart. A participle describing a noun ("the Israeli-occupied West Bank") reports no act.
    const alone = sources[0];
    const described = ctx.words[i - 1] === "-";
    if (
      opts.oneSided &&
      !meeting &&
      !described &&
      pairs.length === 0 &&
      !reporter &&
      sources.length === 1 &&
      alone &&
      !trig.pattern.implicit
    )
      events.push({ ...makeEvent(f, alone, alone, []), target: null });
    if (pairs.length === 0 && trig.pattern.implicit && !namedThing(ctx, trig, sources)) {
      // A symmetric act with no side named ("an agreement was reached") is the main dyad's.
      const sides = trig.pattern.symmetric ? dedupe([...sources, ...targets], same) : sources;
      if (sides.length <= 1 && (sides.length === 1 || trig.pattern.symmetric)) pending.push([f, sides]);
    }
    i = trig.to - 1;
  }
  for (const [f, named] of meetings) {
    const pair = meetingPair(ctx, named, f.sentStart, f.sentEnd, events, actors, same);
    if (pair) events.push(makeEvent(f, pair[0], pair[1], []));
  }
  const dyad = mainDyad(events);
  const tally = new DyadTally(events);
  const add = (e: DyadEvent) => {
    events.push(e);
    tally.add(e);
  };
  for (const [f, [source]] of pending) {
    if (!source) {
      if (dyad) add(makeEvent(f, dyad.a, dyad.b, []));
      continue;
    }
    // The source's own main counterpart in the article, else none.
    const target = otherSide(tally.of(source) ?? dyad, source);
    if (target && !otherCountryAfter(f, source, target, actors)) add(makeEvent(f, source, target, []));
  }
  const merged = mergeEvents(events);
  for (const e of merged) e.plover = ploverCategory(e);
  return merged;
}

// Roots whose acts two parties do together ("agreed", "pledged", "cooperate").
const JOINT_ROOTS = new Set(["03", "04", "05", "06"]);

type Pair = [Participant, Participant, Participant[]];

function sidesOf(
  f: Found,
  actors: ActorIndex,
  purpose: { sources: Participant[]; targets: Participant[] } | null,
): { pairs: Pair[]; sources: Participant[]; targets: Participant[] } {
  const { ctx, trig } = f;
  const frame = jointFrame(ctx, trig, findFrame(ctx, trig, f.sentStart, f.sentEnd), f.sentStart, actors);
  const sameSide = f.same;
  const first = frame.targets[0]?.placed;
  f.possessive = first !== undefined && POSSESSIVE.has(ctx.words[first.to] as string);
  f.byAttack = frame.byAttack === true;
  let sources = sideParticipants(frame.sources, f, actors);
  let targets = sideParticipants(frame.targets, f, actors);
  if (purpose) {
    sources = purpose.sources;
    if (targets.length === 0 || targets.every((t) => sources.some((s) => sameSide(s, t))))
      targets = purpose.targets;
  }
  // "Serbia and Kosovo … the agreement": a symmetric noun with no phrase of its own takes only
  // sides right before it ("the ASEAN–Japan summit", "Serbia's talks"), not the clause's subject.
  // An agreement named so ("the China–Japan trade agreement") is no act: only meetings.
  if (trig.pattern.noun && trig.pattern.symmetric && frame.targets.length === 0) {
    if (!trig.pattern.code.startsWith("04")) sources = [];
    const last = frame.sources.at(-1)?.placed;
    const near = (k: number) => k >= trig.from - 3 && k < trig.from;
    // "during their first summit": the possessive names the clause's pair.
    let their = false;
    for (let k = trig.from - 1; near(k) && !their; k--) their = ctx.words[k] === "their";
    if (!their && (!last || last.to < trig.from - 3)) sources = [];
  }
  const pairs: Pair[] = [];
  if (trig.pattern.symmetric) {
    const both = [...sources];
    for (const t of targets) addNew(both, t, sameSide);
    const [a, b] = both;
    if (a && b) pairs.push([a, b, both.slice(2)]);
  } else {
    const [t, ...rest] = targets;
    for (const s of sources) if (t && !sameSide(s, t)) pairs.push([s, t, rest]);
    // "A and B pledged", "both sides agreed": joint acts need no target.
    if (!t && sources.length >= 2 && JOINT_ROOTS.has(trig.pattern.code.slice(0, 2)))
      pairs.push([sources[0] as Participant, sources[1] as Participant, sources.slice(2)]);
  }
  // Two groups with no country ("rebels kidnapped peacekeepers") say nothing about any country.
  const bare = (p: Participant) => p.code.startsWith("---");
  return { pairs: pairs.filter(([s, t]) => !sameSide(s, t) && !(bare(s) && bare(t))), sources, targets };
}

/** The usable participants of a frame's sides, one per side (as dedupe would keep them). */
function sideParticipants(sides: Side[], f: Found, actors: ActorIndex): Participant[] {
  const out: Participant[] = [];
  for (const side of sides) {
    const ps = side.placed ? placedParticipants(f.ctx, side.placed, actors) : participantsOf(side, actors);
    for (const p of ps)
      if (usable(p, actors) && (f.bare || !p.code.startsWith("---"))) addNew(out, p, f.same);
  }
  return out;
}

/** The participants of a mention, made once per document: events share them, nothing changes them. */
function placedParticipants(ctx: EvCtx, placed: Placed, actors: ActorIndex): Participant[] {
  let found = ctx.participants.get(placed);
  if (!found) {
    found = participantsOf({ placed }, actors);
    ctx.participants.set(placed, found);
  }
  return found;
}

/** Push p unless a participant on the same side is already there. */
function addNew(out: Participant[], p: Participant, same: SameSide): void {
  for (const o of out) if (same(o, p)) return;
  out.push(p);
}

// Threat codes for conflict acts announced rather than done.
const THREAT_OF: Record<string, string> = {
  "15": "138",
  "16": "131",
  "17": "130",
  "18": "138",
  "19": "138",
  "20": "138",
};

// "ready to cooperate", "will cooperate", "aimed at boosting trade": an intention, not yet the act.
const INTENT_CUES = new Set(["to", "will", "would", "shall", "ready", "willing", "at"]);

const POSSESSIVE = new Set(["'s", "’s", "'", "’"]);

function makeEvent(f: Found, source: Participant, target: Participant, others: Participant[]): DyadEvent {
  const { ctx, trig, same } = f;
  const pat = trig.pattern;
  const sentence = ctx.doc.sentences[ctx.sentOf[trig.from] as number] ?? span(ctx, f.sentStart, f.sentEnd);
  const trigger = span(ctx, trig.from, trig.to);
  let code = pat.code;
  let intent = pat.intent === true;
  if (pat.intentCode && INTENT_CUES.has(ctx.words[trig.from - 1] ?? "")) {
    code = pat.intentCode;
    intent = true;
  }
  if (pat.personCode && !f.possessive && target.name !== null && target.actor?.startsWith("person:"))
    code = pat.personCode;
  if (pat.bareCode && f.noInfinitive) code = pat.bareCode;
  // Killed in shelling or an air strike: CAMEO codes conventional military force (19), not assault (18).
  if (f.byAttack && code.startsWith("18")) code = "190";
  let modality = pat.asserted ? "asserted" : eventModality(ctx, sentence, trigger);
  // Announcing force or sanctions to come is a threat, and the threat is what happened.
  const threat = pat.threatCode ?? THREAT_OF[code.slice(0, 2)] ?? (f.threatened ? "130" : undefined);
  if (threat && (f.threatened || modality === "planned" || modality === "hypothetical")) {
    code = threat;
    modality = "asserted";
  }
  const entry = cameo(code) ?? cameo(code.slice(0, 2));
  return {
    id: "",
    code,
    goldstein: entry?.goldstein ?? 0,
    quadClass: entry?.quadClass ?? 1,
    plover: entry?.plover ?? "",
    source,
    target,
    others: others.filter((o) => !same(o, source) && !same(o, target)),
    location: locationIn(ctx, f.sentStart, f.sentEnd),
    ...eventDate(ctx, sentence, trigger),
    // Expressing an intention is itself the event: "ready to cooperate" is asserted.
    modality: intent && modality !== "negated" ? "asserted" : modality,
    mentions: [{ sentence, trigger, pattern: pat.id }],
  };
}

/** "X claimed that Y attacked Z": X accuses Y; "X claimed that it attacked Z": X claims it. An
 * act only announced (a threat) stays what it is. */
function reported(e: DyadEvent, reporter: Participant | undefined, same: SameSide): DyadEvent {
  const w = nestedWords();
  if (!reporter || e.modality !== "asserted" || !w.rootSet.has(e.code.slice(0, 2))) return e;
  const own = same(reporter, e.source);
  if (!own && e.target && same(reporter, e.target)) return e;
  const code = own ? w.own : w.accuse;
  return {
    ...recoded(e, code),
    source: own ? e.source : reporter,
    target: own ? e.target : e.source,
    others: [],
  };
}

/** The event with another code, and that code's scores. */
function recoded(e: DyadEvent, code: string): DyadEvent {
  const entry = cameo(code) ?? cameo(code.slice(0, 2));
  return {
    ...e,
    code,
    goldstein: entry?.goldstein ?? 0,
    quadClass: entry?.quadClass ?? 1,
    plover: entry?.plover ?? "",
  };
}

/** Another country named after the trigger: the statement may be about it, not the counterpart. */
function otherCountryAfter(f: Found, source: Participant, target: Participant, actors: ActorIndex): boolean {
  for (let j = f.trig.to; j < f.sentEnd; j++) {
    const p = f.ctx.startAt[j];
    if (!p) continue;
    for (const x of placedParticipants(f.ctx, p, actors))
      if (x.country && x.country !== source.country && x.country !== target.country) return true;
  }
  return false;
}

/** The verb of the first "to VERB" within a few words after `from` in the same sentence, or -1. */
function infinitiveAfter(ctx: EvCtx, from: number): number {
  for (let j = from; j < from + 10 && ctx.sentOf[j] === ctx.sentOf[from - 1]; j++) {
    const w = ctx.words[j];
    // "urged X and Y to": "and" links the ones asked; before a verb it starts another clause.
    const next = ctx.toks[j + 1]?.pos;
    if (
      w === "." ||
      w === ";" ||
      (w === "and" && (next === "VERB" || next === "AUX")) ||
      ctx.toks[j]?.pos === "VERB"
    )
      return -1;
    // "demanded that Y withdraw", "insisted that Y must stop": the verb after the one asked.
    if (w === "that") return verbAfterSubject(ctx, j + 1);
    if (w !== "to") continue;
    // "permission to Russia to help": the first "to" may introduce the one asked.
    const k = ctx.toks[j + 1]?.pos === "ADV" ? j + 2 : j + 1;
    if (ctx.toks[k]?.pos === "VERB") return k;
  }
  return -1;
}

const MODALS = new Set(["must", "should", "would", "will", "shall", "to"]);

/** The verb of "Y [must] VERB" from `from`: a short subject, then modals and adverbs; or -1. */
function verbAfterSubject(ctx: EvCtx, from: number): number {
  let j = from;
  const sent = ctx.sentOf[from - 1];
  while (
    j < from + 6 &&
    ctx.sentOf[j] === sent &&
    (ctx.coverAt[j] || /^(DET|ADJ|NOUN|PROPN|PRON|PART)$/.test(ctx.toks[j]?.pos ?? ""))
  )
    j++;
  if (j === from) return -1;
  while (ctx.sentOf[j] === sent && (MODALS.has(ctx.words[j] as string) || ctx.toks[j]?.pos === "ADV")) j++;
  return ctx.toks[j]?.pos === "VERB" && ctx.sentOf[j] === sent ? j : -1;
}

/** End of the clause a token sits in: the sentence's end, ";" or "but". */
function clauseEnd(ctx: EvCtx, from: number): number {
  let j = from;
  while (j < ctx.words.length && ctx.sentOf[j] === ctx.sentOf[from]) {
    const w = ctx.words[j];
    if (w === ";" || w === "but") break;
    j++;
  }
  return j;
}

/** A verb in its bare or -ing form ("stop", "defending"; not "stopped"/"stops"): part of a
 * wished list of acts. */
function bareVerb(ctx: EvCtx, i: number): boolean {
  const w = ctx.words[i] as string;
  return ctx.toks[i]?.pos === "VERB" && !w.endsWith("ed") && !w.endsWith("s");
}

/** "called on X for restraint": an appeal named after the addressee, within a few words. */
function askedFor(ctx: EvCtx, from: number): boolean {
  for (let j = from; j < from + 8 && ctx.sentOf[j] === ctx.sentOf[from - 1]; j++)
    if (ctx.words[j] === "for" || ctx.words[j] === "to") return true;
  return false;
}

function dedupe(ps: Participant[], same: SameSide): Participant[] {
  const out: Participant[] = [];
  for (const p of ps) addNew(out, p, same);
  return out;
}

function span(ctx: EvCtx, from: number, to: number): Span {
  return { start: ctx.toks[from]?.start ?? 0, end: ctx.toks[to - 1]?.end ?? 0 };
}
