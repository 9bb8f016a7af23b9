// Pairwise rules: is one document a copy of another, and how strongly do two documents report the
// same event. Weights and thresholds live in data/stories/config.json so they can be tuned without code.
import { table } from "../knowledge/load.js";
import { cluesFit } from "./clues.js";
import { containment, jaccard } from "./hash.js";
import type { CoreEvent, StorySignature } from "./types.js";

export interface StoryConfig {
  /** Near-copy: estimated Jaccard of 5-shingles at least this… */
  copyJaccard: number;
  /** …or the shorter text this much contained in the longer one… */
  copyContainment: number;
  /** …when the shorter text has at least this many shingles. */
  copyMinShingles: number;
  /** Same event: publication days at most this far apart. */
  publishedWindow: number;
  /** Same event: event days (lead event date, else publication) at most this far apart. */
  eventWindow: number;
  /** Two explicit dates of the same kind of event further apart than this: different occurrences. */
  dateConflictDays: number;
  weights: { event: number; persons: number; vocab: number; conflict: number };
  /** How much a pair of events counts by where they stand: both documents' lead events, one lead
   * event, or two background events (the lead says what a report is about). */
  position: { bothLead: number; oneLead: number; background: number };
  /** Agreement of two different roots of the same quad class, and of different quad classes. */
  sameQuad: number;
  otherQuad: number;
  /** A directed event reported the other way round (A→B against B→A): perhaps a reply, not the act. */
  reversed: number;
  /** Roots that name facets of one diplomatic exchange (talks, an agreement reached, a pledge). */
  meetingRoots: string[];
  /** Agreement of two such roots, against 1 for the same root. */
  meetingKind: number;
  /** A report with no coded event and this many persons shared with the other: they stand for the pair. */
  sharedPersons: number;
  /** …and count as this much event agreement. */
  personsAsEvent: number;
  /** A report whose lead gives no date at all joins another only this alike in words (estimated Jaccard). */
  undatedVocab: number;
  /** Content-word Jaccard mapped to 0..1 between these two values (unrelated news sits near the floor). */
  vocabFloor: number;
  vocabCeil: number;
  threshold: number;
}

/** data/stories/config.json, extended by the user's. */
export const storyConfig = (): StoryConfig => table("stories/config.json");

export function copyScore(a: StorySignature, b: StorySignature, c: StoryConfig): number {
  const j = jaccard(a.copy, b.copy);
  if (j >= c.copyJaccard) return j;
  if (Math.min(a.shingles, b.shingles) < c.copyMinShingles) return 0;
  const k = containment(j, a.shingles, b.shingles);
  return k >= c.copyContainment ? j : 0;
}

/**
 * The day a document's story happened: its lead event's own date when plausible, else publication;
 * undated, a full date its lead gives.
 */
export function eventDay(s: StorySignature, c: StoryConfig): number | null {
  const d = s.events[0]?.day;
  if (d != null && s.day != null && d <= s.day + 1 && d >= s.day - c.publishedWindow) return d;
  return s.day ?? d ?? s.clues?.day ?? null;
}

const samePair = (x: CoreEvent, y: CoreEvent) => (x.a === y.a && x.b === y.b) || (x.a === y.b && x.b === y.a);
/** CAMEO's quad classes by root: 01–05 verbal cooperation, 06–08 material cooperation, 09–13 verbal
 * conflict, 14–20 material conflict. */
const LAST_ROOT_OF_QUAD = [5, 8, 13];
const quad = (root: string): number => {
  const r = Number(root);
  const q = LAST_ROOT_OF_QUAD.findIndex((last) => r <= last);
  return q < 0 ? LAST_ROOT_OF_QUAD.length + 1 : q + 1;
};

/** Best agreement of two documents' lead events (0..1) and whether the same kind of event clashes in date. */
export function eventAgreement(
  a: CoreEvent[],
  b: CoreEvent[],
  c: StoryConfig,
): { score: number; conflict: boolean } {
  let score = 0;
  let sameKind = 0;
  let clashes = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      const x = a[i] as CoreEvent;
      const y = b[j] as CoreEvent;
      if (!samePair(x, y)) continue;
      const sameRoot = x.root === y.root;
      if (sameRoot && x.day != null && y.day != null) {
        sameKind++;
        if (Math.abs(x.day - y.day) > c.dateConflictDays) {
          clashes++;
          continue;
        }
      } else if (sameRoot && x.month && y.month && x.month !== y.month) continue;
      // The lead events say what a report is about; background events count less.
      const p = c.position;
      const pos = i === 0 && j === 0 ? p.bothLead : i === 0 || j === 0 ? p.oneLead : p.background;
      const kind = sameRoot
        ? 1
        : c.meetingRoots.includes(x.root) && c.meetingRoots.includes(y.root)
          ? c.meetingKind
          : quad(x.root) === quad(y.root)
            ? c.sameQuad
            : c.otherQuad;
      const dirOk = x.symmetric || (x.a === y.a && x.b === y.b) ? 1 : c.reversed;
      score = Math.max(score, pos * kind * dirOk);
    }
  }
  return { score, conflict: sameKind > 0 && clashes === sameKind };
}

/** Share of the smaller list found in the larger one (both sorted, distinct). */
export function overlap(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as string;
    const y = b[j] as string;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n / Math.min(a.length, b.length);
}

/** Number of names two sorted, distinct lists share. */
function shared(a: string[], b: string[]): number {
  return Math.round(overlap(a, b) * Math.min(a.length, b.length));
}

/**
 * Whether two reports may be of the same day: both dated, within the windows; one undated, its
 * lead's dates fit the other's event day (clues.ts). Returns "words" when nothing tells the day:
 * then only a report this alike in words may join (two meetings of one pair months apart read alike
 * in actors and events, never in most of their words).
 */
function sameTime(a: StorySignature, b: StorySignature, c: StoryConfig): boolean | "words" {
  const da = eventDay(a, c);
  const db = eventDay(b, c);
  if (a.day != null && b.day != null && Math.abs(a.day - b.day) > c.publishedWindow) return false;
  if (da != null && db != null) return Math.abs(da - db) <= c.eventWindow;
  const [u, d] = da == null ? [a, b] : [b, a];
  const dd = eventDay(d, c);
  const fit = u.clues && dd != null ? cluesFit(u.clues, dd, d.events[0]?.day === dd) : null;
  return fit ?? "words";
}

/** How strongly two documents report the same event; below the threshold they do not. */
export function storyScore(a: StorySignature, b: StorySignature, c: StoryConfig): number {
  const when = sameTime(a, b, c);
  if (when === false) return 0;
  const v = jaccard(a.vocab, b.vocab);
  if (when === "words" && v < c.undatedVocab) return 0;
  const ev = eventAgreement(a.events, b.events, c);
  // A report with no coded event: the persons both name stand for its sides.
  const byPersons =
    (a.events.length === 0 || b.events.length === 0) && shared(a.persons, b.persons) >= c.sharedPersons
      ? c.personsAsEvent
      : 0;
  const vocab = Math.max(0, Math.min(1, (v - c.vocabFloor) / (c.vocabCeil - c.vocabFloor)));
  const w = c.weights;
  return (
    w.event * Math.max(ev.score, byPersons) +
    w.persons * actorOverlap(a, b) +
    w.vocab * vocab -
    (ev.conflict ? w.conflict : 0)
  );
}

/** The actors both reports name: their persons, or their countries when one names no person. */
function actorOverlap(a: StorySignature, b: StorySignature): number {
  if (a.persons.length > 0 && b.persons.length > 0) return overlap(a.persons, b.persons);
  return overlap(a.countries, b.countries);
}
