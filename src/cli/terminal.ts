// Text from articles and from the command line, made safe to print. An article may hold control
// characters (ESC starting "\x1b]0;title\x07" or "\x1b[2J", a bell, a backspace): printed raw they
// retitle, clear or rewrite the user's terminal. Every human-readable line of the CLI goes through
// here and shows them escaped (`\x1b`); JSON output keeps them as data.

// C0 but tab and line feed (a CR only when it ends a CRLF line), DEL, C1.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this finds.
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|\r(?!\n)/g;

export function printable(text: string): string {
  return text.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}

/** A line for a human on stdout. */
export function out(line = ""): void {
  console.log(printable(line));
}

/** A line for a human on stderr (errors quote their input: a file name, a record, an id). */
export function err(line: string): void {
  console.error(printable(line));
}
