// A processed document packed into one byte buffer for its trip from a worker to the writer thread.
// The buffer is transferred, not copied, and stays outside the JavaScript heap until its batch is
// written: hundreds of documents wait in flight at any time, and as ordinary objects they would be
// copied by every young-generation collection of the writer thread (an eighth of its time).
import { deserialize, serialize } from "node:v8";
import type { ProcessedDocument } from "./process.js";

export interface PackedDocument {
  id: string;
  origin: ProcessedDocument["origin"];
  /** rows, hash, signature and signatureJson, as v8.serialize wrote them. */
  packed: Uint8Array;
}

export function packDocument(doc: ProcessedDocument): PackedDocument {
  const { id, origin, ...rest } = doc;
  const bytes = serialize(rest);
  // Only a buffer that owns its whole ArrayBuffer can be transferred without taking others along.
  const owned = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return { id, origin, packed: owned ? bytes : new Uint8Array(bytes) };
}

export function unpackDocument(doc: PackedDocument | ProcessedDocument): ProcessedDocument {
  if (!("packed" in doc)) return doc;
  const rest = deserialize(doc.packed) as Omit<ProcessedDocument, "id" | "origin">;
  return { id: doc.id, origin: doc.origin, ...rest };
}
