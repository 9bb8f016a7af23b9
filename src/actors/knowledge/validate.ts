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

export function validateKnowledge(k: Knowledge): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const iso = (code: string | null) =>
    code !== null && k.country(code) !== null && k.country(code)?.iso3 === code;
  const sector = (code: string) => k.sectorLabel(code) !== null;
  const holder = (h: OfficeHolder) => `${h.name} (${h.country ?? h.organisation} ${h.role} ${h.start})`;

  for (const h of k.holderTable.holders) {
    const add = (message: string) => problems.push({ table: "office-holders", entry: holder(h), message });
    if ((h.country === null) === (h.organisation === null))
      add("needs exactly one of country and organisation");
    if (h.country !== null && !iso(h.country)) add(`unknown country code ${h.country}`);
    if (h.organisation !== null && !k.organisationById(h.organisation))
      add(`unknown organisation ${h.organisation}`);
    if (!k.roleByName(h.role)) add(`unknown role "${h.role}"`);
    if (h.end !== null && h.end < h.start) add(`ends (${h.end}) before it starts`);
  }
  const offices = new Map<string, OfficeHolder[]>();
  for (const h of k.holderTable.holders) {
    if (h.acting) continue;
    const role = formKey(h.role);
    const key = `${h.country ?? h.organisation}|${SAME_OFFICE[role] ?? role}`;
    offices.set(key, [...(offices.get(key) ?? []), h]);
  }
  for (const terms of offices.values()) {
    terms.sort((a, b) => a.start.localeCompare(b.start));
    for (let i = 1; i < terms.length; i++) {
      const prev = terms[i - 1] as OfficeHolder;
      const next = terms[i] as OfficeHolder;
      // Sharing the handover day is fine; anything more is two holders at once.
      if (prev.end === null || prev.end > next.start) {
        problems.push({ table: "office-holders", entry: holder(next), message: `overlaps ${holder(prev)}` });
      }
    }
  }

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
