// One-sentence documents for the peer suites (PETRARCH2 GSR, PLOVER GSR): text and date through
// cleaning, language, actors and events, as the pipeline runs them.
import { findActors } from "../actors/stage.js";
import { lexicon } from "../events/lexicon.js";
import { type EventOptions, extractEvents } from "../events/stage.js";
import { analyse } from "../language/analyse.js";
import { type AnalysedDocument, type DyadEvent, emptyMetadata } from "../model/document.js";

// The suites code domestic events too (protesters → their own government): keep them.
const SUITE_OPTIONS: EventOptions = { domestic: true };

export function eventsOfSentence(id: string, text: string, date: string | null): DyadEvent[] {
  return codeSentence(id, text, date).events;
}

/** The events of one sentence, with where each actor is mentioned (character offsets). */
export function codeSentence(
  id: string,
  text: string,
  date: string | null,
): { events: DyadEvent[]; mentionedAt: Map<string, number[]> } {
  // The suites give clean single sentences; the cleaner would drop a short one as boilerplate.
  const doc: AnalysedDocument = {
    id,
    origin: { path: "suite", format: "json", encoding: "UTF-8" },
    raw: text,
    contentType: "text",
    content: text,
    hints: {},
    body: text,
    meta: { ...emptyMetadata(), published: date },
    text,
    removed: [],
    ...analyse(text),
  };
  const actors = findActors(doc);
  const mentionedAt = new Map<string, number[]>();
  for (const m of actors.mentions)
    for (const a of m.actors) mentionedAt.set(a, [...(mentionedAt.get(a) ?? []), m.start]);
  return { events: extractEvents(actors, lexicon(), SUITE_OPTIONS), mentionedAt };
}

/** The country (ISO3) or organisation of a CAMEO actor code: "USAGOV" → "USA"; an organisation
 * keeps its own three letters ("IGOUNOMIL" → "IGOUNO"); a group with no country ("---REB", or a
 * bare sector code such as "REB") → "---"; no code → null. */
export function sideOf(code: string | null | undefined): string | null {
  if (!code) return null;
  if (/^(IGO|NGO|MNC|IMG)/.test(code)) return code.slice(0, 6);
  if (code.startsWith("---") || SECTORS.has(code)) return "---";
  return /^[A-Z]{3}/.test(code) ? code.slice(0, 3) : code;
}

// Sector codes that stand alone when no country is named.
const SECTORS = new Set(
  "GOV MIL COP JUD LEG OPP REB INS SEP SPY UAF BUS CRM CVL EDU ELI HLH HRI LAB MED REF AGR ENV NGM SET PKO".split(
    " ",
  ),
);

export interface Prf {
  p: number;
  r: number;
  f1: number;
}

export function prf(tp: number, pred: number, gold: number): Prf {
  const p = pred ? tp / pred : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}
