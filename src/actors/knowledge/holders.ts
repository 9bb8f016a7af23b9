// Office-holder table: who held which office on which date, and every known term of a person.

import type { SourcedHolder } from "./files.js";
import { formKey } from "./normalize.js";
import type { RoleTable } from "./roles.js";
import { SurfaceIndex } from "./surface-index.js";
import type { OfficeHolder, OfficeQuery, Origin, Person } from "./types.js";

/** Countries whose names are written family name first in English news. */
const FAMILY_FIRST = new Set(["CHN", "KOR", "PRK", "TWN", "HKG", "MAC"]);

function guessSurname(name: string, country: string | null): string {
  const words = name.split(/\s+/);
  // Regnal names ("Charles III") and patronymic names ("Salman bin Abdulaziz") have no usable surname.
  if (words.length === 1 || /^[IVX]+$/.test(words.at(-1) ?? "") || /\b(bin|bint|ibn)\b/i.test(name))
    return name;
  return (country && FAMILY_FIRST.has(country) ? words[0] : words.at(-1)) ?? name;
}

/** Country codes are used as written: Kosovo is XKX here and in the country tables. */
const countryCode = (code: string | null | undefined) => code ?? null;

type HolderFile = { holders: SourcedHolder[] } | undefined;

function officeOf(h: { country: string | null; organisation: string | null; role: string }): string {
  return `${h.country ?? `org:${h.organisation}`}|${formKey(h.role)}`;
}

function overlaps(a: OfficeHolder, b: OfficeHolder): boolean {
  return a.start <= (b.end ?? "9999-12-31") && b.start <= (a.end ?? "9999-12-31");
}

export class HolderTable {
  readonly holders: OfficeHolder[] = [];
  readonly persons = new Map<string, Person>();
  readonly personIndex = new SurfaceIndex<Person>();
  /** Holders by country, in table order: a query for one country scans only its own terms. */
  private readonly byCountry = new Map<string | null, OfficeHolder[]>();

  constructor(
    shipped: HolderFile,
    user: HolderFile,
    private readonly roles: RoleTable,
  ) {
    // A record repeated in two files (while entries move from office-holders.json into the
    // regional folder) is kept once.
    const seen = new Set<string>();
    const fresh = (h: OfficeHolder) => {
      const key = `${h.origin}|${formKey(h.name)}|${officeOf(h)}|${h.start}|${h.end}|${h.acting}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    };
    for (const r of shipped?.holders ?? []) {
      const h = this.toHolder(r, "shipped");
      if (fresh(h)) this.holders.push(h);
    }
    for (const r of user?.holders ?? []) {
      const h = this.toHolder(r, "user");
      if (!fresh(h)) continue;
      // A user's term for the same person in the same office corrects the shipped one.
      const replaced = (x: OfficeHolder) =>
        x.origin === "shipped" &&
        formKey(x.name) === formKey(h.name) &&
        officeOf(x) === officeOf(h) &&
        overlaps(x, h);
      for (let i = this.holders.length - 1; i >= 0; i--) {
        if (replaced(this.holders[i] as OfficeHolder)) this.holders.splice(i, 1);
      }
      this.holders.push(h);
    }
    for (const h of this.holders) {
      this.addPerson(h);
      const list = this.byCountry.get(h.country);
      if (list) list.push(h);
      else this.byCountry.set(h.country, [h]);
    }
  }

  private toHolder(r: SourcedHolder, origin: Origin): OfficeHolder {
    const role = this.roles.byName(r.role);
    const country = countryCode(r.country);
    return {
      name: r.name,
      aliases: r.aliases,
      surname: r.surname ?? guessSurname(r.name, country),
      country,
      organisation: r.organisation ?? null,
      role: role?.name ?? r.role,
      title: r.title ?? null,
      functions: r.functions ?? role?.functions ?? [],
      start: r.start,
      end: r.end,
      acting: r.acting,
      note: r.note ?? null,
      origin,
      source: r.source,
    };
  }

  private addPerson(h: OfficeHolder): void {
    const key = formKey(h.name);
    let person = this.persons.get(key);
    if (!person) {
      person = { name: h.name, aliases: [], surname: h.surname, terms: [] };
      this.persons.set(key, person);
    }
    // Terms arrive in file order; insert in start order (a person has a handful of terms).
    let i = person.terms.length;
    while (i > 0 && (person.terms[i - 1] as OfficeHolder).start > h.start) i--;
    person.terms.splice(i, 0, h);
    for (const a of h.aliases) if (!person.aliases.includes(a)) person.aliases.push(a);
    for (const form of [h.name, ...h.aliases]) this.personIndex.add(form, person, h.origin);
  }

  /** Terms matching the query; on a given date substantive holders come before caretakers. */
  query(q: OfficeQuery): OfficeHolder[] {
    const wanted = this.roleFilter(q.role);
    const country = q.country === undefined ? undefined : countryCode(q.country);
    const pool = country === undefined ? this.holders : (this.byCountry.get(country) ?? []);
    let found = pool.filter(
      (h) =>
        (country === undefined || h.country === country) &&
        (q.organisation === undefined || h.organisation === q.organisation) &&
        wanted(h) &&
        (q.acting !== false || !h.acting) &&
        (q.date === undefined || (h.start <= q.date && (h.end === null || q.date <= h.end))),
    );
    if (found.some((h) => h.origin === "user")) {
      const userOffices = new Set(found.filter((h) => h.origin === "user").map(officeOf));
      found = found.filter((h) => h.origin === "user" || !userOffices.has(officeOf(h)));
    }
    if (q.date !== undefined) found = this.resolveHandover(found, q.date);
    return found.sort((a, b) => Number(a.acting) - Number(b.acting) || a.start.localeCompare(b.start));
  }

  /** On a handover day both terms include the date; the incoming holder is the one in office. */
  private resolveHandover(found: OfficeHolder[], date: string): OfficeHolder[] {
    return found.filter(
      (h) =>
        h.acting ||
        h.end !== date ||
        !found.some((o) => o !== h && !o.acting && o.start === date && officeOf(o) === officeOf(h)),
    );
  }

  private roleFilter(role: string): (h: OfficeHolder) => boolean {
    const fn = formKey(role);
    if (this.roles.isFunction(role)) {
      const exact = this.roles.byName(role)?.name;
      return (h) => h.functions.some((f) => formKey(f) === fn) || h.role === exact;
    }
    const name = this.roles.match(role)?.role.name ?? role;
    return (h) => h.role === name;
  }

  personByName(name: string): Person | null {
    return this.personIndex.get(name)[0] ?? null;
  }
}
