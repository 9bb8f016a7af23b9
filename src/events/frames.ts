// Who did it to whom, from token positions only: the source is the nearest actor mention on the
// left in the clause (not inside a prepositional phrase), the target the first mention after the
// trigger introduced the way the pattern wants (direct object or a preposition). Passives swap the
// sides ("was urged by A"), coordination adds sides ("A and B met", "met B and C").
import type { EvCtx, Placed } from "./context.js";
import type { Trigger } from "./match.js";
import { type Place, placeAt } from "./places.js";
import { attackNoun, documentNoun, eventNoun } from "./sides.js";

export type Side = { placed: Placed; place?: undefined } | { place: Place; placed?: undefined };

export interface Frame {
  sources: Side[];
  targets: Side[];
  /** The doer is named in an attack phrase ("killed in Israeli shelling"): military force. */
  byAttack?: boolean;
}

// Tokens that may sit inside a noun phrase between a preposition and its actor.
const NP_POS = new Set(["DET", "ADJ", "NUM", "PRON", "PROPN", "NOUN", "PART"]);
const QUANTITY = new Set(["over", "about", "around", "nearly", "almost", "some", "up", "than", "least"]);
// The preposition of a quantity phrase, not of the noun phrase: "[at] least 12", "up [to] 16".
const QUANTITY_PREP: Record<string, string> = { at: "least", to: "" };
const NP_PUNCT = new Set(["-", "'s", "’s", "'", "’"]);
// A mention after one of these is not the clause's subject ("talks with Wang, Park said").
const NOT_SUBJECT = new Set([
  "with",
  "to",
  "against",
  "by",
  "in",
  "at",
  "from",
  "for",
  "on",
  "into",
  "toward",
  "towards",
  "about",
  "over",
  "between",
  "like",
  "including",
  "among",
  "upon",
  "during",
  "under",
  "via",
  "within",
  "through",
  "across",
  "beside",
  "alongside",
  "behind",
]);
const BE = new Set(["is", "are", "was", "were", "be", "been", "being", "get", "got", "gets"]);
const CLAUSE_END = new Set([";", "but", "while", "whereas", "although", "because", "who", "which", "where"]);
const WINDOW = 16;
const DASHES = new Set(["-", "–", "—", "/"]);
const MODIFIER_BEFORE = new Set(["DET", "ADP", "ADJ", "PRON"]);

/** Index of the first token before `at` that is not part of the noun phrase ending at `at - 1`. */
function introducer(ctx: EvCtx, at: number, floor: number): number {
  let k = at - 1;
  let ofs = 0;
  while (k > floor) {
    const w = ctx.words[k] as string;
    const pos = ctx.toks[k]?.pos ?? "";
    // "a government-held part of": a hyphenated participle is an adjective; a word the tagger
    // read as an adverb before "of" is the phrase's head ("part of").
    // "over 150 prisoners", "exiled leaders": a quantity and a participle before a noun are too.
    const next = ctx.toks[k + 1]?.pos;
    const compound =
      (pos === "VERB" && ctx.words[k - 1] === "-") ||
      (pos === "ADV" && ctx.words[k + 1] === "of") ||
      (QUANTITY.has(w) && (next === "NUM" || ctx.toks[k + 2]?.pos === "NUM")) ||
      (w in QUANTITY_PREP &&
        (QUANTITY_PREP[w]
          ? ctx.words[k + 1] === QUANTITY_PREP[w]
          : ctx.words[k - 1] === "up" && next === "NUM")) ||
      (pos === "VERB" && /ed$/.test(w) && next === "NOUN");
    if (ctx.coverAt[k] || NP_POS.has(pos) || NP_PUNCT.has(w) || compound) k--;
    else if (w === "of" && ofs++ < 1) k--;
    else break;
  }
  return k;
}

/** How the phrase at token `at` hangs off the trigger: "obj", a preposition, or null. */
function relation(ctx: EvCtx, at: number, trig: Trigger): string | null {
  const k = introducer(ctx, at, trig.to - 1);
  if (k === trig.to - 1) return "obj";
  const w = ctx.words[k] as string;
  return ctx.toks[k]?.pos === "ADP" || w === "between" || w === "that" ? w : null;
}

function isPassive(ctx: EvCtx, trig: Trigger): boolean {
  if (trig.pattern.noun) return false;
  const w = ctx.words[trig.from] as string;
  if (w.endsWith("ing") || (!w.endsWith("ed") && !/[^aeiou](t|n|d)$/.test(w))) return false;
  for (let k = trig.from - 1; k >= Math.max(0, trig.from - 3); k--) {
    const word = ctx.words[k] as string;
    if (BE.has(word)) return true;
    if (ctx.toks[k]?.pos !== "ADV") return false;
  }
  return false;
}

