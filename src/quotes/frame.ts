// Cue words and relaying sources in the words around a quotation (or in a sentence of reported
// speech): which word introduces the speech, who speaks, and through whom it came.
import type { Token } from "../model/document.js";
import { mentionActor, mentionAt, type QCtx } from "./context.js";
import { lexicon } from "./lexicon.js";
import {
  type Cand,
  candEndingAt,
  firstSubject,
  nounPhraseAt,
  subjectAfter,
  subjectBefore,
} from "./speaker.js";

export interface Cue {
  /** First and one-past-last token of the cue words. */
  start: number;
  end: number;
  word: string;
  kind: "finite" | "participle" | "phrase";
}

/** The cue starting at token i, if any (a phrase wins over its first word). */
export function cueAt(c: QCtx, i: number): Cue | null {
  if (c.quoted[i] || c.mentionOf[i] !== -1) return null;
  const w = c.lower[i] as string;
  const entry = lexicon().cueWords.get(w);
  if (!entry) return null;
  for (const p of entry.phrases) {
    let ok = true;
    for (let k = 1; k < p.words.length && ok; k++) ok = c.lower[i + k] === p.words[k];
    if (ok) return { start: i, end: i + p.words.length, word: p.text, kind: "phrase" };
  }
  const pos = (c.toks[i] as Token).pos;
  if (pos !== "VERB" && pos !== "AUX" && pos !== "NOUN" && pos !== "ADJ") return null;
  if (entry.finite && pos !== "NOUN") return { start: i, end: i + 1, word: w, kind: "finite" };
  if (entry.participle) return { start: i, end: i + 1, word: w, kind: "participle" };
  return null;
}

/** Who speaks for this cue; `lo`/`hi` bound the sentence. */
export function speakerOf(c: QCtx, cue: Cue, lo: number, hi: number): Cand | null {
  const lex = lexicon();
  if (cue.word === "according to" || cue.word === "in the words of") return subjectAfter(c, cue.end, hi);
  if (cue.kind === "participle" && isProgressive(c, cue.start, lo))
    return speakerOf(c, { ...cue, kind: "finite" }, lo, hi);
  if (cue.kind === "participle") {
    // "with spokesman Glen Caplin saying": a person right before the -ing form is its subject.
    const own = cue.start > lo ? candEndingAt(c, cue.start - 1, lo) : null;
    if (own?.kind === "person") return own;
    // "…, saying" / "opened his remarks by saying": the subject of the verb the phrase hangs on;
    // when that is no person ("the blame Wall Street faced, saying"), the clause's first person.
    const verb = mainVerbBefore(c, cue.start, lo);
    const sub =
      verb >= 0 ? speakerOf(c, { start: verb, end: verb + 1, word: "", kind: "finite" }, lo, hi) : null;
    const first = firstSubject(c, lo, cue.start);
    const isPerson = (x: Cand | null) => x?.kind === "person" || x?.kind === "pronoun";
    if (sub && !isPerson(sub) && isPerson(first)) return first;
    return sub ?? first ?? subjectBefore(c, cue.start, lo) ?? mainSubjectAfter(c, cue, hi);
  }
  // "X said … and expressed hope": a coordinated verb shares the first verb's subject.
  const conj = skipBack(c, cue.start - 1, lo);
  if (conj >= lo && (c.lower[conj] === "and" || c.lower[conj] === "but")) {
    const prev = cuesIn(c, lo, conj).filter((x) => x.kind === "finite");
    const first = prev[prev.length - 1];
    return first ? speakerOf(c, first, lo, hi) : firstSubject(c, lo, conj);
  }
  const before = subjectBefore(c, cue.start, lo) ?? nounBefore(c, cue.start, lo);
  if (before) return before;
  // Inverted order ("said Wang"); never after "told", whose object is the audience.
  if (lex.addressee.has(cue.word) && cue.word !== "asked") return null;
  return subjectAfter(c, cue.end, hi) ?? nounAfter(c, cue.end, hi);
}

/** "said the narrator": a plain noun phrase right after an inverted cue. */
function nounAfter(c: QCtx, from: number, hi: number): Cand | null {
  let e = from;
  if (e < hi && (c.toks[e] as Token).pos === "DET") e++;
  while (e + 1 < hi && !c.quoted[e + 1] && (c.toks[e + 1] as Token).pos === "NOUN") e++;
  return e < hi && (c.toks[e] as Token).pos === "NOUN" ? nounPhraseAt(c, e, from) : null;
}

const BE = new Set(["is", "are", "was", "were", "been", "be", "'s", "’s"]);

/** "Trump is insisting he is 'winning'": an -ing form after a form of "be" is the finite verb. */
function isProgressive(c: QCtx, i: number, lo: number): boolean {
  let k = i - 1;
  while (k >= lo && (c.toks[k] as Token).pos === "ADV") k--;
  return k >= lo && BE.has(c.lower[k] as string) && !c.quoted[k];
}

