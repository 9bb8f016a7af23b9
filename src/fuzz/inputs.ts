// Input number `index` of a run with `seed`: generated, mutated (most of the time), maybe gzipped,
// and named. Deterministic, so a seed and an index are enough to make it again.
import { type Format, generate, gzip, inputRng } from "./generate.js";
import { mutateContainer, mutateContent } from "./mutate.js";

export interface FuzzInput {
  index: number;
  /** File name: index, format and extension ("000042-warc.warc.gz"); the extension steers the reader. */
  name: string;
  format: Format;
  bytes: Buffer;
  /** What was done to it, for the report. */
  mutations: string[];
}

export function makeInput(seed: number, index: number): FuzzInput {
  const rng = inputRng(seed, index);
  const g = generate(rng);
  const times = rng.chance(0.2) ? 0 : rng.int(1, 3);
  let [bytes, mutations] = mutateContent(rng, g.bytes, g.format, times);
  const zipped = rng.chance(0.2);
  if (zipped) {
    bytes = gzip(bytes);
    if (rng.chance(0.4)) {
      const [damaged, what] = mutateContainer(rng, bytes, g.format);
      bytes = damaged;
      mutations = [...mutations, what];
    }
  }
  // A gzip file is named .gz most of the time; the reader must also find it by its magic bytes.
  const ext = `${g.ext ? `.${g.ext}` : ""}${zipped && rng.chance(0.8) ? ".gz" : ""}`;
  const name = `${String(index).padStart(6, "0")}-${g.format}${ext}`;
  return { index, name, format: g.format, bytes, mutations };
}
