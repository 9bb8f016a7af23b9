// Where the shared evaluation kit lives: $DYAD_SHARED, else ../shared beside the project.
import { existsSync } from "node:fs";
import { resolve } from "node:path";

export function sharedPath(...parts: string[]): string {
  const root = resolve(process.env.DYAD_SHARED ?? resolve(process.cwd(), "../shared"));
  const path = resolve(root, ...parts);
  if (!existsSync(path)) {
    console.error(`${path} not found: evaluation needs the shared kit (set DYAD_SHARED to its folder)`);
    process.exit(2);
  }
  return path;
}
