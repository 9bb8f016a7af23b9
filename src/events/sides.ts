// Knowledge about who can be a side (data/events/sides.json): institutions that act as one side of
// their own, nouns naming a gathering, after which a mention names the gathering, not a side, and
// nouns naming a document, which speaks for the one named in its phrase.
import { derived, table } from "../knowledge/load.js";

const load = derived(() => {
  const json = table("events/sides.json");
  return {
    institutions: Object.entries(json.institutions),
    eventNouns: new Set(json.eventNouns),
    documentNouns: new Set(json.documentNouns),
    attackNouns: new Set(json.attackNouns),
  };
});

/** The side an institution acts as, by code prefix: the EU's organs act for EUR. */
export function institutionSide(code: string): string | null {
  for (const [prefix, side] of load().institutions) if (code.startsWith(prefix)) return side;
  return null;
}

/** "summit" in "the APEC summit": the mention before it names the gathering. */
export const eventNoun = (word: string): boolean => load().eventNouns.has(word);

/** "report" in "a report released in Kigali alleged": a document speaking for the one it names. */
export const documentNoun = (word: string): boolean => load().documentNouns.has(word);

/** "shelling" in "killed in Israeli tank shelling": an attack, whose actor is the doer. */
export const attackNoun = (word: string): boolean => load().attackNouns.has(word);
