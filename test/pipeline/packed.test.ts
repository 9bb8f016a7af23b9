// A processed document crosses from a worker to the writer thread packed into one buffer: what the
// writer unpacks must be exactly what the worker packed, for every layer, whatever the text.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/model/document.js";
import { packDocument, unpackDocument } from "../../src/pipeline/packed.js";
import { type ProcessedDocument, processBatchForStore } from "../../src/pipeline/process.js";

function source(id: string, content: string): SourceDocument {
  return {
    id,
    origin: { path: "wire.jsonl", format: "jsonl", record: 3, encoding: "UTF-8" },
    raw: content,
    contentType: "text",
    content,
    hints: { published: "2024-03-12", source: "Wire" },
  };
}

/** The writer's side of the trip: the buffer transferred (not copied), then unpacked. */
function trip(doc: ProcessedDocument): ProcessedDocument {
  const packed = packDocument(doc);
  const moved = structuredClone(packed, { transfer: [packed.packed.buffer] });
  expect(packed.packed.byteLength).toBe(0); // transferred, so the worker's copy is gone
  return unpackDocument(moved);
}

const texts = [
  // Actors, events and quotes.
  'Japanese Foreign Minister Yoko Kamikawa met South Korean Foreign Minister Cho Tae-yul in Seoul on Monday.\n\n"We agreed to deepen our cooperation," Cho told reporters.',
  // Non-ASCII text: accents, Hangul, CJK, emoji, a non-breaking space and a lone surrogate.
  "Le ministre français a rencontré son homologue à Genève. 대한민국 외교부는 北京 회담을 환영했다 🎉.\u00a0Naïve \ud800 talks ended.",
  // No actor, no event, no quote: empty layers.
  "The weather was mild across the region on Tuesday.",
];

describe("packed documents", () => {
  const processed = processBatchForStore(
    texts.map((t, i) => source(`doc-${i}`, t)),
    texts.map((_, i) => `hash-${i}`),
  );

  it.each(texts.map((_, i) => i))("unpacks document %i exactly as packed", (i) => {
    const doc = processed[i];
    if (doc instanceof Error || doc === undefined) throw doc ?? new Error("no document");
    expect(trip(doc)).toStrictEqual(doc);
  });

  it("covers actors, events, quotes and empty layers", () => {
    const [full, , empty] = processed as ProcessedDocument[];
    expect(full?.rows.actors?.rows.length).toBeGreaterThan(0);
    expect(full?.rows.events?.rows.length).toBeGreaterThan(0);
    expect(full?.rows.events?.quotes.length).toBeGreaterThan(0);
    expect(empty?.rows.events?.rows ?? []).toHaveLength(0);
  });

  it("owns its whole buffer, so it can be transferred alone", () => {
    const doc = processed[0] as ProcessedDocument;
    const { packed } = packDocument(doc);
    expect(packed.byteOffset).toBe(0);
    expect(packed.byteLength).toBe(packed.buffer.byteLength);
  });

  it("passes a document that was never packed through unchanged", () => {
    const doc = processed[0] as ProcessedDocument;
    expect(unpackDocument(doc)).toBe(doc);
  });

  const value = fc.oneof(
    fc.string({ unit: "binary" }),
    fc.string({ unit: "grapheme" }),
    fc.double(),
    fc.integer(),
    fc.constant(null),
  );
  const values = fc.array(value, { maxLength: 6 });
  const rowsOf = fc.array(values, { maxLength: 4 });
  const hashes = fc
    .array(fc.integer({ min: 0, max: 2 ** 32 - 1 }), { maxLength: 8 })
    .map((a) => Uint32Array.from(a));
  const plain = { noNullPrototype: true } as const;
  const arbitraryDoc: fc.Arbitrary<ProcessedDocument> = fc.record(
    {
      id: fc.string({ unit: "grapheme" }),
      origin: fc.record(
        { path: fc.string(), format: fc.constant("jsonl" as const), record: fc.nat(), encoding: fc.string() },
        { requiredKeys: ["path", "format", "encoding"], noNullPrototype: true },
      ),
      hash: fc.string(),
      rows: fc.record(
        {
          id: fc.string(),
          document: values,
          removed: rowsOf,
          sentences: fc.string({ unit: "binary" }),
          actors: fc.record({ rows: rowsOf, mentions: fc.string({ unit: "binary" }) }, plain),
          events: fc.record({ rows: rowsOf, quotes: rowsOf }, plain),
        },
        { requiredKeys: ["id", "document", "removed", "sentences"], noNullPrototype: true },
      ),
      signature: fc.record(
        {
          id: fc.string(),
          day: fc.option(fc.integer()),
          source: fc.option(fc.string({ unit: "grapheme" })),
          copy: hashes,
          shingles: fc.nat(),
          vocab: hashes,
          events: fc.constant([]),
          persons: fc.array(fc.string({ unit: "grapheme" })),
          countries: fc.array(fc.string()),
          places: fc.array(fc.string({ unit: "grapheme" })),
        },
        plain,
      ),
      signatureJson: fc.string({ unit: "binary" }),
    },
    plain,
  );

  it("round-trips any rows, strings and hashes, with or without optional layers", () => {
    fc.assert(
      fc.property(arbitraryDoc, (doc) => {
        expect(trip(doc)).toStrictEqual(doc);
      }),
      { numRuns: 300 },
    );
  });
});
