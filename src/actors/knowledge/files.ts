// Finds the actor knowledge files: the shipped ones in data/actors/ and, optionally, the user's
// directory (same file names, in an actors/ folder or at its top) given explicitly or by
// DYAD_KNOWLEDGE. The knowledge loader (src/knowledge/load.ts) reads and checks each file.
// Office holders come from office-holders.json and every *.json of an office-holders/ folder beside
// it (one file per region), so a table of every state stays in files small enough to review.
import { join, relative } from "node:path";
import type { z } from "zod";
import {
  DATA_DIR,
  fileExists,
  jsonFilesIn,
  KnowledgeError,
  knowledgeRoot,
  readChecked,
} from "../../knowledge/load.js";
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

export const shippedDir = join(DATA_DIR, "actors/");

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

/** Errors name the file and the field (one class for every knowledge file). */
export { KnowledgeError as KnowledgeFileError };

/** The first of the folders holding the file, read and checked; undefined when none does. */
function readOne<S extends z.ZodType>(dirs: string[], name: string, schema: S): z.infer<S> | undefined {
  for (const dir of dirs) if (fileExists(join(dir, name))) return readChecked(join(dir, name), schema);
  return undefined;
}

/** The shipped folder, or the user's (its actors/ folder first, then its top, where they were before). */
export function readKnowledgeDir(dir: string, shipped = false): KnowledgeFiles {
  const dirs = shipped ? [dir] : [join(dir, "actors"), dir];
  return {
    countries: readOne(dirs, FILE_NAMES.countries, countryExtrasFile),
    organisations: readOne(dirs, FILE_NAMES.organisations, organisationsFile),
    media: readOne(dirs, FILE_NAMES.media, mediaFile),
    roles: readOne(dirs, FILE_NAMES.roles, rolesFile),
    holders: readHolders(dirs, dir),
  };
}

/** office-holders.json, then office-holders/*.json in name order; undefined when neither exists. */
function readHolders(dirs: string[], base: string): { holders: SourcedHolder[] } | undefined {
  const paths: string[] = [];
  for (const dir of dirs) {
    const single = join(dir, FILE_NAMES.holders);
    if (fileExists(single)) paths.push(single);
    paths.push(...jsonFilesIn(join(dir, HOLDERS_DIR)));
  }
  if (paths.length === 0) return undefined;
  const holders: SourcedHolder[] = [];
  for (const path of paths) {
    const source = relative(base, path);
    for (const h of readChecked(path, officeHoldersFile).holders) holders.push({ ...h, source });
  }
  return { holders };
}

/** The user directory to use: the explicit one, else $DYAD_KNOWLEDGE's (checked), else none. */
export function userDirFrom(explicit: string | null | undefined): string | null {
  return explicit !== undefined ? explicit : knowledgeRoot().dir;
}
