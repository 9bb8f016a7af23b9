// The events stage: who did what to whom, when, from the pattern lexicon. Pure; one pass over the
// tokens, each looked up once in the lemma index, then frames, participants and merging.
import type { ActorDocument, DyadEvent, Participant, Span } from "../model/document.js";
import { cameo } from "./codebook.js";
import { buildEvCtx, type EvCtx } from "./context.js";
import { findFrame } from "./frames.js";
import { type Lexicon, lexicon } from "./lexicon.js";
import { mainDyad, otherSide } from "./main-dyad.js";
import { type Trigger, triggerAt } from "./match.js";
import { mergeEvents } from "./merge.js";
import { type ActorIndex, actorIndex, participantsOf, sameSide, usable } from "./participants.js";
import { locationIn } from "./places.js";
import { eventDate, eventModality } from "./when.js";

interface Found {
  ctx: EvCtx;
  trig: Trigger;
  sentStart: number;
  sentEnd: number;
}

export function extractEvents(doc: ActorDocument, lex: Lexicon = lexicon()): DyadEvent[] {
  if (doc.mentions.length < 2 && !doc.mentions.some((m) => m.actors.length > 1)) return [];
  const ctx = buildEvCtx(doc);
  const actors = actorIndex(doc);
  const events: DyadEvent[] = [];
  // Directed statements without a target wait for the article's main dyad.
  const pending: [Found, Participant[]][] = [];
  let sentStart = 0;
  for (let i = 0; i < ctx.toks.length; i++) {
    if (ctx.sentOf[i] !== ctx.sentOf[sentStart]) sentStart = i;
    const trig = triggerAt(ctx, i, lex);
    if (!trig) continue;
    let sentEnd = trig.to;
    while (sentEnd < ctx.toks.length && ctx.sentOf[sentEnd] === ctx.sentOf[i]) sentEnd++;
    const f = { ctx, trig, sentStart, sentEnd };
    const { pairs, sources } = sidesOf(f, actors);
    for (const [s, t, others] of pairs) events.push(makeEvent(f, s, t, others));
    if (pairs.length === 0 && trig.pattern.implicit && sources.length === 1) pending.push([f, sources]);
    i = trig.to - 1;
  }
  const dyad = mainDyad(events);
  if (dyad)
    for (const [f, [source]] of pending) {
      const target = source && otherSide(dyad, source);
      if (source && target) events.push(makeEvent(f, source, target, []));
    }
  return mergeEvents(events);
}

type Pair = [Participant, Participant, Participant[]];

function sidesOf(f: Found, actors: ActorIndex): { pairs: Pair[]; sources: Participant[] } {
  const { ctx, trig } = f;
  const frame = findFrame(ctx, trig, f.sentStart, f.sentEnd);
  const sources = dedupe(frame.sources.flatMap((s) => participantsOf(s, actors)).filter((p) => usable(p, actors)));
  const targets = dedupe(frame.targets.flatMap((s) => participantsOf(s, actors)).filter((p) => usable(p, actors)));
  const pairs: Pair[] = [];
  if (trig.pattern.symmetric) {
    const [a, b, ...rest] = dedupe([...sources, ...targets]);
    if (a && b) pairs.push([a, b, rest]);
  } else {
    const [t, ...rest] = targets;
    for (const s of sources) if (t && !sameSide(s, t)) pairs.push([s, t, rest]);
    // "both sides" as the only side of a directed pattern: each side to the other.
    const group = frame.sources.length === 1 && frame.sources[0]?.placed?.m.actors.length === 2;
    if (!t && group && sources.length === 2) pairs.push([sources[0] as Participant, sources[1] as Participant, []]);
  }
  return { pairs: pairs.filter(([s, t]) => !sameSide(s, t)), sources };
}

// "ready to cooperate", "will cooperate": an intention, not yet the act.
const INTENT_CUES = new Set(["to", "will", "would", "shall", "ready", "willing"]);

function makeEvent(f: Found, source: Participant, target: Participant, others: Participant[]): DyadEvent {
  const { ctx, trig } = f;
  const pat = trig.pattern;
  const sentence = ctx.doc.sentences[ctx.sentOf[trig.from] as number] ?? span(ctx, f.sentStart, f.sentEnd);
  const trigger = span(ctx, trig.from, trig.to);
  let code = pat.code;
  let intent = pat.intent === true;
  if (pat.intentCode && INTENT_CUES.has(ctx.words[trig.from - 1] ?? "")) {
    code = pat.intentCode;
    intent = true;
  }
  if (pat.personCode && target.name !== null && target.actor?.startsWith("person:")) code = pat.personCode;
  const entry = cameo(code) ?? cameo(code.slice(0, 2));
  const modality = eventModality(ctx.doc, sentence, trigger);
  return {
    id: "",
    code,
    goldstein: entry?.goldstein ?? 0,
    quadClass: entry?.quadClass ?? 1,
    plover: entry?.plover ?? "",
    source,
    target,
    others: others.filter((o) => !sameSide(o, source) && !sameSide(o, target)),
    location: locationIn(ctx, f.sentStart, f.sentEnd),
    ...eventDate(ctx.doc, sentence, trigger),
    // Expressing an intention is itself the event: "ready to cooperate" is asserted.
    modality: intent && modality !== "negated" ? "asserted" : modality,
    mentions: [{ sentence, trigger, pattern: pat.id }],
  };
}

function dedupe(ps: Participant[]): Participant[] {
  const out: Participant[] = [];
  for (const p of ps) if (!out.some((o) => sameSide(o, p))) out.push(p);
  return out;
}

function span(ctx: EvCtx, from: number, to: number): Span {
  return { start: ctx.toks[from]?.start ?? 0, end: ctx.toks[to - 1]?.end ?? 0 };
}
