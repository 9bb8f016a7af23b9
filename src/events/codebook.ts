// The CAMEO codebook (data/events/cameo-codebook.json): name, Goldstein score, quad class and
// PLOVER category of every code. Loaded once.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export interface CodebookEntry {
  code: string;
  name: string;
  goldstein: number;
  quadClass: 1 | 2 | 3 | 4;
  plover: string;
  ploverMode: string | null;
  ploverContext: string | null;
}

let entries: Map<string, CodebookEntry> | undefined;

function load(): Map<string, CodebookEntry> {
  const file = fileURLToPath(new URL("../../data/events/cameo-codebook.json", import.meta.url));
  const json = JSON.parse(readFileSync(file, "utf8")) as { codes: CodebookEntry[] };
  return new Map(json.codes.map((c) => [c.code, c]));
}

/** The entry for a CAMEO code; unknown fine codes fall back to their parent ("0424" → "042" → "04"). */
export function cameo(code: string): CodebookEntry | undefined {
  entries ??= load();
  for (let c = code; c.length >= 2; c = c.slice(0, -1)) {
    const e = entries.get(c);
    if (e) return e;
  }
  return undefined;
}

export const cameoRoot = (code: string): string => code.slice(0, 2);

export function allCodes(): CodebookEntry[] {
  entries ??= load();
  return [...entries.values()];
}
