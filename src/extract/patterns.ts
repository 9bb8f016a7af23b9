// Loads the boilerplate lists in data/extract/boilerplate.json once and compiles them.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

interface BoilerplateFile {
  removeTags: string[];
  removeTagsIfSmall: string[];
  removeRoles: string[];
  furnitureWords: string[];
  keepPatterns: string[];
  linePatterns: string[];
  linkLinePatterns: string[];
  endPatterns: string[];
}

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

let cached: Boilerplate | undefined;

export function boilerplate(): Boilerplate {
  if (cached) return cached;
  const path = fileURLToPath(new URL("../../data/extract/boilerplate.json", import.meta.url));
  const raw = JSON.parse(readFileSync(path, "utf8")) as BoilerplateFile;
  const words = alternation(raw.furnitureWords);
  cached = {
    removeTags: new Set(raw.removeTags.map((t) => t.toUpperCase())),
    removeTagsIfSmall: new Set(raw.removeTagsIfSmall.map((t) => t.toUpperCase())),
    removeRoles: new Set(raw.removeRoles),
    furnitureToken: new RegExp(`^(?:${words})(?:$|[-_])|[-_](?:${words})$`, "i"),
    keep: new RegExp(alternation(raw.keepPatterns), "i"),
    lines: new RegExp(alternation(raw.linePatterns), "i"),
    linkLines: new RegExp(alternation(raw.linkLinePatterns), "i"),
    end: new RegExp(alternation(raw.endPatterns), "i"),
  };
  return cached;
}
