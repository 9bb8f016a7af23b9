// One-sentence documents for the peer suites (PETRARCH2 GSR, PLOVER GSR): text and date through
// cleaning, language, actors and events, as the pipeline runs them.
import { findActors } from "../actors/stage.js";
import { extractEvents } from "../events/stage.js";
import type { DyadEvent } from "../model/document.js";
import { analyseArticle } from "./actors-dev.js";

export function eventsOfSentence(id: string, text: string, date: string | null): DyadEvent[] {
  try {
    const doc = analyseArticle({ id, title: null, published: date, source: null, url: null, text });
    return extractEvents(findActors(doc));
  } catch {
    // A sentence the cleaner rejects (a dateline alone) has no events.
    return [];
  }
}

/** The country (ISO3) or organisation code of a CAMEO actor code ("USAGOV" → "USA", "IGOUNO" kept). */
export function sideOf(code: string | null | undefined): string | null {
  if (!code) return null;
  if (/^(IGO|NGO|MNC|IMG)/.test(code)) return code;
  return /^[A-Z]{3}/.test(code) ? code.slice(0, 3) : code;
}

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
