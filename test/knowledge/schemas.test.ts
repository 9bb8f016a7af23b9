// Every shipped data file is checked against its schema, and a file with a field of the wrong type
// is refused with the file and the field named.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  DATA_DIR,
  KnowledgeError,
  loadAllKnowledge,
  readChecked,
  resetKnowledge,
} from "../../src/knowledge/load.js";
import { TABLES } from "../../src/knowledge/schemas.js";

const dir = mkdtempSync(join(tmpdir(), "dyad-schemas-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(content));
  return path;
}

describe("knowledge schemas", () => {
  it("accept every shipped table (worker threads rely on it)", () => {
    for (const [name, schema] of Object.entries(TABLES))
      expect(() => readChecked(join(DATA_DIR, name), schema), name).not.toThrow();
  });

  it("load every table with no user knowledge", () => {
    const saved = process.env.DYAD_KNOWLEDGE;
    delete process.env.DYAD_KNOWLEDGE;
    resetKnowledge();
    try {
      expect(() => loadAllKnowledge()).not.toThrow();
    } finally {
      if (saved !== undefined) process.env.DYAD_KNOWLEDGE = saved;
      resetKnowledge();
    }
  });

  it("refuse a field of the wrong type, naming the file and the field path", () => {
    // The shipped modality cues with one field of the wrong type.
    const schema = TABLES["events/modality.json"];
    const shipped = readChecked(join(DATA_DIR, "events/modality.json"), schema);
    const path = file("modality.json", { ...shipped, window: { before: "eight", after: 4 } });
    expect(() => readChecked(path, schema)).toThrow(KnowledgeError);
    expect(() => readChecked(path, schema)).toThrow(
      `${path}: window.before: Invalid input: expected number, received string`,
    );
  });

  it("name the entry of a record list by its name", () => {
    const path = file("codebook.json", {
      codes: [
        {
          code: "040",
          name: "Consult",
          goldstein: "one",
          quadClass: 1,
          plover: "CONSULT",
          ploverMode: null,
          ploverContext: null,
        },
      ],
    });
    expect(() => readChecked(path, TABLES["events/cameo-codebook.json"])).toThrow(
      `${path}: codes.0.goldstein (Consult): Invalid input: expected number, received string`,
    );
  });

  it("refuse a Goldstein score out of its scale and an unknown quad class", () => {
    const entry = { code: "04", name: "Consult", plover: "CONSULT", ploverMode: null, ploverContext: null };
    const path = file("codebook2.json", { codes: [{ ...entry, goldstein: 11, quadClass: 5 }] });
    expect(() => readChecked(path, TABLES["events/cameo-codebook.json"])).toThrow(
      /codes\.0\.goldstein \(Consult\): .*; codes\.0\.quadClass \(Consult\)/,
    );
  });
});
