// Shared helpers for the readers' tests: temp dirs and collecting a reader's output.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { InputError, type SourceDocument } from "../../src/model/document.js";
import { type ReadOptions, readInputs } from "../../src/readers/index.js";

export const fixtures = new URL("../fixtures/readers/", import.meta.url).pathname;

/** A fresh temp dir, removed after the test file. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "dyad-readers-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function write(dir: string, name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

export interface Collected {
  docs: SourceDocument[];
  errors: InputError[];
}

export async function collect(items: AsyncIterable<SourceDocument | InputError>): Promise<Collected> {
  const out: Collected = { docs: [], errors: [] };
  for await (const item of items) {
    if (item instanceof InputError) out.errors.push(item);
    else out.docs.push(item);
  }
  return out;
}

export const read = (paths: string[], options?: ReadOptions): Promise<Collected> =>
  collect(readInputs(paths, options));

/** The only document read from one path; fails the test on errors. */
export async function readOne(path: string): Promise<SourceDocument> {
  const { docs, errors } = await read([path]);
  if (errors.length) throw errors[0];
  if (docs.length !== 1) throw new Error(`expected one document, got ${docs.length}`);
  return docs[0] as SourceDocument;
}
