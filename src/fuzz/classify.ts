// Per-file errors sorted into kinds for the report, and the ones that are no clean per-file error:
// a JavaScript failure that leaked out of a stage (a crash) or the watchdog's "took longer" (a hang).

/** Messages of programming errors and dead workers: the input broke Dyad instead of being refused. */
const CRASH =
  /Cannot (read|set) propert|is not a function|is not iterable|is not a constructor|is not defined|Maximum call stack|Invalid (string|array) length|out of memory|allocation failed|worker processing it died|processing worker failed|: not processed$/;
const HANG = /took longer than .* s in /;

export type Verdict = "crash" | "hang" | "error";

export function verdictOf(message: string): Verdict {
  if (HANG.test(message)) return "hang";
  return CRASH.test(message) ? "crash" : "error";
}

/**
 * The kind of a message: without the document id the pipeline puts in front, numbers, quoted or
 * bracketed parts and what follows a colon, so "invalid JSON: Unexpected token } in JSON at position
 * 12 (line 3)" counts with every other invalid JSON.
 */
export function kindOf(message: string): string {
  return message
    .replace(/^(?:[^\s:]+: )+/, "")
    .replace(/:.*$/s, "")
    .replace(/"[^"]*"|'[^']*'|\([^)]*\)/g, "…")
    .replace(/\d+(\.\d+)?/g, "N")
    .slice(0, 70)
    .trim();
}
