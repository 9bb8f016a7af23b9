// Cross-table checks the file schemas cannot express: codes that must exist, dates in order,
// no two substantive holders of one office at once. Used by the tests and for user files.
import type { Knowledge } from "./knowledge.js";
import { formKey } from "./normalize.js";
import type { OfficeHolder } from "./types.js";

export interface ValidationProblem {
  table: "office-holders" | "roles" | "organisations" | "media" | "countries";
  entry: string;
  message: string;
}

/** Roles that are one office under two titles (a queen succeeded by a king). */
const SAME_OFFICE: Record<string, string> = { queen: "king", monarch: "king" };

/** Codes a holder may carry besides a known country: Kosovo as the eval writes it, and CAMEO's EU. */
const EXTRA_HOLDER_CODES = new Set(["XKX", "EUR"]);

export function validateKnowledge(k: Knowledge): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const iso = (code: string | null) =>
    code !== null && k.country(code) !== null && k.country(code)?.iso3 === code;
  const sector = (code: string) => k.sectorLabel(code) !== null;
  problems.push(...validateHolders(k, iso));

  for (const r of k.roleTable.roles.values()) {
    if (!sector(r.sector))
      problems.push({ table: "roles", entry: r.name, message: `unknown sector ${r.sector}` });
  }
  for (const o of k.organisations.all()) {
    const add = (message: string) => problems.push({ table: "organisations", entry: o.id, message });
    if (o.parent !== null && !k.organisationById(o.parent)) add(`unknown parent ${o.parent}`);
    if (o.sector !== null && !sector(o.sector)) add(`unknown sector ${o.sector}`);
    for (const m of o.members) if (!iso(m)) add(`unknown member ${m}`);
  }
  for (const m of k.mediaOutlets.all()) {
    if (m.country !== null && !iso(m.country)) {
      problems.push({ table: "media", entry: m.id, message: `unknown country ${m.country}` });
    }
  }
  for (const c of k.countries()) {
    for (const m of c.metonyms) {
      if (!sector(m.sector))
        problems.push({ table: "countries", entry: m.text, message: `unknown sector ${m.sector}` });
    }
  }
  for (const a of k.countryTables.ambiguous.keys()) {
    for (const amb of k.countryTables.ambiguous.getKey(a, a.toUpperCase())) {
      const bad = amb.candidates.filter((c) => !iso(c));
      if (bad.length > 0)
        problems.push({ table: "countries", entry: amb.form, message: `unknown ${bad.join(", ")}` });
      if (amb.preferred !== null && !amb.candidates.includes(amb.preferred)) {
        problems.push({ table: "countries", entry: amb.form, message: "preferred is not a candidate" });
      }
    }
  }
  return problems;
}

/** Each record on its own, then every office's substantive terms against each other. */
function validateHolders(k: Knowledge, iso: (code: string) => boolean): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const label = (h: OfficeHolder) =>
    `${h.name} (${h.country ?? h.organisation} ${h.role} ${h.start}${h.source ? `, ${h.source}` : ""})`;
  const offices = new Map<string, OfficeHolder[]>();
  for (const h of k.holderTable.holders) {
    const add = (message: string) => problems.push({ table: "office-holders", entry: label(h), message });
    if ((h.country === null) === (h.organisation === null))
      add("needs exactly one of country and organisation");
    if (h.country !== null && !iso(h.country) && !EXTRA_HOLDER_CODES.has(h.country))
      add(`unknown country code ${h.country}`);
    if (h.organisation !== null && !k.organisationById(h.organisation))
      add(`unknown organisation ${h.organisation}`);
    if (!k.roleByName(h.role)) add(`unknown role "${h.role}"`);
    if (h.end !== null && h.end < h.start) add(`ends (${h.end}) before it starts`);
    if (h.acting) continue;
    const role = formKey(h.role);
    const key = `${h.country ?? h.organisation}|${SAME_OFFICE[role] ?? role}`;
    const terms = offices.get(key);
    if (terms) terms.push(h);
    else offices.set(key, [h]);
  }
  for (const terms of offices.values()) {
    terms.sort((a, b) => a.start.localeCompare(b.start));
    // The term reaching furthest so far: a long term can overlap one that starts two terms later.
    let longest = terms[0] as OfficeHolder;
    for (const next of terms.slice(1)) {
      // Sharing the handover day is fine; anything more is two holders at once.
      if (longest.end === null || longest.end > next.start) {
        problems.push({ table: "office-holders", entry: label(next), message: `overlaps ${label(longest)}` });
      }
      if (longest.end !== null && (next.end === null || next.end > longest.end)) longest = next;
    }
  }
  return problems;
}
