// The incremental story index. Each added signature is compared only with candidates that share a
// copy band (any time) or an event pair / person within the neighbouring weeks (any time for a report
// with no day), then joins the copy group of a near-copy, the best-scoring existing story above the threshold, or starts a story.
// Deterministic: the same signatures in the same order give the same ids, whatever the batches.
// Story ids are "s-<id of the document that started the story>" and never change afterwards.
import { Buckets } from "./buckets.js";
import { combine, hashString } from "./hash.js";
import { copyScore, eventDay, type StoryConfig, storyConfig, storyScore } from "./score.js";
import { decodeSignature, type EncodedSignature, encodeSignature } from "./serialize.js";
import type { AddResult, StorySignature } from "./types.js";

/** 24 bands of 3 rows over the copy MinHash: a pair at Jaccard 0.5 is a candidate 96% of the time, at 0.8 always, at 0.1 2%. */
const BANDS = 24;
const ROWS = 3;
/** Buckets scanned from their newest entry; bounds the cost of very common keys (USA–CHN in a busy week). */
const SCAN_LIMIT = 400;
/** A copy band shared by many documents is boilerplate or a template: only its newest members are checked. */
const COPY_SCAN_LIMIT = 32;

interface Story {
  id: string;
  /** Event day of the founding document: later members must stay within the window of it. */
  anchor: number | null;
}

export interface SerializedIndex {
  version: 1;
  entries: { sig: EncodedSignature; story: string; duplicateOf: string | null }[];
}

export class StoryIndex {
  private readonly sigs: StorySignature[] = [];
  private readonly storyOfDoc: number[] = [];
  private readonly parent: number[] = [];
  private readonly groups = new Map<number, number[]>();
  private readonly stories: Story[] = [];
  private readonly storyById = new Map<string, number>();
  private readonly docById = new Map<string, number>();
  private readonly copyBands = new Buckets();
  private readonly storyKeys = new Buckets();
  /** Event pairs and persons at any time: a report with no day looks here, and… */
  private readonly anyTimeKeys = new Buckets();
  /** …a dated report looks at the reports with no day here. */
  private readonly undatedKeys = new Buckets();

  constructor(readonly config: StoryConfig = storyConfig()) {}

  get size(): number {
    return this.sigs.length;
  }

  /** Adds one document; adding an id again returns its current assignment. */
  add(sig: StorySignature): AddResult {
    const known = this.docById.get(sig.id);
    if (known !== undefined) return { ...this.assignment(known), updates: [] };
    const n = this.push(sig);
    const c = this.config;
    // 1. Near-copies: the copy group of the best match, and its story.
    const copies: [number, number][] = [];
    const seen = new Set<number>();
    for (const key of bandKeys(sig)) {
      this.copyBands.each(
        key,
        (d) => {
          if (seen.has(d)) return;
          seen.add(d);
          const s = copyScore(sig, this.sigs[d] as StorySignature, c);
          if (s > 0) copies.push([d, s]);
        },
        COPY_SCAN_LIMIT,
      );
    }
    let story: number;
    let updates: AddResult["updates"] = [];
    if (copies.length > 0) {
      copies.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
      story = this.storyOfDoc[(copies[0] as [number, number])[0]] as number;
      updates = this.joinCopies(
        n,
        copies.map(([d]) => d),
      );
    } else story = this.bestStory(sig) ?? this.newStory(sig);
    this.storyOfDoc[n] = story;
    this.indexDoc(n);
    return { ...this.assignment(n), updates };
  }

  /** Re-inserts a stored assignment without deciding anything (rebuilding from the store). */
  restore(sig: StorySignature, story: string): void {
    if (this.docById.has(sig.id)) return;
    const n = this.push(sig);
    let s = this.storyById.get(story);
    if (s === undefined) {
      s = this.stories.push({ id: story, anchor: eventDay(sig, this.config) }) - 1;
      this.storyById.set(story, s);
    }
    this.storyOfDoc[n] = s;
    this.indexDoc(n);
  }

  storyOf(id: string): string | null {
    const n = this.docById.get(id);
    return n === undefined ? null : this.assignment(n).story;
  }

  duplicateOf(id: string): string | null {
    const n = this.docById.get(id);
    return n === undefined ? null : this.assignment(n).duplicateOf;
  }

  toJSON(): SerializedIndex {
    return {
      version: 1,
      entries: this.sigs.map((sig, n) => ({ sig: encodeSignature(sig), ...this.assignment(n) })),
    };
  }

  static fromJSON(data: SerializedIndex, config?: StoryConfig): StoryIndex {
    const index = new StoryIndex(config);
    for (const e of data.entries) index.restore(decodeSignature(e.sig), e.story);
    for (const e of data.entries) {
      if (!e.duplicateOf) continue;
      const a = index.docById.get(e.sig.id);
      const b = index.docById.get(e.duplicateOf);
      if (a !== undefined && b !== undefined) index.joinCopies(a, [b]);
    }
    return index;
  }

  private assignment(n: number): { story: string; duplicateOf: string | null } {
    const root = this.find(n);
    return {
      story: (this.stories[this.storyOfDoc[n] as number] as Story).id,
      duplicateOf: root === n ? null : (this.sigs[root] as StorySignature).id,
    };
  }

