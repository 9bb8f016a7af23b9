// Counts work without timing it: V8's precise coverage counts how often each block of code ran, so
// the sum over a module's blocks grows with the work done there, whatever the machine's load.
// Counting starts with `startCounting`, before the code to measure is first compiled (code compiled
// earlier has no block counters): import that code afterwards, dynamically.
import { Session } from "node:inspector/promises";

type Coverage = { result: { url: string; functions: { ranges: { count: number }[] }[] }[] };

let session: Session | undefined;

export async function startCounting(): Promise<void> {
  session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.startPreciseCoverage", { callCount: true, detailed: true });
}

export async function stopCounting(): Promise<void> {
  await session?.post("Profiler.stopPreciseCoverage");
  session?.disconnect();
  session = undefined;
}

/** Blocks executed while `run` ran, in scripts whose URL contains `where` (e.g. "/src/actors/"). */
export async function countBlocks(where: string, run: () => unknown): Promise<number> {
  return (await countBlocksIn([where], run))[where] as number;
}

/** Blocks executed while `run` ran, for each of `areas` (parts of script URLs). */
export async function countBlocksIn(areas: string[], run: () => unknown): Promise<Record<string, number>> {
  if (!session) throw new Error("startCounting first");
  await session.post("Profiler.takePreciseCoverage"); // resets the counters
  run();
  const { result } = (await session.post("Profiler.takePreciseCoverage")) as Coverage;
  const counts = Object.fromEntries(areas.map((a) => [a, 0]));
  for (const script of result)
    for (const area of areas)
      if (script.url.includes(area))
        for (const f of script.functions) for (const r of f.ranges) counts[area] += r.count;
  return counts;
}
