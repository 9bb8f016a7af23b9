// Keeps every paragraph and sentence once: repeated bodies, teasers printed twice, duplicated sentences,
// and revisions of one sentence printed side by side (version-diff pages).
import type { RemovedLine } from "../model/document.js";
import { type Sentence, splitSentences } from "./sentences.js";
import { stemIdsOfAll } from "./stem-ids.js";
import { TrigramTable } from "./trigram-table.js";

export interface Para {
  origin: number;
  text: string;
  /** Before the article proper starts (title, byline, dateline): a teaser here yields to its copy in the body. */
  header: boolean;
}

interface Sent {
  /** Its number in the article (as the trigram table lists it). */
  n: number;
  para: number;
  key: string;
  /** Its distinct trigrams: slots `from` to `from + shingles` of the trigram table's slot list. */
  from: number;
  shingles: number;
  drop: boolean;
  /** Scratch counter and flag for nearTwin. */
  hits: number;
  seen: boolean;
}

const NEAR = 0.8;
const MIN_STEMS = 6;
const REVISION_WORDS = 8;

/** Trigram slots of every sentence with MIN_STEMS stems or more (none for shorter ones). */
function sentencesOf(split: readonly (readonly Sentence[])[], table: TrigramTable): Sent[][] {
  const flat: string[] = [];
  for (const ss of split) for (const s of ss) flat.push(s.text);
  const lists = stemIdsOfAll(flat);
  let trigrams = 0;
  for (const ids of lists) if (ids.length >= MIN_STEMS) trigrams += ids.length - 2;
  table.reset(trigrams);
  let n = 0;
  return split.map((ss, para) =>
    ss.map((s) => {
      const ids = lists[n] ?? [];
      const from = table.listedSlots();
      const shingles = ids.length >= MIN_STEMS ? table.collect(ids, n) : 0;
      return { n: n++, para, key: s.text, from, shingles, drop: false, hits: 0, seen: false };
    }),
  );
}

/** Revisions side by side: two sentences of one paragraph opening with the same 8 words; keep the later. */
function dropRevisions(list: Sent[]): void {
  const openings = new Map<string, Sent>();
  for (const s of list) {
    if (s.shingles < REVISION_WORDS) continue;
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

/** The table of callers that bring none (its arrays are reused from article to article). */
const sharedTable = new TrigramTable();

/** `table`: the trigram table to work in; a pipeline of its own passes its own. */
export function dedupe(paras: Para[], removed: RemovedLine[], table = sharedTable): Para[] {
  const split = paras.map((p) => splitSentences(p.text));
  // Exact copies are byte-identical in practice; reworded or cut copies are caught by the trigrams.
  const sents = sentencesOf(split, table);
  // Sentences by number, as the trigram table lists them.
  const all = sents.flat();
  const seenPara = new Map<string, number>();
  const exact = new Map<string, Sent>();
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
      const twin = (s.key.length >= 20 ? exact.get(s.key) : undefined) ?? nearTwin(s, all, table);
      if (twin && !twin.drop) resolve(twin, s, paras);
      if (!s.drop) {
        if (s.key.length >= 20) exact.set(s.key, s);
        for (let k = s.from; k < s.from + s.shingles; k++) table.addToSlot(table.slotAt(k), s.n);
      }
    }
  }
  return rebuild(paras, split, sents, removed);
}

// Scratch list for nearTwin, emptied after each use.
const touched: Sent[] = [];
/**
 * Sentences read per trigram when looking for a near copy. A trigram in more sentences than that
 * ("officials said on Monday" in a multi-MB document) would make the search quadratic: only its
 * first sentences become candidates through it, and it is counted for each candidate that may be a
 * copy by looking it up among the candidate's own trigrams.
 */
const MAX_POSTINGS = 16;
/** Trigrams of the sentence being checked whose lists were cut (cleared after each use). */
const capped = new Set<number>();

/** An earlier sentence sharing most content trigrams with s (a copy with a word changed, or cut short). */
function nearTwin(s: Sent, all: readonly Sent[], table: TrigramTable): Sent | undefined {
  if (s.shingles === 0) return undefined;
  // Counts live on the sentences (reset below); `touched` keeps first-hit order.
  for (let k = s.from; k < s.from + s.shingles; k++) {
    const slot = table.slotAt(k);
    const long = postingsAtLeast(table, slot, MAX_POSTINGS + 1);
    if (long) capped.add(slot);
    let read = 0;
    for (
      let p = table.firstPosting(slot);
      p !== -1 && read < MAX_POSTINGS;
      p = table.nextPosting(p), read++
    ) {
      const t = all[table.postedSentence(p)] as Sent;
      if (!long) t.hits++;
      if (!t.seen) {
        t.seen = true;
        touched.push(t);
      }
    }
  }
  let twin: Sent | undefined;
  for (const t of touched) {
    if (!twin && !t.drop) {
      const need = NEAR * Math.min(s.shingles, t.shingles);
      if (capped.size > 0 && t.hits < need && t.hits + capped.size >= need)
        for (let k = t.from; k < t.from + t.shingles; k++) if (capped.has(table.slotAt(k))) t.hits++;
      if (t.hits >= need) twin = t;
    }
    t.hits = 0;
    t.seen = false;
  }
  touched.length = 0;
  capped.clear();
  return twin;
}

/** Whether a trigram's list holds at least `n` sentences (reads at most n postings). */
function postingsAtLeast(table: TrigramTable, slot: number, n: number): boolean {
  let read = 0;
  for (let p = table.firstPosting(slot); p !== -1; p = table.nextPosting(p)) if (++read >= n) return true;
  return false;
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
