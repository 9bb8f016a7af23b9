// JSON nested absurdly deep is refused by name ("nested too deep"), never a stack overflow.
import { describe, expect, it } from "vitest";
import { nestedTooDeep } from "../../src/readers/json-position.js";
import { read, tempDir, write } from "./helpers.js";

const deep = (n: number) => `${"[".repeat(n)}${"]".repeat(n)}`;
const ARTICLE = '{"text": "ACCRA — Ghana and Togo reopened their border on Tuesday."}';

describe("deeply nested JSON", () => {
  it("counts nesting outside strings only", () => {
    expect(nestedTooDeep(deep(5), 4)).toBe(true);
    expect(nestedTooDeep(deep(4), 4)).toBe(false);
    expect(nestedTooDeep(`{"text": "${"[".repeat(50)}"}`, 4)).toBe(false);
    expect(nestedTooDeep(`{"text": "a \\" [[[[[[ b"}`, 4)).toBe(false);
  });

  it("names the file of a JSON document nested 100,000 deep, valid or cut off", async () => {
    const dir = tempDir();
    const valid = write(dir, "deep.json", deep(100_000));
    const field = write(dir, "field.json", `{"text": "Ghana and Togo met.", "x": ${deep(100_000)}}`);
    const open = write(dir, "open.json", "[".repeat(100_000));
    const { docs, errors } = await read([valid, field, open]);
    expect(docs).toEqual([]);
    expect(errors.map((e) => e.message)).toEqual([
      `${valid}: nested too deep (over 1000 levels of arrays and objects)`,
      `${field}: nested too deep (over 1000 levels of arrays and objects)`,
      `${open}: nested too deep (over 1000 levels of arrays and objects)`,
    ]);
  });

  it("names the line of a JSON Lines record nested too deep and reads the others", async () => {
    const dir = tempDir();
    const path = write(dir, "feed.jsonl", `${ARTICLE}\n{"text": "x", "y": ${deep(100_000)}}\n${ARTICLE}\n`);
    const { docs, errors } = await read([path]);
    expect(docs.map((d) => d.origin.record)).toEqual([1, 3]);
    expect(errors.map((e) => e.message)).toEqual([
      `${path}:2: nested too deep (over 1000 levels of arrays and objects)`,
    ]);
  });

  it("keeps a record nested a few levels deep", async () => {
    const dir = tempDir();
    const path = write(dir, "ok.json", `[{"text": "Ghana and Togo met.", "tags": [[["a"]]]}]`);
    const { docs, errors } = await read([path]);
    expect(errors).toEqual([]);
    expect(docs).toHaveLength(1);
  });
});
