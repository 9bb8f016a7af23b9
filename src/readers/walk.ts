// Expands the user's paths into files: directories recursively in sorted (code-point) order, "-" as stdin.
import { type Dirent, promises as fs } from "node:fs";
import { join } from "node:path";
import { describeError } from "./source.js";

export type Entry =
  | { kind: "file"; path: string; name: string; size: number }
  | { kind: "stdin" }
  | { kind: "error"; path: string; message: string };

const byName = (a: Dirent, b: Dirent): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

export async function* expandPaths(paths: string[]): AsyncGenerator<Entry> {
  for (const path of paths) {
    if (path === "-") {
      yield { kind: "stdin" };
      continue;
    }
    yield* expandPath(path, path.split(/[\\/]/).filter(Boolean).at(-1) ?? path, new Set(), true);
  }
}

async function* expandPath(
  path: string,
  name: string,
  seen: Set<string>,
  explicit: boolean,
): AsyncGenerator<Entry> {
  let stat: Awaited<ReturnType<typeof fs.stat>>;
  try {
    stat = await fs.stat(path);
  } catch (error) {
    yield { kind: "error", path, message: describeError(error) };
    return;
  }
  if (stat.isFile()) {
    yield { kind: "file", path, name, size: stat.size };
  } else if (stat.isDirectory()) {
    yield* walkDirectory(path, seen);
  } else if (explicit) {
    // FIFOs and devices are read as streams when named explicitly (e.g. <(zcat x.gz)).
    yield { kind: "file", path, name, size: Number.NaN };
  }
}

async function* walkDirectory(dir: string, seen: Set<string>): AsyncGenerator<Entry> {
  let entries: Dirent[];
  try {
    // A directory reached twice through symbolic links is read once.
    const real = await fs.realpath(dir);
    if (seen.has(real)) return;
    seen.add(real);
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (error) {
    yield { kind: "error", path: dir, message: describeError(error) };
    return;
  }
  // Hidden files (".DS_Store", ".git") are not inputs.
  for (const entry of entries.filter((e) => !e.name.startsWith(".")).sort(byName)) {
    yield* expandPath(join(dir, entry.name), entry.name, seen, false);
  }
}
