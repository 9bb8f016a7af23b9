// Per-document look-ups the quotes stage needs: lower-cased tokens, the sentence and paragraph of
// each token, and the actor mention covering a token (mentions are few; one array lookup each).
import { lowerTokenTexts } from "../language/lower.js";
import type { Actor, ActorDocument, ActorMention, Token } from "../model/document.js";
import type { Quoted } from "./marks.js";

export interface QCtx {
  doc: ActorDocument;
  text: string;
  toks: Token[];
  lower: readonly string[];
  /** Sentence index of each token. */
  sentOf: Int32Array;
  /** Paragraph index of each token (paragraphs are split by line breaks). */
  paraOf: Int32Array;
  /** Index into doc.mentions of the mention covering each token, or -1. */
  mentionOf: Int32Array;
  /** 1 when the token is inside a quotation. */
  quoted: Uint8Array;
  actorById: Map<string, Actor>;
}

export function buildContext(doc: ActorDocument, quotes: Quoted[]): QCtx {
  const toks = doc.tokens;
  const n = toks.length;
  const text = doc.text;
  const lower = lowerTokenTexts(text, toks);
  const sentOf = new Int32Array(n);
  const paraOf = new Int32Array(n);
  const mentionOf = new Int32Array(n).fill(-1);
  const quoted = new Uint8Array(n);
  let s = 0;
  let para = 0;
  let lastEnd = 0;
  for (let i = 0; i < n; i++) {
    const t = toks[i] as Token;
    while (s + 1 < doc.sentences.length && (doc.sentences[s + 1] as { start: number }).start <= t.start) s++;
    sentOf[i] = s;
    for (let p = lastEnd; p < t.start; p++)
      if (text.charCodeAt(p) === 10) {
        para++;
        break;
      }
    paraOf[i] = para;
    lastEnd = t.end;
  }
  let m = 0;
  for (let k = 0; k < doc.mentions.length; k++) {
    const men = doc.mentions[k] as ActorMention;
    m = firstTokenAt(toks, men.start);
    for (let i = m; i < n && (toks[i] as Token).start < men.end; i++) mentionOf[i] = k;
  }
  for (const q of quotes) {
    for (let i = firstTokenAt(toks, q.start); i < n && (toks[i] as Token).start < q.end; i++) quoted[i] = 1;
  }
  const actorById = new Map<string, Actor>();
  for (const a of doc.actors) actorById.set(a.id, a);
  return { doc, text, toks, lower, sentOf, paraOf, mentionOf, quoted, actorById };
}

/** Index of the first token starting at or after `offset` (binary search). */
export function firstTokenAt(toks: Token[], offset: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((toks[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function mentionAt(c: QCtx, i: number): ActorMention | null {
  const k = c.mentionOf[i] ?? -1;
  return k < 0 ? null : (c.doc.mentions[k] as ActorMention);
}

/** The person (or other) actor a mention stands for: its first person actor, else its first actor. */
export function mentionActor(c: QCtx, m: ActorMention): Actor | null {
  let first: Actor | null = null;
  for (const id of m.actors) {
    const a = c.actorById.get(id);
    if (!a) continue;
    if (a.kind === "person") return a;
    first ??= a;
  }
  return first;
}
