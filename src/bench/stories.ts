// Scale benchmark of the story index: 10k, 50k and 100k synthetic articles → cheap signatures
// (text MinHashes from the generated text; events invented deterministically from the countries it
// names, skipping the heavy pipeline) → StoryIndex in publication order. Each size runs in its own
// process so peak memory is its own. Usage: npx tsx src/bench/stories.ts [sizes…]
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { hashString } from "../stories/hash.js";
import { signatureFromParts } from "../stories/signature.js";
import { StoryIndex } from "../stories/story-index.js";
import type { CoreEvent, StorySignature } from "../stories/types.js";
import { generateArticles } from "./corpus.js";
import { world } from "./corpus-story.js";

const ROOTS = ["01", "03", "04", "05", "11", "12", "17"];

function cheapSignature(a: {
  id: string;
  title: string;
  published: string;
  source: string;
  text: string;
}): StorySignature {
  // Countries named in the text stand in for the actors stage; the root comes from the title.
  const named = world.countries.filter((c) => a.text.includes(c.name) || a.text.includes(c.demonym));
  const codes = named.map((c) => hashString(c.name).toString(36).slice(0, 3).toUpperCase());
  const root = ROOTS[hashString(a.title) % ROOTS.length] as string;
  const events: CoreEvent[] =
    codes.length >= 2
      ? [
          {
            root,
            a: codes[0] as string,
            b: codes[1] as string,
            symmetric: root === "04",
            day: null,
            month: null,
            place: null,
            persons: [],
          },
        ]
      : [];
  const persons = (a.text.match(/(?:Minister|President|Ambassador) ([A-Z][a-z]+ [A-Z][a-z]+)/g) ?? []).map(
    (m) => m.split(" ").slice(1).join(" "),
  );
  return signatureFromParts({
    id: a.id,
    published: a.published,
    source: a.source,
    text: a.text,
    events,
    persons: persons.slice(0, 6),
    countries: codes,
    places: [],
  });
}

function runSize(n: number): void {
  const t0 = performance.now();
  const sigs: StorySignature[] = [];
  for (const a of generateArticles(n)) sigs.push(cheapSignature(a));
  const tSig = performance.now() - t0;
  sigs.sort((x, y) => (x.day ?? 0) - (y.day ?? 0) || (x.id < y.id ? -1 : 1));
  let peak = process.memoryUsage().rss;
  const t1 = performance.now();
  const index = new StoryIndex();
  let dups = 0;
  for (let i = 0; i < sigs.length; i++) {
    if (index.add(sigs[i] as StorySignature).duplicateOf) dups++;
    if (i % 5000 === 0) peak = Math.max(peak, process.memoryUsage().rss);
  }
  const tAdd = performance.now() - t1;
  (globalThis as { gc?: () => void }).gc?.();
  // What the index keeps (signatures, buckets, stories), before the serialised copy below doubles it.
  const heap = process.memoryUsage().heapUsed;
  const stories = new Set(sigs.map((s) => index.storyOf(s.id))).size;
  const t2 = performance.now();
  const json = JSON.stringify(index.toJSON());
  const rebuilt = StoryIndex.fromJSON(JSON.parse(json));
  const tRebuild = performance.now() - t2;
  peak = Math.max(peak, process.memoryUsage().rss);
  const mb = (b: number) => (b / 1048576).toFixed(0);
  console.log(
    [
      `${String(n).padStart(6)} docs`,
      `signatures ${(tSig / 1000).toFixed(1)} s`,
      `cluster ${(tAdd / 1000).toFixed(2)} s (${((tAdd * 1000) / n).toFixed(0)} µs/doc)`,
      `serialise+rebuild ${(tRebuild / 1000).toFixed(2)} s (${mb(json.length)} MB JSON, ${rebuilt.size} docs)`,
      `index heap ${mb(heap)} MB`,
      `peak RSS ${mb(peak)} MB`,
      `${stories} stories, ${dups} duplicates`,
    ].join(" | "),
  );
}

const args = process.argv
  .slice(2)
  .map(Number)
  .filter((x) => x > 0);
if (process.env.DYAD_BENCH_CHILD) runSize(args[0] as number);
else {
  const sizes = args.length ? args : [10_000, 50_000, 100_000];
  for (const n of sizes) {
    await new Promise<void>((done, fail) =>
      fork(fileURLToPath(import.meta.url), [String(n)], {
        env: { ...process.env, DYAD_BENCH_CHILD: "1" },
        execArgv: [...process.execArgv, "--expose-gc", "--max-old-space-size=4096"],
      })
        .on("exit", (code) => (code === 0 ? done() : fail(new Error(`size ${n} exited with ${code}`))))
        .on("error", fail),
    );
  }
}
