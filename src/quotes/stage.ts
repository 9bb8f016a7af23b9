// The quotes stage: direct and partial quotations (with their speaker and relaying source) and
// reported speech. Pure: reads the text, sentences, tokens and actors layer; no I/O.
import type { ActorDocument, Quote, QuoteKind, Span, Token } from "../model/document.js";
import { buildContext, firstTokenAt, type QCtx } from "./context.js";
import { type Cue, cuesIn, relayIn, speakerOf } from "./frame.js";
import { findReported } from "./indirect.js";
import { lexicon } from "./lexicon.js";
import { findQuoted, type Quoted } from "./marks.js";
import { type Memory, resolveCand, type Speaker } from "./resolve.js";
import type { Cand } from "./speaker.js";
import { firstSubject, subjectBefore } from "./speaker.js";

/** A quote with what the stage saw: where the speaker is named, how it was attributed. */
export interface QuoteHit {
  quote: Quote;
  speakerSpan: Span | null;
  /** "cue" (own sentence), "next"/"previous" (neighbouring sentence), "carry" (earlier quote), "none". */
  attribution: "cue" | "next" | "previous" | "carry" | "none";
  chain: number;
}

export function findQuotes(doc: ActorDocument): Quote[] {
  return detectQuotes(doc).map((h) => h.quote);
}

export function detectQuotes(doc: ActorDocument): QuoteHit[] {
  const quoted = findQuoted(doc.text, doc.sentences);
  const c = buildContext(doc, quoted);
  const hits: QuoteHit[] = [];
  const mem: Memory = { last: null, lastPara: -10 };
  const bySentence = new Map<number, Quoted[]>();
  for (const q of quoted) {
    const ft = firstTokenAt(c.toks, q.start);
    if (ft >= c.toks.length || (c.toks[ft] as Token).start >= q.end) continue;
    const s = c.sentOf[ft] as number;
    const list = bySentence.get(s) ?? [];
    list.push(q);
    bySentence.set(s, list);
  }
  const bounds = sentenceTokens(c);
  for (let s = 0; s < doc.sentences.length; s++) {
    const [lo, hi] = bounds[s] as [number, number];
    if (lo >= hi) continue;
    const qs = bySentence.get(s);
    if (qs) for (const q of qs) direct(c, q, bounds, mem, hits);
    else if (!hasQuoted(c, lo, hi)) reported(c, lo, hi, mem, hits);
  }
  fillChains(hits);
  hits.sort((a, b) => a.quote.span.start - b.quote.span.start);
  hits.forEach((h, i) => {
    h.quote.id = `q${i + 1}`;
  });
  return hits;
}

