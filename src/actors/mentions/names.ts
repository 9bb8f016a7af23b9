// Person-name candidates: runs of capitalised tokens (with particles such as "bin", "de", "van" and
// initials inside), honorifics stripped, split wherever the knowledge base knows a phrase.
import { forgetOnReset } from "../../knowledge/load.js";
import type { Person } from "../knowledge/index.js";
import { type Ctx, isCapitalised, lowerCase } from "./context.js";
import { type Gender, isHonorific, nameLexicon } from "./lexicon.js";

export interface NameRun {
  /** Tokens [start, end) of the name itself (honorific excluded). */
  start: number;
  end: number;
  /** Known from the office-holder table. */
  person: Person | null;
  /** Gender told by an honorific ("Mr", "Ms"), if any. */
  gender: Gender | null;
  honorific: boolean;
  /** Looks like a place or organisation (after "in", or holds "Island", "Party"): not a person unless known. */
  placeLike: boolean;
}

const NEVER_POS = new Set(["DET", "ADP", "PRON", "CCONJ", "SCONJ", "AUX", "PART", "PUNCT", "NUM", "SYM"]);
const ARABIC_ARTICLE = /^(al|el|ad|as|ash|at|az|ar)[-‐]\p{Lu}/u;
/** The Arabic article as a token of its own, before a hyphen ("al" "-" "Sisi", "El" "-" "Sisi"). */
const ARTICLE_WORD = /^(al|el|ad|as|ash|at|az|ar)$/i;

/** Tokens "al" "-" "Sisi" touching at i: the article, a hyphen and a name word (3), else 0. */
function articleHyphen(ctx: Ctx, i: number, end: number): number {
  if (i + 2 >= end || !ARTICLE_WORD.test(ctx.toks[i] as string)) return 0;
  const dash = ctx.toks[i + 1];
  if (dash !== "-" && dash !== "\u2010") return 0;
  const tk = ctx.doc.tokens;
  const a = tk[i] as { end: number };
  const h = tk[i + 1] as { start: number; end: number };
  const b = tk[i + 2] as { start: number };
  if (a.end !== h.start || h.end !== b.start) return 0;
  return isCapitalised(ctx.toks[i + 2] as string) && nameToken(ctx, i + 2) ? 3 : 0;
}

function personHit(ctx: Ctx, i: number): Person | null {
  const m = ctx.matchAt[i];
  if (!m) return null;
  for (const h of m.hits) if (h.kind === "person") return h.person;
  return null;
}

/** A token that may be part of a name. */
function nameToken(ctx: Ctx, i: number): boolean {
  const t = ctx.toks[i] as string;
  // Fast path for most tokens: one opening with an ASCII character other than a capital or the "a"/"e"
  // of "al-"/"el-" (a lowercase word, a number, punctuation) is never part of a name.
  const c0 = t.charCodeAt(0);
  if (c0 < 128 && (c0 < 65 || c0 > 90) && c0 !== 97 && c0 !== 101) return false;
  if (ctx.cover[i] && !personHit(ctx, (ctx.cover[i] as { start: number }).start)) return false;
  if (NEVER_POS.has(ctx.pos[i] as string)) return ARABIC_ARTICLE.test(t) || functionWordSurname(ctx, i, t);
  let shape = shapeCache.get(t);
  if (shape === undefined) {
    shape = nameShape(t);
    if (shapeCache.size > 50_000) shapeCache.clear();
    shapeCache.set(t, shape);
  }
  return shape;
}

/** "Vice Premier He Lifeng": a surname spelt like a function word (names.json), mid-sentence before a
 * proper noun ("Why He Said No", a headline, has no proper noun after it). */
function functionWordSurname(ctx: Ctx, i: number, t: string): boolean {
  if (!nameLexicon().surnamesLikeWords.has(t) || i === ctx.sentFirst[ctx.sent[i] as number]) return false;
  const next = ctx.toks[i + 1];
  return next !== undefined && ctx.pos[i + 1] === "PROPN" && nameShape(next);
}

/** Whether a token's spelling allows a name, memoised: several regexes, and tokens repeat a lot. */
const shapeCache = new Map<string, boolean>();
forgetOnReset(shapeCache);

