// The article's main dyad: the pair of countries its events connect most often (a bilateral
// meeting report is about one pair). Statements without an explicit target address the other side.
import type { DyadEvent, Participant } from "../model/document.js";

export interface Dyad {
  a: Participant;
  b: Participant;
}

/** The main dyad; with `of`, the main dyad among those that include its country. */
export function mainDyad(events: DyadEvent[], of?: Participant): Dyad | null {
  const counts = new Map<string, { n: number; dyad: Dyad }>();
  for (const e of events) {
    const s = e.source;
    const t = e.target;
    if (!t?.country || !s.country || e.modality !== "asserted" || s.country === t.country) continue;
    if (of && s.country !== of.country && t.country !== of.country) continue;
    // The pair in either order (as [s, t].sort() would put it).
    const key = s.country < t.country ? `${s.country}|${t.country}` : `${t.country}|${s.country}`;
    // Consultations weigh most: they are what bilateral reports are about.
    const weight = e.code.startsWith("04") ? 2 : 1;
    const c = counts.get(key) ?? { n: 0, dyad: { a: s, b: t } };
    c.n += weight;
    counts.set(key, c);
  }
  let best: { n: number; dyad: Dyad } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best?.dyad ?? null;
}

/** The dyad's other side for a participant on one of its sides, else null. */
export function otherSide(d: Dyad | null, p: Participant): Participant | null {
  if (!d || p.country === null) return null;
  if (p.country === d.a.country) return d.b;
  if (p.country === d.b.country) return d.a;
  return null;
}

type Tally = Map<string, { n: number; dyad: Dyad }>;

/**
 * mainDyad(events, of) kept up to date as events are added: a call costs the number of pairs its
 * country is in, not the number of events (an article's unattached acts each ask for it).
 */
export class DyadTally {
  private readonly byCountry = new Map<string, Tally>();

  constructor(events: DyadEvent[]) {
    for (const e of events) this.add(e);
  }

  add(e: DyadEvent): void {
    const s = e.source;
    const t = e.target;
    if (!t?.country || !s.country || e.modality !== "asserted" || s.country === t.country) return;
    const key = s.country < t.country ? `${s.country}|${t.country}` : `${t.country}|${s.country}`;
    const weight = e.code.startsWith("04") ? 2 : 1;
    for (const country of [s.country, t.country]) {
      const tally = this.byCountry.get(country) ?? new Map();
      this.byCountry.set(country, tally);
      const c = tally.get(key) ?? { n: 0, dyad: { a: s, b: t } };
      c.n += weight;
      tally.set(key, c);
    }
  }

  /** The same as mainDyad(events, of) over the events added so far. */
  of(p: Participant): Dyad | null {
    if (p.country === null) return null;
    let best: { n: number; dyad: Dyad } | null = null;
    for (const c of this.byCountry.get(p.country)?.values() ?? []) if (!best || c.n > best.n) best = c;
    return best?.dyad ?? null;
  }
}