function direct(c: QCtx, q: Quoted, bounds: [number, number][], mem: Memory, hits: QuoteHit[]): void {
  const ft = firstTokenAt(c.toks, q.start);
  let lt = ft;
  while (lt + 1 < c.toks.length && (c.toks[lt + 1] as Token).start < q.end) lt++;
  const lo = (bounds[c.sentOf[ft] as number] as [number, number])[0];
  const hi = (bounds[c.sentOf[lt] as number] as [number, number])[1];
  let afterHi = lt + 1;
  while (afterHi < hi && !c.quoted[afterHi]) afterHi++;
  const before = cuesIn(c, lo, ft);
  const after = cuesIn(c, lt + 1, Math.min(afterHi, lt + 40));
  const lead = leadIn(c, lo, ft);
  const b = before[before.length - 1];
  const intro = b && (lead === ":" || lead === "," || lead === "that" || lead === "cue") ? b : undefined;
  // Words quoted inside a clause belong to that clause's speaker ("Cho urged Beijing to play a
  // 'constructive role', the ministry said"): the cue before comes first, the one after relays.
  const inClause = lead === "word" && !!b;
  const order = [
    intro,
    inClause ? b : after[0],
    inClause ? after[0] : b,
    ...before.slice(0, -1).reverse(),
  ].filter((x): x is Cue => !!x);
  let speaker: Speaker | null = null;
  let cue: Cue | null = null;
  let itCand: { cand: Cand; cue: Cue } | null = null;
  for (const k of order) {
    const cand = speakerOf(c, k, lo, k.start > ft ? afterHi : hi);
    if (!cand) continue;
    // "it believed" names a thing, never the person who speaks; an earlier cue may name them.
    if (cand.kind === "pronoun" && c.lower[cand.start] === "it") {
      itCand ??= { cand, cue: k };
      continue;
    }
    const sp = resolveCand(c, cand, mem);
    if (!speaker || (speaker.media && !sp.media)) {
      speaker = sp;
      cue = k;
    }
    if (!sp.media) break;
  }
  if (!speaker && itCand) {
    // Only "it" speaks (an ad, a memo, a report): the text's word, not a person.
    speaker = resolveCand(c, { ...itCand.cand, kind: "name" }, mem);
    cue = itCand.cue;
  }
  if (!speaker && lead === ":") {
    // "Misri issued a statement: “…”": the subject of the introducing clause speaks.
    const cand = firstSubject(c, lo, ft);
    if (cand && (cand.kind === "person" || cand.kind === "role" || cand.kind === "name"))
      speaker = resolveCand(c, cand, mem);
  }
  const kind: QuoteKind = q.open < 0 || lead === "" || lead === ":" || lead === "," ? "direct" : "partial";
  let attribution: QuoteHit["attribution"] = speaker ? "cue" : "none";
  if (!speaker) {
    // A quotation standing alone: its speaker is named in the next sentence, or was just quoted.
    if (kind === "partial" && q.chain < 0) return; // a title or scare quotes, not speech
    const next = neighbour(c, bounds, c.sentOf[lt] as number, 1, mem);
    if (next) {
      speaker = next.speaker;
      cue = next.cue;
      attribution = "next";
    } else if (mem.last && (c.paraOf[ft] as number) - mem.lastPara <= 1) {
      speaker = { ...mem.last };
      attribution = "carry";
    } else {
      const prev = wholeParagraph(c, ft, lt) ? previousParagraphSpeaker(c, ft, mem) : null;
      if (prev) {
        speaker = prev;
        attribution = "previous";
      }
    }
  }
  // Without a cue of its own, a short or title-cased stretch is a name ("Meet the Press"), not speech.
  if (attribution !== "cue" && q.chain < 0 && looksLikeTitle(c, ft, lt)) return;
  // Even beside a cue, a title-cased name after "on", "of", "NBC's", "her memoir,"… is a show
  // or a book; so is a term right after "a phenomenon called".
  if (q.chain < 0 && (isTitle(c, ft, lt) || isTerm(c, ft))) return;
  const via = relayIn(c, lo, hi, speaker?.actor?.id ?? null);
  if (speaker && !speaker.media && !(itCand && cue === itCand.cue)) {
    mem.last = speaker;
    mem.lastPara = c.paraOf[ft] as number;
  }
  hits.push(makeHit(c, q, kind, speaker, cue, via, attribution, q.chain));
}

function reported(c: QCtx, lo: number, hi: number, mem: Memory, hits: QuoteHit[]): void {
  const r = findReported(c, lo, hi);
  if (!r) return;
  const speaker = resolveCand(c, r.cand, mem);
  const span = { start: (c.toks[r.start] as Token).start, end: (c.toks[r.end - 1] as Token).end };
  const q: Quoted = { ...span, open: -1, close: -1, chain: -1 };
  const via = relayIn(c, lo, hi, speaker.actor?.id ?? null);
  if (!speaker.media) {
    mem.last = speaker;
    mem.lastPara = c.paraOf[lo] as number;
  }
  hits.push(makeHit(c, q, "indirect", speaker, r.cue, via, "cue", -1));
}

