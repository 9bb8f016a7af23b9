// "the two ministers", "both sides" → the pair; he/she → the nearest person whose gender fits.
import type { Ctx } from "../mentions/context.js";
import { nameLexicon } from "../mentions/lexicon.js";
import { bestCountry, type Entity, type PersonMention } from "./entities.js";
import type { People } from "./people.js";

export interface GroupMention {
  start: number;
  end: number;
  /** Person entities or ISO3 codes, most recent first. */
  persons: Entity[];
  countries: string[];
}

export function findGroups(ctx: Ctx, people: People, countryOrder: (at: number) => string[]): GroupMention[] {
  const { groups } = nameLexicon();
  const out: GroupMention[] = [];
  for (let i = 0; i < ctx.toks.length; i++) {
    const t = ctx.toks[i] as string;
    if (t.length !== 3 && t.length !== 4) continue;
    // Only "two"/"both" go on: test the first letter before allocating a lowercase copy.
    const c0 = t.charCodeAt(0) | 32;
    if (c0 !== 116 && c0 !== 98) continue;
    const w = t.toLowerCase();
    if (w !== "two" && w !== "both") continue;
    const head = [i + 1, i + 2].find((j) => groups.has((ctx.toks[j] ?? "").toLowerCase()));
    if (
      head === undefined ||
      (head === i + 2 && !/^(foreign|top|visiting|sides'?)$/i.test(ctx.toks[i + 1] ?? ""))
    )
      continue;
    const kind = groups.get((ctx.toks[head] as string).toLowerCase());
    const start = w === "two" && ctx.toks[i - 1]?.toLowerCase() === "the" ? i - 1 : i;
    if (kind === "persons") {
      const pair = lastTwo(people.mentions.filter((m) => m.end <= i && m.entity));
      if (pair.length === 2) out.push({ start, end: head + 1, persons: pair, countries: [] });
    } else {
      const cs = countryOrder(i).slice(0, 2);
      if (cs.length === 2) out.push({ start, end: head + 1, persons: [], countries: cs });
    }
  }
  return out;
}

/** The two most recent distinct people, preferring two different countries. */
function lastTwo(before: PersonMention[]): Entity[] {
  const seen: Entity[] = [];
  for (let k = before.length - 1; k >= 0 && seen.length < 6; k--) {
    const e = (before[k] as PersonMention).entity;
    if (!seen.includes(e)) seen.push(e);
  }
  const first = seen[0];
  if (!first) return [];
  const other = seen.find((e) => e !== first && bestCountry(e) !== bestCountry(first)) ?? seen[1];
  return other ? [first, other] : [];
}

export function resolvePronouns(ctx: Ctx, people: People): PersonMention[] {
  const { pronouns } = nameLexicon();
  const out: PersonMention[] = [];
  const bySentence = new Map<number, PersonMention[]>();
  for (const m of people.mentions) {
    const s = ctx.sent[m.start] as number;
    const list = bySentence.get(s);
    if (list) list.push(m);
    else bySentence.set(s, [m]);
  }
  for (let i = 0; i < ctx.toks.length; i++) {
    if (ctx.pos[i] !== "PRON") continue;
    const gender = pronouns.get((ctx.toks[i] as string).toLowerCase());
    if (!gender) continue;
    if (/^counterparts?$/i.test(ctx.toks[i + 1] ?? "") || /^counterparts?$/i.test(ctx.toks[i + 2] ?? ""))
      continue;
    const s = ctx.sent[i] as number;
    // Same sentence (nearest first), then the previous two sentences (subject first).
    const windows: PersonMention[][] = [(bySentence.get(s) ?? []).filter((m) => m.end <= i).reverse()];
    for (const back of [1, 2]) windows.push(bySentence.get(s - back) ?? []);
    for (const win of windows) {
      const fits = [...new Set(win.map((m) => m.entity))].filter(
        (e) => e.gender === null || e.gender === gender,
      );
      if (fits.length === 0) continue;
      const chosen = fits[0] as Entity;
      chosen.gender ??= gender;
      const pm: PersonMention = {
        start: i,
        end: i + 1,
        entity: chosen,
        via: "pronoun",
        confidence: fits.length > 1 ? 0.5 : 0.8,
      };
      if (fits.length > 1) pm.alternatives = fits.slice(1);
      out.push(pm);
      break;
    }
  }
  return out;
}
