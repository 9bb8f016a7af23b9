// The token view every actors module reads: token strings, POS, sentence bounds and the knowledge-base
// matches, computed once per document (one linear pass per sentence).

import { forgetOnReset } from "../../knowledge/load.js";
import type { AnalysedDocument } from "../../model/document.js";
import { type Knowledge, knowledge, type PhraseMatch, type RoleMatch } from "../knowledge/index.js";

export interface Ctx {
  doc: AnalysedDocument;
  text: string;
  /** Article date (YYYY-MM-DD) or null: office-holder look-ups need it. */
  date: string | null;
  k: Knowledge;
  toks: string[];
  pos: string[];
  /** Sentence index of each token, and each sentence's token range [first, end). */
  sent: Int32Array;
  sentFirst: number[];
  sentEnd: number[];
  /** Knowledge match starting at token i (null if none), and the match covering token i. */
  matchAt: (PhraseMatch | null)[];
  cover: (PhraseMatch | null)[];
}

export function buildContext(doc: AnalysedDocument): Ctx {
  const text = doc.text;
  const n = doc.tokens.length;
  const k = knowledge();
  const toks = new Array<string>(n);
  const pos = new Array<string>(n);
  // Whether a token may open a known phrase: most cannot, and are never tried.
  const opens = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const t = doc.tokens[i] as { start: number; end: number; pos: string };
    const tok = text.slice(t.start, t.end);
    toks[i] = tok;
    pos[i] = t.pos;
    opens[i] = k.mayStartPhrase(tok) ? 1 : 0;
  }
  const sent = new Int32Array(n).fill(-1);
  const sentFirst: number[] = [];
  const sentEnd: number[] = [];
  let ti = 0;
  for (const s of doc.sentences) {
    while (ti < n && (doc.tokens[ti] as { start: number }).start < s.start) ti++;
    const first = ti;
    while (ti < n && (doc.tokens[ti] as { end: number }).end <= s.end) sent[ti++] = sentFirst.length;
    sentFirst.push(first);
    sentEnd.push(ti);
  }
  // Tokens outside any sentence (should not happen) get a sentence of their own.
  for (let i = 0; i < n; i++) {
    if (sent[i] === -1) {
      sent[i] = sentFirst.length;
      sentFirst.push(i);
      sentEnd.push(i + 1);
    }
  }
  const matchAt = new Array<PhraseMatch | null>(n).fill(null);
  const cover = new Array<PhraseMatch | null>(n).fill(null);
  for (let s = 0; s < sentFirst.length; s++) {
    const a = sentFirst[s] as number;
    const b = sentEnd[s] as number;
    if (b <= a) continue;
    // Matching stops at the sentence end (`b`): phrases never cross sentences.
    for (let j = a; j < b; ) {
      const m = opens[j] ? k.matchAt(toks, j, undefined, b) : null;
      if (!m) {
        j++;
        continue;
      }
      matchAt[m.start] = m;
      for (let x = m.start; x < m.end; x++) cover[x] = m;
      j = m.end;
    }
  }
  return {
    doc,
    text,
    date: doc.meta?.published ?? null,
    k,
    toks,
    pos,
    sent,
    sentFirst,
    sentEnd,
    matchAt,
    cover,
  };
}

const roleCache = new Map<string, RoleMatch | null>();
forgetOnReset(roleCache);

/** `Knowledge.role`, memoised: the same few titles come back in every article. */
export function roleMatch(ctx: Ctx, surface: string): RoleMatch | null {
  let r = roleCache.get(surface);
  if (r === undefined) {
    if (roleCache.size > 20_000) roleCache.clear();
    r = ctx.k.role(surface);
    roleCache.set(surface, r);
  }
  return r;
}

/**
 * `t.toLowerCase()`, without the call when nothing would change. A token sliced from a text holding any
 * character beyond Latin-1 (curly quotes: most news) is a two-byte string, which V8 lowercases on a
 * slow runtime path even when it is plain ASCII, several times slower than scanning it here.
 */
export function lowerCase(t: string): string {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return t.toLowerCase();
  }
  return t;
}

/** Whether a token is a possessive marker ("'s", "’s", "'"). */
export const isPossessive = (t: string): boolean => /^['’]s?$/.test(t);

/** Starts with a capital letter and has a lowercase one ("Wang", "Tae-yul", "McCarthy"). */
export function isCapitalised(t: string): boolean {
  const c = t.charAt(0);
  return c !== c.toLowerCase() && /\p{Ll}/u.test(t);
}

/** The character span [start, end) of tokens [a, b). */
export function spanOf(ctx: Ctx, a: number, b: number): { start: number; end: number; text: string } {
  const start = (ctx.doc.tokens[a] as { start: number }).start;
  const end = (ctx.doc.tokens[b - 1] as { end: number }).end;
  return { start, end, text: ctx.text.slice(start, end) };
}
