// The actors stage: who acts in the document (people, countries, organisations) and every mention
// of them, with media kept apart. Pure: knowledge is loaded once, each document is scanned linearly.

import type { ActorDocument, AnalysedDocument } from "../model/document.js";
import { buildContext, type Ctx, lowerCase } from "./mentions/context.js";
import { findNameRuns } from "./mentions/names.js";
import { findGroups, resolvePronouns } from "./resolve/anaphora.js";
import { CONFIDENCE } from "./resolve/confidence.js";
import { assignCountries } from "./resolve/countries.js";
import { bestCountry } from "./resolve/entities.js";
import { Output } from "./resolve/output.js";
import { resolvePeople } from "./resolve/people.js";
import { resolveTitles } from "./resolve/references.js";

export function findActors(doc: AnalysedDocument): ActorDocument {
  const ctx = buildContext(doc);
  const people = resolvePeople(ctx, findNameRuns(ctx));
  assignCountries(ctx, people);
  // Title words read as part of a name are not mentions of their own.
  const consumed = new Uint8Array(ctx.toks.length);
  for (const m of people.mentions) {
    const from = m.cues && m.cues.from >= 0 ? m.cues.from : m.start;
    for (let k = from; k < m.end; k++) consumed[k] = 1;
  }
  const sides = resolveTitles(ctx, people, consumed);
  for (const s of sides) for (let k = s.start; k < s.end; k++) consumed[k] = 1;
  const out = new Output(ctx);
  for (const m of people.mentions) out.person(m);
  for (const m of resolvePronouns(ctx, people)) out.person(m);
  for (const s of sides)
    if (s.country) out.country(s.start, s.end, s.country, s.via, s.sector);
    else out.sectorGroup(s.start, s.end, s.sector);
  placeMentions(ctx, consumed, out);
  const tally = new CountryTally(ctx, out, people);
  const order = (at: number) => tally.order(at);
  for (const g of findGroups(ctx, people, order)) out.group(g.start, g.end, g.persons, g.countries);
  const { actors, mentions } = out.result();
  return { ...doc, actors, mentions };
}

const LOCATIVE = new Set([
  "in",
  "at",
  "to",
  "from",
  "near",
  "into",
  "across",
  "outside",
  "inside",
  "via",
  "toward",
  "towards",
]);

/** Countries, demonyms, metonyms ("Seoul said", not "in Seoul"), organisations and media. */
function placeMentions(ctx: Ctx, consumed: Uint8Array, out: Output): void {
  for (let i = 0; i < ctx.toks.length; i++) {
    const m = ctx.matchAt[i];
    if (!m || consumed[i]) continue;
    // "a UK-based group": where the group sits, not an actor.
    if (ctx.toks[m.end] === "-" && /^based$/i.test(ctx.toks[m.end + 1] ?? "")) {
      i = m.end - 1;
      continue;
    }
    for (const h of m.hits) {
      if (h.kind === "country" && restated(ctx, m.start, m.end, h.country.iso3)) break;
      if (h.kind === "country")
        out.country(m.start, m.end, h.country.iso3, h.via === "demonym" ? "demonym" : "country", null);
      else if (h.kind === "metonym") {
        const word = ctx.toks[m.start] as string;
        const prev = lowerCase(ctx.toks[m.start - 1] ?? "");
        // A dateline ("BEIJING") or a place after a preposition is where, not who.
        if (
          word === word.toUpperCase() ||
          LOCATIVE.has(prev) ||
          !ctx.k.metonym(ctx.toks.slice(m.start, m.end).join(" "), ctx.date ?? undefined)
        )
          continue;
        out.country(
          m.start,
          m.end,
          h.country.iso3,
          "metonym",
          h.metonym.sector,
          h.metonym.capital ? CONFIDENCE.capital : CONFIDENCE.seatOfPower,
        );
      } else if (h.kind === "ambiguous") {
        const a = h.ambiguity;
        const present = a.candidates.filter((c) => out.actors.has(`country:${c}`));
        const pick = present.length === 1 ? present[0] : a.preferred;
        if (pick)
          out.country(
            m.start,
            m.end,
            pick,
            "country",
            null,
            CONFIDENCE.ambiguous,
            a.candidates.filter((c) => c !== pick).map((c) => `country:${c}`),
          );
      } else if (h.kind === "organisation" || h.kind === "media") out.hit(m.start, m.end, h);
      else continue;
      break;
    }
    i = m.end - 1;
  }
}

/** "St Vincent and the Grenadines (SVG)": a short form in brackets restating the name before it. */
function restated(ctx: Ctx, a: number, b: number, iso3: string): boolean {
  if (ctx.toks[a - 1] !== "(" || ctx.toks[b] !== ")") return false;
  const before = ctx.cover[a - 2];
  return before?.hits.some((h) => h.kind === "country" && h.country.iso3 === iso3) === true;
}

/**
 * Countries by how often they were named before a token (people count for their country), most
 * first; on a tie, in the order a scan of the mentions meets them. Asked at each "both sides" in
 * text order: the counts grow as the token advances, instead of each question scanning every
 * mention of the document again (quadratic on a long one).
 */
class CountryTally {
  /** Country mentions by start, each with its place in out.mentions: a tie goes to the country met
   * first in out.mentions (then in the mention's own order), then in the people's mentions. */
  private readonly found: { start: number; index: number; countries: string[] }[] = [];
  private next = 0;
  private nextPerson = 0;
  private last = -1;
  private readonly counts = new Map<string, { n: number; first: number }>();

  constructor(
    private readonly ctx: Ctx,
    private readonly out: Output,
    private readonly people: ReturnType<typeof resolvePeople>,
  ) {
    out.mentions.forEach((m, index) => {
      const countries = m.actors.filter((id) => id.startsWith("country:")).map((id) => id.slice(8));
      if (countries.length) this.found.push({ start: m.start, index, countries });
    });
    this.found.sort((a, b) => a.start - b.start || a.index - b.index);
  }

  order(at: number): string[] {
    if (at < this.last) {
      this.next = 0;
      this.nextPerson = 0;
      this.counts.clear();
    }
    this.last = at;
    const atChar = (this.ctx.doc.tokens[at] as { start: number }).start;
    const count = (c: string, first: number) => {
      const t = this.counts.get(c);
      if (t) {
        t.n++;
        t.first = Math.min(t.first, first);
      } else this.counts.set(c, { n: 1, first });
    };
    for (; this.next < this.found.length && (this.found[this.next]?.start as number) < atChar; this.next++) {
      const f = this.found[this.next] as (typeof this.found)[number];
      for (let k = 0; k < f.countries.length; k++) count(f.countries[k] as string, f.index * 64 + k);
    }
    // People mentions are sorted by start; they come after every mention of out in the tie order.
    const ms = this.people.mentions;
    for (; this.nextPerson < ms.length && (ms[this.nextPerson]?.start as number) < at; this.nextPerson++) {
      const c = bestCountry((ms[this.nextPerson] as (typeof ms)[number]).entity);
      if (c) count(c, (this.out.mentions.length + this.nextPerson) * 64);
    }
    return [...this.counts.entries()]
      .sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first)
      .map(([c]) => c);
  }
}
