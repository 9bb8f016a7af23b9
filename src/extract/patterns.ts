// Loads the boilerplate lists in data/extract/boilerplate.json once and compiles them.
import { derived, table } from "../knowledge/load.js";

export interface Boilerplate {
  /** Upper-case tag names (linkedom's tagName) of elements always removed. */
  removeTags: Set<string>;
  removeTagsIfSmall: Set<string>;
  removeRoles: Set<string>;
  /** Tested against one class token or the id: the word alone, or as its first or last segment. */
  furnitureToken: RegExp;
  keep: RegExp;
  lines: RegExp;
  linkLines: RegExp;
  end: RegExp;
}

const alternation = (patterns: string[]) => patterns.map((p) => `(?:${p})`).join("|");

export const boilerplate = derived((): Boilerplate => {
  const raw = table("extract/boilerplate.json");
  const words = alternation(raw.furnitureWords);
  return {
    removeTags: new Set(raw.removeTags.map((t) => t.toUpperCase())),
    removeTagsIfSmall: new Set(raw.removeTagsIfSmall.map((t) => t.toUpperCase())),
    removeRoles: new Set(raw.removeRoles),
    furnitureToken: new RegExp(`^(?:${words})(?:$|[-_])|[-_](?:${words})$`, "i"),
    keep: new RegExp(alternation(raw.keepPatterns), "i"),
    lines: new RegExp(alternation(raw.linePatterns), "i"),
    linkLines: new RegExp(alternation(raw.linkLinePatterns), "i"),
    end: new RegExp(alternation(raw.endPatterns), "i"),
  };
});
