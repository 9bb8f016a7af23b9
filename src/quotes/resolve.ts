// Turns a speaker candidate into a speaker: an actor of the actors layer where one is known, else
// the words of the text. Role phrases ("the diplomat") and bare pronouns are resolved to the person
// last quoted or last named, as a reader would.
import type { Actor, ActorMention, Span, Token } from "../model/document.js";
import { mentionActor, mentionAt, type QCtx } from "./context.js";
import { lexicon } from "./lexicon.js";
import type { Cand } from "./speaker.js";

export interface Speaker {
  actor: Actor | null;
  name: string | null;
  country: string | null;
  /** Where the text names the speaker (the pronoun, role phrase or name as written). */
  span: Span;
  media: boolean;
}

/** What the stage remembers while reading the document in order. */
export interface Memory {
  last: Speaker | null;
  lastPara: number;
}

export function resolveCand(c: QCtx, cand: Cand, mem: Memory): Speaker {
  const span = {
    start: (c.toks[cand.start] as Token).start,
    end: (c.toks[cand.end - 1] as Token).end,
  };
  const surface = c.text.slice(span.start, span.end);
  const of = (a: Actor | null, fallbackName: string | null): Speaker => ({
    actor: a,
    name: a ? a.name : fallbackName,
    country: a ? a.country : null,
    span,
    media: a?.kind === "media",
  });
  switch (cand.kind) {
    case "person":
    case "group":
    case "media":
      return of(cand.actor, surface);
    case "name":
      return of(null, surface);
    case "pronoun": {
      // The actors layer's antecedent wins when it is named earlier in the same sentence;
      // otherwise "he said" most often continues the person just quoted.
      if (cand.actor && namedInSentence(c, cand.actor.id, cand.start)) return of(cand.actor, null);
      const para = c.paraOf[cand.start] ?? 0;
      if (mem.last?.actor?.kind === "person" && para - mem.lastPara <= 1) return { ...mem.last, span };
      if (cand.actor) return of(cand.actor, null);
      const prev = previousSpeakerOrPerson(c, cand.start, mem);
      return prev ? { ...prev, span } : of(null, null);
    }
    case "role": {
      const lex = lexicon();
      const head = cand.head ?? "";
      // "a senior official said" names someone new, not the person just named.
      if (lex.institutionNouns.has(head) || lex.indefinite.has(c.lower[cand.start] as string))
        return of(null, surface);
      if (lex.goBetweens.has(head)) {
        const prev = previousSpeakerOrPerson(c, cand.start, mem);
        return prev ? { ...prev, span } : of(null, surface);
      }
      const holder = lastPersonWithRole(c, cand.start, head);
      if (holder) return of(holder, surface);
      const prev = previousSpeakerOrPerson(c, cand.start, mem);
      return prev ? { ...prev, span } : of(null, surface);
    }
  }
}

/** Named before `tok` in its sentence, outside quotations: a name the speaker says is not the speaker. */
function namedInSentence(c: QCtx, id: string, tok: number): boolean {
  const s = c.sentOf[tok];
  for (let k = tok - 1; k >= 0 && c.sentOf[k] === s; k--) {
    if (c.quoted[k]) continue;
    const m = mentionAt(c, k);
    if (m && m.via !== "pronoun" && m.actors.includes(id)) return true;
  }
  return false;
}

/** The last person quoted (within two paragraphs), else the last person mentioned before `tok`. */
function previousSpeakerOrPerson(c: QCtx, tok: number, mem: Memory): Speaker | null {
  const para = c.paraOf[tok] ?? 0;
  if (mem.last?.actor?.kind === "person" && para - mem.lastPara <= 2) return mem.last;
  const a = lastPerson(c, tok, () => true);
  if (a) return { actor: a, name: a.name, country: a.country, span: { start: 0, end: 0 }, media: false };
  if (mem.last && para - mem.lastPara <= 2) return mem.last;
  return null;
}

function lastPersonWithRole(c: QCtx, tok: number, head: string): Actor | null {
  return lastPerson(c, tok, (a) => !!a.role && a.role.toLowerCase().split(/\s+/).includes(head));
}

function lastPerson(c: QCtx, tok: number, ok: (a: Actor) => boolean): Actor | null {
  const at = (c.toks[tok] as Token).start;
  // Mentions are grouped by kind, not sorted: keep the latest that fits.
  let best: Actor | null = null;
  let bestAt = -1;
  for (const m of c.doc.mentions as ActorMention[]) {
    if (m.start >= at || m.start <= bestAt) continue;
    const a = mentionActor(c, m);
    if (a?.kind === "person" && ok(a)) {
      best = a;
      bestAt = m.start;
    }
  }
  return best;
}
