// The corpus registry: actors learned from every stored document, merged by name, with the user's
// corrections applied on top. Derived from doc_actors on demand, so it can never go stale when a
// document is replaced.
import type { ActorCorrections } from "../actors/corrections.js";
import { formKey } from "../actors/knowledge/normalize.js";
import type { ActorKind } from "../model/document.js";
import type { Db } from "./database.js";

export interface RegistryRole {
  role: string;
  sector: string | null;
  country: string | null;
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface RegistryActor {
  kind: ActorKind;
  name: string;
  country: string | null;
  /** Other countries this name was seen acting for (ambiguity kept visible). */
  otherCountries: string[];
  code: string;
  aliases: string[];
  roles: RegistryRole[];
  documents: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface RegistryQuery {
  country?: string;
  kind?: ActorKind;
}

interface Row {
  kind: ActorKind;
  name: string;
  country: string | null;
  role: string | null;
  sector: string | null;
  code: string;
  aliases: string;
  published: string | null;
  doc_id: string;
}

export function listActors(
  db: Db,
  corrections: ActorCorrections,
  query: RegistryQuery = {},
): RegistryActor[] {
  const rows = db
    .prepare<
      [],
      Row
    >(`SELECT a.kind, a.name, a.country, a.role, a.sector, a.code, a.aliases, d.published, a.doc_id
      FROM doc_actors a JOIN documents d ON d.id = a.doc_id WHERE a.kind != 'media'`)
    .iterate();
  const merged = new Map<string, Entry>();
  for (const r of rows) {
    const aliases = JSON.parse(r.aliases) as string[];
    if (corrections.isIgnored(r.name)) continue;
    const fix = r.kind === "person" ? corrections.find(r.name, ...aliases) : undefined;
    const name = fix?.name ?? r.name;
    const country = fix?.country !== undefined ? fix.country : r.country;
    const key = `${r.kind}\0${r.kind === "person" ? personFold(name) : name}`;
    let entry = merged.get(key);
    if (!entry) {
      entry = {
        actor: {
          kind: r.kind,
          name,
          country,
          otherCountries: [],
          code: r.code,
          aliases: [],
          roles: [],
          documents: 0,
          firstSeen: null,
          lastSeen: null,
        },
        countries: new Map(),
        docs: new Set(),
        spellings: new Map(),
      };
      merged.set(key, entry);
    }
    const a = entry.actor;
    if (!entry.docs.has(r.doc_id)) entry.spellings.set(name, (entry.spellings.get(name) ?? 0) + 1);
    entry.docs.add(r.doc_id);
    if (country) entry.countries.set(country, (entry.countries.get(country) ?? 0) + 1);
    for (const alias of [r.name, ...aliases, ...(fix?.aliases ?? [])])
      if (alias !== a.name && !a.aliases.includes(alias)) a.aliases.push(alias);
    a.firstSeen = minDate(a.firstSeen, r.published);
    a.lastSeen = maxDate(a.lastSeen, r.published);
    const roleName = fix?.role ?? r.role;
    if (roleName) {
      let role = a.roles.find((x) => x.role === roleName && x.country === country);
      if (!role) {
        role = { role: roleName, sector: r.sector, country, firstSeen: null, lastSeen: null };
        a.roles.push(role);
      }
      role.firstSeen = minDate(role.firstSeen, r.published);
      role.lastSeen = maxDate(role.lastSeen, r.published);
    }
  }
  foldBareNames(merged);
  const out: RegistryActor[] = [];
  for (const { actor, countries, docs, spellings } of merged.values()) {
    useCommonSpelling(actor, spellings);
    // The country most documents agree on; the others stay listed.
    const ranked = [...countries.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
    const fixed = corrections.find(actor.name)?.country;
    actor.country = fixed !== undefined ? fixed : (ranked[0]?.[0] ?? null);
    actor.otherCountries = ranked.map(([c]) => c).filter((c) => c !== actor.country);
    actor.documents = docs.size;
    if (query.country && actor.country !== query.country) continue;
    if (query.kind && actor.kind !== query.kind) continue;
    out.push(actor);
  }
  return out.sort((x, y) => y.documents - x.documents || x.name.localeCompare(y.name));
}

type Entry = {
  actor: RegistryActor;
  countries: Map<string, number>;
  docs: Set<string>;
  /** Spellings of the name ("Yoon Suk-yeol", "Yoon Suk Yeol") by how many documents used them. */
  spellings: Map<string, number>;
};

/**
 * One person, one key: case, accents, hyphens and spaces of a name do not matter ("Yoon Suk-yeol",
 * "Yoon Suk Yeol", "Yoon Sukyeol"; "Erdoğan", "Erdogan").
 */
export function personFold(name: string): string {
  return formKey(name).replace(/ /g, "");
}

/** The spelling most documents used is the name; the others become aliases (ties: the first seen). */
function useCommonSpelling(actor: RegistryActor, spellings: Map<string, number>): void {
  let best = actor.name;
  let n = spellings.get(best) ?? 0;
  for (const [s, c] of spellings) if (c > n) [best, n] = [s, c];
  if (best === actor.name) return;
  actor.aliases = [actor.name, ...actor.aliases.filter((x) => x !== best && x !== actor.name)];
  actor.name = best;
}

/**
 * Across the corpus: a person known in some document only by one word ("Wang", when that article never
 * gave the full name) is the full-name person of the corpus with that word in the name — when exactly
 * one such person exists and the countries do not disagree. Otherwise it stays apart, visible.
 */
function foldBareNames(merged: Map<string, Entry>): void {
  const people = [...merged.values()].filter((e) => e.actor.kind === "person");
  const byWord = new Map<string, Entry[]>();
  for (const e of people) {
    if (!/\s/.test(e.actor.name)) continue;
    // Words folded like keys: "Erdogan" is a word of "Recep Tayyip Erdoğan".
    for (const w of new Set(formKey(e.actor.name).split(" "))) byWord.set(w, [...(byWord.get(w) ?? []), e]);
  }
  for (const [key, bare] of merged) {
    if (bare.actor.kind !== "person" || /\s/.test(bare.actor.name)) continue;
    const candidates = (byWord.get(formKey(bare.actor.name)) ?? []).filter((full) => {
      const a = [...bare.countries.keys()];
      const b = [...full.countries.keys()];
      return a.length === 0 || b.length === 0 || a.some((c) => b.includes(c));
    });
    if (candidates.length !== 1) continue;
    const full = candidates[0] as Entry;
    for (const [c, n] of bare.countries) full.countries.set(c, (full.countries.get(c) ?? 0) + n);
    for (const d of bare.docs) full.docs.add(d);
    for (const alias of [bare.actor.name, ...bare.actor.aliases]) {
      if (alias !== full.actor.name && !full.actor.aliases.includes(alias)) full.actor.aliases.push(alias);
    }
    full.actor.firstSeen = minDate(full.actor.firstSeen, bare.actor.firstSeen);
    full.actor.lastSeen = maxDate(full.actor.lastSeen, bare.actor.lastSeen);
    full.actor.roles.push(
      ...bare.actor.roles.filter((r) => !full.actor.roles.some((x) => x.role === r.role)),
    );
    merged.delete(key);
  }
}

const minDate = (a: string | null, b: string | null) => (a === null ? b : b === null || a <= b ? a : b);
const maxDate = (a: string | null, b: string | null) => (a === null ? b : b === null || a >= b ? a : b);
