// Types of the stories layer: per-document signatures, index results, merged events, timelines.
import type { DyadEvent, Modality } from "../model/document.js";

/** An event of a document reduced to what identifies the real-world occurrence. */
export interface CoreEvent {
  /** CAMEO root ("04"). */
  root: string;
  /** Source and target country codes ("" when unknown); sorted for symmetric roots (meetings). */
  a: string;
  b: string;
  symmetric: boolean;
  /** Day number (days since 1970-01-01) of a date the text fixed; null when inferred or unknown. */
  day: number | null;
  /** "YYYY-MM" when the text fixed only the month. */
  month: string | null;
  /** Lower-case place ("bali"), when known. */
  place: string | null;
  /** Lower-case names of the persons on either side. */
  persons: string[];
}

/** All the index keeps of a document: small arrays and two MinHashes. */
export interface StorySignature {
  id: string;
  /** Publication day (days since 1970-01-01), null when unknown. */
  day: number | null;
  source: string | null;
  /** MinHash of word 5-shingles: copies. */
  copy: Uint32Array;
  /** Number of distinct 5-shingles (for containment estimates). */
  shingles: number;
  /** MinHash of content words: same story in other words. */
  vocab: Uint32Array;
  /** Asserted events with a country on both sides, lead events first (at most MAX_EVENTS). */
  events: CoreEvent[];
  /** Lower-case names of the persons who act in the document. */
  persons: string[];
  /** Country codes of the actors. */
  countries: string[];
  /** Lower-case places: event locations and the dateline. */
  places: string[];
  /** When the document has no publication date: what its lead says about when (see clues.ts). */
  clues?: DateClues;
}

/** Dates an undated report's lead gives: a full day, days of the year, days of the week. */
export interface DateClues {
  /** Day number of a date with its year ("March 18, 2023"), the latest in the lead; null when none. */
  day: number | null;
  /** month × 100 + day of dates without a year ("Thursday, December 14" → 1214). */
  monthDays: number[];
  /** Days of the week named ("on Saturday"), 0 = Sunday. */
  weekdays: number[];
}

export interface AddResult {
  story: string;
  duplicateOf: string | null;
  /** Documents added before whose duplicate_of changed because this one is an earlier copy. */
  updates: { id: string; duplicateOf: string | null }[];
}

/** One place where a merged event is reported. */
export interface MergedMention {
  doc: string;
  event: string;
  source: string | null;
  published: string | null;
  url: string | null;
}

/** One real-world event across the documents of a story. */
export interface MergedEvent {
  /** Stable id: "<story or first doc>#<n>"; see mergeStoryEvents. */
  id: string;
  story: string | null;
  code: string;
  root: string;
  quadClass: 1 | 2 | 3 | 4;
  goldstein: number;
  source: { name: string | null; country: string | null };
  target: { name: string | null; country: string | null } | null;
  /** Every distinct code/date/location the reports gave, most reported first: disagreements stay visible. */
  codes: string[];
  dates: string[];
  locations: string[];
  modalities: Modality[];
  mentions: MergedMention[];
  documents: number;
  outlets: number;
  /** Earliest report: by publication date, then document id. */
  first: MergedMention;
  /** The events as each document reported them (evidence spans stay relative to their document). */
  evidence: { doc: string; event: DyadEvent }[];
}

export type Period = "day" | "week" | "month";

export interface TimelineBucket {
  period: string;
  events: number;
  byQuad: Record<"1" | "2" | "3" | "4", number>;
  byRoot: Record<string, number>;
  goldsteinSum: number;
  goldsteinMean: number | null;
  /** Stories with the most reports in the period, most first. */
  topStories: { story: string; events: number; documents: number }[];
}
