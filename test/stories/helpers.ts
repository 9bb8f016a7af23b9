// Hand-made documents for the stories tests: invented events, our own wording.

import { cameo } from "../../src/events/codebook.js";
import type { Actor, DyadEvent, EventDocument } from "../../src/model/document.js";
import { emptyMetadata } from "../../src/model/document.js";

export interface EventSpec {
  code: string;
  source: [string | null, string];
  target: [string | null, string];
  date?: string | null;
  inferred?: boolean;
  location?: string | null;
  modality?: DyadEvent["modality"];
}

export function event(id: string, s: EventSpec, at = 0): DyadEvent {
  const entry = cameo(s.code);
  return {
    id,
    code: s.code,
    goldstein: entry?.goldstein ?? 0,
    quadClass: (entry?.quadClass ?? 1) as DyadEvent["quadClass"],
    plover: entry?.plover ?? "",
    source: { actor: null, name: s.source[0], country: s.source[1], code: s.source[1] },
    target: { actor: null, name: s.target[0], country: s.target[1], code: s.target[1] },
    others: [],
    location: s.location ?? null,
    date: s.date ?? null,
    dateInferred: s.inferred ?? !s.date,
    dateText: null,
    modality: s.modality ?? "asserted",
    mentions: [
      { sentence: { start: at, end: at + 10 }, trigger: { start: at, end: at + 3 }, pattern: "test" },
    ],
  };
}

export interface DocSpec {
  id: string;
  published: string | null;
  source: string;
  text: string;
  persons?: [string, string][];
  /** Countries named as such ("Chile and Argentina agreed…"). */
  countries?: string[];
  events?: EventSpec[];
  place?: string | null;
}

export function doc(s: DocSpec): EventDocument {
  const actors: Actor[] = (s.persons ?? []).map(([name, country]) => ({
    id: `person:${name.toLowerCase()}`,
    kind: "person",
    name,
    country,
    role: null,
    sector: "GOV",
    code: `${country}GOV`,
    aliases: [name],
    confidence: 1,
  }));
  for (const iso3 of s.countries ?? [])
    actors.push({
      id: `country:${iso3}`,
      kind: "country",
      name: iso3,
      country: iso3,
      role: null,
      sector: null,
      code: iso3,
      aliases: [],
      confidence: 1,
    });
  return {
    id: s.id,
    origin: { path: "test", format: "text", encoding: "UTF-8" },
    raw: s.text,
    contentType: "text",
    content: s.text,
    hints: {},
    body: s.text,
    meta: { ...emptyMetadata(), published: s.published, source: s.source, place: s.place ?? null },
    text: s.text,
    removed: [],
    sentences: [],
    tokens: [],
    actors,
    mentions: [],
    events: (s.events ?? []).map((e, i) => event(`e${i + 1}`, e, i * 100)),
    quotes: [],
  };
}
