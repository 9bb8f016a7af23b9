// Normalised surface form → entries, with each form's case rule and origin, so a user's form
// replaces a shipped one on the same key and "US"/"us" or "Turkey"/"turkey" stay apart.
import { type CaseRule, caseAllows, caseRuleOf, formKey } from "./normalize.js";
import type { Origin } from "./types.js";

interface Posting<T> {
  value: T;
  rule: CaseRule;
  origin: Origin;
}

export class SurfaceIndex<T> {
  private readonly map = new Map<string, Posting<T>[]>();

  /** Adds `form` for `value`; forms that normalise to nothing are ignored. */
  add(form: string, value: T, origin: Origin = "shipped"): void {
    const key = formKey(form);
    if (key === "") return;
    const postings = this.map.get(key) ?? [];
    const rule = caseRuleOf(form);
    const same = postings.find((p) => p.value === value && p.origin === origin);
    // One value reachable by several spellings of one key keeps the loosest rule ("Nato" and "NATO").
    if (same) {
      if (looser(rule, same.rule)) same.rule = rule;
      return;
    }
    postings.push({ value, rule, origin });
    this.map.set(key, postings);
  }

  /** Entries for an already-normalised key whose case rule `surface` satisfies; user entries win. */
  getKey(key: string, surface: string): T[] {
    const postings = this.map.get(key);
    if (!postings) return [];
    const allowed = postings.filter((p) => caseAllows(p.rule, surface));
    const user = allowed.filter((p) => p.origin === "user");
    return (user.length > 0 ? user : allowed).map((p) => p.value);
  }

  get(text: string): T[] {
    return this.getKey(formKey(text), text);
  }

  has(key: string): boolean {
    return this.map.has(key);
  }

  keys(): IterableIterator<string> {
    return this.map.keys();
  }

  get size(): number {
    return this.map.size;
  }

  /** Drops every posting of a key (used when a form is declared ambiguous). */
  delete(key: string): void {
    this.map.delete(key);
  }

  hasUser(key: string): boolean {
    return this.map.get(key)?.some((p) => p.origin === "user") ?? false;
  }
}

const STRICTNESS: Record<CaseRule, number> = { any: 0, capital: 1, acronym: 2 };

function looser(a: CaseRule, b: CaseRule): boolean {
  return STRICTNESS[a] < STRICTNESS[b];
}
