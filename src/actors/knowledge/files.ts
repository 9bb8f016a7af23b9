// Finds and reads the knowledge files: the shipped ones in data/actors/ and, optionally, the user's
// directory (same file names) given explicitly or by the DYAD_KNOWLEDGE environment variable.
// Office holders come from office-holders.json and every *.json of an office-holders/ folder beside
// it (one file per region), so a table of every state stays in files small enough to review.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { z } from "zod";
import {
  type CountryExtrasFile,
  countryExtrasFile,
  type MediaFile,
  mediaFile,
  type OfficeHoldersFile,
  type OrganisationsFile,
  officeHoldersFile,
  organisationsFile,
  type RolesFile,
  rolesFile,
} from "./schema.js";

// src/actors/knowledge/ and dist/actors/knowledge/ are both three levels below the package root.
export const shippedDir = fileURLToPath(new URL("../../../data/actors/", import.meta.url));

export const FILE_NAMES = {
  countries: "country-extras.json",
  organisations: "organisations.json",
  media: "media.json",
  roles: "roles.json",
  holders: "office-holders.json",
} as const;

/** Folder of office-holder files ({"holders": [...]} each), read after office-holders.json. */
export const HOLDERS_DIR = "office-holders";

/** One office-holder record and the file it came from (for error messages). */
export type SourcedHolder = OfficeHoldersFile["holders"][number] & { source: string };

/** The raw content of one knowledge directory; a missing file is undefined. */
export interface KnowledgeFiles {
  countries?: CountryExtrasFile;
  organisations?: OrganisationsFile;
  media?: MediaFile;
  roles?: RolesFile;
  holders?: { holders: SourcedHolder[] };
}

export class KnowledgeFileError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
    this.name = "KnowledgeFileError";
  }
}

function readOne<S extends z.ZodType>(dir: string, name: string, schema: S): z.infer<S> | undefined {
  const path = join(dir, name);
  if (!existsSync(path)) return undefined;
  return readPath(path, schema);
}

function readPath<S extends z.ZodType>(path: string, schema: S): z.infer<S> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new KnowledgeFileError(path, `not valid JSON (${(error as Error).message})`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join(".") || "(root)"}${entryLabel(json, i.path)}: ${i.message}`);
    throw new KnowledgeFileError(path, issues.join("; "));
  }
  return parsed.data;
}

/** " (Name)" for an issue inside a list entry that has a name or id, so a user finds the entry. */
function entryLabel(json: unknown, path: PropertyKey[]): string {
  const [list, index] = path;
  if (typeof list !== "string" || typeof index !== "number") return "";
  const entry = (json as Record<string, unknown[]>)[list]?.[index] as Record<string, unknown> | undefined;
  const label = entry?.name ?? entry?.id;
  return typeof label === "string" ? ` (${label})` : "";
}

export function readKnowledgeDir(dir: string): KnowledgeFiles {
  return {
    countries: readOne(dir, FILE_NAMES.countries, countryExtrasFile),
    organisations: readOne(dir, FILE_NAMES.organisations, organisationsFile),
    media: readOne(dir, FILE_NAMES.media, mediaFile),
    roles: readOne(dir, FILE_NAMES.roles, rolesFile),
    holders: readHolders(dir),
  };
}

/** office-holders.json, then office-holders/*.json in name order; undefined when neither exists. */
function readHolders(dir: string): { holders: SourcedHolder[] } | undefined {
  const paths: string[] = [];
  const single = join(dir, FILE_NAMES.holders);
  if (existsSync(single)) paths.push(single);
  const folder = join(dir, HOLDERS_DIR);
  if (existsSync(folder) && statSync(folder).isDirectory()) {
    const names = readdirSync(folder).filter((n) => n.endsWith(".json"));
    for (const name of names.sort()) paths.push(join(folder, name));
  }
  if (paths.length === 0) return undefined;
  const holders: SourcedHolder[] = [];
  for (const path of paths) {
    const source = relative(dir, path);
    for (const h of readPath(path, officeHoldersFile).holders) holders.push({ ...h, source });
  }
  return { holders };
}

/** The user directory to use: the explicit one, else $DYAD_KNOWLEDGE, else none. */
export function userDirFrom(explicit: string | null | undefined): string | null {
  if (explicit !== undefined) return explicit;
  const env = process.env.DYAD_KNOWLEDGE;
  return env && env.trim() !== "" ? env : null;
}
