// "the two ministers", "both sides" → the pair; he/she → the nearest person whose gender fits.

import { type Ctx, lowerCase } from "../mentions/context.js";
import { type Gender, nameLexicon } from "../mentions/lexicon.js";
import { CONFIDENCE } from "./confidence.js";
import { bestCountry, type Entity, type PersonMention } from "./entities.js";
import { firstAtOrAfter } from "./mention-index.js";
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
    const w = lowerCase(t);
    if (w !== "two" && w !== "both") continue;
    const head = groups.has(lowerAt(ctx, i + 1)) ? i + 1 : groups.has(lowerAt(ctx, i + 2)) ? i + 2 : -1;
    if (head === -1 || (head === i + 2 && !/^(foreign|top|visiting|sides'?)$/i.test(ctx.toks[i + 1] ?? "")))
      continue;
    const kind = groups.get(lowerCase(ctx.toks[head] as string));
    const start = w === "two" && lowerCase(ctx.toks[i - 1] ?? "") === "the" ? i - 1 : i;
    if (kind === "persons") {
      const pair = lastTwo(people.mentions, i);
      if (pair.length === 2) out.push({ start, end: head + 1, persons: pair, countries: [] });
    } else {
      const cs = countryOrder(i).slice(0, 2);
      if (cs.length === 2) out.push({ start, end: head + 1, persons: [], countries: cs });
    }
  }
  return out;
}

const lowerAt = (ctx: Ctx, i: number): string => lowerCase(ctx.toks[i] ?? "");

/** The two most recent distinct people named before token `at`, preferring two different countries. */
function lastTwo(mentions: PersonMention[], at: number): Entity[] {
  const seen: Entity[] = [];
  // Sorted by start: a mention ending by `at` starts before it.
  for (let k = firstAtOrAfter(mentions, at) - 1; k >= 0 && seen.length < 6; k--) {
    const m = mentions[k] as PersonMention;
    if (m.end > at) continue;
    if (!seen.includes(m.entity)) seen.push(m.entity);
  }
  const first = seen[0];
  if (!first) return [];
  const other = seen.find((e) => e !== first && bestCountry(e) !== bestCountry(first)) ?? seen[1];
  return other ? [first, other] : [];
}

export function resolvePronouns(ctx: Ctx, people: People): PersonMention[] {
  const { pronouns } = nameLexicon();
  const out: PersonMention[] = [];
  // Person mentions of each sentence, in text order (people.mentions is sorted by start).
  const bySentence = new Map<number, PersonMention[]>();
  for (const m of people.mentions) {
    const s = ctx.sent[m.start] as number;
    const list = bySentence.get(s);
    if (list) list.push(m);
    else bySentence.set(s, [m]);
  }
  const fits: Entity[] = [];
  for (let i = 0; i < ctx.toks.length; i++) {
    if (ctx.pos[i] !== "PRON") continue;
    const gender = pronouns.get(lowerCase(ctx.toks[i] as string));
    if (!gender) continue;
    if (/^counterparts?$/i.test(ctx.toks[i + 1] ?? "") || /^counterparts?$/i.test(ctx.toks[i + 2] ?? ""))
      continue;
    const s = ctx.sent[i] as number;
    // Same sentence (nearest first), then the previous two sentences (subject first).
    for (let back = 0; back <= 2; back++) {
      fits.length = 0;
      const win = bySentence.get(s - back);
      if (win === undefined) continue;
      if (back === 0) {
        for (let k = win.length - 1; k >= 0; k--) {
          const m = win[k] as PersonMention;
          if (m.end <= i) addFit(fits, m.entity, gender);
        }
      } else for (const m of win) addFit(fits, m.entity, gender);
      if (fits.length === 0) continue;
      const chosen = fits[0] as Entity;
      chosen.gender ??= gender;
      const pm: PersonMention = {
        start: i,
        end: i + 1,
        entity: chosen,
        via: "pronoun",
        confidence: fits.length > 1 ? CONFIDENCE.ambiguous : CONFIDENCE.pronoun,
      };
      if (fits.length > 1) pm.alternatives = fits.slice(1);
      out.push(pm);
      break;
    }
  }
  return out;
}

/** Adds an entity the pronoun may stand for (gender unknown or the same), once. */
function addFit(fits: Entity[], e: Entity, gender: Gender): void {
  if ((e.gender === null || e.gender === gender) && !fits.includes(e)) fits.push(e);
}
