// Gunzip as a pull-based generator. Unlike stream.pipeline, a truncated file still yields everything that
// could be decompressed before its error is thrown (a cut-off .warc.gz keeps its complete records).
import { createGunzip } from "node:zlib";

export async function* gunzip(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const z = createGunzip();
  let failure: unknown = null;
  z.on("error", (error) => {
    failure ??= error;
  });
  // Resolves when zlib has taken the chunk (or failed); its output is then read synchronously.
  const settle = (start: (done: () => void) => void): Promise<void> =>
    new Promise((resolve) => {
      const done = (): void => {
        z.off("error", done);
        resolve();
      };
      z.once("error", done);
      start(done);
    });
  function* drain(): Generator<Buffer> {
    for (let chunk = z.read() as Buffer | null; chunk !== null; chunk = z.read() as Buffer | null)
      yield chunk;
  }
  try {
    for await (const chunk of source) {
      if (failure) throw failure;
      await settle((done) => z.write(chunk, () => done()));
      yield* drain();
      if (failure) throw failure;
    }
    await settle((done) => z.end(() => done()));
    yield* drain();
    // zlib reports a truncated last member only after "finish"; wait for "close" to know.
    const rest: Buffer[] = [];
    if (!z.closed) {
      const closed = new Promise((resolve) => z.once("close", resolve));
      z.on("data", (chunk: Buffer) => rest.push(chunk));
      await closed;
    }
    yield* rest;
    if (failure) throw failure;
  } finally {
    z.destroy();
  }
}
