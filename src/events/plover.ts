// The PLOVER category of a coded event. The CAMEO→PLOVER table (cameo-codebook.json) gives one per
// code; PLOVER also reads tense and the doer: a visit or aid only announced is an intention (AGREE),
// and killing by an army is fighting. The rules are data (data/events/plover-rules.json).
import { derived, table } from "../knowledge/load.js";
import type { DyadEvent } from "../model/document.js";

const load = derived(() => {
  const r = table("events/plover-rules.json");
  return {
    r,
    roots: new Set(r.intended.roots),
    modalities: new Set(r.intended.modalities),
    codes: new Set(r.armedForce.codes),
  };
});

/** The event's PLOVER category: the codebook's, unless tense, the act's words or the source's
 * sector decide. */
export function ploverCategory(
  e: Pick<DyadEvent, "code" | "modality" | "plover" | "source" | "mentions">,
): string {
  const rules = load();
  if (rules.roots.has(e.code.slice(0, 2)) && rules.modalities.has(e.modality))
    return rules.r.intended.category;
  const byPattern = rules.r.patterns[e.mentions[0]?.pattern ?? ""];
  if (byPattern) return byPattern;
  if (rules.codes.has(e.code) && rules.r.armedForce.sectors.some((s) => e.source.code.slice(3).startsWith(s)))
    return rules.r.armedForce.category;
  return e.plover;
}
