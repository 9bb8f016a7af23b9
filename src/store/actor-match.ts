// The one rule for "which actor did the user mean", used by every command that takes a name (events
// --actor, quotes --speaker, actors --name, export filters). A name given by the user matches a stored
// name when, case and accents aside, it is the full name ("Wang Yi", "wang yi", "Erdogan" for
// "Erdoğan"), or every word of it is a word of the stored name (a surname: "Wang" is Wang Yi and Wang
// Wenbin; "Yoon" is Yoon Suk-yeol), or it is a known variant of an actor in the corpus registry (an
// alias learned from the articles or given in the user's aliases.json), in which case every spelling
// of that actor matches.
import { ActorCorrections } from "../actors/corrections.js";
import { formKey } from "../actors/knowledge/normalize.js";
import { listActors, personFold, type RegistryActor } from "./actor-registry.js";
import type { Db } from "./database.js";

export interface ActorMatch {
  query: string;
  /** Every stored spelling the query stands for, exactly as stored (for SQL `IN`). */
  names: string[];
  /** The corpus actors it matched: more than one person means an ambiguous name (say so). */
  actors: RegistryActor[];
}

/** Words of a name, folded: "Yoon Suk-yeol" → ["yoon", "suk", "yeol"]. */
function words(name: string): string[] {
  return formKey(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "");
}

/** The rule on two strings: does the user's `query` name the stored `name`? */
export function nameMatches(query: string, name: string): boolean {
  const q = personFold(query);
  if (q === "") return false;
  if (personFold(name) === q) return true;
  const qw = words(query);
  if (qw.length === 0) return false;
  const nw = new Set(words(name));
  return qw.every((w) => nw.has(w));
}

/** Resolves a user's name against the store: every stored spelling of every actor it names. */
export function matchActor(db: Db, query: string, corrections = ActorCorrections.load()): ActorMatch {
  const actors = listActors(db, corrections).filter((a) =>
    [a.name, ...a.aliases].some((n) => nameMatches(query, n)),
  );
  const keys = new Set<string>();
  for (const a of actors) for (const n of [a.name, ...a.aliases]) keys.add(personFold(n));
  const names = storedNames(db).filter((n) => keys.has(personFold(n)) || nameMatches(query, n));
  return { query, names, actors };
}

/** Distinct names on every table that names actors: registry, event sides, quote speakers. */
function storedNames(db: Db): string[] {
  const rows = db
    .prepare<[], { name: string | null }>(
      `SELECT name FROM doc_actors WHERE kind != 'media'
       UNION SELECT source_name FROM events UNION SELECT target_name FROM events
       UNION SELECT json_extract(o.value, '$.name') FROM events e, json_each(e.others) o
       UNION SELECT speaker_name FROM quotes`,
    )
    .all();
  return rows.map((r) => r.name).filter((n): n is string => n !== null);
}

/** People an ambiguous name stands for, for a note to the user; empty when it names one actor. */
export function ambiguity(match: ActorMatch): string | null {
  const people = match.actors.filter((a) => a.kind === "person");
  if (people.length < 2) return null;
  const list = people.map((a) => (a.country ? `${a.name} (${a.country})` : a.name)).join(", ");
  return `"${match.query}" names ${people.length} people: ${list}; showing all (give the full name for one)`;
}
