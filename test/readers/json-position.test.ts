// jsonErrorLine names the line of a JSON file's first syntax error when V8's message gives none:
// null for valid JSON, else the line V8 itself finds the error on.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonErrorLine } from "../../src/readers/json-position.js";

/** The 1-based line of V8's error position in `text`, null if it parses, undefined if V8 gives none. */
function v8Line(text: string): number | null | undefined {
  try {
    JSON.parse(text);
    return null;
  } catch (error) {
    const at = /at position (\d+)/.exec((error as Error).message);
    if (!at) return undefined;
    return text.slice(0, Number(at[1])).split("\n").length;
  }
}

const pretty = fc.jsonValue().map((v) => JSON.stringify(v, null, 2));
const damage = fc.constantFrom(
  "",
  ",",
  "]",
  "}",
  "{",
  "[",
  '"',
  "\\",
  "\\q",
  "\\u12",
  ":",
  "0",
  "01",
  "-",
  ".",
  "x",
  "\n",
  "\t",
  "\u0001",
  "tru",
  "nul",
);
const damaged = fc.tuple(pretty, fc.nat(), fc.nat({ max: 2 }), damage).map(([text, at, cut, insert]) => {
  const p = at % (text.length + 1);
  return text.slice(0, p) + insert + text.slice(p + cut);
});

describe("jsonErrorLine", () => {
  it("is null for any valid JSON, however laid out", () => {
    fc.assert(
      fc.property(fc.oneof(pretty, fc.json()), (text) => {
        expect(jsonErrorLine(text)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it("names the line V8 finds the error on", () => {
    fc.assert(
      fc.property(damaged, (text) => {
        const line = v8Line(text);
        if (line === null) expect(jsonErrorLine(text)).toBeNull();
        else if (line !== undefined) expect(jsonErrorLine(text)).toBe(line);
        else expect(jsonErrorLine(text)).not.toBeNull();
      }),
      { numRuns: 2000 },
    );
  });

  it("names the line of hand-made errors", () => {
    expect(jsonErrorLine('[\n  {"id": 1},\n  {"id": 2,}\n]')).toBe(3);
    expect(jsonErrorLine('{\n"a": "x\ny"\n}')).toBe(2); // a raw line break inside a string
    expect(jsonErrorLine('{\n  "a": [1, 2\n')).toBe(3); // cut short
    expect(jsonErrorLine('{"a": 1}\n\n{"b": 2}')).toBe(3); // two values
    expect(jsonErrorLine('[\n"fine",\n"bad \\q escape"\n]')).toBe(3);
    expect(jsonErrorLine('[\n"\\u12G4"\n]')).toBe(2);
    expect(jsonErrorLine("")).toBe(1);
  });
});
