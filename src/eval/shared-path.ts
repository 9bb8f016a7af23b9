// Where the shared evaluation kit lives ($DYAD_SHARED, else ../shared beside the project), and the
// few lines every evaluation script starts with.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

const sharedRoot = (): string => resolve(process.env.DYAD_SHARED ?? resolve(process.cwd(), "../shared"));

/** A path inside the shared kit; exits with a clear message when it is not there. */
export function sharedPath(...parts: string[]): string {
  const path = resolve(sharedRoot(), ...parts);
  if (!existsSync(path)) {
    console.error(`${path} not found: evaluation needs the shared kit (set DYAD_SHARED to its folder)`);
    process.exit(2);
  }
  return path;
}

/** The dev set's folder (articles and gold); not checked, so tests can ask and skip. */
export const devDir = (): string => resolve(sharedRoot(), "eval/dev");

/** True when the module at `moduleUrl` is the script node was started with, not an import. */
export const isMainModule = (moduleUrl: string): boolean =>
  Boolean(process.argv[1]) && fileURLToPath(moduleUrl) === resolve(process.argv[1] as string);
