// Word lists for person-name detection, built once from data/actors/names.json (see its $comment).
import { derived, table } from "../../knowledge/load.js";

export type Gender = "m" | "f";

export interface NameLexicon {
  honorifics: Map<string, Gender | null>;
  /** 1 at the first character code of each honorific: most tokens are ruled out by one array read
   * (a flat table is cheaper than a set of numbers, and only its few used entries are ever touched). */
  honorificInitials: Uint8Array;
  particles: Set<string>;
  nonNames: Set<string>;
  /** Month names that are given names too ("Jan", "May"). */
  givenNamesToo: Set<string>;
  /** Surnames spelt like function words ("He" of He Lifeng). */
  surnamesLikeWords: Set<string>;
  /** A 6+ letter word with one of these endings is a common word, not a name ("Consultation"). */
  nonNameSuffix: RegExp;
  titleNouns: Set<string>;
  locationWords: Set<string>;
  /** "ministers" → persons, "sides" → countries (lowercase, last word of the group noun phrase). */
  groups: Map<string, "persons" | "countries">;
  pronouns: Map<string, Gender>;
}

export const nameLexicon = derived((): NameLexicon => {
  const file = table("actors/names.json");
  const groups = new Map<string, "persons" | "countries">();
  for (const g of file.groups.persons) groups.set(g.toLowerCase(), "persons");
  for (const g of file.groups.countries) groups.set(g.toLowerCase(), "countries");
  const pronouns = new Map<string, Gender>();
  for (const [g, words] of Object.entries(file.pronouns)) for (const w of words) pronouns.set(w, g as Gender);
  return {
    honorifics: new Map(Object.entries(file.honorifics)),
    honorificInitials: initialsOf(Object.keys(file.honorifics)),
    particles: new Set(file.particles),
    nonNames: new Set(file.nonNames),
    givenNamesToo: new Set(file.givenNamesToo),
    surnamesLikeWords: new Set(file.surnamesLikeWords),
    titleNouns: new Set(file.titleNouns),
    nonNameSuffix: new RegExp(`^\\p{L}{3,}(${file.nonNameSuffixes.join("|")})$`, "u"),
    locationWords: new Set(file.locationWords),
    groups,
    pronouns,
  };
});

function initialsOf(words: string[]): Uint8Array {
  const initials = new Uint8Array(0x10000);
  for (const w of words) if (w.length > 0) initials[w.charCodeAt(0)] = 1;
  return initials;
}

/** Whether a token is an honorific ("Mr", "Dr."). */
export function isHonorific(lex: NameLexicon, token: string): boolean {
  return token.length > 0 && lex.honorificInitials[token.charCodeAt(0)] === 1 && lex.honorifics.has(token);
}
