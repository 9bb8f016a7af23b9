// One knowledge base for the read-only tests, loaded without any user directory.
import { type Knowledge, loadKnowledge } from "../../../src/actors/knowledge/index.js";

let cached: Knowledge | null = null;

export function shipped(): Knowledge {
  cached ??= loadKnowledge({ userDir: null });
  return cached;
}
