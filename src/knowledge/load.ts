// The one knowledge loader. Every table under data/ is read here, checked against its schema
// (schemas.ts; an error names the file and the field), and extended by the user's file with the
// same relative path under $DYAD_KNOWLEDGE (merge.ts says how). Stages ask for their tables
// (`table`) or for structures built from them (`derived`) and do no I/O of their own.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { isMainThread } from "node:worker_threads";
import { z } from "zod";
import { mergeTable } from "./merge.js";
import { RECORD_KEYS, TABLES, type Table, type TableName, TOP_LEVEL_NAMES } from "./schemas.js";

/** data/ of the package: src/knowledge/ and dist/knowledge/ are both two levels below its root. */
export const DATA_DIR = fileURLToPath(new URL("../../data/", import.meta.url));

export class KnowledgeError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
    this.name = "KnowledgeError";
  }
}

/** Where the user's knowledge is: a folder, and the corrections file (aliases.json) if any. */
export interface KnowledgeRoot {
  dir: string | null;
  aliases: string | null;
}

/**
 * The user's knowledge named by `value` (default $DYAD_KNOWLEDGE): a folder, or (as before
 * tables could be extended) a .json file of actor corrections. Anything else is an error.
 */
export function resolveRoot(value: string | undefined = process.env.DYAD_KNOWLEDGE): KnowledgeRoot {
  if (value === undefined || value.trim() === "") return { dir: null, aliases: null };
  const path = resolve(value);
  const stat = statSync(path, { throwIfNoEntry: false });
  if (stat === undefined) throw new KnowledgeError(value, "knowledge directory not found (DYAD_KNOWLEDGE)");
  if (stat.isDirectory()) {
    const aliases = join(path, "aliases.json");
    return { dir: path, aliases: existsSync(aliases) ? aliases : null };
  }
  if (stat.isFile() && path.endsWith(".json")) return { dir: null, aliases: path };
  throw new KnowledgeError(value, "DYAD_KNOWLEDGE must name a folder (or an aliases .json file)");
}

/**
 * Worker threads take the shipped tables as checked: the main thread checked them before it started
 * the workers (`checkKnowledge`), and the tests check them too; a check costs each worker more than
 * reading every table (the schemas are compiled on first use). The user's files are checked everywhere.
 */
const SHIPPED_CHECKED = !isMainThread;

let root: KnowledgeRoot | undefined;
const tables = new Map<TableName, unknown>();
/** Bumped by `resetKnowledge`, so every `derived` structure is rebuilt on its next use. */
let generation = 0;

export function knowledgeRoot(): KnowledgeRoot {
  root ??= resolveRoot();
  return root;
}

const resetHooks: (() => void)[] = [];

/** Forget everything loaded (tests that change $DYAD_KNOWLEDGE). */
export function resetKnowledge(): void {
  root = undefined;
  tables.clear();
  generation++;
  for (const hook of resetHooks) hook();
}

/** Memo tables of answers that depend on knowledge: emptied by `resetKnowledge`. */
export function forgetOnReset(...caches: { clear(): void }[]): void {
  for (const c of caches) resetHooks.push(() => c.clear());
}

/** A table: shipped, checked, extended by the user's file. Loaded once. */
export function table<N extends TableName>(name: N): Table<N> {
  let t = tables.get(name);
  if (t === undefined) {
    t = loadTable(name);
    tables.set(name, t);
  }
  return t as Table<N>;
}

/** A structure built from tables on first use, and again after `resetKnowledge`. */
export function derived<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = -1;
  return () => {
    if (built !== generation) {
      value = build();
      built = generation;
    }
    return value as T;
  };
}

/** Load and check every table now (at start, so a bad file stops the run before any document). */
export function loadAllKnowledge(): void {
  knowledgeRoot();
  for (const name of Object.keys(TABLES) as TableName[]) table(name);
}

/** The user's file for a path under data/, if there is one (or its older top-level name). */
export function userFile(relative: string, topLevel?: string): string | null {
  const { dir } = knowledgeRoot();
  if (dir === null) return null;
  for (const candidate of [join(dir, relative), ...(topLevel ? [join(dir, topLevel)] : [])])
    if (existsSync(candidate)) return candidate;
  return null;
}

