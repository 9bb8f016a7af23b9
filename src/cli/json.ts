// Every --json output names its fields as the export contract does (snake_case: date_inferred,
// quad_class, duplicate_of), so a script reading `events --json` and `export` sees one vocabulary.
// In-memory types keep their TypeScript names; the renaming happens here, on the way out.

/** "dateInferred" → "date_inferred". Only names written in lower camel case change: data used as a
 * key (a country code "CHN", a CAMEO root "04", a quad class "1") is left alone. */
export function snakeName(key: string): string {
  return /^[a-z][a-z0-9]*[A-Z][A-Za-z0-9]*$/.test(key)
    ? key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
    : key;
}

/** A copy of a JSON-able value with every object key renamed by snakeName. */
export function snakeKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(snakeKeys);
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[snakeName(k)] = snakeKeys(v);
  return out;
}

/** Prints a value as JSON with the contract's field names; `pretty` indents it for reading. */
export function printJson(value: unknown, pretty = false): void {
  console.log(JSON.stringify(snakeKeys(value), null, pretty ? 2 : undefined));
}
