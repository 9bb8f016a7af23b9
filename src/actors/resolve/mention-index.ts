// Look-ups over a document's person mentions in logarithmic time. A multi-megabyte document holds
// tens of thousands of mentions: scanning all of them for each one (the nearest earlier mention, the
// mentions of a clause) made the actors stage quadratic.
import type { Entity, PersonMention } from "./entities.js";

/** First index of `sorted` (ascending by start) whose start is >= `at`. */
export function firstAtOrAfter(sorted: readonly { start: number }[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as { start: number }).start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Each entity's mention starts, ascending: "its latest mention before token `at`" in log time. */
export class MentionStarts {
  private readonly starts = new Map<Entity, number[]>();

  static of(mentions: readonly PersonMention[]): MentionStarts {
    const index = new MentionStarts();
    for (const m of mentions) index.add(m.entity, m.start);
    return index;
  }

  add(e: Entity, start: number): void {
    let list = this.starts.get(e);
    if (!list) {
      list = [];
      this.starts.set(e, list);
    }
    // Mentions come in text order nearly always: appending is the common case.
    let at = list.length;
    while (at > 0 && (list[at - 1] as number) > start) at--;
    if (at === list.length) list.push(start);
    else list.splice(at, 0, start);
  }

  /** The start of e's latest mention starting before `at`, or -1. */
  lastBefore(e: Entity, at: number): number {
    const list = this.starts.get(e);
    if (!list) return -1;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((list[mid] as number) < at) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? (list[lo - 1] as number) : -1;
  }

  /** Candidates ordered by their latest mention before `at` (nearest first), never mentioned last. */
  rank(cands: readonly Entity[], at: number): Entity[] {
    const last = new Map<Entity, number>();
    for (const c of cands) last.set(c, this.lastBefore(c, at));
    return [...cands].sort((a, b) => (last.get(b) as number) - (last.get(a) as number));
  }
}
