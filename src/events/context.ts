// Per-document view the event stage works on: lower-case token words, the sentence of every
// token, and actor mentions placed on token positions. Built in one linear pass.

import { type TokenWindow, tokenWindow } from "../language/dates/phrases.js";
import type { DateMatch, DateMention, Tense } from "../language/dates.js";
import { lowerTokenTexts } from "../language/lower.js";
import type { ActorDocument, ActorMention, Participant, Span, Token } from "../model/document.js";

export interface Placed {
  m: ActorMention;
  /** Token range [from, to) the mention covers. */
  from: number;
  to: number;
}

export interface EvCtx {
  doc: ActorDocument;
  toks: Token[];
  words: readonly string[];
  sentOf: Int32Array;
  /** Mention starting at a token, by token index. */
  startAt: (Placed | undefined)[];
  /** Mention covering a token, by token index. */
  coverAt: (Placed | undefined)[];
  placed: Placed[];
  /** Participants of each mention already looked up (a mention is a side of many triggers). */
  participants: Map<Placed, Participant[]>;
  /** Location of each sentence already looked up, by sentence index. */
  locations: Map<number, string | null>;
  /** Cue words of each sentence with an event (for tense and modality), by sentence span. */
  windows: Map<Span, TokenWindow>;
  /** Date expressions of each sentence with an event, by sentence span. */
  dates: Map<Span, SentenceDates>;
}

/** A sentence's date expressions, and what they resolve to in each tense asked for so far. */
export interface SentenceDates {
  matches: DateMatch[];
  byTense: Partial<Record<Tense, DateMention[]>>;
}

/** The sentence's words and tags for the cue lists; made once per sentence, several events share it. */
export function sentenceWindow(ctx: EvCtx, sentence: Span): TokenWindow {
  let w = ctx.windows.get(sentence);
  if (!w) {
    w = tokenWindow(ctx.doc.text, ctx.toks, sentence, ctx.words);
    ctx.windows.set(sentence, w);
  }
  return w;
}

const PLACE_NAME = /^\s+(Peninsula|Sea|Strait|Gulf|Ocean|Islands?)\b/;

/** Mentions in text order; the actors layer usually gives them so, and then no copy is made. */
function byStart(mentions: ActorMention[]): ActorMention[] {
  for (let i = 1; i < mentions.length; i++)
    if ((mentions[i] as ActorMention).start < (mentions[i - 1] as ActorMention).start)
      return [...mentions].sort((a, b) => a.start - b.start);
  return mentions;
}

export function buildEvCtx(doc: ActorDocument): EvCtx {
  const toks = doc.tokens;
  const n = toks.length;
  const words = lowerTokenTexts(doc.text, toks);
  const sentOf = new Int32Array(n).fill(-1);
  let s = 0;
  for (let i = 0; i < n; i++) {
    const t = toks[i] as Token;
    while (s < doc.sentences.length && (doc.sentences[s] as { end: number }).end <= t.start) s++;
    const sent = doc.sentences[s];
    if (sent && sent.start <= t.start) sentOf[i] = s;
  }
  const startAt = new Array<Placed | undefined>(n);
  const coverAt = new Array<Placed | undefined>(n);
  const placed: Placed[] = [];
  const mentions = byStart(doc.mentions);
  let k = 0;
  for (const m of mentions) {
    // Media relay; "the Korean Peninsula" is a place, not Korea acting.
    if (m.via === "media" || (m.via === "demonym" && PLACE_NAME.test(doc.text.slice(m.end, m.end + 12))))
      continue;
    while (k < n && (toks[k] as Token).end <= m.start) k++;
    let e = k;
    while (e < n && (toks[e] as Token).start < m.end) e++;
    if (e === k || startAt[k]) continue;
    const p = { m, from: k, to: e };
    placed.push(p);
    startAt[k] = p;
    for (let j = k; j < e; j++) coverAt[j] = p;
  }
  return {
    doc,
    toks,
    words,
    sentOf,
    startAt,
    coverAt,
    placed,
    participants: new Map(),
    locations: new Map(),
    windows: new Map(),
    dates: new Map(),
  };
}
