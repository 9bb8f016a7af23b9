// Keeps every paragraph and sentence once: repeated bodies, teasers printed twice, duplicated sentences,
// and revisions of one sentence printed side by side (version-diff pages).
import type { RemovedLine } from "../model/document.js";
import { splitSentences } from "./sentences.js";
import { contentStems, normKey } from "./text.js";

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
  shingles: Set<string>;
  drop: boolean;
}

const SHINGLE = 3;
const NEAR = 0.8;
const MIN_STEMS = 6;
const REVISION_WORDS = 8;

function shinglesOf(s: string): Set<string> {
  const stems = contentStems(s);
  const out = new Set<string>();
  if (stems.length < MIN_STEMS) return out;
  for (let i = 0; i + SHINGLE <= stems.length; i++) out.add(stems.slice(i, i + SHINGLE).join(" "));
  return out;
}

const opening = (key: string): string => key.split(" ").slice(0, REVISION_WORDS).join(" ");

export function dedupe(paras: Para[], removed: RemovedLine[]): Para[] {
  const split = paras.map((p) => splitSentences(p.text));
  const sents: Sent[][] = split.map((ss, para) =>
    ss.map((s, idx) => ({ para, idx, key: normKey(s.text), shingles: shinglesOf(s.text), drop: false })),
  );
  const seenPara = new Map<string, number>();
  const exact = new Map<string, Sent>();
  const index = new Map<string, Sent[]>();
  for (const [pi, list] of sents.entries()) {
    const pkey = normKey(paras[pi]?.text ?? "");
    const earlierPara = seenPara.get(pkey);
    if (earlierPara !== undefined && !(paras[earlierPara]?.header && !paras[pi]?.header)) {
      for (const s of list) s.drop = true;
      continue;
    }
    // First copy, or the body copy of a teaser printed above the byline (the teaser goes).
    for (const s of sents[earlierPara ?? -1] ?? []) s.drop = true;
    seenPara.set(pkey, pi);
    // Revisions side by side: two sentences of one paragraph opening with the same 8 words; keep the later.
    const openings = new Map<string, Sent>();
    for (const s of list) {
      if (s.key.split(" ").length < REVISION_WORDS * 1.5) continue;
      const prev = openings.get(opening(s.key));
      if (prev) prev.drop = true;
      openings.set(opening(s.key), s);
    }
    for (const s of list) {
      if (s.drop) continue;
      const twin = exact.get(s.key) ?? nearTwin(s, index);
      if (twin && !twin.drop) resolve(twin, s, paras);
      if (!s.drop) {
        if (s.key.length >= 20) exact.set(s.key, s);
        for (const sh of s.shingles) {
          const at = index.get(sh);
          if (at) at.push(s);
          else index.set(sh, [s]);
        }
      }
    }
  }
  return rebuild(paras, split, sents, removed);
}

/** An earlier sentence sharing most content trigrams with s (a copy with a word changed, or cut short). */
function nearTwin(s: Sent, index: Map<string, Sent[]>): Sent | undefined {
  if (s.shingles.size === 0) return undefined;
  const hits = new Map<Sent, number>();
  for (const sh of s.shingles) for (const t of index.get(sh) ?? []) hits.set(t, (hits.get(t) ?? 0) + 1);
  for (const [t, n] of hits) if (!t.drop && n / Math.min(s.shingles.size, t.shingles.size) >= NEAR) return t;
  return undefined;
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
