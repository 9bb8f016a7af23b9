// Organisations and media: entries keyed by id (a user entry with a shipped id replaces it),
// indexed by name and aliases.
import type { MediaFile, OrganisationsFile } from "./schema.js";
import { SurfaceIndex } from "./surface-index.js";
import type { Media, Organisation, Origin } from "./types.js";

export class Catalog<T extends { id: string; name: string; aliases: string[]; origin: Origin }> {
  readonly byId = new Map<string, T>();
  readonly index = new SurfaceIndex<T>();

  constructor(entries: T[]) {
    for (const e of entries) this.byId.set(e.id, e);
    for (const e of this.byId.values()) {
      for (const form of [e.name, ...e.aliases]) this.index.add(form, e, e.origin);
    }
  }

  get(text: string): T | null {
    return this.index.get(text)[0] ?? null;
  }

  all(): T[] {
    return [...this.byId.values()];
  }
}

export function organisationCatalog(
  shipped: OrganisationsFile | undefined,
  user: OrganisationsFile | undefined,
): Catalog<Organisation> {
  const convert = (file: OrganisationsFile | undefined, origin: Origin): Organisation[] =>
    (file?.organisations ?? []).map((o) => ({
      ...o,
      parent: o.parent ?? null,
      sector: o.sector ?? null,
      actsFor: o.actsFor ?? null,
      note: o.note ?? null,
      origin,
    }));
  const catalog = new Catalog([...convert(shipped, "shipped"), ...convert(user, "user")]);
  // A body without its own `actsFor` takes its parent's (the Commission acts for the EU's EUR).
  for (const o of catalog.byId.values()) {
    let p = o.parent ? catalog.byId.get(o.parent) : undefined;
    for (let depth = 0; o.actsFor === null && p && depth < 5; depth++) {
      o.actsFor = p.actsFor;
      p = p.parent ? catalog.byId.get(p.parent) : undefined;
    }
  }
  return catalog;
}

export function mediaCatalog(shipped: MediaFile | undefined, user: MediaFile | undefined): Catalog<Media> {
  const convert = (file: MediaFile | undefined, origin: Origin): Media[] =>
    (file?.media ?? []).map((m) => ({ ...m, country: m.country ?? null, note: m.note ?? null, origin }));
  return new Catalog([...convert(shipped, "shipped"), ...convert(user, "user")]);
}
