// The CAMEO codebook (data/events/cameo-codebook.json): name, Goldstein score, quad class and
// PLOVER category of every code. Loaded once.
import { derived, table } from "../knowledge/load.js";

export interface CodebookEntry {
  code: string;
  name: string;
  goldstein: number;
  quadClass: 1 | 2 | 3 | 4;
  plover: string;
  ploverMode: string | null;
  ploverContext: string | null;
}

const codes = derived(
  (): Map<string, CodebookEntry> =>
    new Map(table("events/cameo-codebook.json").codes.map((c) => [c.code, c])),
);

/** The entry for a CAMEO code; unknown fine codes fall back to their parent ("0424" → "042" → "04"). */
export function cameo(code: string): CodebookEntry | undefined {
  const entries = codes();
  for (let c = code; c.length >= 2; c = c.slice(0, -1)) {
    const e = entries.get(c);
    if (e) return e;
  }
  return undefined;
}

export const cameoRoot = (code: string): string => code.slice(0, 2);

export function allCodes(): CodebookEntry[] {
  return [...codes().values()];
}
