// Builds the actors layer: Actor entries (people, countries, organisations, media) and every mention
// with its CAMEO-style code and character span.

import type { Actor, ActorMention, MentionVia } from "../../model/document.js";
import { formKey, type Hit } from "../knowledge/index.js";
import { type Ctx, spanOf } from "../mentions/context.js";
import { CONFIDENCE } from "./confidence.js";
import { bestCountry, type Entity, type PersonMention } from "./entities.js";

export class Output {
  readonly actors = new Map<string, Actor>();
  readonly mentions: ActorMention[] = [];
  constructor(private readonly ctx: Ctx) {}

  private touch(actor: Actor, alias: string): Actor {
    const have = this.actors.get(actor.id);
    const a = have ?? actor;
    if (!have) this.actors.set(a.id, a);
    if (!a.aliases.includes(alias)) a.aliases.push(alias);
    return a;
  }

  private push(
    a: number,
    b: number,
    actors: string[],
    via: MentionVia,
    code: string,
    confidence: number,
    alts?: string[],
  ) {
    const start = (this.ctx.doc.tokens[a] as { start: number }).start;
    const end = (this.ctx.doc.tokens[b - 1] as { end: number }).end;
    const text = this.ctx.text.slice(start, end);
    this.mentions.push(
      alts && alts.length > 0
        ? { start, end, text, actors, via, code, confidence, alternatives: alts }
        : { start, end, text, actors, via, code, confidence },
    );
  }

  country(
    a: number,
    b: number,
    iso3: string,
    via: MentionVia,
    sector: string | null,
    confidence: number = CONFIDENCE.certain,
    alts?: string[],
  ) {
    const name = this.ctx.k.countryName(iso3) ?? iso3;
    const actor = this.touch(
      {
        id: `country:${iso3}`,
        kind: "country",
        name,
        country: iso3,
        role: null,
        sector: null,
        code: iso3,
        aliases: [],
        confidence: CONFIDENCE.certain,
      },
      spanOf(this.ctx, a, b).text,
    );
    this.push(a, b, [actor.id], via, iso3 + (sector ?? ""), confidence, alts);
  }

  /** A group or body with no country named ("the rebels" → "---REB"): one actor per sector. */
  sectorGroup(a: number, b: number, sector: string): void {
    const code = `---${sector}`;
    const actor = this.touch(
      {
        id: `organisation:${code}`,
        kind: "organisation",
        name: this.ctx.k.sectorLabel(sector) ?? sector,
        country: null,
        role: null,
        sector,
        code,
        aliases: [],
        confidence: CONFIDENCE.sectorRole,
      },
      spanOf(this.ctx, a, b).text,
    );
    this.push(a, b, [actor.id], "role", code, CONFIDENCE.sectorRole);
  }

  /** A knowledge match that is not part of a person's title. */
  hit(a: number, b: number, hit: Hit): void {
    if (hit.kind === "organisation") {
      const o = hit.organisation;
      const actor = this.touch(
        {
          id: `organisation:${o.code}`,
          kind: "organisation",
          name: o.name,
          country: null,
          role: null,
          sector: o.sector,
          code: o.code,
          aliases: [],
          confidence: CONFIDENCE.certain,
        },
        spanOf(this.ctx, a, b).text,
      );
      this.push(a, b, [actor.id], "organisation", o.code, CONFIDENCE.certain);
    } else if (hit.kind === "media") {
      const md = hit.media;
      const code = `${md.country ?? ""}MED`;
      const actor = this.touch(
        {
          id: `media:${md.id}`,
          kind: "media",
          name: md.name,
          country: md.country,
          role: null,
          sector: "MED",
          code,
          aliases: [],
          confidence: CONFIDENCE.certain,
        },
        spanOf(this.ctx, a, b).text,
      );
      this.push(a, b, [actor.id], "media", code, CONFIDENCE.certain);
    }
  }

  person(pm: PersonMention): void {
    const actor = this.personActor(pm.entity);
    const alts = pm.alternatives?.map((e) => this.personActor(e).id);
    this.push(pm.start, pm.end, [actor.id], pm.via, actor.code, pm.confidence, alts);
  }

  group(a: number, b: number, persons: Entity[], countries: string[]): void {
    if (persons.length > 0) {
      const actors = persons.map((e) => this.personActor(e));
      this.push(
        a,
        b,
        actors.map((x) => x.id),
        "group",
        actors.map((x) => x.code).join("+"),
        CONFIDENCE.groupOfPersons,
      );
    } else {
      for (const c of countries)
        this.touch(
          {
            id: `country:${c}`,
            kind: "country",
            name: this.ctx.k.countryName(c) ?? c,
            country: c,
            role: null,
            sector: null,
            code: c,
            aliases: [],
            confidence: CONFIDENCE.certain,
          },
          c,
        );
      this.push(
        a,
        b,
        countries.map((c) => `country:${c}`),
        "group",
        countries.join("+"),
        CONFIDENCE.groupOfCountries,
      );
    }
  }

  personActor(e: Entity): Actor {
    const id = e.key;
    const have = this.actors.get(id);
    if (have) return have;
    const country = bestCountry(e) ?? null;
    const sector = e.role?.sector ?? e.sector ?? (e.person ? "GOV" : null);
    const code =
      e.org && (country === null || country === this.ctx.k.organisationById(e.org.id)?.actsFor)
        ? e.org.code
        : country
          ? country + (sector ?? "")
          : (sector ?? "---");
    const actor: Actor = {
      id,
      kind: "person",
      name: displayName(e),
      country,
      role: e.role?.role.name ?? null,
      sector,
      code,
      aliases: [...e.aliases],
      confidence: e.confidence,
    };
    this.actors.set(id, actor);
    return actor;
  }

  result(): { actors: Actor[]; mentions: ActorMention[] } {
    this.mentions.sort((x, y) => x.start - y.start || y.end - x.end);
    return { actors: [...this.actors.values()], mentions: this.mentions };
  }
}

/** The office-holder name, but as the article spells it when only accents or hyphens differ. */
function displayName(e: Entity): string {
  const key = formKey(e.name);
  for (const a of e.aliases) if (a !== e.name && formKey(a) === key) return a;
  return e.name;
}
