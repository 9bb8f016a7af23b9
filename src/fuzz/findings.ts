// A crash, hang or lost input kept on disk with what reproduces it: the input itself (under its own
// name, which steers the reader) and a note with the seed, index, mutations and message.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { FuzzInput } from "./inputs.js";

export type FindingKind = "crash" | "hang" | "lost" | "store";

export interface Finding {
  kind: FindingKind;
  seed: number;
  index: number;
  message: string;
  /** The saved input, for --replay. */
  file?: string;
}

export function saveFinding(
  dir: string,
  finding: Omit<Finding, "file">,
  input: FuzzInput | undefined,
): Finding {
  if (!input) return finding;
  const folder = join(dir, `seed${finding.seed}-${String(input.index).padStart(6, "0")}-${finding.kind}`);
  mkdirSync(folder, { recursive: true });
  const file = join(folder, input.name);
  writeFileSync(file, input.bytes);
  const note = [
    `${finding.kind}: ${finding.message}`,
    `seed ${finding.seed}, input ${input.index} (${input.format}; mutations: ${input.mutations.join(", ") || "none"})`,
    `replay: npm run fuzz -- --replay ${file}`,
    "",
  ].join("\n");
  writeFileSync(join(folder, "finding.txt"), note);
  return { ...finding, file };
}
