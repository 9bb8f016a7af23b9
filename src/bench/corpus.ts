// Deterministic synthetic corpus for benchmarks: noisy scraped articles (JSONL) and full HTML
// news pages. The same seed always gives the same bytes, so runs can be compared.
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { renderHtml } from "./corpus-html.js";
import { makeStory, Rng } from "./corpus-story.js";
import { renderText } from "./corpus-text.js";

export interface BenchArticle {
  id: string;
  title: string;
  published: string;
  source: string;
  text: string;
}

export interface BenchPage {
  id: string;
  html: string;
}

const DEFAULT_SEED = 20240513;

// Each article has its own generator derived from (seed, index), so article i is the same
// whether 10 or 40,000 are generated.
function articleRng(seed: number, index: number, salt: number): Rng {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1) ^ Math.imul(salt, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return new Rng((h ^ (h >>> 16)) >>> 0);
}

const MIN_BYTES = 2100;
const MAX_BYTES = 3900;

function article(seed: number, i: number): BenchArticle {
  const rng = articleRng(seed, i, 1);
  // ~3 KB ±30% once noise is added; a body printed twice is generated about half as long.
  const repeatBody = rng.chance(0.04);
  const target = rng.int(MIN_BYTES, 3100);
  const story = makeStory(rng, repeatBody ? target * 0.6 : target);
  let text = renderText(rng, story, repeatBody);
  // Noise can push a long body over the top: drop its last paragraph until it fits.
  for (let retry = 2; Buffer.byteLength(text) > MAX_BYTES && story.paragraphs.length > 2; retry++) {
    story.paragraphs.pop();
    text = renderText(articleRng(seed, i, retry), story, repeatBody);
  }
  return {
    id: `bench-${String(i + 1).padStart(6, "0")}`,
    title: story.title,
    published: story.published,
    source: story.source,
    text,
  };
}

export function* generateArticles(n: number, seed = DEFAULT_SEED): Generator<BenchArticle> {
  for (let i = 0; i < n; i++) yield article(seed, i);
}

export function* generateHtmlPages(n: number, seed = DEFAULT_SEED): Generator<BenchPage> {
  for (let i = 0; i < n; i++) {
    const rng = articleRng(seed, i, 2);
    const story = makeStory(rng, rng.int(2300, 3300));
    const id = `page-${String(i + 1).padStart(6, "0")}`;
    yield { id, html: renderHtml(rng, story, id) };
  }
}

/**
 * Writes `articles` records to dir/articles.jsonl and `html` pages to dir/html/<id>.html,
 * streaming: memory stays flat however large the corpus.
 */
export async function writeCorpus(
  dir: string,
  options: { articles: number; html: number; seed?: number },
): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  await mkdir(dir, { recursive: true });
  if (options.articles > 0) {
    const out = createWriteStream(join(dir, "articles.jsonl"));
    for (const a of generateArticles(options.articles, options.seed)) {
      const line = `${JSON.stringify(a)}\n`;
      bytes += Buffer.byteLength(line);
      if (!out.write(line)) await once(out, "drain");
    }
    out.end();
    await once(out, "finish");
    files++;
  }
  if (options.html > 0) {
    const htmlDir = join(dir, "html");
    await mkdir(htmlDir, { recursive: true });
    // A few writes in flight at a time: faster than one by one, without queueing them all.
    let inFlight: Promise<void>[] = [];
    for (const page of generateHtmlPages(options.html, options.seed)) {
      bytes += Buffer.byteLength(page.html);
      inFlight.push(writeFile(join(htmlDir, `${page.id}.html`), page.html));
      files++;
      if (inFlight.length >= 32) {
        await Promise.all(inFlight);
        inFlight = [];
      }
    }
    await Promise.all(inFlight);
  }
  return { files, bytes };
}