/** Speaker named in the adjacent sentence of the paragraph ("Wang said." after a lone quotation). */
function neighbour(c: QCtx, bounds: [number, number][], s: number, dir: 1 | -1, mem: Memory) {
  const nb = bounds[s + dir];
  if (!nb || nb[0] >= nb[1] || c.paraOf[nb[0]] !== c.paraOf[(bounds[s] as [number, number])[0]]) return null;
  const [lo, hi] = nb;
  // Only a sentence that opens with its speaker and cue ("Mr. Kim said, …", "said Kim"): the
  // splitter may have cut after a quoted question; anything else starts a new statement.
  // The speaker may carry an appositive ("Margarita Simonyan, the editor of RT, wrote").
  const cue = cuesIn(c, lo, Math.min(hi, lo + 20))[0];
  if (!cue || hasQuoted(c, lo, cue.start) || cue.kind === "participle") return null;
  if (cue.start - lo > 8 && !c.lower.slice(lo, cue.start).includes(",")) return null;
  const cand = speakerOf(c, cue, lo, hi);
  if (!cand || (cand.start > cue.start ? cand.start - cue.end > 1 : cand.start - lo > 1)) return null;
  // "Practice kindness, says X": words of its own before the cue make a new statement.
  if (
    cand.start < cue.start &&
    cand.end < cue.start &&
    c.lower[cand.end] !== "," &&
    !attached(c, cand.end, cue.start)
  )
    return null;
  return { speaker: resolveCand(c, cand, mem), cue };
}

/** True when tokens [ft, lt] are all of their paragraph but its marks and final punctuation. */
function wholeParagraph(c: QCtx, ft: number, lt: number): boolean {
  const p = c.paraOf[ft];
  let a = ft - 1;
  while (a >= 0 && c.paraOf[a] === p && isMark(c.lower[a] as string)) a--;
  let b = lt + 1;
  while (b < c.toks.length && c.paraOf[b] === p && (c.toks[b] as Token).pos === "PUNCT") b++;
  return (a < 0 || c.paraOf[a] !== p) && (b >= c.toks.length || c.paraOf[b] !== p);
}

/** A paragraph that is only a quotation, right after one where a person speaks ("Vucic spoke to
 * reporters…", "Kurti said the deal…"), is that person's: the first such person of that paragraph. */
function previousParagraphSpeaker(c: QCtx, ft: number, mem: Memory): Speaker | null {
  const want = (c.paraOf[ft] as number) - 1;
  let lo = ft;
  while (lo > 0 && (c.paraOf[lo - 1] as number) >= want) lo--;
  let hi = lo;
  while (hi < ft && c.paraOf[hi] === want) hi++;
  const events = lexicon().speechEvents;
  for (let k = lo; k < hi && k < lo + 60; k++) {
    if (c.quoted[k] || !events.has(c.lower[k] as string) || (c.toks[k] as Token).pos !== "VERB") continue;
    const cand = subjectBefore(c, k, lo);
    if (cand && cand.kind !== "media" && cand.kind !== "group") return resolveCand(c, cand, mem);
  }
  return null;
}

/** Only adverbs or auxiliaries between the speaker and the cue ("Wang also said"). */
function attached(c: QCtx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const p = (c.toks[k] as Token).pos;
    if (p !== "ADV" && p !== "AUX" && p !== "PART") return false;
  }
  return true;
}

/** Quotations of one multi-paragraph chain share the speaker found for any of them. */
function fillChains(hits: QuoteHit[]): void {
  const best = new Map<number, QuoteHit>();
  for (const h of hits)
    if (h.chain >= 0 && h.attribution === "cue" && !best.has(h.chain)) best.set(h.chain, h);
  for (const h of hits) {
    const b = h.chain >= 0 ? best.get(h.chain) : undefined;
    if (!b || b === h || h.attribution === "cue") continue;
    Object.assign(h.quote, {
      speaker: b.quote.speaker,
      speakerName: b.quote.speakerName,
      speakerCountry: b.quote.speakerCountry,
    });
    h.attribution = "carry";
  }
}

const MINOR = new Set([
  "a",
  "an",
  "the",
  "of",
  "and",
  "or",
  "in",
  "on",
  "at",
  "to",
  "for",
  "with",
  "by",
  "from",
]);

function looksLikeTitle(c: QCtx, ft: number, lt: number): boolean {
  let words = 0;
  let capped = 0;
  for (let k = ft; k <= lt; k++) {
    if ((c.toks[k] as Token).pos === "PUNCT") continue;
    words++;
    const w = c.text[(c.toks[k] as Token).start] as string;
    if (w !== w.toLowerCase() || MINOR.has(c.lower[k] as string)) capped++;
  }
  return words < 4 || (words <= 10 && capped === words);
}

