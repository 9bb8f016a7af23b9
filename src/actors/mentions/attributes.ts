// What the words around a name or a role say about the person: the title before it ("Chinese Foreign
// Minister", "China's ambassador to South Korea,", "his Chinese counterpart"), an apposition after it
// (", South Korea's foreign minister,", ", Kremlin spokesman,") or "of China".
import type { Hit, PhraseMatch, RoleMatch } from "../knowledge/index.js";
import { type Ctx, isCapitalised, isPossessive, lowerCase, roleMatch } from "./context.js";
import { isHonorific, nameLexicon } from "./lexicon.js";

export interface Cues {
  /** ISO3 of the country the title names (a sending country for ambassadors). */
  country: string | null;
  /** How the country was named: "demonym", "country", "metonym". */
  countryVia: "country" | "demonym" | "metonym" | null;
  /** Sector told by a metonym or an institution ("the Pentagon" → MIL). */
  sector: string | null;
  role: RoleMatch | null;
  /** Organisation code/id named in the title ("UN Secretary-General"). */
  org: { id: string; code: string } | null;
  counterpart: boolean;
  /** Possessive pronoun before "counterpart" ("his"). */
  possessor: string | null;
  /** First token of the title phrase (for spans), or -1 when nothing was read. */
  from: number;
  /** Token of a name inside an apposition ("adviser to President Putin"). */
  personAt: number;
}

export const emptyCues = (): Cues => ({
  country: null,
  countryVia: null,
  sector: null,
  role: null,
  org: null,
  counterpart: false,
  possessor: null,
  from: -1,
  personAt: -1,
});

/** What a search that found nothing returns: shared, and frozen since every caller only reads cues. */
export const NO_CUES: Readonly<Cues> = Object.freeze(emptyCues());

const TITLE_POS = new Set(["NOUN", "ADJ", "PROPN", "ADV", "X"]);

function roleOf(ctx: Ctx, m: PhraseMatch): RoleMatch | null {
  const words = ctx.toks.slice(m.start, m.end).join(" ");
  return m.hits.some((h) => h.kind === "role") ? roleMatch(ctx, words) : null;
}

/** Reads a knowledge match into the cues; returns false when it ends the title (media, person). */
function take(ctx: Ctx, m: PhraseMatch, c: Cues, afterTo: boolean): boolean {
  for (const h of m.hits as Hit[]) {
    if (h.kind === "country" && !afterTo) {
      c.country ??= h.country.iso3;
      c.countryVia ??= h.via === "demonym" ? "demonym" : "country";
      return true;
    }
    if (h.kind === "metonym" && !afterTo) {
      c.country ??= h.country.iso3;
      c.countryVia ??= "metonym";
      if (h.metonym.sector !== "GOV") c.sector ??= h.metonym.sector;
      return true;
    }
    if (h.kind === "organisation" && !afterTo) {
      c.org ??= { id: h.organisation.id, code: h.organisation.code };
      return true;
    }
    if (h.kind === "role") {
      const r = roleOf(ctx, m);
      if (r && r.role.kind === "person") c.role ??= r;
      else if (r && r.role.sector !== "GOV") c.sector ??= r.sector;
      return true;
    }
    if (h.kind === "country" || h.kind === "metonym" || h.kind === "organisation" || h.kind === "ambiguous")
      return true;
  }
  return false;
}

