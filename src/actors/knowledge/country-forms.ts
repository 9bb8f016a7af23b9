// Turns country forms into indexes, settling collisions: a user's form beats a shipped one, an
// independent state beats a territory ("American": USA, not the Northern Mariana Islands), and a
// form still shared by two states becomes an ambiguity instead of silently picking one.
import { formKey } from "./normalize.js";
import { SurfaceIndex } from "./surface-index.js";
import type { Ambiguity, Country, Metonym, Origin } from "./types.js";

export interface FormEntry {
  form: string;
  iso3: string;
  origin: Origin;
  metonym?: Metonym;
}

export function collectForms(byIso: Map<string, Country>, originOf: (iso3: string, form: string) => Origin) {
  const names: FormEntry[] = [];
  const demonyms: FormEntry[] = [];
  const metonyms: FormEntry[] = [];
  for (const c of byIso.values()) {
    for (const form of c.names) {
      names.push({ form, iso3: c.iso3, origin: originOf(c.iso3, form) });
      // "Saint Lucia" is written "St Lucia" and "St. Lucia" as often (the dot is dropped by the key).
      if (form.startsWith("Saint "))
        names.push({ form: `St ${form.slice(6)}`, iso3: c.iso3, origin: originOf(c.iso3, form) });
    }
    for (const form of c.demonyms) demonyms.push({ form, iso3: c.iso3, origin: originOf(c.iso3, form) });
    for (const m of c.metonyms) {
      metonyms.push({ form: m.text, iso3: c.iso3, origin: originOf(c.iso3, m.text), metonym: m });
    }
  }
  return { names, demonyms, metonyms };
}

export function indexForms<V>(
  entries: FormEntry[],
  byIso: Map<string, Country>,
  ambiguous: SurfaceIndex<Ambiguity>,
  explicit: Map<string, Origin>,
  toValue: (entry: FormEntry) => V,
): SurfaceIndex<V> {
  const groups = new Map<string, FormEntry[]>();
  for (const e of entries) {
    const key = formKey(e.form);
    if (key === "") continue;
    const group = groups.get(key) ?? [];
    group.push(e);
    groups.set(key, group);
  }
  const index = new SurfaceIndex<V>();
  for (const [key, group] of groups) {
    const user = group.filter((e) => e.origin === "user");
    const declared = explicit.get(key);
    // A user's ambiguity beats every mapping; a shipped one gives way only to a user's mapping.
    if (declared === "user" || (declared === "shipped" && user.length === 0)) continue;
    let chosen = user.length > 0 ? user : group;
    if (distinct(chosen).length > 1) {
      const sovereign = chosen.filter((e) => byIso.get(e.iso3)?.independent);
      if (sovereign.length > 0) chosen = sovereign;
    }
    const isos = distinct(chosen);
    if (isos.length > 1) {
      if (!ambiguous.has(key)) {
        const names = isos.map((iso) => byIso.get(iso)?.name ?? iso).join(", ");
        const first = chosen[0] as FormEntry;
        ambiguous.add(first.form, {
          form: first.form,
          candidates: isos,
          preferred: null,
          note: `shared by ${names}`,
        });
      }
      continue;
    }
    for (const e of chosen) index.add(e.form, toValue(e), e.origin);
  }
  return index;
}

function distinct(entries: FormEntry[]): string[] {
  return [...new Set(entries.map((e) => e.iso3))];
}