/** Mentions chained to the one at `p` by "and"/"," ("B and C", "B, C and D"). */
function chainedRight(ctx: EvCtx, p: Placed, limit: number): Placed[] {
  const out: Placed[] = [];
  let at = p.to;
  while (at < limit) {
    const w = ctx.words[at];
    if (w !== "and" && w !== ",") break;
    let j = at + 1;
    while (j < limit && !ctx.startAt[j] && NP_POS.has(ctx.toks[j]?.pos ?? "") && j - at < 5) j++;
    const next = ctx.startAt[j];
    if (!next) break;
    out.push(next);
    at = next.to;
  }
  return out;
}

function chainedLeft(ctx: EvCtx, p: Placed, floor: number): Placed[] {
  const out: Placed[] = [];
  let cur = p;
  for (;;) {
    // "the ASEAN–Japan summit", "US-China talks": a dash joins the two sides of a pair.
    const d = cur.from - 1;
    const joined = d - 1 > floor && DASHES.has(ctx.words[d] as string) ? ctx.coverAt[d - 1] : undefined;
    if (joined) {
      out.push(joined);
      cur = joined;
      continue;
    }
    const k = introducer(ctx, cur.from, floor);
    const w = ctx.words[k];
    // "A, B and C": a comma links only once an "and" has ("In Kyiv, A met" is no list).
    if (k <= floor || !(w === "and" || (w === "," && out.length > 0))) break;
    // "A, B, and C": the serial comma before "and" links too.
    const prev =
      ctx.coverAt[k - 1] ?? (w === "and" && ctx.words[k - 1] === "," ? ctx.coverAt[k - 2] : undefined);
    if (!prev) break;
    out.push(prev);
    cur = prev;
  }
  return out;
}

/** The target phrase after the trigger: actors (and for some patterns places). */
function findTargets(ctx: EvCtx, trig: Trigger, sentEnd: number, preps: string[]): Side[] {
  const end = Math.min(sentEnd, trig.to + WINDOW);
  // A nominal trigger takes its preposition at once ("talks with", "visit to"), then its phrase.
  const nominal = trig.pattern.noun === true;
  const pp = nominal ? nominalPrep(ctx, trig.to, end, preps) : trig.to;
  if (nominal && !preps.includes(ctx.words[pp] as string)) return [];
  for (let j = pp; j < end; j++) {
    const w = ctx.words[j] as string;
    const pos = ctx.toks[j]?.pos ?? "";
    if (CLAUSE_END.has(w)) break;
    // A further verb starts another clause, unless it modifies a noun ("the visiting minister").
    if (
      j > trig.to &&
      (pos === "VERB" || pos === "AUX") &&
      !MODIFIER_BEFORE.has(ctx.toks[j - 1]?.pos ?? "") &&
      ctx.words[j - 1] !== "-" &&
      // "an attack targeting tourists at a mall in X": a participle describing the noun before it.
      !(w.endsWith("ing") && ctx.toks[j - 1]?.pos === "NOUN" && !ctx.coverAt[j - 1]) &&
      // "the two exiled dissidents": a participle before the noun it describes.
      !(
        w.endsWith("ed") &&
        /^(DET|NUM|ADJ)$/.test(ctx.toks[j - 1]?.pos ?? "") &&
        (ctx.startAt[j + 1] !== undefined || ctx.toks[j + 1]?.pos === "NOUN")
      )
    )
      break;
    const p = ctx.startAt[j];
    // "hosted the APEC summit": a mention naming a gathering is no side of it.
    if (p && eventNoun(ctx.words[p.to] as string)) {
      j = p.to - 1;
      continue;
    }
    // "bans on travel to Canada": a nominal act's destination is not what it bears on.
    if (p && nominal && ctx.words[introducer(ctx, j, pp)] === "to" && !preps.includes("to")) {
      j = p.to - 1;
      continue;
    }
    if (p) {
      const rel = nominal ? (ctx.words[pp] as string) : relation(ctx, j, trig);
      if (rel && preps.includes(rel)) {
        const chain = chainedRight(ctx, p, end);
        return [p, ...chain].map((placed) => ({ placed }));
      }
      j = p.to - 1;
      continue;
    }
    if (trig.pattern.place) {
      const place = placeAt(ctx, j);
      if (place) {
        const rel = nominal ? (ctx.words[pp] as string) : relation(ctx, j, trig);
        if (rel && preps.includes(rel)) return [{ place }];
        j = place.to - 1;
      }
    }
  }
  return [];
}

/** Where a nominal trigger's preposition sits: right after it, or after an "of" phrase that names
 * no actor ("the firing of flares at X", "a ban on wine imports from X"). */
