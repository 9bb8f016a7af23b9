// Cleaning: body text → clean text, metadata read out of bylines/datelines/crawler prefixes, removed lines with reasons.
import type { Metadata, RemovedLine } from "../model/document.js";

export interface CleanResult {
  text: string;
  meta: Metadata;
  removed: RemovedLine[];
}

export function cleanBody(_body: string, _hints: Partial<Metadata>): CleanResult {
  throw new Error("not implemented yet");
}
