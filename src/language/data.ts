// Loads the language layer's knowledge files from data/language/, so users can extend them.
import { readFileSync } from "node:fs";

// src/language/ and dist/language/ are both two levels below the package root.
const dataDir = new URL("../../data/language/", import.meta.url);

export function readDataJson<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(name, dataDir), "utf8")) as T;
}

/** One entry a line; blank lines and lines starting with "#" are ignored. */
export function readWordList(name: string): string[] {
  return readFileSync(new URL(name, dataDir), "utf8")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
}