function nominalPrep(ctx: EvCtx, at: number, end: number, preps: string[]): number {
  const w = ctx.words[at] as string;
  if (preps.includes(w) || (w !== "of" && w !== "on")) return at;
  let j = at + 1;
  while (j < end && j - at <= 4 && !ctx.coverAt[j] && NP_POS.has(ctx.toks[j]?.pos ?? "")) j++;
  return preps.includes(ctx.words[j] as string) && !ctx.coverAt[j] ? j : at;
}

/** The doer of a nominal act, named after it with "by" ("the expulsion of two envoys by Poland"). */
function agentAfter(ctx: EvCtx, trig: Trigger, sentEnd: number): Placed | null {
  const end = Math.min(sentEnd, trig.to + WINDOW);
  for (let j = trig.to; j < end; j++) {
    const w = ctx.words[j] as string;
    if (CLAUSE_END.has(w) || w === ",") return null;
    if (w === "by" && ctx.startAt[introducerEnd(ctx, j + 1, end)])
      return ctx.startAt[introducerEnd(ctx, j + 1, end)] ?? null;
    const pos = ctx.toks[j]?.pos;
    if ((pos === "VERB" || pos === "AUX") && !(w.endsWith("ed") && ctx.toks[j - 1]?.pos === "NOUN"))
      return null;
  }
  return null;
}

/** "were killed in Israeli tank shelling in the east of the Gaza Strip": the doer named in an
 * attack phrase after a passive, and the place the attack hit, if named. */
function attackAfter(
  ctx: EvCtx,
  trig: Trigger,
  sentEnd: number,
): { agent: Placed; place: Place | null } | null {
  const end = Math.min(sentEnd, trig.to + WINDOW);
  const at = trig.to;
  if (ctx.words[at] !== "in" && ctx.words[at] !== "during") return null;
  let agent: Placed | undefined;
  let j = at + 1;
  // "shelling" may be tagged as a verb: an attack noun continues the phrase.
  const inPhrase = (w: string) => NP_POS.has(ctx.toks[j]?.pos ?? "") || w === "-" || attackNoun(w);
  while (j < end && (ctx.coverAt[j] || inPhrase(ctx.words[j] as string))) {
    agent ??= ctx.coverAt[j];
    j++;
  }
  if (!agent || !attackNoun(ctx.words[j - 1] as string)) return null;
  for (let k = j; k < end; k++) {
    const w = ctx.words[k] as string;
    if (CLAUSE_END.has(w) || w === ",") break;
    if (ctx.words[k - 1] !== "of" && ctx.words[k - 1] !== "in" && ctx.words[k - 1] !== "the") continue;
    const place = placeAt(ctx, k);
    if (place) return { agent, place };
  }
  return { agent, place: null };
}

/** First token after determiners and adjectives from `at` (where an actor mention may start). */
function introducerEnd(ctx: EvCtx, at: number, end: number): number {
  let j = at;
  while (j < end && !ctx.startAt[j] && (ctx.toks[j]?.pos === "DET" || ctx.toks[j]?.pos === "ADJ")) j++;
  return j;
}

/** The subject: nearest mention to the left in the clause that is not inside a PP. */
function findSource(ctx: EvCtx, trig: Trigger, sentStart: number): Placed | null {
  const floor = Math.max(sentStart - 1, trig.from - 40);
  // "the group that has seized parts of Iraq": a relative clause's subject is the noun before
  // "that"/"which"/"who", an actor or not.
  let r = trig.from - 1;
  while (r > floor && /^(AUX|ADV|PART)$/.test(ctx.toks[r]?.pos ?? "")) r--;
  // Not a noun or a bare gerund after "that" ("said that negotiations …", "adding that denying …").
  const verb = !trig.pattern.noun && !(r === trig.from - 1 && ctx.words[trig.from]?.endsWith("ing"));
  if (verb && r - 1 > floor && RELATIVE.has(ctx.words[r] as string)) {
    const antecedent = ctx.coverAt[r - 1];
    if (antecedent) return antecedent;
    if (/^(NOUN|PROPN)$/.test(ctx.toks[r - 1]?.pos ?? "")) return null;
  }
  return nearestSubject(ctx, trig, floor) ?? documentSpeaker(ctx, trig, floor);
}

const RELATIVE = new Set(["that", "which", "who"]);

/** "A report released in the Rwandan capital alleged …": a document heading the clause speaks for
 * the first actor named in its phrase. */
function documentSpeaker(ctx: EvCtx, trig: Trigger, floor: number): Placed | null {
  let j = floor + 1;
  while (j < trig.from && !ctx.coverAt[j] && (NP_POS.has(ctx.toks[j]?.pos ?? "") || ctx.words[j] === "-"))
    j++;
  if (j === floor + 1 || !documentNoun(ctx.words[j - 1] as string)) return null;
  for (let k = j; k < trig.from; k++) {
    const w = ctx.words[k] as string;
    if (w === "," || w === ";" || RELATIVE.has(w)) return null;
    if (ctx.coverAt[k]) return ctx.coverAt[k] ?? null;
  }
  return null;
}