// Words before a quoted title: "said on 'Meet the Press'", "her memoir, 'Plenty Ladylike'".
const TITLE_BEFORE = new Set([
  "on",
  "of",
  "in",
  "'s",
  "’s",
  "book",
  "memoir",
  "show",
  "program",
  "programme",
  "film",
  "series",
  "titled",
  "entitled",
]);

/** Every word capitalised (or minor), at most 14, and after a word that announces a title. */
function isTitle(c: QCtx, ft: number, lt: number): boolean {
  let k = ft - 1;
  while (k >= 0 && (isMark(c.lower[k] as string) || c.lower[k] === ",")) k--;
  if (k < 0 || !TITLE_BEFORE.has(c.lower[k] as string)) return false;
  let words = 0;
  for (let i = ft; i <= lt; i++) {
    if ((c.toks[i] as Token).pos === "PUNCT") continue;
    const w = c.text[(c.toks[i] as Token).start] as string;
    if (w === w.toLowerCase() && !MINOR.has(c.lower[i] as string)) return false;
    words++;
  }
  return words <= 14;
}

const NAMING = new Set(["called", "dubbed", "named", "termed", "labeled", "labelled"]);

/** "a phenomenon called 'differential nonresponse'": a common noun, a naming participle, then the
 * quotation — a term being defined, not anyone's words. */
function isTerm(c: QCtx, ft: number): boolean {
  let k = ft - 1;
  while (k >= 0 && isMark(c.lower[k] as string)) k--;
  if (k < 1 || !NAMING.has(c.lower[k] as string)) return false;
  const before = c.toks[k - 1] as Token;
  return (
    before.pos === "NOUN" && c.mentionOf[k - 1] === -1 && !lexicon().roleNouns.has(c.lower[k - 1] as string)
  );
}

/** What comes right before the quotation in its sentence: "", ":", ",", "that", "cue" or "word". */
function leadIn(c: QCtx, lo: number, ft: number): string {
  for (let k = ft - 1; k >= lo; k--) {
    if (c.quoted[k]) return "";
    const w = c.lower[k] as string;
    if (isMark(w)) continue;
    if (w === ":" || w === "," || w === "that") return w;
    return cuesIn(c, k, k + 1).length ? "cue" : "word";
  }
  return "";
}

const MARKS = new Set(['"', "'", "“", "”", "‘", "’", "«", "»", "„"]);
const isMark = (w: string) => MARKS.has(w);

function hasQuoted(c: QCtx, lo: number, hi: number): boolean {
  for (let k = lo; k < hi; k++) if (c.quoted[k] || isMark(c.lower[k] as string)) return true;
  return false;
}

/** Token range [lo, hi) of every sentence. */
function sentenceTokens(c: QCtx): [number, number][] {
  const out: [number, number][] = c.doc.sentences.map(() => [0, 0]);
  for (let i = 0; i < c.toks.length; i++) {
    const r = out[c.sentOf[i] as number] as [number, number];
    if (r[1] === 0) r[0] = i;
    r[1] = i + 1;
  }
  return out;
}

function makeHit(
  c: QCtx,
  q: Span & { chain: number },
  kind: QuoteKind,
  sp: Speaker | null,
  cue: Cue | null,
  via: string | null,
  attribution: QuoteHit["attribution"],
  chain: number,
): QuoteHit {
  let end = q.end;
  while (end > q.start && /[\s,;:]/.test(c.text[end - 1] as string)) end--;
  const quote: Quote = {
    id: "",
    speaker: sp?.actor?.id ?? null,
    speakerName: sp?.name ?? null,
    speakerCountry: sp?.country ?? null,
    text: c.text.slice(q.start, end),
    span: { start: q.start, end },
    kind,
    via: via && via !== sp?.name ? via : null,
    cue: cue?.word ?? null,
    events: [],
  };
  return { quote, speakerSpan: sp && sp.span.end > 0 ? sp.span : null, attribution, chain };
}
