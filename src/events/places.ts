// Places after "in"/"at"/"to": a country name or a capital/seat the actor knowledge knows. Used
// for an event's location and for targets of visits ("a visit to Seoul" → KOR).
import { knowledge } from "../actors/knowledge/index.js";
import { derived, table } from "../knowledge/load.js";
import type { EvCtx } from "./context.js";

export interface Place {
  text: string;
  iso3: string;
  from: number;
  to: number;
}

const LOCATIVE = new Set(["in", "at", "to", "of"]);

const regions = derived(() => {
  const byName = new Map<string, string>();
  for (const [iso3, names] of Object.entries(table("events/places.json")))
    for (const n of names) byName.set(n, iso3);
  return byName;
});

/** States and provinces that stand for their country as places (data/events/places.json). */
const regionCountry = (name: string): string | undefined => regions().get(name);

/** The known place starting at token i (1–3 capitalised tokens), if any. */
export function placeAt(ctx: EvCtx, i: number): Place | null {
  const t0 = ctx.toks[i];
  if (!t0) return null;
  const first = ctx.doc.text.charCodeAt(t0.start);
  if (!(first >= 65 && first <= 90)) return null;
  const k = knowledge();
  for (let n = 3; n >= 1; n--) {
    const last = ctx.toks[i + n - 1];
    if (!last || last.pos === "PUNCT" || ctx.sentOf[i + n - 1] !== ctx.sentOf[i]) continue;
    const text = ctx.doc.text.slice(t0.start, last.end);
    const iso3 = k.metonym(text)?.country.iso3 ?? k.countryByName(text)?.iso3 ?? regionCountry(text);
    if (iso3) return { text, iso3, from: i, to: i + n };
  }
  return null;
}

/** First "in/at X" place of the sentence range [from, to) of tokens, for the event's location. */
export function locationIn(ctx: EvCtx, from: number, to: number): string | null {
  const sentence = ctx.sentOf[from] ?? -1;
  const known = ctx.locations.get(sentence);
  if (known !== undefined) return known;
  const found = scanLocation(ctx, from, to);
  ctx.locations.set(sentence, found);
  return found;
}

function scanLocation(ctx: EvCtx, from: number, to: number): string | null {
  for (let i = from; i < to - 1; i++) {
    const w = ctx.words[i] as string;
    if (!LOCATIVE.has(w) || w === "to" || w === "of") continue;
    let j = i + 1;
    if (ctx.words[j] === "the") j++;
    const p = placeAt(ctx, j);
    if (p) return p.text;
  }
  return null;
}
