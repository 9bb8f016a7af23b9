// Role vocabulary: role words and phrases → canonical role + CAMEO sector, with the modifiers
// around them ("former", "acting", "deputy", "-elect") read off and reported.
import { formKey, normalizeCased, normalizeText } from "./normalize.js";
import type { RolesFile } from "./schema.js";
import { SurfaceIndex } from "./surface-index.js";
import type { Role, RoleMatch, RoleModifier } from "./types.js";

export class RoleTable {
  readonly roles = new Map<string, Role>();
  readonly index = new SurfaceIndex<Role>();
  readonly sectors = new Map<string, string>();
  readonly modifiers: RoleModifier[] = [];
  /** Role names by function ("head of state" → president, king, …). */
  private readonly byFunction = new Map<string, Set<string>>();

  constructor(shipped: RolesFile | undefined, user: RolesFile | undefined) {
    for (const [file, origin] of [
      [shipped, "shipped"],
      [user, "user"],
    ] as const) {
      if (!file) continue;
      for (const [code, label] of Object.entries(file.sectors)) this.sectors.set(code, label);
      // A user role with a shipped role's name replaces it whole.
      for (const r of file.roles) {
        this.roles.set(formKey(r.name), { ...r, note: r.note ?? null, origin });
      }
      this.modifiers.push(...file.modifiers);
    }
    for (const role of this.roles.values()) {
      for (const form of [role.name, ...role.aliases]) this.index.add(form, role, role.origin);
      for (const f of role.functions) {
        const set = this.byFunction.get(formKey(f)) ?? new Set();
        set.add(role.name);
        this.byFunction.set(formKey(f), set);
      }
    }
    // Longest modifiers first so "first vice" is taken before "vice".
    this.modifiers.sort((a, b) => normalizeText(b.text).length - normalizeText(a.text).length);
  }

  byName(name: string): Role | null {
    return this.roles.get(formKey(name)) ?? null;
  }

  /** Canonical role names carrying a function ("head of government" → prime minister, premier, …). */
  withFunction(fn: string): string[] {
    return [...(this.byFunction.get(formKey(fn)) ?? [])];
  }

  isFunction(text: string): boolean {
    return this.byFunction.has(formKey(text));
  }

  /** "former acting Foreign Minister" → foreign minister (GOV), modifiers [former, acting]. */
  match(text: string): RoleMatch | null {
    let key = formKey(text);
    // The same words with their case, so "FM" can be checked against what the text wrote.
    let cased = normalizeCased(text).split(" ");
    if (cased.length > 1 && cased[0]?.toLowerCase() === "the") cased = cased.slice(1);
    const before: RoleMatch["modifiers"] = [];
    const after: RoleMatch["modifiers"] = [];
    for (let guard = 0; guard < 8 && key !== ""; guard++) {
      const role = this.index.getKey(key, cased.join(" "))[0];
      if (role) return { role, sector: role.sector, modifiers: [...before, ...after.reverse()] };
      const stripped = this.stripModifier(key);
      if (!stripped) return null;
      const words = stripped.words;
      if (stripped.modifier.position === "before") {
        before.push(stripped.modifier.kind);
        cased = cased.slice(words);
      } else {
        after.push(stripped.modifier.kind);
        cased = cased.slice(0, cased.length - words);
      }
      key = stripped.rest;
    }
    return null;
  }

  private stripModifier(key: string): { modifier: RoleModifier; rest: string; words: number } | null {
    for (const modifier of this.modifiers) {
      const m = normalizeText(modifier.text);
      if (m === "") continue;
      if (modifier.position === "before" && key.startsWith(`${m} `)) {
        return { modifier, rest: key.slice(m.length + 1), words: m.split(" ").length };
      }
      if (modifier.position === "after" && key.endsWith(` ${m}`)) {
        return { modifier, rest: key.slice(0, -m.length - 1), words: m.split(" ").length };
      }
    }
    return null;
  }
}
