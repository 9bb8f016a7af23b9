// Builds the country table: world-countries as the base, country-extras.json (shipped, then the
// user's) on top, and the indexes from names, demonyms and metonyms to countries.
import { createRequire } from "node:module";
import type { Country as WorldCountry } from "world-countries";
import { collectForms, type FormEntry, indexForms } from "./country-forms.js";
import { caseRuleOf, formKey } from "./normalize.js";
import type { CountryExtrasFile } from "./schema.js";
import { SurfaceIndex } from "./surface-index.js";
import type { Ambiguity, Caution, Country, Metonym, Origin } from "./types.js";

const require = createRequire(import.meta.url);

export interface CountryTables {
  byIso: Map<string, Country>;
  names: SurfaceIndex<Country>;
  demonyms: SurfaceIndex<Country>;
  metonyms: SurfaceIndex<Metonym>;
  ambiguous: SurfaceIndex<Ambiguity>;
  cautions: SurfaceIndex<Caution>;
}

/** Latin script only: the package's native-script spellings are no use for English news. */
const LATIN = /^[\p{Script=Latin}\p{M}\p{N}\s.,'’()-]+$/u;

/** world-countries codes Kosovo "UNK"; CAMEO, GDELT and the EU write XKX (ISO's user-assigned range). */
const CODE_FIXES: Record<string, string> = { UNK: "XKX" };

const iso3Of = (c: WorldCountry): string => CODE_FIXES[c.cca3] ?? c.cca3;

function fromWorld(c: WorldCountry): Country {
  const names = [c.name.common, c.name.official, ...c.altSpellings].filter(
    (n) => n !== c.cca2 && LATIN.test(n),
  );
  const eng = c.demonyms?.eng;
  const demonyms = eng ? [eng.m, eng.f].flatMap((d) => d.split(/, | or /)) : [];
  return {
    iso3: iso3Of(c),
    iso2: c.cca2,
    name: c.name.common,
    official: c.name.official,
    independent: c.independent === true,
    region: c.region || null,
    subregion: c.subregion || null,
    names: [...new Set(names)],
    demonyms: [...new Set(demonyms.filter((d) => d.trim() !== ""))],
    capitals: c.capital ?? [],
    metonyms: (c.capital ?? []).map((text) => ({
      text,
      iso3: iso3Of(c),
      sector: "GOV",
      institution: null,
      from: null,
      to: null,
      capital: true,
      note: null,
    })),
    note: null,
  };
}

function createCountry(iso3: string, name: string, independent: boolean): Country {
  return {
    iso3,
    iso2: null,
    name,
    official: null,
    independent,
    region: null,
    subregion: null,
    names: [name],
    demonyms: [],
    capitals: [],
    metonyms: [],
    note: null,
  };
}

/** Adds one extras file to the table; returns the forms it brought, tagged with their origin. */
function applyExtras(byIso: Map<string, Country>, extras: CountryExtrasFile, origin: Origin, where: string) {
  for (const [iso3, entry] of Object.entries(extras.countries)) {
    let country = byIso.get(iso3);
    if (!country) {
      if (!entry.name) throw new Error(`${where}: unknown country ${iso3} (give "name" to add it)`);
      country = createCountry(iso3, entry.name, entry.independent ?? false);
      byIso.set(iso3, country);
    }
    if (entry.name && origin === "user") country.name = entry.name;
    if (entry.note) country.note = entry.note;
    country.names = [...new Set([...country.names, ...entry.names])];
    country.demonyms = [...new Set([...country.demonyms, ...entry.demonyms])];
    for (const m of entry.metonyms) {
      const key = formKey(m.text);
      country.metonyms = country.metonyms.filter((x) => formKey(x.text) !== key);
      country.metonyms.push({
        text: m.text,
        iso3,
        sector: m.sector ?? "GOV",
        institution: m.institution ?? null,
        from: m.from ?? null,
        to: m.to ?? null,
        capital: false,
        note: m.note ?? null,
      });
    }
  }
}

/** "Israeli" → "Israelis"; null where English does not add -s ("Swiss", "Chinese", "French"). */
export function demonymPlural(demonym: string, noPlural: Set<string>): string | null {
  if (noPlural.has(formKey(demonym)) || caseRuleOf(demonym) === "acronym") return null;
  if (/(s|sh|ch|x|z|ese|ish|y|chman|woman|men)$/i.test(demonym)) return null;
  return `${demonym}s`;
}

function dropForms(country: Country, drop: CountryExtrasFile["drop"]): void {
  const names = new Set((drop.names ?? []).map(formKey));
  const demonyms = new Set((drop.demonyms ?? []).map(formKey));
  const metonyms = new Set((drop.metonyms ?? []).map(formKey));
  country.names = country.names.filter((n) => !names.has(formKey(n)));
  country.demonyms = country.demonyms.filter((d) => !demonyms.has(formKey(d)));
  country.metonyms = country.metonyms.filter((m) => !metonyms.has(formKey(m.text)));
}

export function buildCountries(
  shipped: CountryExtrasFile | undefined,
  user: CountryExtrasFile | undefined,
  userWhere = "user country-extras.json",
): CountryTables {
  const world = require("world-countries/countries.json") as WorldCountry[];
  const byIso = new Map<string, Country>(world.map((c) => [iso3Of(c), fromWorld(c)]));
  // Shipped drops clean the package's forms; the user's drops may also remove shipped extras.
  if (shipped) for (const c of byIso.values()) dropForms(c, shipped.drop);
  const shippedForms = new Map<string, Set<string>>();
  if (shipped) {
    applyExtras(byIso, shipped, "shipped", "data/actors/country-extras.json");
    for (const c of byIso.values()) shippedForms.set(c.iso3, new Set(allForms(c)));
  }
  if (user) {
    for (const c of byIso.values()) dropForms(c, user.drop);
    applyExtras(byIso, user, "user", userWhere);
  }
  const noPlural = new Set([...(shipped?.noPlural ?? []), ...(user?.noPlural ?? [])].map(formKey));
  for (const c of byIso.values()) {
    const plurals = c.demonyms.map((d) => demonymPlural(d, noPlural)).filter((p): p is string => p !== null);
    c.demonyms = [...new Set([...c.demonyms, ...plurals])];
    // A capital spelled like the country itself ("Singapore") adds nothing as a metonym.
    const nameKeys = new Set(c.names.map(formKey));
    c.metonyms = c.metonyms.filter((m) => !(m.capital && nameKeys.has(formKey(m.text))));
  }
  const originOf = (iso3: string, form: string): Origin =>
    user && !shippedForms.get(iso3)?.has(form) && userForms(user, iso3).has(form) ? "user" : "shipped";

  const ambiguous = new SurfaceIndex<Ambiguity>();
  const explicit = new Map<string, Origin>();
  for (const [list, origin] of [
    [shipped?.ambiguous ?? [], "shipped"],
    [user?.ambiguous ?? [], "user"],
  ] as const) {
    for (const a of list) {
      ambiguous.add(a.form, { ...a, preferred: a.preferred ?? null }, origin);
      explicit.set(formKey(a.form), origin);
    }
  }
  const forms = collectForms(byIso, originOf);
  const tables: CountryTables = {
    byIso,
    names: indexForms(
      forms.names,
      byIso,
      ambiguous,
      explicit,
      (e: FormEntry) => byIso.get(e.iso3) as Country,
    ),
    demonyms: indexForms(forms.demonyms, byIso, ambiguous, explicit, (e) => byIso.get(e.iso3) as Country),
    metonyms: indexForms(forms.metonyms, byIso, ambiguous, explicit, (e) => e.metonym as Metonym),
    ambiguous,
    cautions: new SurfaceIndex<Caution>(),
  };
  for (const c of shipped?.cautions ?? []) tables.cautions.add(c.form, c, "shipped");
  for (const c of user?.cautions ?? []) tables.cautions.add(c.form, c, "user");
  return tables;
}

function allForms(c: Country): string[] {
  return [...c.names, ...c.demonyms, ...c.metonyms.map((m) => m.text)];
}

function userForms(user: CountryExtrasFile, iso3: string): Set<string> {
  const e = user.countries[iso3];
  if (!e) return new Set();
  return new Set([...(e.name ? [e.name] : []), ...e.names, ...e.demonyms, ...e.metonyms.map((m) => m.text)]);
}
