// Keeps every paragraph and sentence once: repeated bodies, teasers printed twice, duplicated sentences,
// and revisions of one sentence printed side by side (version-diff pages).
import type { RemovedLine } from "../model/document.js";
import { splitSentences } from "./sentences.js";
import { MAX_STEM_IDS, stemIdsOfAll } from "./stem-ids.js";

export interface Para {
  origin: number;
  text: string;
  /** Before the article proper starts (title, byline, dateline): a teaser here yields to its copy in the body. */
  header: boolean;
}

interface Sent {
  para: number;
  idx: number;
  key: string;
  shingles: ReadonlySet<number>;
  drop: boolean;
  /** Scratch counter for nearTwin. */
  hits: number;
}

const SHINGLE = 3;
const NEAR = 0.8;
const MIN_STEMS = 6;
const REVISION_WORDS = 8;

// Trigrams are numbers over per-article stem ids (dense from 0), so they stay small integers, which Maps hash
// fastest. Global ids are mapped to local ones through typed arrays stamped per article.
const localOf = new Int32Array(MAX_STEM_IDS);
const stampOf = new Int32Array(MAX_STEM_IDS);
let stamp = 0;

/** Stamps local ids on the stems of the texts that get trigrams; returns their global ids and the id count. */
function localIds(texts: string[]): { lists: (readonly number[])[]; size: number } {
  if (++stamp >= 2 ** 31 - 1) {
    stampOf.fill(0);
    stamp = 1;
  }
  let size = 0;
  const lists = stemIdsOfAll(texts);
  for (const global of lists) {
    if (global.length < MIN_STEMS) continue;
    for (const g of global) {
      if (stampOf[g] !== stamp) {
        stampOf[g] = stamp;
        localOf[g] = size++;
      }
    }
  }
  return { lists, size };
}

// Shared by every sentence too short for trigrams; never added to.
const NO_SHINGLES: ReadonlySet<number> = new Set<number>();

/** Trigrams of local stem ids (none for sentences with fewer than MIN_STEMS stems). */
function shinglesOf(global: readonly number[], base: number): ReadonlySet<number> {
  if (global.length < MIN_STEMS) return NO_SHINGLES;
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE <= global.length; i++) {
    const a = localOf[global[i] as number] as number;
    const b = localOf[global[i + 1] as number] as number;
    const c = localOf[global[i + 2] as number] as number;
    out.add((a * base + b) * base + c);
  }
  return out;
}

/** Revisions side by side: two sentences of one paragraph opening with the same 8 words; keep the later. */
function dropRevisions(list: Sent[]): void {
  const openings = new Map<string, Sent>();
  for (const s of list) {
    if (s.shingles.size < REVISION_WORDS) continue;
    const prev = openings.get(opening(s.key));
    if (prev) prev.drop = true;
    openings.set(opening(s.key), s);
  }
}

/** The first words of a sentence key, to spot two revisions of one sentence. */
function opening(key: string): string {
  let at = -1;
  for (let n = 0; n < REVISION_WORDS; n++) {
    at = key.indexOf(" ", at + 1);
    if (at === -1) return key;
  }
  return key.slice(0, at);
}

