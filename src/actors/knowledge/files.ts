// Finds and reads the knowledge files: the shipped ones in data/actors/ and, optionally, the user's
// directory (same file names) given explicitly or by the DYAD_KNOWLEDGE environment variable.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
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

/** The raw content of one knowledge directory; a missing file is undefined. */
export interface KnowledgeFiles {
  countries?: CountryExtrasFile;
  organisations?: OrganisationsFile;
  media?: MediaFile;
  roles?: RolesFile;
  holders?: OfficeHoldersFile;
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
      .map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
    throw new KnowledgeFileError(path, issues.join("; "));
  }
  return parsed.data;
}

export function readKnowledgeDir(dir: string): KnowledgeFiles {
  return {
    countries: readOne(dir, FILE_NAMES.countries, countryExtrasFile),
    organisations: readOne(dir, FILE_NAMES.organisations, organisationsFile),
    media: readOne(dir, FILE_NAMES.media, mediaFile),
    roles: readOne(dir, FILE_NAMES.roles, rolesFile),
    holders: readOne(dir, FILE_NAMES.holders, officeHoldersFile),
  };
}

/** The user directory to use: the explicit one, else $DYAD_KNOWLEDGE, else none. */
export function userDirFrom(explicit: string | null | undefined): string | null {
  if (explicit !== undefined) return explicit;
  const env = process.env.DYAD_KNOWLEDGE;
  return env && env.trim() !== "" ? env : null;
}
