// A person's country and role from the evidence: the title or apposition (strongest), the office-holder
// table, then context — a person named with a known one in the same clause, or a bare title on the
// article's own side. No evidence at all: null, never a guess.

import { formKey } from "../knowledge/index.js";
import type { Ctx } from "../mentions/context.js";
import { COUNTRY_WEIGHT } from "./confidence.js";
import { bestCountry, type Entity, type PersonMention, termAt } from "./entities.js";
import { firstAtOrAfter } from "./mention-index.js";
import type { People } from "./people.js";

const CLAUSE_BREAK = /^(,|;|:|while|whereas|but|\(|\)|—|–)$/i;

export function assignCountries(ctx: Ctx, people: People): void {
  const { mentions } = people;
  for (const m of mentions) {
    const c = m.cues;
    if (!c) continue;
    const e = m.entity;
    // An EU official acts for the EU (EUR) whatever their nationality; an official of another body
    // named with a country ("Iran's Supreme National Security Council", "China's UN envoy") acts for
    // that country; with none (the UN Secretary-General), for no country.
    const orgFor = c.org ? actsFor(ctx, c.org.id) : null;
    if (c.org) e.org ??= c.org;
    if (orgFor) e.evidence.push({ country: orgFor, weight: COUNTRY_WEIGHT.title });
    else if (c.country) {
      // A counterpart's own country is the demonym before "counterpart"; anything else is a title.
      e.evidence.push({ country: c.country, weight: COUNTRY_WEIGHT.title });
    } else if (c.org) e.evidence.push({ country: null, weight: COUNTRY_WEIGHT.title });
    if (c.role && 3 > e.roleWeight) {
      e.role = c.role;
      e.roleWeight = 3;
    }
    if (c.sector) e.sector ??= c.sector;
    if (c.role && !c.country && !c.org) e.bareTitle = true;
  }
  // A title is bare only if no mention ever named the person's country ("Chinese President Xi" once).
  for (const e of people.entities.values())
    if (e.evidence.some((x) => x.weight >= COUNTRY_WEIGHT.title)) e.bareTitle = false;
  for (const e of people.entities.values()) {
    if (!e.person) continue;
    const named = e.role ? formKey(e.role.role.name) : null;
    const at = termAt(e.person, ctx.date);
    // An undated article: the term of the office the article names, if the person ever held it.
    const undated =
      ctx.date === null && named ? e.person.terms.find((t) => formKey(t.role) === named) : undefined;
    const term = undated ?? at.term;
    const current = undated !== undefined || at.current;
    if (!term) continue;
    const org = term.country === null && term.organisation ? term.organisation : null;
    // The holder of the very office the article names, on that day: the table beats a slip of the
    // text ("the Dominican Republic's Prime Minister Skerrit": Dominica has the prime minister).
    const sameOffice = current && named !== null && named === formKey(term.role);
    e.evidence.push({
      country: org ? actsFor(ctx, org) : term.country,
      weight: sameOffice
        ? COUNTRY_WEIGHT.sameOffice
        : current
          ? COUNTRY_WEIGHT.holder
          : COUNTRY_WEIGHT.pastTermOrPrincipal,
    });
    if (org) e.org ??= { id: org, code: ctx.k.organisationById(org)?.code ?? org };
    if (!e.role) {
      e.role = ctx.k.role(term.role);
      e.roleWeight = 2;
    }
  }
  // Apposition naming another person ("adviser to President Putin"): that person's side.
  const longest = mentions.reduce((n, m) => Math.max(n, m.end - m.start), 0);
  for (const pm of mentions) {
    const at = pm.cues?.personAt ?? -1;
    const target = at >= 0 ? mentionAt(mentions, at, longest) : undefined;
    const e = pm.entity;
    if (!e || !target || target.entity === e) continue;
    const c = bestCountry(target.entity);
    if (c) e.evidence.push({ country: c, weight: COUNTRY_WEIGHT.pastTermOrPrincipal });
  }
  fromContext(ctx, people);
}

/** The first mention (they are sorted by start) covering token `at`; none is longer than `longest`. */
function mentionAt(mentions: PersonMention[], at: number, longest: number): PersonMention | undefined {
  const to = firstAtOrAfter(mentions, at + 1);
  for (let k = firstAtOrAfter(mentions, at - longest + 1); k < to; k++) {
    const m = mentions[k] as PersonMention;
    if (at < m.end) return m;
  }
  return undefined;
}

/** The code an organisation's officials act for ("EUR" for the EU), or null. */
function actsFor(ctx: Ctx, id: string): string | null {
  return ctx.k.organisationById(id)?.actsFor ?? null;
}

/** Clause neighbours, then the article's side for bare titles, then the one country of the article
 * no one else acts for. */
function fromContext(ctx: Ctx, people: People): void {
  const open = [...people.entities.values()].filter((e) => bestCountry(e) === undefined);
  if (open.length === 0) return;
  clauseOrHome(ctx, people, open);
  const still = open.filter((e) => bestCountry(e) === undefined);
  if (still.length !== 1 || !pairedWithKnown(ctx, people, still[0] as Entity)) return;
  const left = countriesOf(ctx);
  for (const e of people.entities.values()) {
    const c = bestCountry(e);
    if (c) left.delete(c);
  }
  // "Gustavo Petro and Daniel Noboa shook hands … Petro said Colombia wanted peace with Ecuador".
  if (left.size === 1)
    (still[0] as Entity).evidence.push({
      country: [...left][0] as string,
      weight: COUNTRY_WEIGHT.lastCountryLeft,
    });
}

