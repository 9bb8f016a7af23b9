// Loads the Zyte Article Extraction Benchmark from ../shared (never shipped with the project).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";

/** Folder of the suite: $DYAD_SHARED (default "../shared", relative to the project root) + suites/zyte-aeb. */
export function aebDir(root = process.cwd()): string {
  return resolve(root, process.env.DYAD_SHARED ?? "../shared", "suites", "zyte-aeb");
}

export interface AebPage {
  id: string;
  html: string;
}

export interface AebSuite {
  dir: string;
  pages: AebPage[];
  /** id → ground-truth article body. */
  truth: Map<string, string>;
}

export function loadAeb(dir = aebDir()): AebSuite {
  if (!existsSync(join(dir, "ground-truth.json"))) {
    throw new Error(`Zyte AEB suite not found at ${dir} (set DYAD_SHARED to the folder holding suites/)`);
  }
  const gt = JSON.parse(readFileSync(join(dir, "ground-truth.json"), "utf8")) as Record<
    string,
    { articleBody?: string }
  >;
  const truth = new Map(Object.entries(gt).map(([id, v]) => [id, v.articleBody ?? ""]));
  const htmlDir = join(dir, "html");
  const pages = readdirSync(htmlDir)
    .filter((f) => f.endsWith(".html.gz"))
    .sort()
    .map((f) => ({
      id: basename(f, ".html.gz"),
      html: gunzipSync(readFileSync(join(htmlDir, f))).toString("utf8"),
    }));
  return { dir, pages, truth };
}

/** Published outputs of other extractors in output/*.json: name → (id → text). */
export function loadPeers(dir: string): Map<string, Map<string, string>> {
  const peers = new Map<string, Map<string, string>>();
  const outDir = join(dir, "output");
  if (!existsSync(outDir)) return peers;
  for (const f of readdirSync(outDir)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    peers.set(basename(f, ".json"), readPredictions(join(outDir, f)));
  }
  return peers;
}

/** Reads a predictions file, either `{id: {articleBody}}` or `{version, output: {...}}` like score_aeb.py. */
export function readPredictions(path: string): Map<string, string> {
  let data = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
  const keys = Object.keys(data);
  if (keys.length === 2 && "version" in data && "output" in data) {
    data = data.output as Record<string, unknown>;
  }
  const preds = new Map<string, string>();
  for (const [id, v] of Object.entries(data)) {
    preds.set(id, ((v as { articleBody?: string } | null)?.articleBody ?? "") as string);
  }
  return preds;
}
