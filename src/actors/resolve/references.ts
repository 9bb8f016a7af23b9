// Titles without a name: "the Chinese foreign minister" → the person introduced with that role, else
// the office holder on the article date; "his counterpart" → the same role on the other side.

import type { PhraseMatch, RoleMatch } from "../knowledge/index.js";
import { titleBefore } from "../mentions/attributes.js";
import { type Ctx, lowerCase, roleMatch, spanOf } from "../mentions/context.js";
import { CONFIDENCE, COUNTRY_WEIGHT } from "./confidence.js";
import { bestCountry, type Entity, newEntity, type PersonMention } from "./entities.js";
import { firstAtOrAfter, MentionStarts } from "./mention-index.js";
import type { People } from "./people.js";

/** Mentions of a country's institution or group ("Chinese officials", "the Pentagon"): country + sector. */
export interface SideMention {
  start: number;
  end: number;
  /** null: a group or body the text names without a country ("the rebels", "Congress"). */
  country: string | null;
  sector: string;
  via: "role" | "counterpart";
}

// Roles too generic to stand for an actor without a country ("the ministry", "a student").
const NO_BARE_GROUP = new Set(["ministry", "criminal", "students", "doctors", "workers", "farmers"]);

const isPlural = (surface: string, r: RoleMatch): boolean =>
  /s$/i.test(surface) && !/s$/i.test(r.role.name) && r.role.kind === "person";

export function resolveTitles(ctx: Ctx, people: People, consumed: Uint8Array): SideMention[] {
  const sides: SideMention[] = [];
  const added: PersonMention[] = [];
  // Titles are ranked against the people named so far, not against one another.
  const starts = MentionStarts.of(people.mentions);
  for (let i = 0; i < ctx.toks.length; i++) {
    const m = ctx.matchAt[i];
    if (consumed[i]) continue;
    if (m && hasRole(m)) {
      const surface =
        m.end === m.start + 1 ? (ctx.toks[m.start] as string) : ctx.toks.slice(m.start, m.end).join(" ");
      const r = roleMatch(ctx, surface);
      if (r) resolveRole(ctx, people, starts, m, r, isPlural(surface, r), sides, added);
      i = m.end - 1;
    } else if ((ctx.toks[i] as string).length >= 11 && /^counterparts?$/i.test(ctx.toks[i] as string)) {
      resolveCounterpart(ctx, people, starts, i, added);
    }
  }
  people.mentions.push(...added);
  people.mentions.sort((a, b) => a.start - b.start);
  // A named counterpart takes the role of the person it is the counterpart of.
  for (const pm of people.mentions) {
    const cue = pm.cues;
    if (!cue?.counterpart || pm.entity.role) continue;
    const owner = possessorOf(ctx, people, cue.from >= 0 ? cue.from : pm.start, pm.entity);
    if (owner?.role) pm.entity.role = owner.role;
  }
  return sides;
}

function hasRole(m: PhraseMatch): boolean {
  for (const h of m.hits) if (h.kind === "role") return true;
  return false;
}

/** "the rebels", "Congress", "police": a group or body acting without a named country (CAMEO
 * "---REB"). Not a compound modifier ("government-held") nor one member of a group ("a rebel"). */
function bareGroup(ctx: Ctx, m: PhraseMatch, r: RoleMatch, plural: boolean): boolean {
  if (NO_BARE_GROUP.has(r.role.name) || ctx.toks[m.end] === "-") return false;
  // A modifier of a noun is no actor ("military support", "police cars").
  if (/^(NOUN|PROPN)$/.test(ctx.doc.tokens[m.end]?.pos ?? "")) return false;
  // "UN troops", "NATO forces": the organisation named just before is the actor.
  for (let k = Math.max(0, m.start - 4); k < m.start; k++)
    if (ctx.matchAt[k]?.end === m.start && ctx.matchAt[k]?.hits.some((h) => h.kind === "organisation"))
      return false;
  if (r.role.kind === "person") return plural;
  const last = lowerCase(ctx.toks[m.end - 1] ?? "");
  return (
    r.role.kind === "institution" ||
    /s$/.test(last) ||
    last === r.role.name ||
    /^(police|militia|opposition)$/.test(last)
  );
}

/** "a court in Guyana", "police in Iraq", "dissidents from military-ruled Myanmar": the country
 * right after "in" or "from" (past an article and a short modifier) is the group's. */
function countryIn(ctx: Ctx, at: number): string | null {
  const w = lowerCase(ctx.toks[at] ?? "");
  if (w !== "in" && w !== "from") return null;
  let k = lowerCase(ctx.toks[at + 1] ?? "") === "the" ? at + 2 : at + 1;
  // "from war-torn Syria": a hyphenated modifier before the country.
  if (ctx.toks[k + 1] === "-") k += 3;
  for (const h of ctx.matchAt[k]?.hits ?? []) if (h.kind === "country") return h.country.iso3;
  return null;
}