export function dedupe(paras: Para[], removed: RemovedLine[]): Para[] {
  const split = paras.map((p) => splitSentences(p.text));
  const flat: string[] = [];
  for (const ss of split) for (const s of ss) flat.push(s.text);
  const { lists, size } = localIds(flat);
  // Any base above the largest id keeps trigrams distinct (exactly, below 2^53).
  const base = Math.max(size, 1);
  let at = 0;
  const sents: Sent[][] = split.map((ss, para) =>
    // Exact copies are byte-identical in practice; reworded or cut copies are caught by the shingles.
    ss.map((s, idx) => ({
      para,
      idx,
      key: s.text,
      shingles: shinglesOf(lists[at++] ?? [], base),
      drop: false,
      hits: 0,
    })),
  );
  const seenPara = new Map<string, number>();
  const exact = new Map<string, Sent>();
  // Most trigrams occur once: one sentence is stored as is, an array only when a second one shares it.
  const index: ShingleIndex = new Map();
  for (const [pi, list] of sents.entries()) {
    // Lines are tidied (single spaces) and sentences are split at spaces: the paragraph is its sentences
    // joined by one space, so its text is its key.
    const pkey = paras[pi]?.text ?? "";
    const earlierPara = seenPara.get(pkey);
    if (earlierPara !== undefined && !(paras[earlierPara]?.header && !paras[pi]?.header)) {
      for (const s of list) s.drop = true;
      continue;
    }
    // First copy, or the body copy of a teaser printed above the byline (the teaser goes).
    for (const s of sents[earlierPara ?? -1] ?? []) s.drop = true;
    seenPara.set(pkey, pi);
    if (list.length >= 2) dropRevisions(list);
    for (const s of list) {
      if (s.drop) continue;
      // Only keys of 20+ characters are stored: shorter ones need no lookup.
      const twin = (s.key.length >= 20 ? exact.get(s.key) : undefined) ?? nearTwin(s, index);
      if (twin && !twin.drop) resolve(twin, s, paras);
      if (!s.drop) {
        if (s.key.length >= 20) exact.set(s.key, s);
        for (const sh of s.shingles) {
          const at = index.get(sh);
          if (at === undefined) index.set(sh, s);
          else if (Array.isArray(at)) at.push(s);
          else index.set(sh, [at, s]);
        }
      }
    }
  }
  return rebuild(paras, split, sents, removed);
}

type ShingleIndex = Map<number, Sent | Sent[]>;

/** An earlier sentence sharing most content trigrams with s (a copy with a word changed, or cut short). */
function nearTwin(s: Sent, index: ShingleIndex): Sent | undefined {
  if (s.shingles.size === 0) return undefined;
  // Counts live on the sentences (reset below); `touched` keeps first-hit order, as a Map would.
  const touched: Sent[] = [];
  for (const sh of s.shingles) {
    const at = index.get(sh);
    if (at === undefined) continue;
    if (!Array.isArray(at)) {
      if (at.hits++ === 0) touched.push(at);
    } else for (const t of at) if (t.hits++ === 0) touched.push(t);
  }
  let twin: Sent | undefined;
  for (const t of touched) {
    if (!twin && !t.drop && t.hits / Math.min(s.shingles.size, t.shingles.size) >= NEAR) twin = t;
    t.hits = 0;
  }
  return twin;
}

/** Which copy goes: the teaser above the byline, else the shorter one, else the later one. */
function resolve(earlier: Sent, later: Sent, paras: Para[]): void {
  if (paras[earlier.para]?.header && !paras[later.para]?.header) earlier.drop = true;
  else if (later.key.length > earlier.key.length * 1.3) earlier.drop = true;
  else later.drop = true;
}

function rebuild(
  paras: Para[],
  split: ReturnType<typeof splitSentences>[],
  sents: Sent[][],
  removed: RemovedLine[],
) {
  const out: Para[] = [];
  for (const [pi, p] of paras.entries()) {
    const list = sents[pi] ?? [];
    const pieces = split[pi] ?? [];
    if (list.length > 0 && list.every((s) => s.drop)) {
      removed.push({ text: p.text, reason: "repeated", line: p.origin });
      continue;
    }
    // Nothing dropped: the sentences joined again are the paragraph as it was (tidied, single spaces).
    if (!list.some((s) => s.drop)) {
      out.push(p);
      continue;
    }
    let text = "";
    for (const [i, s] of list.entries()) {
      const piece = pieces[i];
      if (!piece) continue;
      if (s.drop) removed.push({ text: piece.text, reason: "repeated", line: p.origin });
      else text += piece.text + (piece.gap ? " " : "");
    }
    out.push({ ...p, text: text.trim() });
  }
  return out;
}