/** Whether `e` is named with "and" beside a person whose country is known ("Petro and Noboa"). */
function pairedWithKnown(ctx: Ctx, people: People, e: Entity): boolean {
  const ms = people.mentions;
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i] as (typeof ms)[number];
    if (m.entity !== e) continue;
    const before = ms[i - 1];
    const after = ms[i + 1];
    if (before && before.end === m.start - 1 && ctx.toks[before.end] === "and" && bestCountry(before.entity))
      return true;
    if (after && after.start === m.end + 1 && ctx.toks[m.end] === "and" && bestCountry(after.entity))
      return true;
  }
  return false;
}

/** Countries the article names as actors (not places after "in", "to", …). */
function countriesOf(ctx: Ctx): Set<string> {
  const found = new Set<string>();
  for (let k = 0; k < ctx.toks.length; k++) {
    const m = ctx.matchAt[k];
    if (!m || /^(to|in|at|from|into|across|near|via)$/i.test(ctx.toks[k - 1] ?? "")) continue;
    for (const h of m.hits) if (h.kind === "country") found.add(h.country.iso3);
  }
  return found;
}

function clauseOrHome(ctx: Ctx, people: People, open: Entity[]): void {
  const home = homeCountry(people);
  const own = new Map<Entity, PersonMention[]>();
  for (const e of open) own.set(e, []);
  for (const m of people.mentions) own.get(m.entity)?.push(m);
  // How far a title reaches before its name, for inTitleOfOther.
  const reach = people.mentions.reduce(
    (n, m) => (m.cues && m.cues.from >= 0 ? Math.max(n, m.start - m.cues.from) : n),
    0,
  );
  for (const e of open) {
    // A bare title ("Foreign Secretary X") speaks for the article's own side.
    if (e.bareTitle && home) {
      e.evidence.push({ country: home, weight: COUNTRY_WEIGHT.home });
      continue;
    }
    for (const m of own.get(e) ?? []) {
      const c = clauseCountry(ctx, people, m.start, e, reach);
      if (c) {
        e.evidence.push({ country: c, weight: COUNTRY_WEIGHT.clause });
        break;
      }
    }
  }
}

/** The one country of the other people (or country names) in the same clause. */
function clauseCountry(ctx: Ctx, people: People, at: number, self: Entity, reach: number): string | null {
  return countryIn(ctx, people, at, self, true, reach) ?? countryIn(ctx, people, at, self, false, reach);
}

/** The one country in the clause (or the whole sentence) around `at`: people, names, demonyms. */
function countryIn(
  ctx: Ctx,
  people: People,
  at: number,
  self: Entity,
  clause: boolean,
  reach: number,
): string | null {
  const s = ctx.sent[at] as number;
  let a = at;
  while (a > (ctx.sentFirst[s] as number) && !(clause && CLAUSE_BREAK.test(ctx.toks[a - 1] as string))) a--;
  let b = at;
  const end = ctx.sentEnd[s] as number;
  while (b < end && !(clause && b > at && CLAUSE_BREAK.test(ctx.toks[b] as string))) b++;
  const found = new Set<string>();
  const ms = people.mentions;
  for (let i = firstAtOrAfter(ms, a); i < ms.length && (ms[i] as PersonMention).start < b; i++) {
    const m = ms[i] as PersonMention;
    if (m.entity === self) continue;
    // "Petro and Noboa shook hands": people joined by "and" are as often two sides as one.
    if (ctx.toks[m.end] === "and" || ctx.toks[m.start - 1] === "and") continue;
    const c = bestCountry(m.entity);
    if (c) found.add(c);
  }
  for (let k = a; k < b; k++) {
    const m = ctx.matchAt[k];
    if (!m || /^(to|in|at|from|into|across|near)$/i.test(ctx.toks[k - 1] ?? "")) continue;
    // "Colombian President Gustavo Petro and Daniel Noboa": that country is Petro's title.
    if (inTitleOfOther(people, k, self, reach)) continue;
    for (const h of m.hits) if (h.kind === "country") found.add(h.country.iso3);
  }
  return found.size === 1 ? ([...found][0] as string) : null;
}

/** Whether token k is in the title of another person's mention ("Colombian" of "Colombian President X");
 * no title reaches further than `reach` tokens before its name. */
function inTitleOfOther(people: People, k: number, self: Entity, reach: number): boolean {
  const ms = people.mentions;
  for (let i = firstAtOrAfter(ms, k + 1); i < ms.length && (ms[i] as PersonMention).start <= k + reach; i++) {
    const m = ms[i] as PersonMention;
    const from = m.cues && m.cues.from >= 0 ? m.cues.from : m.start;
    if (m.entity !== self && from <= k) return true;
  }
  return false;
}

/** The side of the people named with a bare title ("Prime Minister Narendra Modi"), when they agree. */
function homeCountry(people: People): string | null {
  const found = new Set<string>();
  for (const e of people.entities.values()) {
    const c = bestCountry(e);
    if (e.bareTitle && c) found.add(c);
  }
  return found.size === 1 ? ([...found][0] as string) : null;
}