/** Title words before token `at` (a name or a role), within the sentence. */
export function titleBefore(ctx: Ctx, at: number, allowComma = true): Readonly<Cues> {
  let c = emptyCues();
  const first = ctx.sentFirst[ctx.sent[at] as number] as number;
  let k = at - 1;
  let comma = false;
  if (allowComma && k > first && ctx.toks[k] === ",") {
    comma = true;
    k--;
  }
  let countryFrom = -1;
  // "The US commander in Iraq, General David Petraeus": a title phrase heading the sentence, then a
  // comma and a rank; what the phrase gives counts only if it opens the sentence.
  let beforeComma: Cues | null = null;
  for (let steps = 0; k >= first && steps < 10; steps++) {
    const t = ctx.toks[k] as string;
    const lower = lowerCase(t);
    const m = ctx.cover[k];
    if (t === "," && allowComma && !comma && !beforeComma && k < at - 1 && !c.country && !c.org) {
      beforeComma = { ...c };
      k--;
      continue;
    }
    if (m) {
      // "ambassador to Canberra", "the Australian ambassador in Tokyo": the host, not the side.
      const afterTo = /^(to|in)$/.test(lowerCase(ctx.toks[m.start - 1] ?? ""));
      if (!take(ctx, m, c, afterTo)) {
        // "President Lula's special adviser": an aide acts for the side of the person named.
        if (isPossessive(ctx.toks[m.end] ?? "") && m.hits.some((h) => h.kind === "person"))
          c.personAt = m.start;
        break;
      }
      if (c.country && countryFrom === -1) countryFrom = m.start;
      c.from = m.start;
      k = m.start - 1;
      continue;
    }
    if (
      isPossessive(t) ||
      t === "-" ||
      lower === "then-" ||
      lower === "of" ||
      lower === "for" ||
      isHonorific(nameLexicon(), t)
    ) {
      k--;
      continue;
    }
    // "in" only before a place read as part of the title ("ambassador in Tokyo"), not before the name.
    const inTitle = lower === "in" && k + 1 < at && ctx.cover[k + 1] !== null;
    if (
      lower === "to" ||
      inTitle ||
      (beforeComma && lower === "in") ||
      (lower === "the" && /^(to|of)$/i.test(ctx.toks[k - 1] ?? ""))
    ) {
      k--;
      continue;
    }
    if (lower === "counterpart" || lower === "counterparts") {
      c.counterpart = true;
      c.from = k;
      k--;
      continue;
    }
    if (lower === "his" || lower === "her" || lower === "their" || lower === "its") {
      if (c.counterpart) c.possessor = lower;
      break;
    }
    if (TITLE_POS.has(ctx.pos[k] as string) && !/[,.;:()"“”]/.test(t)) {
      // Title words ("sovereign wealth fund chief", "Special Envoy to the Middle East"): kept only if a
      // role, country or organisation turns up (checked at the end).
      c.from = k;
      k--;
      continue;
    }
    break;
  }
  const opens = k < first || (k === first && /^(the|a|an)$/i.test(ctx.toks[k] ?? ""));
  if (beforeComma && !opens) c = beforeComma;
  // After a comma, only a real title counts ("China's top diplomat, Wang Yi"), not any clause; or an
  // elliptic one: "the presidents of Venezuela, Nicolas Maduro, and of Guyana, Irfaan Ali".
  if (comma && !c.role && !c.counterpart) {
    if (!ellipticOf(ctx, c, at)) return NO_CUES;
    // The country stays a mention of its own: the name is not a title phrase.
    c.from = -1;
  }
  if (!c.role && !c.country && !c.org && !c.counterpart) return NO_CUES;
  // A country alone counts only right before the name ("China's Wang Yi", "Indian national X").
  if (!c.role && !c.org && !c.counterpart && countryFrom < at - 3) return NO_CUES;
  return c;
}

/** "…, and of Guyana, Irfaan Ali": a country after "and of", right before the comma and the name. */
function ellipticOf(ctx: Ctx, c: Cues, at: number): boolean {
  if (!c.country || c.from < 2 || ctx.toks[at - 1] !== ",") return false;
  const m = ctx.cover[c.from];
  if (!m || m.end !== at - 1) return false;
  return lowerCase(ctx.toks[c.from - 1] ?? "") === "of" && lowerCase(ctx.toks[c.from - 2] ?? "") === "and";
}

/** "of China" or an apposition ", South Korea's foreign minister," after token `end` (exclusive). */
export function appositionAfter(ctx: Ctx, end: number): Readonly<Cues> {
  const next = ctx.toks[end];
  if (next?.length === 2 && next.toLowerCase() === "of" && ctx.cover[end + 1]) {
    const m = ctx.cover[end + 1] as PhraseMatch;
    if (!m.hits.some((h) => h.kind === "country")) return NO_CUES;
    const c = emptyCues();
    take(ctx, m, c, false);
    return c;
  }
  if (next !== "," && next !== "(") return NO_CUES;
  // ", after talks with EU officials": a clause opened by a preposition or conjunction, no apposition.
  if (/^(ADP|SCONJ|CCONJ)$/.test(ctx.pos[end + 1] ?? "")) return NO_CUES;
  const c = emptyCues();
  const last = ctx.sentEnd[ctx.sent[Math.max(0, end - 1)] as number] as number;
  let k = end + 1;
  let prev = "";
  let roleEnd = -1;
  for (let steps = 0; k < last && steps < 14; steps++) {
    const t = ctx.toks[k] as string;
    if (/^[,.;:()"“”]$/.test(t)) break;
    const p = ctx.pos[k] as string;
    // A verb or relative pronoun means a clause ("Wang, who said …"), not an apposition.
    if (p === "VERB" || p === "AUX" || (p === "PRON" && !/^(his|her|its|their)$/i.test(t))) break;
    const m = ctx.cover[k];
    if (m && prev === "to" && m.hits.some((h) => h.kind === "role")) {
      // "adviser to President Putin": that title belongs to the other person.
      if (c.personAt === -1) c.personAt = m.end;
      k = m.end;
      prev = "";
      continue;
    }
    // ", the Barbadian Prime Minister Mia Mottley": a known person's name right after the title owns it.
    if (m && k === roleEnd && m.hits.some((h) => h.kind === "person")) return NO_CUES;
    if (m) {
      take(ctx, m, c, prev === "to");
      if (m.hits.some((h) => h.kind === "role")) roleEnd = m.end;
      k = m.end;
      prev = "";
      continue;
    }
    if (p === "PROPN" && c.personAt === -1 && prev === "to") c.personAt = k;
    // ", the Dominican Prime Minister Roosevelt Skerrit": a name right after the title owns it (a list).
    else if (k === roleEnd && p === "PROPN" && isCapitalised(t) && !nameLexicon().nonNames.has(t))
      return NO_CUES;
    prev = lowerCase(t);
    k++;
  }
  return c;
}
