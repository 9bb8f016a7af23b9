// Shared helpers for the cleaning tests.
import { readFileSync } from "node:fs";
import { cleanBody } from "../../src/cleaning/clean.js";
import type { RemovalReason } from "../../src/model/document.js";

export const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/cleaning/${name}`, import.meta.url), "utf8");

export const clean = (body: string, hints = {}) => cleanBody(body, hints);

/** The cleaned paragraphs. */
export const paragraphs = (body: string, hints = {}): string[] => clean(body, hints).text.split("\n\n");

/** How often `needle` occurs in the cleaned text. */
export function count(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

/** The reason recorded for a removed line containing `needle`. */
export function reasonFor(body: string, needle: string, hints = {}): RemovalReason | undefined {
  return clean(body, hints).removed.find((r) => r.text.includes(needle))?.reason;
}
