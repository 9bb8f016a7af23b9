// The user's own actor corrections: aliases that name a known actor, fixed countries and roles.
// They win over what Dyad learned from text, and apply to stored data at once (no re-ingest).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { formKey } from "./knowledge/index.js";

const Correction = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  country: z
    .string()
    .regex(/^[A-Z]{3}$/, "an ISO 3166-1 alpha-3 code such as KOR")
    .nullable()
    .optional(),
  role: z.string().min(1).nullable().optional(),
});
const CorrectionsFile = z.object({
  people: z.array(Correction).default([]),
  /** Names that are not actors at all (a false person learned from text). */
  ignore: z.array(z.string().min(1)).default([]),
});

export type Correction = z.infer<typeof Correction>;

export class ActorCorrections {
  private readonly byForm = new Map<string, Correction>();
  private readonly ignored: Set<string>;

  constructor(file: z.infer<typeof CorrectionsFile> = { people: [], ignore: [] }) {
    for (const c of file.people) for (const form of [c.name, ...c.aliases]) this.byForm.set(formKey(form), c);
    this.ignored = new Set(file.ignore.map(formKey));
  }

  /** Reads `aliases.json` from the given file or directory; none there means no corrections. */
  static load(path: string | undefined = process.env.DYAD_KNOWLEDGE): ActorCorrections {
    if (!path) return new ActorCorrections();
    const file = path.endsWith(".json") ? path : join(path, "aliases.json");
    if (!existsSync(file)) return new ActorCorrections();
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, "utf8"));
    } catch (error) {
      throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
    }
    const parsed = CorrectionsFile.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${file}: ${issue?.path.join(".") ?? ""}: ${issue?.message ?? "invalid"}`);
    }
    return new ActorCorrections(parsed.data);
  }

  /** The correction for a name or any of its aliases. */
  find(...names: string[]): Correction | undefined {
    for (const n of names) {
      const c = this.byForm.get(formKey(n));
      if (c) return c;
    }
    return undefined;
  }

  isIgnored(name: string): boolean {
    return this.ignored.has(formKey(name));
  }
}