function resolveRole(
  ctx: Ctx,
  people: People,
  starts: MentionStarts,
  m: PhraseMatch,
  r: RoleMatch,
  plural: boolean,
  sides: SideMention[],
  out: PersonMention[],
): void {
  const cues = titleBefore(ctx, m.start, false);
  const from = cues.from >= 0 ? cues.from : m.start;
  if (cues.counterpart || r.modifiers.includes("former")) return;
  if (plural || r.role.kind !== "person") {
    if (cues.country)
      sides.push({
        start: from,
        end: m.end,
        country: cues.country,
        sector: cues.sector ?? r.sector,
        via: "role",
      });
    else if (bareGroup(ctx, m, r, plural))
      sides.push({ start: from, end: m.end, country: countryIn(ctx, m.end), sector: r.sector, via: "role" });
    return;
  }
  const holders: Entity[] = [];
  for (const e of people.entities.values())
    if (e.role?.role.name === r.role.name && (cues.country === null || bestCountry(e) === cues.country))
      holders.push(e);
  if (holders.length > 0) {
    const ranked = starts.rank(holders, m.start);
    const pm: PersonMention = {
      start: from,
      end: m.end,
      entity: ranked[0] as Entity,
      via: "role",
      confidence: ranked.length > 1 ? CONFIDENCE.ambiguous : CONFIDENCE.roleInText,
    };
    if (ranked.length > 1) pm.alternatives = ranked.slice(1);
    out.push(pm);
    return;
  }
  if (!cues.country || !ctx.date) {
    if (cues.country)
      sides.push({ start: from, end: m.end, country: cues.country, sector: r.sector, via: "role" });
    return;
  }
  const found = ctx.k
    .officeHolders({ country: cues.country, role: r.role.name, date: ctx.date })
    .filter((h) => !h.acting);
  const person = found[0] ? ctx.k.personByName(found[0].name) : null;
  if (!person) {
    sides.push({ start: from, end: m.end, country: cues.country, sector: r.sector, via: "role" });
    return;
  }
  const entity = entityOf(people, person.name, person);
  entity.role ??= r;
  entity.evidence.push({ country: cues.country, weight: COUNTRY_WEIGHT.holder });
  entity.confidence = Math.min(entity.confidence, CONFIDENCE.officeHolder);
  entity.aliases.add(spanOf(ctx, from, m.end).text);
  out.push({
    start: from,
    end: m.end,
    entity,
    via: "office-holder",
    confidence: found.length > 1 ? CONFIDENCE.ambiguous : CONFIDENCE.officeHolder,
  });
}

function entityOf(people: People, name: string, person: Parameters<typeof newEntity>[1]): Entity {
  const e = newEntity(name, person);
  const existing = people.entities.get(e.key);
  if (existing) return existing;
  people.entities.set(e.key, e);
  return e;
}

function resolveCounterpart(
  ctx: Ctx,
  people: People,
  starts: MentionStarts,
  i: number,
  out: PersonMention[],
): void {
  const cues = titleBefore(ctx, i + 1, false);
  const from = cues.from >= 0 ? Math.min(cues.from, i) : i;
  const owner = possessorOf(ctx, people, from, null);
  if (!owner?.role) return;
  const own = bestCountry(owner);
  const cands = [...people.entities.values()].filter(
    (e) =>
      e !== owner &&
      e.role?.role.name === owner.role?.role.name &&
      bestCountry(e) !== own &&
      (cues.country === null || bestCountry(e) === cues.country),
  );
  if (cands.length > 0) {
    const ranked = starts.rank(cands, i);
    const pm: PersonMention = {
      start: from,
      end: i + 1,
      entity: ranked[0] as Entity,
      via: "counterpart",
      confidence: ranked.length > 1 ? CONFIDENCE.ambiguous : CONFIDENCE.counterpartInText,
    };
    if (ranked.length > 1) pm.alternatives = ranked.slice(1);
    out.push(pm);
    return;
  }
  if (!cues.country || !ctx.date) return;
  const found = ctx.k.officeHolders({ country: cues.country, role: owner.role.role.name, date: ctx.date });
  const person = found[0] ? ctx.k.personByName(found[0].name) : null;
  if (!person) return;
  const entity = entityOf(people, person.name, person);
  entity.role ??= owner.role;
  entity.evidence.push({ country: cues.country, weight: COUNTRY_WEIGHT.holder });
  entity.confidence = Math.min(entity.confidence, CONFIDENCE.counterpartOfHolder);
  out.push({
    start: from,
    end: i + 1,
    entity,
    via: "counterpart",
    confidence: CONFIDENCE.counterpartOfHolder,
  });
}

/** Whose counterpart: a name with "'s" just before, else the nearest person before in the sentence, else the last sentence's first. */
export function possessorOf(ctx: Ctx, people: People, at: number, self: Entity | null): Entity | null {
  const s = ctx.sent[at] as number;
  const first = ctx.sentFirst[s] as number;
  const prevFirst = s > 0 ? (ctx.sentFirst[s - 1] as number) : first;
  // Mentions are sorted by start: only those of this sentence and the one before are read.
  const ms = people.mentions;
  const from = firstAtOrAfter(ms, prevFirst);
  const to = firstAtOrAfter(ms, at);
  const fits = (m: PersonMention) => m.end <= at && m.entity !== self;
  for (let k = to - 1; k >= from && (ms[k] as PersonMention).start >= first; k--)
    if (fits(ms[k] as PersonMention)) return (ms[k] as PersonMention).entity;
  for (let k = from; k < to; k++) if (fits(ms[k] as PersonMention)) return (ms[k] as PersonMention).entity;
  return null;
}
