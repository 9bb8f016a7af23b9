// A live "documents, documents/s, failures" line on a terminal; silent when output is piped.
import cliProgress from "cli-progress";
import type { IngestSummary } from "../pipeline/ingest.js";

export function ingestProgress(enabled: boolean): { update(s: IngestSummary): void; stop(): void } {
  if (!enabled) return { update() {}, stop() {} };
  // Inputs are streamed (a JSONL file may hold a million records), so there is no total to fill a bar
  // against; the line shows throughput instead.
  const bar = new cliProgress.SingleBar(
    {
      format:
        "ingest {docs} documents | {rate} docs/s | {added} new, {unchanged} unchanged | {failed} failed",
      stream: process.stderr,
      fps: 10,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(1, 0, { docs: 0, rate: 0, added: 0, unchanged: 0, failed: 0 });
  return {
    update(s) {
      const docs = s.read + s.failed.length;
      bar.update(0, {
        docs,
        rate: s.seconds > 0 ? Math.round(docs / s.seconds) : 0,
        added: s.added + s.replaced,
        unchanged: s.unchanged,
        failed: s.failed.length,
      });
    },
    stop() {
      bar.stop();
    },
  };
}
