// Public types of the actor knowledge base: countries, organisations, media, roles, office holders.

/** CAMEO sector code ("GOV", "MIL", "LEG", …); see data/actors/roles.json "sectors". */
export type Sector = string;

/** Whether an entry came with Dyad or from the user's knowledge directory (user entries win). */
export type Origin = "shipped" | "user";

export interface Country {
  /** ISO 3166-1 alpha-3 ("KOR"); Kosovo is "XKX" (world-countries says "UNK"). */
  iso3: string;
  iso2: string | null;
  /** Common English name ("South Korea"). */
  name: string;
  official: string | null;
  /** Sovereign state (false for territories, and for Taiwan, Palestine, Kosovo as world-countries has it). */
  independent: boolean;
  region: string | null;
  subregion: string | null;
  /** Every name form that maps to this country (common, official, short, old). */
  names: string[];
  /** Adjectives and people nouns, singular and plural ("South Korean", "South Koreans"). */
  demonyms: string[];
  capitals: string[];
  metonyms: Metonym[];
  note: string | null;
}

/** A place or building standing for a state ("Seoul", "the Kremlin", "the Pentagon"). */
export interface Metonym {
  text: string;
  iso3: string;
  /** CAMEO sector of what it stands for: GOV unless e.g. the Pentagon (MIL). */
  sector: Sector;
  /** Which part of the state it names ("presidency", "foreign ministry"), when narrower than the government. */
  institution: string | null;
  /** Period (YYYY-MM-DD, inclusive) the place was the seat; null = open. */
  from: string | null;
  to: string | null;
  /** True for a capital taken from world-countries rather than listed by hand. */
  capital: boolean;
  note: string | null;
}

/** A form that names more than one state (or none): never mapped silently. */
export interface Ambiguity {
  form: string;
  candidates: string[];
  /** The usual reading, as a hint for a resolver that has no better evidence. */
  preferred: string | null;
  note: string;
}

export interface Caution {
  form: string;
  note: string;
}

export interface Organisation {
  id: string;
  name: string;
  /** CAMEO-style actor code ("IGOUNO", "IGOWSTNAT"). */
  code: string;
  /** "cameo" = group code from CAMEO's known-group list; "dyad" = coined here. */
  codeSource: "cameo" | "dyad";
  type: "igo" | "ngo";
  aliases: string[];
  parent: string | null;
  /** Sector when the body is not executive (LEG for a parliament, JUD for a court). */
  sector: Sector | null;
  members: string[];
  /** The code its officials act for ("EUR": the EU, as CAMEO and GDELT write it); null: none, as
   * for the UN or NATO. A body without its own takes its parent's. */
  actsFor: string | null;
  note: string | null;
  origin: Origin;
}

export type MediaType = "agency" | "broadcaster" | "newspaper" | "online" | "magazine";

/** A news agency or outlet: a relaying source, not an actor. */
export interface Media {
  id: string;
  name: string;
  aliases: string[];
  type: MediaType;
  country: string | null;
  /** State-owned or state-run. */
  state: boolean;
  note: string | null;
  origin: Origin;
}

export type RoleKind = "person" | "group" | "institution";

export interface Role {
  /** Canonical name ("foreign minister"). */
  name: string;
  sector: Sector;
  kind: RoleKind;
  /** What the office is: "head of state", "head of government", "foreign affairs", "defence". */
  functions: string[];
  aliases: string[];
  note: string | null;
  origin: Origin;
}

export type ModifierKind =
  | "former"
  | "then"
  | "acting"
  | "deputy"
  | "outgoing"
  | "incoming"
  | "designate"
  | "elect"
  | "senior";

export interface RoleModifier {
  text: string;
  kind: ModifierKind;
  position: "before" | "after";
}

/** Result of reading a role phrase such as "former acting foreign minister". */
export interface RoleMatch {
  role: Role;
  sector: Sector;
  /** Modifiers found around the role word, outermost first. */
  modifiers: ModifierKind[];
}

/** One term of one person in one office. */
export interface OfficeHolder {
  name: string;
  aliases: string[];
  /** Family name used for short mentions ("Yoon", "Xi", "López Obrador"). */
  surname: string;
  /** ISO alpha-3 of the state, or null for an organisation's office. */
  country: string | null;
  /** Organisation id ("UN", "EU", "NATO") for international posts. */
  organisation: string | null;
  /** Canonical role name from roles.json. */
  role: string;
  /** Official title when it differs from the role ("Secretary of State"). */
  title: string | null;
  functions: string[];
  /** YYYY-MM-DD, inclusive. */
  start: string;
  /** YYYY-MM-DD, inclusive; null = in office when the data was written. */
  end: string | null;
  acting: boolean;
  note: string | null;
  origin: Origin;
  /** File the record came from, relative to its knowledge directory ("office-holders/europe.json"). */
  source: string | null;
}

/** A person known from the office-holder table, with all their terms. */
export interface Person {
  name: string;
  aliases: string[];
  surname: string;
  terms: OfficeHolder[];
}

export interface OfficeQuery {
  /** ISO alpha-3 (or organisation id via `organisation`). */
  country?: string;
  organisation?: string;
  /** A role name or alias ("foreign minister", "secretary of state"), or a function ("head of state"). */
  role: string;
  /** YYYY-MM-DD. Omit for every term. */
  date?: string;
  /** Include caretakers (default true). */
  acting?: boolean;
}

/** One thing a surface form can name. */
export type Hit =
  | { kind: "country"; via: "name" | "demonym"; country: Country }
  | { kind: "metonym"; metonym: Metonym; country: Country }
  | { kind: "ambiguous"; ambiguity: Ambiguity }
  | { kind: "organisation"; organisation: Organisation }
  | { kind: "media"; media: Media }
  | { kind: "role"; role: Role }
  | { kind: "person"; person: Person };

export type HitKind = Hit["kind"];

/** A match of a known form over a token sequence: tokens [start, end). */
export interface PhraseMatch {
  start: number;
  end: number;
  hits: Hit[];
}

export interface KnowledgeCounts {
  countries: number;
  countryNames: number;
  demonyms: number;
  metonyms: number;
  ambiguous: number;
  organisations: number;
  media: number;
  roles: number;
  roleForms: number;
  officeHolders: number;
  persons: number;
}
