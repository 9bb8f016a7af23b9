// Public entry of the actor knowledge base. The default instance is built on first use from the
// shipped data plus $DYAD_KNOWLEDGE; `loadKnowledge` builds an independent one (e.g. for a CLI flag).
import { derived, resetKnowledge } from "../../knowledge/load.js";
import { Knowledge, type LoadOptions } from "./knowledge.js";
import type { OfficeQuery } from "./types.js";

export { KnowledgeFileError, shippedDir } from "./files.js";
export { Knowledge, type LoadOptions, type MetonymHit } from "./knowledge.js";
export { formKey, normalizeText } from "./normalize.js";
export { tokenWords } from "./phrase-trie.js";
export type * from "./types.js";
export { type ValidationProblem, validateKnowledge } from "./validate.js";

/** Built from the shipped data and $DYAD_KNOWLEDGE on first use, again after `resetKnowledge`. */
const loaded = derived(() => new Knowledge());
let instance: Knowledge | null = null;

export function loadKnowledge(options: LoadOptions = {}): Knowledge {
  return new Knowledge(options);
}

/** The shared instance, loaded once. */
export function knowledge(): Knowledge {
  return instance ?? loaded();
}

/** Replace the shared instance (a user directory chosen on the command line); null = reload lazily. */
export function setKnowledge(k: Knowledge | null): void {
  instance = k;
  if (k === null) resetKnowledge();
}

export const countryByName = (text: string) => knowledge().countryByName(text);
export const countryByDemonym = (text: string) => knowledge().countryByDemonym(text);
export const metonym = (text: string, date?: string) => knowledge().metonym(text, date);
export const ambiguity = (text: string) => knowledge().ambiguity(text);
export const organisation = (text: string) => knowledge().organisation(text);
export const media = (text: string) => knowledge().media(text);
export const role = (text: string) => knowledge().role(text);
export const officeHolders = (query: OfficeQuery) => knowledge().officeHolders(query);
export const personByName = (name: string) => knowledge().personByName(name);
export const countryName = (iso3: string) => knowledge().countryName(iso3);
export const lookup = (text: string) => knowledge().lookup(text);
