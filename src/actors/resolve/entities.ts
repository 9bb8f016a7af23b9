// The people of one document: each distinct person once, with the evidence gathered for their
// country and role, and the office-holder indexes (by surname, by first letter) built once.

import type { Person, RoleMatch } from "../knowledge/index.js";
import { formKey, knowledge } from "../knowledge/index.js";
import { memoisedWords } from "../knowledge/normalize.js";
import type { Cues } from "../mentions/attributes.js";
import type { Gender } from "../mentions/lexicon.js";
import { CONFIDENCE } from "./confidence.js";

export interface Evidence {
  /** ISO3, or null for a person acting for an international body. */
  country: string | null;
  weight: number;
}

export interface Entity {
  key: string;
  name: string;
  /** Lowercase name words ("moon", "jae", "in"), shared with `nameWords`: never modified. */
  words: readonly string[];
  person: Person | null;
  evidence: Evidence[];
  role: RoleMatch | null;
  roleWeight: number;
  sector: string | null;
  org: { id: string; code: string } | null;
  gender: Gender | null;
  aliases: Set<string>;
  /** Lowest confidence of the mentions that created it (a typo or a date look-up is less sure). */
  confidence: number;
  /** A title without any country ("Foreign Secretary X"): the article's own side. */
  bareTitle: boolean;
}

export interface PersonMention {
  start: number;
  end: number;
  entity: Entity;
  via: "name" | "surname" | "typo" | "role" | "office-holder" | "counterpart" | "pronoun";
  confidence: number;
  alternatives?: Entity[];
  /** Title and apposition read around a name mention. */
  cues?: Cues;
}

/** Lowercase words of a name, memoised (the same names recur in every article); never modify them. */
export const nameWords = memoisedWords(formKey, 50_000);

const keyOfPerson = new WeakMap<Person, string>();

/** The entity key of a known person, computed once per person. */
export function personKey(p: Person): string {
  let key = keyOfPerson.get(p);
  if (key === undefined) {
    key = `person:${formKey(p.name)}`;
    keyOfPerson.set(p, key);
  }
  return key;
}

/** Whether a person held any office on the date (no date: unknown, so false). */
export function inOffice(p: Person, date: string | null): boolean {
  return date !== null && p.terms.some((t) => t.start <= date && (t.end === null || date <= t.end));
}

interface HolderIndex {
  bySurname: Map<string, Person[]>;
  byInitial: Map<string, Person[]>;
}

let holderIndex: HolderIndex | null = null;
let indexedFor: unknown = null;

/** Office-holder persons by surname key and by first letter (typo candidates), built once per
 * knowledge base (a user's files or a test may swap it). */
export function holders(): HolderIndex {
  const k = knowledge();
  if (holderIndex && indexedFor === k) return holderIndex;
  indexedFor = k;
  const bySurname = new Map<string, Person[]>();
  const byInitial = new Map<string, Person[]>();
  for (const p of k.holderTable.persons.values()) {
    const s = formKey(p.surname);
    bySurname.set(s, [...(bySurname.get(s) ?? []), p]);
    // "el-Sisi" is called "Sisi" as often: index the surname without its Arabic article too.
    const bare = /^(al|el|ad|as|ash|at|az|ar) (\S+)$/.exec(s)?.[2];
    if (bare) bySurname.set(bare, [...(bySurname.get(bare) ?? []), p]);
    const i = formKey(p.name).charAt(0);
    byInitial.set(i, [...(byInitial.get(i) ?? []), p]);
  }
  holderIndex = { bySurname, byInitial };
  return holderIndex;
}

/** The country and role a known person had on the date (else their latest earlier term, else the first). */
export function termAt(p: Person, date: string | null) {
  const on = date ? p.terms.find((t) => t.start <= date && (t.end === null || date <= t.end)) : undefined;
  if (on) return { term: on, current: true };
  const before = date ? p.terms.filter((t) => t.start <= date).at(-1) : p.terms.at(-1);
  return { term: before ?? p.terms[0], current: false };
}

export function newEntity(name: string, person: Person | null): Entity {
  return {
    key: person ? personKey(person) : `person:${formKey(name)}`,
    name: person?.name ?? name,
    words: nameWords(person?.name ?? name),
    person,
    evidence: [],
    role: null,
    roleWeight: 0,
    sector: null,
    org: null,
    gender: null,
    aliases: new Set([name]),
    confidence: CONFIDENCE.certain,
    bareTitle: false,
  };
}

/** bestCountry's last answer for an evidence list and its length then (evidence is only appended). */
const bestMemo = new WeakMap<Evidence[], { length: number; best: string | null | undefined }>();

/** The country with the most evidence weight (undefined when there is none); on a tie, the one whose
 * evidence came first. Called for every entity over and over: remembered until evidence is added
 * (a person named thousands of times in a long document has thousands of entries). */
export function bestCountry(e: Entity): string | null | undefined {
  const ev = e.evidence;
  const memo = bestMemo.get(ev);
  if (memo && memo.length === ev.length) return memo.best;
  const best = ev.length <= 8 ? bestOfFew(ev) : bestOfMany(ev);
  bestMemo.set(ev, { length: ev.length, best });
  return best;
}

/** A handful of entries: summed in place, without building a map. */
function bestOfFew(ev: Evidence[]): string | null | undefined {
  let best: string | null | undefined;
  let w = 0;
  for (let i = 0; i < ev.length; i++) {
    const country = (ev[i] as Evidence).country;
    if (seenBefore(ev, i, country)) continue;
    // Summed in evidence order, as a running total per country would be.
    let total = 0;
    for (let j = i; j < ev.length; j++)
      if ((ev[j] as Evidence).country === country) total += (ev[j] as Evidence).weight;
    if (total > w) {
      best = country;
      w = total;
    }
  }
  return best;
}

/** The same in one pass: totals per country, in order of first evidence. */
function bestOfMany(ev: Evidence[]): string | null | undefined {
  const totals = new Map<string | null, number>();
  for (const x of ev) totals.set(x.country, (totals.get(x.country) ?? 0) + x.weight);
  let best: string | null | undefined;
  let w = 0;
  for (const [country, total] of totals)
    if (total > w) {
      best = country;
      w = total;
    }
  return best;
}

function seenBefore(ev: Evidence[], i: number, country: string | null): boolean {
  for (let j = 0; j < i; j++) if ((ev[j] as Evidence).country === country) return true;
  return false;
}
