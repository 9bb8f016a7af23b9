// Loads the readers' knowledge files from data/readers/, so users can extend them.
import { readFileSync } from "node:fs";

// src/readers/ and dist/readers/ are both two levels below the package root.
const dataDir = new URL("../../data/readers/", import.meta.url);

/** A JSON object of string → string; keys starting with "_" are comments. */
export function readDataMap(name: string): Map<string, string> {
  const json = JSON.parse(readFileSync(new URL(name, dataDir), "utf8")) as Record<string, string>;
  return new Map(Object.entries(json).filter(([key]) => !key.startsWith("_")));
}