function nameShape(t: string): boolean {
  if (!isCapitalised(t) && !ARABIC_ARTICLE.test(t)) return false;
  if (!/^[\p{L}][\p{L}\p{M}'’.-]*$/u.test(t)) return false;
  const lex = nameLexicon();
  return !lex.nonNames.has(t) && !lex.nonNameSuffix.test(t.toLowerCase());
}

/** "Foreign Minister Jan Lipavsky": a month word that is also a given name, after a title or an
 * honorific and before a name word ("in May Putin said" has neither). */
function givenAfterTitle(ctx: Ctx, i: number, end: number, honorific: boolean): boolean {
  if (!nameLexicon().givenNamesToo.has(ctx.toks[i] as string) || i + 1 >= end || !nameToken(ctx, i + 1))
    return false;
  if (honorific) return true;
  const prev = lowerCase(ctx.toks[i - 1] ?? "");
  if (prev === "counterpart" || nameLexicon().titleNouns.has(prev)) return true;
  const before = ctx.cover[i - 1];
  return before?.hits.some((h) => h.kind === "role") === true;
}

/** "S", "C." — an initial inside a name. */
const isInitial = (t: string): boolean => {
  if (t.length > 2) return false;
  // Punctuation and lowercase ASCII (most short tokens) are never initials: skip the regex.
  const c0 = t.charCodeAt(0);
  return (c0 > 127 || (c0 >= 65 && c0 <= 90)) && /^\p{Lu}\.?$/u.test(t);
};

export function findNameRuns(ctx: Ctx): NameRun[] {
  const lex = nameLexicon();
  const runs: NameRun[] = [];
  for (let s = 0; s < ctx.sentFirst.length; s++) {
    const first = ctx.sentFirst[s] as number;
    const end = ctx.sentEnd[s] as number;
    let i = first;
    while (i < end) {
      const known = personHit(ctx, i);
      if (known) {
        const m = ctx.matchAt[i] as { end: number };
        runs.push({
          start: i,
          end: m.end,
          person: known,
          gender: honorificBefore(ctx, i),
          honorific: false,
          placeLike: false,
        });
        i = m.end;
        continue;
      }
      const hon = isHonorific(lex, ctx.toks[i] as string);
      let a = i;
      if (hon) {
        a = i + 1;
        if (ctx.toks[a] === ".") a++;
        if (a < end && personHit(ctx, a)) {
          i = a;
          continue;
        }
      }
      const startsName =
        a < end &&
        (nameToken(ctx, a) ||
          givenAfterTitle(ctx, a, end, hon) ||
          articleHyphen(ctx, a, end) > 0 ||
          (isInitial(ctx.toks[a] as string) && a + 1 < end && nameToken(ctx, a + 1)));
      // A capitalised common word opening a sentence ("Previously", "Officials") is not a name.
      // A capitalised word opening a sentence may be a common word: people.ts only ties it to a
      // person already named (or an office holder) when it stands alone.
      if (!startsName) {
        i = a + 1;
        continue;
      }
      let j = a + (articleHyphen(ctx, a, end) || 1);
      while (j < end && j - a < 8 && !personHit(ctx, j)) {
        const t = ctx.toks[j] as string;
        const article = articleHyphen(ctx, j, end);
        if (article > 0) j += article;
        else if (nameToken(ctx, j)) j++;
        else if (lex.givenNamesToo.has(t) && !/^\d/.test(ctx.toks[j + 1] ?? "")) j++;
        // "Vice Premier Liu He met": a given name spelt like a function word, inside a name.
        else if (lex.surnamesLikeWords.has(t) && ctx.toks[j + 1] !== ",") j++;
        else if (isInitial(t) && j + 1 < end && nameToken(ctx, j + 1)) j++;
        else if (lex.particles.has(t) && j + 1 < end && nameToken(ctx, j + 1)) j++;
        else break;
      }
      runs.push({
        start: a,
        end: j,
        person: null,
        gender: hon ? (lex.honorifics.get(ctx.toks[i] as string) ?? null) : null,
        honorific: hon,
        placeLike: placeLike(ctx, a, j),
      });
      i = j;
    }
  }
  return runs;
}

function honorificBefore(ctx: Ctx, i: number): Gender | null {
  const lex = nameLexicon();
  const prev = ctx.toks[i - 1] === "." ? ctx.toks[i - 2] : ctx.toks[i - 1];
  return prev !== undefined ? (lex.honorifics.get(prev) ?? null) : null;
}

function placeLike(ctx: Ctx, a: number, b: number): boolean {
  const lex = nameLexicon();
  const prev = lowerCase(ctx.toks[a - 1] ?? "");
  if (lex.locationWords.has(prev)) return true;
  // "the city of Nablus", "the province of Idlib": a place noun and "of" right before.
  if (
    prev === "of" &&
    /^(city|island|province|region|county|district|state|village|town|port)$/i.test(ctx.toks[a - 2] ?? "")
  )
    return true;
  // "Kazan city", "Bali island": a lowercase place noun right after.
  return /^(city|island|province|region|county|district|state|village|town|capital|port)$/.test(
    ctx.toks[b] ?? "",
  );
}
