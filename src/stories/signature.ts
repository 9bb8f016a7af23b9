// signatureOf: the compact, pure per-document signature the story index works on.
import type { DyadEvent, EventDocument } from "../model/document.js";
import { dateClues } from "./clues.js";
import { textFeatures } from "./features.js";
import { minhash } from "./hash.js";
import type { CoreEvent, StorySignature } from "./types.js";

export const COPY_HASHES = 128;
export const VOCAB_HASHES = 64;
/** Lead events kept per document: the story is what an article reports first. */
export const MAX_EVENTS = 6;
/** Roots whose two sides are interchangeable (a meeting of A and B is a meeting of B and A). */
const SYMMETRIC = new Set(["04"]);

/** Days since 1970-01-01 of a YYYY-MM-DD date; null for anything else. */
export function dayNumber(date: string | null | undefined): number | null {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const t = Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10));
  return Number.isNaN(t) ? null : Math.floor(t / 86_400_000);
}

export const placeKey = (p: string | null | undefined): string | null => {
  const k = p?.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
  return k ? k : null;
};

export function coreEvent(e: DyadEvent): CoreEvent | null {
  const s = e.source.country;
  const t = e.target?.country;
  if (e.modality !== "asserted" || !s || !t || s === t) return null;
  const root = e.code.slice(0, 2);
  const symmetric = SYMMETRIC.has(root);
  const [a, b] = symmetric && t < s ? [t, s] : [s, t];
  const persons = [e.source.name, e.target?.name].filter((n): n is string => !!n).map((n) => n.toLowerCase());
  return {
    root,
    a,
    b,
    symmetric,
    day: e.dateInferred ? null : dayNumber(e.date),
    month: !e.dateInferred && e.date && /^\d{4}-\d{2}$/.test(e.date) ? e.date : null,
    place: placeKey(e.location),
    persons,
  };
}

/** Lead events first (by where the text first reports them), one per (root, sides). */
export function coreEvents(events: DyadEvent[]): CoreEvent[] {
  const pos = (e: DyadEvent) => e.mentions[0]?.sentence.start ?? Number.MAX_SAFE_INTEGER;
  const sorted = [...events].sort((x, y) => pos(x) - pos(y) || (x.id < y.id ? -1 : 1));
  const out: CoreEvent[] = [];
  const seen = new Set<string>();
  for (const e of sorted) {
    const c = coreEvent(e);
    if (!c) continue;
    const key = `${c.root}|${c.a}|${c.b}|${c.day ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
    if (out.length >= MAX_EVENTS) break;
  }
  return out;
}

export interface SignatureParts {
  id: string;
  published: string | null;
  source: string | null;
  text: string;
  events: CoreEvent[];
  persons: string[];
  countries: string[];
  places: string[];
}

/** Builds a signature from already reduced parts (benchmarks and tests use this directly). */
export function signatureFromParts(p: SignatureParts): StorySignature {
  const f = textFeatures(p.text);
  const uniq = (xs: string[]) => [...new Set(xs)].sort();
  return {
    id: p.id,
    day: dayNumber(p.published),
    source: p.source,
    copy: minhash(f.shingles, COPY_HASHES),
    shingles: f.shingles.length,
    vocab: minhash(f.content, VOCAB_HASHES),
    events: p.events.slice(0, MAX_EVENTS),
    persons: uniq(p.persons.map((n) => n.toLowerCase())),
    countries: uniq(p.countries),
    places: uniq(p.places.map((x) => placeKey(x)).filter((x): x is string => !!x)),
    ...(p.published ? {} : { clues: dateClues(p.text) }),
  };
}

/** Pure: the signature of a document after the events stage. */
export function signatureOf(doc: EventDocument): StorySignature {
  const places = doc.events.map((e) => e.location).filter((x): x is string => !!x);
  if (doc.meta.place) places.push(doc.meta.place);
  return signatureFromParts({
    id: doc.id,
    published: doc.meta.published,
    source: doc.meta.source,
    text: doc.text,
    events: coreEvents(doc.events),
    persons: doc.actors.filter((a) => a.kind === "person").map((a) => a.name),
    countries: doc.actors.map((a) => a.country).filter((c): c is string => !!c),
    places,
  });
}