/** "Calling Ross 'the partner I need', Mrs. Clinton upbraided…": a participle opening the sentence
 * hangs on the main clause after the quotation; its subject speaks. */
function mainSubjectAfter(c: QCtx, cue: Cue, hi: number): Cand | null {
  let k = cue.end;
  while (k < hi && !c.quoted[k]) k++;
  if (k >= hi) return null;
  while (k < hi && (c.quoted[k] || (c.toks[k] as Token).pos === "PUNCT")) k++;
  return firstSubject(c, k, Math.min(hi, k + 12));
}

/** Any noun phrase right before the cue ("the investigator wrote", "the group tweeted"), when
 * nothing the lexicon knows is there: the words name the speaker as the text does. */
function nounBefore(c: QCtx, cue: number, lo: number): Cand | null {
  let j = cue - 1;
  while (j >= lo && SKIP_ADV.has(c.lower[j] as string)) j--;
  return nounPhraseAt(c, j, lo);
}

const SKIP_ADV = new Set(["also", "later", "then", "further", "again", "once", "earlier"]);

/** Back over adverbs and auxiliaries ("and has repeatedly said"). */
function skipBack(c: QCtx, j: number, lo: number): number {
  let k = j;
  while (k >= lo && ((c.toks[k] as Token).pos === "ADV" || (c.toks[k] as Token).pos === "AUX")) k--;
  return k;
}

/** The nearest finite verb before `from` in the sentence (not an "-ing" form), or -1. */
function mainVerbBefore(c: QCtx, from: number, lo: number): number {
  for (let k = from - 1; k >= lo && from - k < 30; k--) {
    if (c.quoted[k]) continue;
    const t = c.toks[k] as Token;
    const w = c.lower[k] as string;
    if (t.pos === "VERB" && !w.endsWith("ing") && c.mentionOf[k] === -1) return k;
  }
  return -1;
}

/** Every cue in tokens [lo, hi) outside quotations. */
export function cuesIn(c: QCtx, lo: number, hi: number): Cue[] {
  const out: Cue[] = [];
  for (let i = lo; i < hi; i++) {
    const cue = cueAt(c, i);
    if (cue) {
      out.push(cue);
      i = cue.end - 1;
    }
  }
  return out;
}

/** The outlet, post or document the words came through, in tokens [lo, hi) outside quotations. */
export function relayIn(c: QCtx, lo: number, hi: number, speakerId: string | null): string | null {
  const lex = lexicon();
  let doc: string | null = null;
  for (let i = lo; i < hi; i++) {
    if (c.quoted[i]) continue;
    const m = mentionAt(c, i);
    if (m) {
      const a = mentionActor(c, m);
      if (a?.kind === "media" && a.id !== speakerId) return a.name;
      continue;
    }
    const w = c.lower[i] as string;
    // "in a post on X": the platform relays.
    if (w === "on" && lex.platforms.has((c.lower[i + 1] ?? "").replace(/\.$/, "")) && isPostContext(c, i)) {
      return c.text.slice((c.toks[i + 1] as Token).start, (c.toks[i + 1] as Token).end).replace(/\.$/, "");
    }
    for (const form of lex.relayNouns.get(w) ?? NO_FORMS) {
      if (doc) break;
      let ok = true;
      for (let k = 1; k < form.length && ok; k++) ok = c.lower[i - k] === form[form.length - 1 - k];
      if (!ok) continue;
      const phrase = relayPhrase(c, i - form.length + 1, i, lo);
      // Only as the means of saying ("in a statement", "a statement said"), not "the post of envoy".
      const before = c.lower[phrase.start - 1] ?? "";
      if (RELAY_BEFORE.has(before) || cueAt(c, i + 1)) doc = phrase.text;
    }
  }
  return doc;
}

function isPostContext(c: QCtx, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const w = c.lower[k] as string;
    if (w === "post" || w === "posted" || w === "wrote" || w === "message" || w === "tweet") return true;
  }
  return false;
}

const NO_FORMS: string[][] = [];
const RELAY_BEFORE = new Set(["in", "via", "through", "from", "to", "at", "during", "with"]);

/** "a Chinese foreign ministry statement": the noun phrase ending at `head`. */
function relayPhrase(c: QCtx, first: number, head: number, lo: number): { start: number; text: string } {
  let s = first;
  while (s - 1 >= lo && !c.quoted[s - 1]) {
    const p = (c.toks[s - 1] as Token).pos;
    const w = c.lower[s - 1] as string;
    if (p === "ADJ" || p === "NOUN" || p === "PROPN" || p === "NUM" || w === "'s" || w === "’s") s--;
    else if (p === "DET") {
      s--;
      break;
    } else break;
  }
  return { start: s, text: c.text.slice((c.toks[s] as Token).start, (c.toks[head] as Token).end) };
}