  private push(sig: StorySignature): number {
    const n = this.sigs.push(sig) - 1;
    this.parent.push(n);
    this.storyOfDoc.push(-1);
    this.docById.set(sig.id, n);
    return n;
  }

  private newStory(sig: StorySignature): number {
    const s = this.stories.push({ id: `s-${sig.id}`, anchor: eventDay(sig, this.config) }) - 1;
    this.storyById.set(`s-${sig.id}`, s);
    return s;
  }

  private bestStory(sig: StorySignature): number | null {
    const c = this.config;
    const day = eventDay(sig, c);
    const best = new Map<number, number>();
    const seen = new Set<number>();
    const consider = (d: number) => {
      if (seen.has(d)) return;
      seen.add(d);
      const s = this.storyOfDoc[d] as number;
      const anchor = (this.stories[s] as Story).anchor;
      if (anchor != null && day != null && Math.abs(anchor - day) > c.publishedWindow) return;
      const score = storyScore(sig, this.sigs[d] as StorySignature, c);
      if (score > (best.get(s) ?? -Infinity)) best.set(s, score);
    };
    if (day == null) {
      for (const key of featureKeys(sig)) this.anyTimeKeys.each(key, consider, SCAN_LIMIT);
    } else {
      for (const key of storyKeys(sig, day, true)) this.storyKeys.each(key, consider, SCAN_LIMIT);
      for (const key of featureKeys(sig)) this.undatedKeys.each(key, consider, SCAN_LIMIT);
    }
    let pick: number | null = null;
    let top = c.threshold;
    for (const [s, score] of best) {
      if (score > top || (score === top && pick !== null && s < pick) || (score === top && pick === null)) {
        pick = s;
        top = score;
      }
    }
    return pick;
  }

  private indexDoc(n: number): void {
    const sig = this.sigs[n] as StorySignature;
    for (const key of bandKeys(sig)) this.copyBands.add(key, n);
    const day = eventDay(sig, this.config);
    const features = featureKeys(sig);
    for (const key of features) this.anyTimeKeys.add(key, n);
    if (day != null) for (const key of storyKeys(sig, day, false)) this.storyKeys.add(key, n);
    else for (const key of features) this.undatedKeys.add(key, n);
  }

  /** Union-find over copies; the root of a group is its earliest member (publication day, then id). */
  private find(n: number): number {
    let r = n;
    while (this.parent[r] !== r) r = this.parent[r] as number;
    while (this.parent[n] !== r) {
      const next = this.parent[n] as number;
      this.parent[n] = r;
      n = next;
    }
    return r;
  }

  private earlier(a: number, b: number): boolean {
    const x = this.sigs[a] as StorySignature;
    const y = this.sigs[b] as StorySignature;
    const dx = x.day ?? Number.MAX_SAFE_INTEGER;
    const dy = y.day ?? Number.MAX_SAFE_INTEGER;
    return dx !== dy ? dx < dy : x.id < y.id;
  }

  /** Merges the copy groups of n and others; reports earlier documents whose group root changed. */
  private joinCopies(n: number, others: number[]): AddResult["updates"] {
    const roots = [...new Set([this.find(n), ...others.map((d) => this.find(d))])];
    let root = roots[0] as number;
    for (const r of roots) if (this.earlier(r, root)) root = r;
    const rootId = (this.sigs[root] as StorySignature).id;
    // The other groups move into the root's member list in place: copying it at every join would
    // make a group of k copies cost k² (wire stories are copied hundreds of times).
    const members = this.groups.get(root) ?? [root];
    const updates: AddResult["updates"] = [];
    for (const r of roots) {
      if (r === root) continue;
      for (const m of this.groups.get(r) ?? [r]) {
        members.push(m);
        if (m !== n) updates.push({ id: (this.sigs[m] as StorySignature).id, duplicateOf: rootId });
      }
      this.groups.delete(r);
      this.parent[r] = root;
    }
    this.groups.set(root, members);
    return updates;
  }
}

function bandKeys(sig: StorySignature): number[] {
  const out: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = b + 1;
    for (let r = 0; r < ROWS; r++) h = combine(h, sig.copy[b * ROWS + r] as number);
    out.push(h);
  }
  return out;
}

/** Event pairs and persons of a document, hashed. */
function featureKeys(sig: StorySignature): number[] {
  const feats = new Set<string>();
  for (const e of sig.events) feats.add(e.a < e.b ? `p:${e.a}|${e.b}` : `p:${e.b}|${e.a}`);
  for (const p of sig.persons) feats.add(`n:${p}`);
  return [...feats].map((f) => hashString(f));
}

/** Event pairs and persons, per week of the event day; a query also looks at the weeks either side. */
function storyKeys(sig: StorySignature, day: number, query: boolean): number[] {
  const week = Math.floor(day / 7);
  const weeks = query ? [week - 1, week, week + 1] : [week];
  const out: number[] = [];
  for (const h of featureKeys(sig)) for (const w of weeks) out.push(combine(h, w));
  return out;
}
