// The events stage: who did what to whom, when, from the pattern lexicon. Pure; one pass over the
// tokens, each looked up once in the lemma index, then frames, participants and merging.
import type { ActorDocument, DyadEvent, Participant, Span } from "../model/document.js";
import { cameo } from "./codebook.js";
import { buildEvCtx, type EvCtx } from "./context.js";
import { findFrame } from "./frames.js";
import { type Lexicon, lexicon } from "./lexicon.js";
import { type Trigger, triggerAt } from "./match.js";
import { mergeEvents } from "./merge.js";
import { type ActorIndex, actorIndex, participantsOf, sameSide, usable } from "./participants.js";
import { locationIn } from "./places.js";
import { eventDate, eventModality } from "./when.js";

export function extractEvents(doc: ActorDocument, lex: Lexicon = lexicon()): DyadEvent[] {
  if (doc.mentions.length < 2 && !doc.mentions.some((m) => m.actors.length > 1)) return [];
  const ctx = buildEvCtx(doc);
  const actors = actorIndex(doc);
  const found: DyadEvent[] = [];
  let sentStartTok = 0;
  for (let i = 0; i < ctx.toks.length; i++) {
    if (ctx.sentOf[i] !== ctx.sentOf[sentStartTok]) sentStartTok = i;
    const trig = triggerAt(ctx, i, lex);
    if (!trig) continue;
    let sentEndTok = trig.to;
    while (sentEndTok < ctx.toks.length && ctx.sentOf[sentEndTok] === ctx.sentOf[i]) sentEndTok++;
    found.push(...eventsAt(ctx, trig, sentStartTok, sentEndTok, actors));
    i = trig.to - 1;
  }
  return mergeEvents(found);
}

function eventsAt(
  ctx: EvCtx,
  trig: Trigger,
  sentStart: number,
  sentEnd: number,
  actors: ActorIndex,
): DyadEvent[] {
  const frame = findFrame(ctx, trig, sentStart, sentEnd);
  const sources = frame.sources.flatMap((s) => participantsOf(s, actors)).filter((p) => usable(p, actors));
  const targets = frame.targets.flatMap((s) => participantsOf(s, actors)).filter((p) => usable(p, actors));
  const pairs: [Participant, Participant, Participant[]][] = [];
  if (trig.pattern.symmetric) {
    const all = dedupe([...sources, ...targets]);
    const [a, b, ...rest] = all;
    if (a && b) pairs.push([a, b, rest]);
  } else {
    const tgts = dedupe(targets);
    const [t, ...rest] = tgts;
    for (const s of dedupe(sources)) if (t) pairs.push([s, t, rest]);
    // "both sides" as the only side of a directed pattern: each side to the other.
    if (!t && sources.length === 2) pairs.push([sources[0] as Participant, sources[1] as Participant, []]);
  }
  const out: DyadEvent[] = [];
  const sentence = ctx.doc.sentences[ctx.sentOf[trig.from] as number] ?? span(ctx, sentStart, sentEnd);
  const trigger = span(ctx, trig.from, trig.to);
  const entry = cameo(trig.pattern.code);
  if (!entry) return out;
  for (const [source, target, others] of pairs) {
    if (sameSide(source, target)) continue;
    const modality = eventModality(ctx.doc, sentence, trigger);
    out.push({
      id: "",
      code: trig.pattern.code,
      goldstein: entry.goldstein,
      quadClass: entry.quadClass,
      plover: entry.plover,
      source,
      target,
      others: others.filter((o) => !sameSide(o, source) && !sameSide(o, target)),
      location: locationIn(ctx, sentStart, sentEnd),
      ...eventDate(ctx.doc, sentence, trigger),
      modality: trig.pattern.intent && modality !== "negated" ? "asserted" : modality,
      mentions: [{ sentence, trigger, pattern: trig.pattern.id }],
    });
  }
  return out;
}

function dedupe(ps: Participant[]): Participant[] {
  const out: Participant[] = [];
  for (const p of ps) if (!out.some((o) => sameSide(o, p))) out.push(p);
  return out;
}

function span(ctx: EvCtx, from: number, to: number): Span {
  return { start: ctx.toks[from]?.start ?? 0, end: ctx.toks[to - 1]?.end ?? 0 };
}
