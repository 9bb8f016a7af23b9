// The user's own actor corrections: aliases that name a known actor, fixed countries and roles.
// They win over what Dyad learned from text, and apply to stored data at once (no re-ingest).
import { join } from "node:path";
import { z } from "zod";
import { fileExists, knowledgeRoot, readChecked } from "../knowledge/load.js";
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

  /** Reads `aliases.json` from the given file or directory (default: $DYAD_KNOWLEDGE's); none
   * there means no corrections. */
  static load(path?: string): ActorCorrections {
    const file =
      path === undefined
        ? knowledgeRoot().aliases
        : path.endsWith(".json")
          ? path
          : join(path, "aliases.json");
    if (!file || !fileExists(file)) return new ActorCorrections();
    return new ActorCorrections(readChecked(file, CorrectionsFile));
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