function nearestSubject(ctx: EvCtx, trig: Trigger, floor: number): Placed | null {
  // In a complement ("urged the US to stop selling arms"), the doer is the nearest actor, PP or not.
  const complement = isComplement(ctx, trig);
  for (let j = trig.from - 1; j > floor; j--) {
    const w = ctx.words[j] as string;
    if (w === ";") break;
    const p = ctx.coverAt[j];
    if (!p) continue;
    j = p.from;
    const k = introducer(ctx, p.from, floor);
    if (!complement && k > floor && NOT_SUBJECT.has(ctx.words[k] as string)) continue;
    return p;
  }
  return null;
}

function isComplement(ctx: EvCtx, trig: Trigger): boolean {
  let k = trig.from - 1;
  if (ctx.words[trig.from]?.endsWith("ing") && ctx.toks[k]?.pos === "VERB") return true;
  while (k > 0 && ctx.toks[k]?.pos === "VERB") k--;
  return ctx.words[k] === "to" && k < trig.from - 1;
}

export function findFrame(ctx: EvCtx, trig: Trigger, sentStart: number, sentEnd: number): Frame {
  const f = frameOf(ctx, trig, sentStart, sentEnd);
  return trig.pattern.reverse ? { ...f, sources: f.targets, targets: f.sources } : f;
}

function frameOf(ctx: EvCtx, trig: Trigger, sentStart: number, sentEnd: number): Frame {
  const pat = trig.pattern;
  const floor = sentStart - 1;
  if (isPassive(ctx, trig)) {
    const by = findTargets(ctx, trig, sentEnd, ["by"]);
    const subj = findSource(ctx, trig, sentStart);
    // A noun that is no actor right before the verb group is the subject ("eight people were
    // killed"), whatever actor was named earlier.
    let k = trig.from - 1;
    while (
      k > sentStart &&
      (BE.has(ctx.words[k] as string) || /^(ADV|AUX|PART)$/.test(ctx.toks[k]?.pos ?? ""))
    )
      k--;
    const near = ctx.coverAt[k] !== undefined || !/^(NOUN|NUM|PROPN)$/.test(ctx.toks[k]?.pos ?? "");
    // "Evidence against Russia was presented": the actor in the subject's phrase (matched with it).
    const object = trig.object !== undefined ? ctx.startAt[trig.object] : undefined;
    const targets: Side[] = object ? [{ placed: object }] : subj && near ? [{ placed: subj }] : [];
    const attack = by.length === 0 ? attackAfter(ctx, trig, sentEnd) : null;
    if (!attack) return { sources: by, targets };
    // The victims named by no actor: the attack's place names their side ("in the Gaza Strip").
    return {
      sources: [{ placed: attack.agent }],
      targets: targets.length || !attack.place ? targets : [{ place: attack.place }],
      byAttack: true,
    };
  }
  const inside = trig.object ? ctx.startAt[trig.object] : undefined;
  const targets = inside ? [{ placed: inside }] : findTargets(ctx, trig, sentEnd, pat.target);
  // "the expulsion of two envoys by Poland": a nominal act's doer named with "by".
  let subj = (pat.noun && agentAfter(ctx, trig, sentEnd)) || findSource(ctx, trig, sentStart);
  // "During talks with Wang, Park said …": a nominal trigger's subject may follow it.
  if (!subj && (pat.noun || pat.after)) {
    const after = targets.at(-1);
    const from = Math.max(trig.to, after?.placed ? after.placed.to : (after?.place?.to ?? trig.to));
    // A quotation's speaker comes after it: '"Both sides must …," Wang said.'
    const reach = pat.after ? 24 : 12;
    for (let j = from; j < Math.min(sentEnd, from + reach); j++) {
      const p = ctx.startAt[j];
      if (p && !NOT_SUBJECT.has(ctx.words[introducer(ctx, j, from - 1)] as string)) {
        subj = p;
        break;
      }
    }
  }
  const sources: Side[] = [];
  if (subj) {
    for (const p of chainedLeft(ctx, subj, floor).reverse()) sources.push({ placed: p });
    sources.push({ placed: subj });
  }
  // "talks between A and B": both sides follow the trigger.
  if (
    targets.length >= 2 &&
    ctx.words[introducer(ctx, targets[0]?.placed?.from ?? 0, trig.to - 2)] === "between"
  )
    return { sources: targets.slice(0, 1), targets: targets.slice(1) };
  return { sources, targets };
}
