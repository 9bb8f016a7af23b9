// Expands the user's paths into files: directories recursively in sorted (code-point) order, "-" as stdin.
// A file is yielded once per run however it was reached: "./a.txt" and "a.txt", a folder and a file
// inside it, a symbolic link and its target.
import { type Dirent, promises as fs } from "node:fs";
import { join } from "node:path";
import { describeError } from "./source.js";

export type Entry =
  | { kind: "file"; path: string; name: string; size: number /** Resolved, links followed. */; real: string }
  | { kind: "stdin" }
  | { kind: "error"; path: string; message: string };

interface Seen {
  dirs: Set<string>;
  files: Set<string>;
}

const byName = (a: Dirent, b: Dirent): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

export async function* expandPaths(paths: string[]): AsyncGenerator<Entry> {
  const seen: Seen = { dirs: new Set(), files: new Set() };
  for (const path of paths) {
    if (path === "-") {
      yield { kind: "stdin" };
      continue;
    }
    yield* expandPath(path, path.split(/[\\/]/).filter(Boolean).at(-1) ?? path, seen, true);
  }
}

async function* expandPath(path: string, name: string, seen: Seen, explicit: boolean): AsyncGenerator<Entry> {
  let stat: Awaited<ReturnType<typeof fs.stat>>;
  try {
    stat = await fs.stat(path);
  } catch (error) {
    yield { kind: "error", path, message: describeError(error) };
    return;
  }
  if (stat.isDirectory()) {
    yield* walkDirectory(path, seen);
    return;
  }
  if (!stat.isFile() && !explicit) return;
  let real: string;
  try {
    real = await fs.realpath(path);
  } catch (error) {
    yield { kind: "error", path, message: describeError(error) };
    return;
  }
  if (seen.files.has(real)) return;
  seen.files.add(real);
  // FIFOs and devices are read as streams when named explicitly (e.g. <(zcat x.gz)).
  yield { kind: "file", path, name, size: stat.isFile() ? stat.size : Number.NaN, real };
}

async function* walkDirectory(dir: string, seen: Seen): AsyncGenerator<Entry> {
  let entries: Dirent[];
  try {
    // A directory reached twice through symbolic links is read once.
    const real = await fs.realpath(dir);
    if (seen.dirs.has(real)) return;
    seen.dirs.add(real);
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
