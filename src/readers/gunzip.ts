// Gunzip as a pull-based generator with backpressure. Unlike stream.pipeline, a truncated file still
// yields everything that could be decompressed before its error is thrown (a cut-off .warc.gz keeps its
// complete records).
import { once } from "node:events";
import { createGunzip } from "node:zlib";

export async function* gunzip(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const z = createGunzip();
  let failure: unknown = null;
  let ended = false;
  let wake: (() => void) | null = null;
  const notify = (): void => {
    wake?.();
    wake = null;
  };
  z.on("error", (error) => {
    failure ??= error;
    notify();
  });
  z.on("readable", notify);
  z.on("end", () => {
    ended = true;
    notify();
  });

  // Feeds compressed bytes in, waiting for "drain" so a fast source does not fill memory.
  const feed = async (): Promise<void> => {
    try {
      for await (const chunk of source) {
        if (z.destroyed) return;
        if (!z.write(chunk)) await Promise.race([once(z, "drain"), once(z, "close")]);
      }
      if (!z.destroyed) z.end();
    } catch (error) {
      z.destroy(error as Error);
    }
  };
  void feed();

  try {
    for (;;) {
      // zlib keeps its buffered output readable after an error, so it is handed out before the error.
      const chunk = z.read() as Buffer | null;
      if (chunk !== null) {
        yield chunk;
        continue;
      }
      if (failure) throw failure;
      if (ended) return;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  } finally {
    z.destroy();
  }
}