function loadTable<N extends TableName>(name: N): Table<N> {
  const schema = TABLES[name] as z.ZodType;
  const shippedPath = join(DATA_DIR, name);
  const shipped = SHIPPED_CHECKED ? readContent(shippedPath) : readChecked(shippedPath, schema);
  const path = userFile(name, TOP_LEVEL_NAMES[name]);
  if (path === null) return shipped as Table<N>;
  const user = readUserFile(path, schema);
  return check(path, schema, mergeTable(shipped, user, RECORD_KEYS[name]), user) as Table<N>;
}

/** A file's content: JSON without its comment keys, or a word list (.txt, one entry a line). */
function readContent(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new KnowledgeError(path, `cannot be read (${(error as NodeJS.ErrnoException).code ?? error})`);
  }
  if (path.endsWith(".txt")) return wordList(text);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new KnowledgeError(path, `not valid JSON (${(error as Error).message})`);
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) return json;
  return Object.fromEntries(Object.entries(json).filter(([k]) => !k.startsWith("_") && !k.startsWith("$")));
}

/** One entry a line; blank lines and lines starting with "#" are ignored. */
function wordList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
}

/** A JSON file read and checked against a schema (also for the actor tables' own loader). */
export function readChecked<S extends z.ZodType>(path: string, schema: S): z.infer<S> {
  const json = readContent(path);
  return check(path, schema, json, json);
}

/**
 * A user's file: each of its top-level fields is checked alone (an object's fields may be left
 * out, as the shipped file gives them), so an error names the user's file and its own field path.
 */
function readUserFile(path: string, schema: z.ZodType): unknown {
  const json = readContent(path);
  if (!(schema instanceof z.ZodObject) || typeof json !== "object" || json === null || Array.isArray(json))
    return check(path, schema, json, json);
  const shape = schema.shape as Record<string, z.ZodType>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(json)) {
    const field = shape[key];
    if (field === undefined)
      throw new KnowledgeError(path, `${key}: unknown field (known: ${Object.keys(shape).join(", ")})`);
    const partial = field instanceof z.ZodObject ? field.partial() : field;
    out[key] = check(path, z.object({ [key]: partial }), { [key]: value }, json)[key];
  }
  return out;
}

function check<S extends z.ZodType>(path: string, schema: S, value: unknown, original: unknown): z.infer<S> {
  if (schema instanceof z.ZodObject && typeof value === "object" && value !== null && !Array.isArray(value)) {
    const known = schema.shape as Record<string, unknown>;
    const unknown = Object.keys(value).find((k) => !(k in known));
    if (unknown !== undefined) throw new KnowledgeError(path, `${unknown}: unknown field`);
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join(".") || "(root)"}${entryLabel(original, i.path)}: ${plainMessage(i.message)}`);
  throw new KnowledgeError(path, issues.join("; "));
}

/** zod's "Invalid input: expected string, received undefined" says a field is missing: say so. */
const plainMessage = (message: string): string =>
  message.replace(/^Invalid input: expected (\w+), received undefined$/, "missing (expected $1)");

/** " (Name)" for an issue inside a list entry that has a name or id, so a user finds the entry. */
function entryLabel(json: unknown, path: PropertyKey[]): string {
  const [list, index] = path;
  if (typeof list !== "string" || typeof index !== "number") return "";
  const entry = (json as Record<string, unknown[]>)[list]?.[index] as Record<string, unknown> | undefined;
  const label = entry?.name ?? entry?.id ?? entry?.code;
  return typeof label === "string" ? ` (${label})` : "";
}

/** The .json files of a folder, in name order (office holders by region). */
export function jsonFilesIn(folder: string): string[] {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) return [];
  return readdirSync(folder)
    .filter((n) => n.endsWith(".json"))
    .sort()
    .map((n) => join(folder, n));
}

export function fileExists(path: string): boolean {
  return existsSync(path);
}

export function isFolder(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() === true;
}
