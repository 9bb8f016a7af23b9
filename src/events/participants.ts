// Turning frame sides into event participants: an actor of the document (a person or organisation
// keeps its name, a country does not) or a place standing for its country.
import type { Actor, ActorDocument, Participant } from "../model/document.js";
import type { Side } from "./frames.js";
import { institutionSide } from "./sides.js";

export type ActorIndex = Map<string, Actor>;

export function actorIndex(doc: ActorDocument): ActorIndex {
  const index: ActorIndex = new Map();
  for (const a of doc.actors) index.set(a.id, a);
  return index;
}

function fromActor(a: Actor, code?: string): Participant | null {
  if (a.kind === "media") return null;
  return {
    actor: a.id,
    name: a.kind === "country" ? null : a.name,
    // A person the actors layer left without a country may still carry one in the mention's code.
    country: a.country ?? countryOfCode(code ?? a.code) ?? institutionSide(code ?? a.code),
    code: code ?? a.code,
  };
}

// Only a country + sector code ("USAGOV") names a country; a bare sector ("GOV") does not.
const countryOfCode = (code: string): string | null =>
  startsWithCapitals(code, 6) && !NOT_COUNTRY.some((p) => code.startsWith(p)) ? code.slice(0, 3) : null;

const NOT_COUNTRY = ["IGO", "NGO", "MNC", "IMG"];

/** /^[A-Z]{n}/ without a regex: this runs for every participant of every trigger. */
function startsWithCapitals(s: string, n: number): boolean {
  if (s.length < n) return false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/** Participants for a side; a "both sides" mention gives one per actor. */
export function participantsOf(side: Side, actors: ActorIndex): Participant[] {
  if (side.place) {
    const id = `country:${side.place.iso3}`;
    return [
      { actor: actors.has(id) ? id : null, name: null, country: side.place.iso3, code: side.place.iso3 },
    ];
  }
  const m = side.placed.m;
  const out: Participant[] = [];
  for (const id of m.actors) {
    const a = actors.get(id);
    const p = a ? fromActor(a, m.actors.length === 1 ? m.code : undefined) : null;
    if (p) out.push(p);
  }
  return out;
}

/** A side the event layer can use: a country, or an international organisation. */
export const usable = (p: Participant, actors: ActorIndex): boolean =>
  p.country !== null || (p.actor !== null && actors.get(p.actor)?.kind === "organisation");

/** Same actor, or the same country on both sides: a domestic event, out of scope. */
export const sameSide = (a: Participant, b: Participant): boolean =>
  (a.actor !== null && a.actor === b.actor) || (a.country !== null && a.country === b.country);

/** With domestic events kept, only the very same actor code (or named person) is one side:
 * "Georgian protesters" (GEOCVL) and "the Georgian government" (GEOGOV) are two. */
export const sameCode = (a: Participant, b: Participant): boolean =>
  a.code === b.code && (a.name === b.name || a.name === null || b.name === null);

export type SameSide = (a: Participant, b: Participant) => boolean;

export const participantKey = (p: Participant): string => p.country ?? p.actor ?? p.code;
